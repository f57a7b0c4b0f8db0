"""Spanish as people in Latin America speak it: mood in words (anger named back), everyday yes,
no and maybe, the time zone a Spanish locale's country suggests, the console banner and file
markers, and a catalogue with no Spain-only forms."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from babel.messages.pofile import read_po

from bot.adapters.console_main import banner
from bot.app import App
from bot.checkins import repo
from bot.core.model import Attachment, Choices, Turn, UserKey
from bot.core.plain import plain
from bot.i18n import use_language
from bot.i18n.zones import city, locale_zone
from bot.understanding.mood import mood_score
from bot.understanding.yesno import polarity
from tests.replies import said

CATALOGUE = Path(__file__).parent.parent / "dialogues" / "locales" / "es" / "LC_MESSAGES"
NOW = datetime(2026, 3, 2, 15, tzinfo=UTC)  # a Monday; 09:00 in Mexico City


@pytest.fixture
def spanish(app: App) -> Iterator[None]:
    use_language("es", app.engine.flows.code_texts.get("es"))
    yield
    use_language("en")


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("mal, me da muchísimo coraje y rabia", 2),
        ("fatal, estoy destrozada", 1),
        ("más o menos", 3),
        ("no estoy bien", 2),
        ("no tan mal, la verdad", 4),
        ("bien, gracias", 5),
    ],
)
def test_spanish_mood_words_are_scored(spanish: None, text: str, mood: int) -> None:
    found = mood_score(text)
    assert found is not None and found[0] == mood, text


def test_spanish_mood_scoring_needs_a_spanish_turn() -> None:
    assert mood_score("más o menos") is None  # English: VADER knows no Spanish


@pytest.mark.parametrize(
    ("answer", "meaning"),
    [
        ("sí, dale", "yes"),
        ("claro", "yes"),
        ("sale", "yes"),
        ("no, gracias", "no"),
        ("nel", "no"),
        ("ya estuvo", "no"),
        ("ya no quiero", "no"),
        ("no sé", "unsure"),
        ("más o menos", "unsure"),
        ("no estoy segura", "unsure"),
        ("bueno, no", "no"),
        ("pues no sé", "unsure"),
        ("va a estar difícil", None),
    ],
)
def test_everyday_spanish_yes_no_and_maybe(answer: str, meaning: str | None) -> None:
    assert polarity(answer)[0] == meaning


async def _turns(app: App, key: UserKey, *texts: str, locale: str = "es-MX") -> str:
    out = ""
    for text in texts:
        out = said(await app.engine.handle(Turn(key, text=text, locale=locale)))
    return out


@pytest.mark.parametrize("locale", ["es-MX", "en-US"])
async def test_a_mood_option_taken_from_angry_words_names_the_anger(app: App, locale: str) -> None:
    angry = "mal, me da mucho coraje" if locale == "es-MX" else "low, so angry"
    key = UserKey("console", "es", f"mood-{locale}")
    out = await _turns(app, key, "/mood", angry, locale=locale)
    named = "con mucho enojo" if locale == "es-MX" else "with a lot of anger in it"
    assert named in out, out


async def test_a_spanish_locale_without_a_zone_gets_its_country_zone_and_is_told(
    app: App,
) -> None:
    app.engine.clock = lambda: NOW
    key = UserKey("console", "es", "zone")
    await _turns(app, key, "hola")
    asked = await app.engine.handle(Turn(key, text="escríbeme mañana a las 9", locale="es-MX"))
    shown = [r for r in asked if isinstance(r, Choices)][-1]
    done = said(await app.engine.handle(Turn(key, choice="yes", at=shown.at, locale="es-MX")))
    assert "martes 3 de marzo a las 09:00 (hora de Ciudad de México; si la tuya es otra" in done
    async with app.store.transaction() as tx:
        [row] = await repo.upcoming(tx.handle, str(key))
    assert row.tz == "America/Mexico_City" and row.local_time == "2026-03-03T09:00"
    again = await _turns(app, key, "escríbeme el jueves")
    shown = [r for r in await app.engine.handle(Turn(key, text="sí", locale="es-MX"))]
    assert again and shown  # a second one names the zone, without the how-to
    text = said(shown)
    assert "(hora de Ciudad de México)" in text and "si la tuya es otra" not in text


async def test_a_zone_from_the_platform_is_never_replaced_by_the_guess(app: App) -> None:
    app.engine.clock = lambda: NOW
    key = UserKey("console", "es", "zone-madrid")
    await app.engine.handle(Turn(key, text="hola", locale="es-MX", tz="Europe/Madrid"))
    asked = await app.engine.handle(
        Turn(key, text="escríbeme mañana a las 9", locale="es-MX", tz="Europe/Madrid")
    )
    shown = [r for r in asked if isinstance(r, Choices)][-1]
    done = said(
        await app.engine.handle(
            Turn(key, choice="yes", at=shown.at, locale="es-MX", tz="Europe/Madrid")
        )
    )
    assert "hora de" not in done


def test_country_zones_pick_the_most_populous_and_name_the_city(spanish: None) -> None:
    assert locale_zone("es-MX") == "America/Mexico_City"
    assert locale_zone("es-ES") == "Europe/Madrid"
    assert locale_zone("es-AR") == "America/Argentina/Buenos_Aires"
    assert locale_zone("de-AT") == "Europe/Vienna"
    assert locale_zone("pt_BR") == "America/Sao_Paulo"
    assert locale_zone("en-US") == "America/New_York"
    assert locale_zone("es") is None and locale_zone("en") is None
    assert city("America/Mexico_City") == "Ciudad de México"


def test_the_console_banner_and_file_markers_speak_spanish(app: App, spanish: None) -> None:
    assert banner(app, "es-MX").startswith("Bounce Back (consola). Escribe /ayuda")
    assert banner(app, "en-US").startswith("Bounce Back (console). Type /help")
    use_language("es", app.engine.flows.code_texts.get("es"))
    shown = plain(Attachment("bounceback-mydata.json", b"{}", "application/json"))
    assert shown.endswith("--- fin de bounceback-mydata.json ---")


async def test_the_first_contact_line_is_in_the_person_language(app: App) -> None:
    out = await _turns(app, UserKey("console", "es", "first"), "/animo")
    assert out.startswith("Hola, soy Bounce Back. Soy un bot"), out


SPAIN_ONLY = re.compile(
    r"\b(?:[Vv]ale\b(?! la pena| más| menos)|vosotr[oa]s|[Oo]s deseo|\w+asteis|\w+isteis|"
    r"habéis|tenéis|ordenador|móvil|enfad\w+|añad\w+|enseñ\w+|apetec\w+|cualquier sitio|"
    r"algún sitio|[Cc]og(?:er|e|es|emos|en|ido|ida|iste|ió|ieron)|[Cc]oj[oa]s?|guay|"
    r"curr(?:ar|o|as|amos))\b"
)
LISTS = (".examples", ".synonyms", ".commands", ".phrases")
FEELINGS = Path(__file__).parent.parent / "bot" / "understanding" / "feelings.es.yaml"
WORD_LISTS = ("grammar", "words", "phrases", "hard_words", "dim_words")


def _shown_lines(node: object, key: str = "") -> Iterator[str]:
    """Every text of the Spanish feelings lexicon the bot says (its replies), not the words
    people type."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k not in WORD_LISTS:
                yield from _shown_lines(v, str(k))
    elif isinstance(node, list):
        for v in node:
            yield from _shown_lines(v, key)
    elif isinstance(node, str):
        yield node


