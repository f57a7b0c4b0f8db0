"""What play-testers found at "Are you safe right now?", kept fixed over the real app:

- an answer mixing readings ("idk man, not really, just tired", "no sé, nomás ando cansada") is
  asked once more, gently, never taken as safe or not safe on the spot; an unclear answer to
  that second asking is not safe, and so is a plain "no" or "not really" at the first;
- "yes im safe" at the question asked before going back is met with "glad you're safe" before
  going back, as it is at the first question.
"""

from __future__ import annotations

import pytest

from bot.app import App
from bot.safety.unclear_safe import unclear_safe_answer
from tests.test_crisis_native_answers import Person
from tests.test_crisis_native_answers import app as app  # the clocked real bot, as used there

AGAIN_EN = "are you safe from hurting yourself"
AGAIN_ES = "a salvo de hacerte daño"
URGENT_EN = "Please contact someone now"


async def _at_safe(p: Person) -> None:
    spanish = p.locale.startswith("es")
    await p.say("hola" if spanish else "hi")
    await p.say("me quiero matar" if spanish else "I want to kill myself")
    assert await p.place() == "crisis.lines"


UNCLEAR_EN = [
    "idk man, not really, just tired",
    "nah just tired honestly",
    "dunno... not really, im just exhausted",
    "kinda? just really worn out",
]
UNCLEAR_ES = ["no sé, nomás ando cansada", "pues no se, la verdad no", "nel, solo estoy cansado"]


@pytest.mark.parametrize("text", UNCLEAR_EN)
async def test_an_unclear_answer_is_asked_once_more(app: App, text: str) -> None:
    p = Person(app, "en-US")
    await _at_safe(p)
    out = await p.say(text)
    assert AGAIN_EN in out.lower() and URGENT_EN not in out and "glad" not in out, out
    assert await p.place() == "crisis.lines_unclear"
    assert (await p.conv()).vars.get("crisis_unsafe") != "yes"
    out = await p.say("yes im safe")
    assert "glad you're safe" in out, out
    assert (await p.conv()).vars.get("crisis_unsafe") == "no"


@pytest.mark.parametrize("text", UNCLEAR_ES)
async def test_an_unclear_answer_in_spanish_is_asked_once_more(app: App, text: str) -> None:
    p = Person(app)
    await _at_safe(p)
    out = await p.say(text)
    assert AGAIN_ES in out and "comunícate con alguien ahora" not in out, out
    out = await p.say("no sé")
    assert "comunícate con alguien ahora" in out, out
    assert (await p.conv()).vars.get("crisis_unsafe") == "yes"


@pytest.mark.parametrize("again", ["idk, just tired", "not really", "no", "asdf"])
async def test_unclear_again_or_a_no_at_the_second_asking_is_not_safe(app: App, again: str) -> None:
    p = Person(app, "en-US")
    await _at_safe(p)
    await p.say("idk man, not really, just tired")
    out = await p.say(again)
    if again == "asdf":  # a miss asks in other words first, the second miss is not safe
        out = await p.say(again)
    assert URGENT_EN in out or "reach a person now" in out, out
    assert (await p.conv()).vars.get("crisis_unsafe") == "yes"


@pytest.mark.parametrize("text", ["no", "not really", "no im not", "nope", "not sure"])
async def test_a_real_no_stays_not_safe(app: App, text: str) -> None:
    p = Person(app, "en-US")
    await _at_safe(p)
    out = await p.say(text)
    assert AGAIN_EN not in out.lower(), out
    assert (await p.conv()).vars.get("crisis_unsafe") == "yes"


async def test_unclear_before_going_back_is_asked_once_more(app: App) -> None:
    p = Person(app, "en-US")
    await _at_safe(p)
    await p.say("not sure")
    out = await p.say("go back to what we were doing")
    assert "Before we go back" in out, out
    out = await p.say("idk, not really, just tired")
    assert AGAIN_EN in out.lower(), out
    out = await p.say("yes im safe")
    assert "glad you're safe" in out and await p.place() == "welcome.ask_mood", out


@pytest.mark.parametrize("text", ["yes im safe", "yes", "Yes, I'm safe"])
async def test_safe_before_going_back_is_acknowledged(app: App, text: str) -> None:
    p = Person(app, "en-US")
    await _at_safe(p)
    await p.say("not sure")
    await p.say("go back to what we were doing")
    out = await p.say(text)
    assert "glad you're safe" in out, out
    assert await p.place() == "welcome.ask_mood"


async def test_safe_before_going_back_is_acknowledged_in_spanish(app: App) -> None:
    p = Person(app)
    await _at_safe(p)
    await p.say("no sé")
    await p.say("volvamos a lo que estábamos haciendo")
    out = await p.say("sí, estoy a salvo")
    assert "a salvo" in out and "Volvamos" in out, out


@pytest.mark.parametrize(
    "text", ["no", "not really", "idk", "no se", "not sure", "i might hurt myself idk",
             "no estoy a salvo, no se", "yes im safe"],
)  # fmt: skip
def test_one_reading_or_harm_is_never_unclear(text: str) -> None:
    assert not unclear_safe_answer(text)
