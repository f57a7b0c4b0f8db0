"""Spanish where the safety code and the feelings lexicon speak: the safety plan read back, the
draft review's reasons and tips, feelings named back in Spanish (either gender), and counts worded
so that one reads as well as many."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from bot.app import App
from bot.core.model import Choices, Reply, Turn, UserKey
from bot.i18n import use_language
from bot.safety.drafts import review
from bot.understanding.feelings import Lexicon
from tests.replies import said
from tests.spanish_walk import english_words

SPANISH = Path(__file__).resolve().parent.parent / "dialogues" / "locales" / "es" / "LC_MESSAGES"


@pytest.fixture
def spanish(app: App) -> Iterator[None]:
    use_language("es", app.engine.flows.code_texts.get("es"))
    yield
    use_language("en")


class Persona:
    def __init__(self, app: App, name: str) -> None:
        self.app = app
        self.key = UserKey("console", "es", name)
        self.last: list[Reply] = []

    async def say(self, text: str) -> str:
        turn = Turn(self.key, text=text, locale="es-ES", tz="Europe/Madrid")
        self.last = list(await self.app.engine.handle(turn))
        return said(self.last)

    async def click(self, option: str) -> str:
        shown = [r for r in self.last if isinstance(r, Choices)][-1]
        turn = Turn(self.key, choice=option, at=shown.at, locale="es-ES", tz="Europe/Madrid")
        self.last = list(await self.app.engine.handle(turn))
        return said(self.last)


async def test_the_safety_plan_is_read_back_in_spanish(app: App) -> None:
    person = Persona(app, "plan")
    await person.say("hola")
    assert "seis partes" in await person.say("/plandeseguridad")
    await person.click("start")
    answers = ["me cuesta dormir", "saltar", "el rocódromo", "mi hermano Sam"]
    answers += ["la doctora Patel", "pedirle a Sam que se quede"]
    for answer in answers:
        text = await person.say(answer)
    assert "Tu plan de seguridad:" in text
    assert "1. Señales de alerta de que empieza un momento difícil: me cuesta dormir" in text
    assert "2. Cosas que puedo hacer por mi cuenta para sobrellevarlo: (aún sin rellenar)" in text
    assert "A cualquier hora, de día o de noche:" in text and "024" in text
    assert "6. Hacer que mi entorno sea más seguro: pedirle a Sam que se quede" in text
    assert english_words(text) == [], text


@pytest.mark.usefixtures("spanish")
def test_draft_reasons_and_tips_are_spanish_for_a_spanish_speaker() -> None:
    found = review("You are IDIOTS and I will leave a review on Glassdoor!!! Pathetic.")
    assert found.hostile
    reasons = " ".join(found.reasons)
    assert "insultos: les dice groserías" in reasons and '"IDIOTS"' in reasons.upper()
    assert "amenaza: habla de reseñas" in reasons
    tips = " ".join(found.suggestions)
    assert "Deja pasar una noche antes de enviarlo." in tips
    assert not english_words(re.sub(r'"[^"]*"', "", reasons)) and not english_words(tips)


@pytest.mark.usefixtures("spanish")
def test_a_polite_spanish_draft_is_not_told_to_thank_them_or_keep_in_touch() -> None:
    bare = review("Hola Ana, he recibido la decisión sobre el puesto de analista. Un saludo.")
    assert "Podrías empezar dándoles las gracias por su tiempo." in bare.suggestions
    kind = review(
        "Hola Ana, gracias por tu tiempo y por avisarme. Me encantaría seguir en contacto "
        "para futuras vacantes. Un saludo."
    )
    assert not kind.hostile and kind.suggestions == ()


def test_english_reasons_stay_english_outside_a_spanish_turn() -> None:
    found = review("You are idiots.")
    assert any(r.startswith("insult: calls them names") for r in found.reasons)


@pytest.mark.parametrize(
    ("text", "feeling"),
    [
        ("estoy enfadado con ellos", "angry"),
        ("estoy enfadada con ellos", "angry"),
        ("me da muchísima rabia", "angry"),
        ("me siento estúpido", "stupid"),
        ("me siento estupida", "stupid"),
        ("qué tonta soy", "stupid"),
        ("qué vergüenza me da", "embarrassed"),
        ("la verdad es que siento alivio", "relieved"),
        ("tengo esperanza", "hopeful"),
        ("estoy tristísima", "sad"),
        ("estoy agotado de todo esto", "exhausted"),
        ("estoy agotada de todo esto", "exhausted"),
    ],
)
def test_spanish_feeling_words_are_read_in_either_gender(text: str, feeling: str) -> None:
    assert feeling in Lexicon.load("es").read(text).feelings


def test_spanish_negation_others_and_imagined_good_news_are_read_right() -> None:
    es = Lexicon.load("es")
    assert es.read("no estoy enfadada, solo cansada").feelings == ("exhausted",)
    assert es.read("no me siento triste").feelings == ()
    assert "stupid" not in es.read("el idiota del reclutador me dijo que no").feelings
    assert es.read("¡me dieron el trabajo!").good_news
    assert not es.read("pensé que me dieron el trabajo").good_news
    assert not es.read("me dieron el trabajo pero estoy triste").good_news


def test_spanish_replies_name_the_feeling_in_tone_and_never_repeat() -> None:
    es = Lexicon.load("es")
    text = "estoy enfadadísima, me dijeron que no"
    recent: list[str] = []
    lines = []
    for _ in range(3):
        rid, line = es.reply(text, recent)
        recent.append(rid)
        lines.append(line)
    assert len(set(lines)) == 3 and all(rid.startswith("angry.") for rid in recent)
    assert "rabia" in lines[0] and text not in " ".join(lines)
    assert all(not english_words(line) for line in lines)
    assert "alegro" in es.reply("¡me dieron el trabajo!", [])[1]  # glad, not sorry
    assert "cansancio" in es.reply("estoy agotada", [])[1]
    assert "vergüenza" in es.reply("qué vergüenza", [])[1]


@pytest.mark.usefixtures("spanish")
def test_the_lexicon_follows_the_language_of_the_turn() -> None:
    assert Lexicon.load().read("estoy triste").feelings == ("sad",)
    use_language("en")
    assert Lexicon.load().read("estoy triste").feelings == ()
    assert Lexicon.load().read("I feel so sad").feelings == ("sad",)


COUNTS = re.compile(r"\{(?:\w*count\w*|mood_days|total|done)\}")
SLIP = re.compile(r"\b(?:los|las|unos|unas) 1\b|\b1 (?!(?:de|en|más|mes)\b)[a-záéíóúñ]+s\b")


def test_spanish_counts_read_right_for_one() -> None:
    """Every Spanish text with a count in it, said of one: no "los 1 seguimientos"."""
    checked = 0
    for file in sorted(SPANISH.glob("*.po")):
        with file.open("rb") as handle:
            for message in read_po(handle):
                text = message.string
                if not isinstance(text, str) or not COUNTS.search(text):
                    continue
                if text.startswith("- {count}"):
                    continue  # said of more than one only: `summary` has a form for one
                one = COUNTS.sub("1", text)
                assert not SLIP.search(one), f"{file.name}: {one}"
                checked += 1
    assert checked >= 5


@pytest.mark.parametrize(
    ("draft", "families"),
    [
        ("Sois unos incompetentes. Pondré una mala reseña en Glassdoor.", {"insult", "threat"}),
        ("Gracias por nada. Vosotros os lo perdéis, joder.", {"sarcasm", "entitlement"}),
        ("No volváis a contactarme. Ojalá quebréis.", {"bridge", "ill_will"}),
        ("Me merecía el puesto. Exijo una explicación ya.", {"entitlement", "demand"}),
        ("Es culpa vuestra, no sabéis hacer vuestro trabajo.", {"blame"}),
        ("Menuda panda de payasos, me cago en todo.", {"insult", "profanity"}),
    ],
)
def test_a_hostile_spanish_draft_is_caught_by_its_own_words(draft: str, families: set[str]) -> None:
    found = review(draft)
    assert found.hostile and families <= set(found.families), found.families


@pytest.mark.parametrize(
    "draft",
    [
        "Hola Ana, gracias por vuestro tiempo. Me ha decepcionado no seguir adelante, pero me "
        "gustaría saber qué podría mejorar. Espero que sigamos en contacto. Un saludo, Marta",
        "Hola, ¿podríais decirme por qué no he pasado? Os agradecería cualquier comentario.",
        "Hola Luis, siento no haber sido la persona elegida. Sigo muy interesada en la empresa y "
        "me encantaría que me tuvierais en cuenta más adelante.",
        "Buenas tardes. Entiendo la decisión, aunque no la comparto. Gracias por la entrevista.",
    ],
)
def test_a_polite_spanish_draft_is_left_alone(draft: str) -> None:
    found = review(draft)
    assert not found.hostile and found.families == (), (found.score, found.families)


async def test_a_spanish_speaker_reviewing_a_spanish_draft_hears_why_in_spanish(app: App) -> None:
    person = Persona(app, "draft")
    await person.say("hola")
    await person.say("/borrador")
    text = await person.say(
        "Sois unos incompetentes y pondré una mala reseña. Exijo una respuesta."
    )
    assert "insultos: les dice groserías" in text, text
    assert "incompetentes" in text and "amenaza: habla de reseñas" in text
    assert english_words(text) == [], text


async def test_a_furious_spanish_draft_is_offered_a_pause_first(app: App) -> None:
    person = Persona(app, "furious")
    await person.say("hola")
    await person.say("/borrador")
    text = await person.say("Estoy furiosa. Sois unos incompetentes y os voy a denunciar.")
    assert "¿te tomas un minuto" in text, text
    text = await person.click("skip")
    assert "insultos: les dice groserías" in text and "amenaza: habla de" in text
    assert english_words(text) == [], text


async def test_a_spanish_vent_hears_its_feeling_named_back(app: App) -> None:
    person = Persona(app, "vent")
    await person.say("hola")
    assert "¿Qué tienes en la cabeza?" in await person.say("/desahogarme")
    text = await person.say("estoy muy enfadada con ellos, me tuvieron un mes esperando")
    assert "rabia" in text, text
    assert english_words(text) == [], text
    again = await person.say("y encima me siento tonta por haberme ilusionado")
    assert again.split("\n")[0] != text.split("\n")[0], again
    assert english_words(again) == [], again
