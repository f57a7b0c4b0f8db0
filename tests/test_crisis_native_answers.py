"""Crisis answers as people really type them, in Mexican Spanish and in English.

Through the real app (engine, flows, SQLite, the real detector unless a test says otherwise):
- a plain no after surprise or annoyance at the direct question ("neta? es la tercera vez q me
  preguntas. NO. hablaba de la renta", "seriously? NO lol") is no, while any lean to yes or not
  sure, or risk words, keeps it out of no;
- at "Are you safe right now?", "estoy a salvo" said outright wins over a "no" elsewhere, and
  "No, estoy bien" / "no im good" is safe; "No lo decía en ese sentido" after the direct question
  goes back to where they were, never to the urgent path, and never records unsafe; "1" at
  "Did you mean A or B?" is A;
- after a no, the same kind of signal is not asked about again, a new clear risk is;
- the Spanish texts about the person fit any gender.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.core.model import Conversation, Turn, UserKey
from bot.core.text import fold
from bot.i18n import use_language
from bot.safety.annoyed_no import no_after_surprise
from bot.safety.check_answers import refine
from bot.safety.crisis import POSSIBLE, REASON_JOKING, REASON_MODEL, Assessment, CrisisMemory
from bot.safety.crisis import assess as real_assess
from bot.safety.crisis_check import read_answer
from bot.safety.inspector import CrisisInspector
from bot.safety.safe_back import says_safe_outright
from tests.conftest import make_settings
from tests.replies import said
from tests.test_crisis_check_flow import Clock  # five seconds a turn

ASKED_ES = "¿Estás pensando en quitarte la vida?"
ASKED_EN = "Are you having thoughts of ending your life?"
SAFE_ES = "¿Estás a salvo ahora mismo?"
BACK_ES = "Volvamos a donde estábamos"
URGENT_ES = "comunícate con alguien ahora"
TRIGGER_ES = "me quiero morir de la verguenza jaja"
TRIGGER_EN = "i'll shoot myself lol"


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    built = await build_app(make_settings(tmp_path))
    built.engine.clock = Clock()
    yield built
    await built.close()
    use_language("en")


class Person:
    def __init__(self, app: App, locale: str = "es-MX", name: str = "p") -> None:
        self.app = app
        self.locale = locale
        self.key = UserKey("console", "native", f"{name}-{locale}")

    async def say(self, text: str) -> str:
        turn = Turn(self.key, text=text, locale=self.locale)
        return said(await self.app.engine.handle(turn))

    async def conv(self) -> Conversation:
        async with self.app.store.transaction() as tx:
            return await tx.load(self.key) or Conversation()

    async def place(self) -> str:
        conv = await self.conv()
        return f"{conv.flow}.{conv.step}" if conv.flow else "none"


async def _asked(p: Person) -> None:
    """Hello, then words that set off the direct question."""
    await p.say("hola" if p.locale.startswith("es") else "hi")
    trigger = TRIGGER_ES if p.locale.startswith("es") else TRIGGER_EN
    out = await p.say(trigger)
    assert (ASKED_ES if p.locale.startswith("es") else ASKED_EN) in out, out


def _read(text: str) -> str | None:
    return refine(text, read_answer(text))


# --- 1. a no after surprise or annoyance ------------------------------------------------------

NO_AFTER_SURPRISE = [
    "neta? es la tercera vez q me preguntas. NO. hablaba de la renta",
    "q?? no wey jaja",
    "otra vez?? NO. ya te dije q no. nomas estoy cansado y sin chamba",
    "que? no",
    "en serio? no, era por la verguenza",
    "wtf no",
    "NO. hablaba de la renta",
    "ya te dije q no",
    "what?? no. i meant the rent",
    "seriously? NO lol",
    "omg no i was talking about my job",
    "what?? no",
    "you already asked me. no",
]


@pytest.mark.parametrize("text", NO_AFTER_SURPRISE)
def test_a_no_after_surprise_or_annoyance_is_no(text: str) -> None:
    assert _read(text) == "no"


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("neta? no. pero a veces si lo pienso", "yes"),
        ("otra vez?? no. bueno, a veces", "yes"),
        ("seriously? no but sometimes", "yes"),
        ("neta? no se", "unsure"),
        ("q?? no... ya no quiero vivir", None),  # risk words: left to the detector (support)
        ("otra vez?? no. tal vez", "unsure"),
        ("ya te dije que si", "yes"),
    ],
)
def test_a_lean_to_yes_or_not_sure_is_never_turned_into_no(text: str, reading: str) -> None:
    assert _read(text) == reading
    assert not no_after_surprise(fold(text))


@pytest.mark.parametrize("text", ["neta?", "q??", "otra vez??", "seriously?", "q?? no mames"])
def test_surprise_alone_is_no_answer(text: str) -> None:
    assert not no_after_surprise(fold(text))


@pytest.mark.parametrize(
    "text",
    [
        "neta? es la tercera vez q me preguntas. NO. hablaba de la renta",
        "q?? no wey jaja",
        "otra vez?? NO. ya te dije q no. nomas estoy cansado y sin chamba",
    ],
)
async def test_at_the_question_an_annoyed_no_goes_back_in_spanish(app: App, text: str) -> None:
    p = Person(app)
    await _asked(p)
    out = await p.say(text)
    assert BACK_ES in out, out
    for never in ("Perdón, no lo entendí bien", "Gracias por tu sinceridad", SAFE_ES, "911"):
        assert never not in out, out
    assert not (await p.place()).startswith("crisis")


@pytest.mark.parametrize(
    "text",
    ["what?? no. i meant the rent", "seriously? NO lol", "omg no i was talking about my job"],
)
async def test_at_the_question_an_annoyed_no_goes_back_in_english(app: App, text: str) -> None:
    p = Person(app, "en-US")
    await _asked(p)
    out = await p.say(text)
    assert "where we were" in out and "Are you safe right now?" not in out, out
    assert not (await p.place()).startswith("crisis")


# --- 2. "Are you safe right now?" -------------------------------------------------------------

SAFE_OUTRIGHT = [
    "no lo decia en ese sentido!! dije NO. estoy a salvo, nomas quebrado",
    "No, estoy bien",
    "no, ya estoy bien",
    "nah im fine",
    "no im good",
]


@pytest.mark.parametrize("text", SAFE_OUTRIGHT)
def test_safe_said_outright_is_safe(text: str) -> None:
    assert says_safe_outright(text)


@pytest.mark.parametrize(
    "text",
    [
        "no estoy bien",
        "No, no estoy a salvo",
        "no ya no estoy bien",
        "no me siento a salvo",
        "no im not ok",
        "no i dont feel safe",
        "creo que estoy bien",
        "im fine i guess",
        "estoy bien pero tengo miedo",
        "estoy bien mal",
    ],
)
def test_unsafe_or_doubt_is_never_safe_outright(text: str) -> None:
    assert not says_safe_outright(text)


async def _at_safe_question(p: Person) -> None:
    await _asked(p)
    out = await p.say("no se" if p.locale.startswith("es") else "not sure")
    assert (SAFE_ES if p.locale.startswith("es") else "Are you safe") in out, out
    assert await p.place() == "crisis.lines"


@pytest.mark.parametrize("text", SAFE_OUTRIGHT[:3])
async def test_safe_said_outright_at_the_safe_question_in_spanish(app: App, text: str) -> None:
    p = Person(app)
    await _at_safe_question(p)
    out = await p.say(text)
    assert "a salvo" in out and "¿Quisiste decir" not in out and URGENT_ES not in out, out
    assert (await p.conv()).vars.get("crisis_unsafe") == "no"


@pytest.mark.parametrize("text", SAFE_OUTRIGHT[3:])
async def test_safe_said_outright_at_the_safe_question_in_english(app: App, text: str) -> None:
    p = Person(app, "en-US")
    await _at_safe_question(p)
    out = await p.say(text)
    assert "glad you're safe" in out and "Please contact someone now" not in out, out
    assert (await p.conv()).vars.get("crisis_unsafe") == "no"


async def test_not_safe_at_the_safe_question_is_still_not_safe(app: App) -> None:
    p = Person(app)
    await _at_safe_question(p)
    out = await p.say("No, no estoy a salvo")
    assert URGENT_ES in out, out
    assert (await p.conv()).vars.get("crisis_unsafe") == "yes"


@pytest.mark.parametrize("answer", ["No lo decía en ese sentido", "4", "no lo decia"])
async def test_meant_otherwise_after_the_direct_question_goes_back(app: App, answer: str) -> None:
    p = Person(app)
    await _at_safe_question(p)
    out = await p.say(answer)
    assert BACK_ES in out and URGENT_ES not in out and "911" not in out, out
    assert "¿Qué te ayudaría a estar a salvo" not in out, out
    assert not (await p.place()).startswith("crisis")
    assert (await p.conv()).vars.get("crisis_unsafe") != "yes"


async def test_meant_otherwise_in_english_goes_back(app: App) -> None:
    p = Person(app, "en-US")
    await _at_safe_question(p)
    out = await p.say("I didn't mean it like that")
    assert "where we were" in out and "Please contact someone now" not in out, out
    assert not (await p.place()).startswith("crisis")
    assert (await p.conv()).vars.get("crisis_unsafe") != "yes"


async def test_one_at_did_you_mean_is_the_first_option_offered(app: App) -> None:
    flows = app.engine.flows
    step = flows.step("crisis", "lines")
    assert step is not None
    matcher = app.engine.answers.matcher
    offered = ["meant_otherwise", "not_safe"]  # not the step's order
    first = matcher.match("crisis", step, "1", only=offered)
    second = matcher.match("crisis", step, "2", only=offered)
    assert first.option is not None and first.option.id == "meant_otherwise"
    assert second.option is not None and second.option.id == "not_safe"


# --- 3. after a no, the same kind of signal is not asked about again ---------------------------

SAME_KIND = ["ya ni se pa q cuento", "45 años y nadie me quiere contratar…"]
LATER = [*SAME_KIND, "un 2… lo q me preocupa es la renta"]


async def test_after_a_no_the_same_signal_is_not_asked_again(app: App) -> None:
    p = Person(app)
    await _asked(p)
    assert BACK_ES in await p.say("no hombre jaja, q exagerado")
    for text in LATER:
        out = await p.say(text)
        assert ASKED_ES not in out and SAFE_ES not in out, (text, out)


async def test_after_a_no_a_new_clear_risk_is_met(app: App) -> None:
    p = Person(app)
    await _asked(p)
    await p.say("no hombre jaja, q exagerado")
    await p.say("ya ni se pa q cuento")
    out = await p.say("la verdad ya no quiero vivir")
    assert SAFE_ES in out or ASKED_ES in out, out
    assert (await p.place()).startswith("crisis")


def _tone_only(
    text: str, memory: CrisisMemory | None = None, now: datetime | None = None
) -> Assessment:
    """The detector, except that the tired lines about the job search are read by the model as
    likely risks on their tone alone (as an earlier model did)."""
    if text in SAME_KIND:
        return Assessment(crisis=True, level=POSSIBLE, reasons=(REASON_MODEL,), score=0.75)
    return real_assess(text, memory, now)


async def test_after_a_no_a_new_model_reading_is_asked_again_saying_so(app: App) -> None:
    for inspector in app.engine.inspectors:
        if isinstance(inspector, CrisisInspector):
            inspector.assess = _tone_only
    p = Person(app)
    await _asked(p)
    await p.say("no hombre jaja, q exagerado")
    for text in SAME_KIND:
        out = await p.say(text)
        assert ASKED_ES in out and "Volviste a" in out, (text, out)
        await p.say("no")


def _signal(score: float, *, cues: tuple[str, ...] = (), joke: bool = False) -> Assessment:
    reasons = (REASON_MODEL, *cues, *((REASON_JOKING,) if joke else ()))
    return Assessment(crisis=True, level=POSSIBLE, reasons=reasons, score=score)


# --- 4. Spanish texts that fit any gender -------------------------------------------------------


async def test_thanks_for_a_not_sure_is_neutral_in_spanish(app: App) -> None:
    p = Person(app)
    await _asked(p)
    out = await p.say("no se")
    assert "Gracias por tu sinceridad" in out and "sincero" not in out, out