@pytest.mark.parametrize(
    "text",
    [
        "Vale, anotado.",
        "vale, anotado",
        "Vale. Anotado.",
        "Bueno, vale.",
        "Vale anotado",
        "Ok, ¿lo coges?",
        "Qué guay",
        "Mañana toca currar",
    ],
)
def test_spain_only_forms_are_caught(text: str) -> None:
    assert SPAIN_ONLY.search(text), text


@pytest.mark.parametrize(
    "text",
    ["Vale la pena intentarlo.", "Un ritmo constante vale más.", "Ok, anotado.", "Va, anotado."],
)
def test_latin_american_forms_pass(text: str) -> None:
    assert not SPAIN_ONLY.search(text), text


def test_the_spanish_listening_replies_have_no_spain_only_forms() -> None:
    lexicon = yaml.safe_load(FEELINGS.read_text(encoding="utf-8"))
    found = [line for line in _shown_lines(lexicon) if SPAIN_ONLY.search(line)]
    assert not found, found


def test_the_spanish_catalogue_has_no_spain_only_forms() -> None:
    found = []
    for path in sorted(CATALOGUE.glob("*.po")):
        with path.open("rb") as f:
            for m in read_po(f):
                if not m.id or not isinstance(m.string, str):
                    continue
                if (m.context or "").endswith(LISTS):
                    continue  # what people type: Spain's words are understood too
                found += [f"{path.name}: {w}" for w in SPAIN_ONLY.findall(m.string)]
    assert not found, found
