"""What play-testers found picking options, kept fixed over the real bot and flows: a number
said with a sigh or a shrug ("ugh. 1", "meh 2", "chale, el 3") picks that option; asking for
the calmer draft as a question ("can you give me a more professional version", "¿me das una
versión más profesional?") at any of the draft check's menus that offer it shows the calmer
version, never "That sounds like a question"."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import UserKey
from bot.understanding.numbers import read_number
from tests.placing import put_at
from tests.replies import placer, speaker

KEY = UserKey("console", "local", "sighs")
say = speaker(KEY)
decir = speaker(KEY, "es-MX")
place = placer(KEY)
DRAFT = "You wasted my time and I think your process is a joke."
CALMER = "Hello, thank you for letting me know."


@pytest.mark.parametrize(
    ("text", "number"),
    [("ugh. 1", 1), ("ughhh 2", 2), ("meh, 3", 3), ("sigh... 1", 1), ("chale, el 3", 3),
     ("uff la 2", 2), ("fine. 2", 2)],
)  # fmt: skip
def test_a_sigh_with_a_number_is_that_number(text: str, number: int) -> None:
    reading = read_number(text)
    assert reading.value == number and reading.rest == ()


def test_other_words_with_a_number_still_count() -> None:
    assert read_number("phone 1").rest == ("phone",)
    assert read_number("ugh 4 days").quantity


async def test_ugh_1_at_the_menu_is_option_1(quiet_app: App) -> None:
    await say(quiet_app, "menu")
    assert await place(quiet_app) == "menu.choose"
    out = await say(quiet_app, "ugh. 1")
    assert (await place(quiet_app)).startswith("welcome."), out
    assert "didn't quite get that" not in out


async def test_a_sigh_with_a_number_at_a_plan_menu(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "plan", "show", asked=True)
    out = await say(quiet_app, "ugh. 3")  # "Remove a step", with nothing in the plan
    assert "didn't quite get that" not in out, out


STEPS = ["held", "risky", "send_brake"]


@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize(
    "words",
    ["can you give me a more professional version", "could you make it more professional?",
     "can you make it sound more professional"],
)  # fmt: skip
async def test_asking_for_a_professional_version_shows_the_calmer_one(
    quiet_app: App, step: str, words: str
) -> None:
    await put_at(quiet_app, KEY, "draft", step, asked=True, draft=DRAFT, draft_rewrite=CALMER)
    out = await say(quiet_app, words)
    assert "Here's a version that says what matters" in out, out
    assert "sounds like a question" not in out and await place(quiet_app) == "draft.decide"


@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize(
    "words", ["¿me das una versión más profesional?", "puedes hacerla más profesional"]
)
async def test_asking_for_a_professional_version_in_spanish(
    quiet_app: App, step: str, words: str
) -> None:
    await put_at(quiet_app, KEY, "draft", step, asked=True, draft=DRAFT, draft_rewrite=CALMER)
    out = await decir(quiet_app, words)
    assert "Aquí tienes una versión" in out and "suena a una pregunta" not in out, out
