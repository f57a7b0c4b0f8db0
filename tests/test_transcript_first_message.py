"""The first message's news, over the real bot and flows: it is met in one warm line before the
bot introduces itself ("hi, just got rejected after 4 rounds"), a plain "hi" gets no such line,
and what it already says (how far they got, how they heard) is not asked again nor said back a
second time."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import UserKey
from bot.understanding.situation import pick_up
from tests.replies import placer, speaker

KEY = UserKey("console", "local", "first")
say = speaker(KEY)
place = placer(KEY)
INTRO = "Hi, I'm Bounce Back"
GLAD = ("glad", "great", "good news", "!")


async def test_the_news_is_met_before_the_introduction(quiet_app: App) -> None:
    out = await say(quiet_app, "hi, just got rejected after 4 rounds")
    first = out.splitlines()[0]
    assert "4 rounds" in first and "sorry" in first.lower()
    assert not any(word in first.lower() for word in GLAD)
    assert out.index(first) < out.index(INTRO)
    assert await place(quiet_app) == "welcome.ask_mood"


@pytest.mark.parametrize("typed", ["hi", "/start", "hello there"])
async def test_a_plain_hello_gets_no_news_line(quiet_app: App, typed: str) -> None:
    out = await say(quiet_app, typed)
    assert out.startswith(INTRO)


async def test_rounds_said_first_are_not_asked_again(quiet_app: App) -> None:
    await say(quiet_app, "hi, just got rejected after 4 rounds")
    out = await say(quiet_app, "2")
    assert "How far had you got" not in out
    assert "And how did you hear?" in out
    assert "After an interview" not in out  # met already, in the first line
    assert await place(quiet_app) == "welcome.ask_heard"


async def test_stage_and_how_heard_said_first_are_said_back_once(quiet_app: App) -> None:
    first = await say(quiet_app, "got rejected after the final round, by email")
    assert first.splitlines()[0] == "I'm sorry. Final round, by email: that's a hard one."
    out = await say(quiet_app, "3")
    assert "How far had you got" not in out and "how did you hear" not in out.lower()
    assert "Final round, by email" not in out
    assert await place(quiet_app) == "welcome.offer"


@pytest.mark.parametrize(
    ("typed", "asked", "not_asked"),
    [
        ("they turned me down after a phone screen", "how did you hear", "How far had you got"),
        ("rejected after 4 interviews", "how did you hear", "How far had you got"),
        ("they told me in a call, i didn't get the job", "How far had you got", "how did you hear"),
        ("i didn't get the job. they sent me an email", "How far had you got", "how did you hear"),
    ],
)
async def test_what_the_first_message_says_is_not_asked_again(
    quiet_app: App, typed: str, asked: str, not_asked: str
) -> None:
    await say(quiet_app, typed)
    out = await say(quiet_app, "2")
    assert asked.lower() in out.lower()
    assert not_asked.lower() not in out.lower()


async def test_a_rejection_told_again_later_is_said_back_again(quiet_app: App) -> None:
    """The first visit's line never silences the saying back on a later new rejection."""
    await say(quiet_app, "got rejected after the final round, by email")
    await say(quiet_app, "menu")
    await say(quiet_app, "got rejected again after the final round, by email")
    await say(quiet_app, "new")
    out = await say(quiet_app, "2")
    assert "Final round, by email" in out


@pytest.mark.parametrize(
    ("typed", "facts"),
    [
        ("after 4 rounds", {"stage": "interview"}),
        ("a 3-round process and then nothing", {"stage": "interview"}),
        ("they told me on a quick call", {"heard": "call"}),
        ("found out via a call", {"heard": "call"}),
        ("the recruiter sent me an email", {"heard": "email"}),
    ],
)
def test_rounds_and_calls_are_picked_up(typed: str, facts: dict[str, str]) -> None:
    got = pick_up(typed)
    assert all(got.get(k) == v for k, v in facts.items())


def test_a_call_in_the_interview_is_not_how_they_heard() -> None:
    assert "heard" not in pick_up("on the call they were nice, then rejected me")


async def test_the_line_in_spanish(quiet_app: App) -> None:
    decir = speaker(UserKey("console", "local", "primera"), "es-MX")
    out = await decir(quiet_app, "me rechazaron después de 4 entrevistas")
    assert out.splitlines()[0] == "Lo siento. 4 entrevistas y después un no: eso duele de verdad."
