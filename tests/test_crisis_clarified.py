"""A person who clarifies is heard: "no not like that, just tired of this" to the direct question is
a no (tired of the search, the reason for the no), and "i didnt mean it like that. im safe" at
"Are you safe right now?" is both safe and "I didn't mean it like that"."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import UserKey
from bot.safety.crisis_check import NO, UNSURE, read_answer
from bot.safety.safe_back import SAID_SAFE
from tests.replies import placer, speaker

QUESTION = "Are you having thoughts of ending your life?"
SAFE_QUESTION = "Are you safe right now?"
KEY = UserKey("console", "clarified", "p")


say = speaker(KEY)


place = placer(KEY)


@pytest.mark.parametrize(
    ("answer", "reading"),
    [
        ("no not like that, just tired of this", NO),
        ("no im just tired of the rejections", NO),
        ("no, just tired of this life", UNSURE),
        ("no. tired of it all", UNSURE),
        ("no, tired of everything", UNSURE),
        ("no but tired of this", UNSURE),
    ],
)
def test_tired_of_this_is_the_reason_for_a_no_and_tired_of_it_all_is_more(
    answer: str, reading: str
) -> None:
    assert read_answer(answer) == reading


async def test_no_not_like_that_just_tired_goes_back_where_they_were(quiet_app: App) -> None:
    await say(quiet_app, "/vent")
    assert QUESTION in await say(quiet_app, "i'll shoot myself lol")
    out = await say(quiet_app, "no not like that, just tired of this")
    assert "where we were" in out
    assert "988" not in out and "Not being sure is okay" not in out
    assert (await place(quiet_app)).startswith("vent.")


async def test_didnt_mean_it_and_safe_after_the_direct_question_goes_back(quiet_app: App) -> None:
    await say(quiet_app, "/vent")
    assert QUESTION in await say(quiet_app, "i'll shoot myself lol")
    assert SAFE_QUESTION in await say(quiet_app, "yes")
    out = await say(quiet_app, "i didnt mean it like that. im safe")
    assert "sorry if I read too much into it" in out
    assert "where we were" in out
    assert await place(quiet_app) == "vent.open"
    async with quiet_app.store.transaction() as tx:
        conv = await tx.load(KEY)
    assert conv is not None and not conv.vars.get(SAID_SAFE)


async def test_didnt_mean_it_and_safe_after_a_clear_risk_is_noted_safe(quiet_app: App) -> None:
    await say(quiet_app, "/vent")
    assert SAFE_QUESTION in await say(quiet_app, "i want to kill myself")
    out = await say(quiet_app, "i didnt mean it like that. im safe")
    assert "sorry if I read too much into it" in out
    assert await place(quiet_app) == "crisis.choose"
    # said safe a moment ago: going back is not asked about again
    out = await say(quiet_app, "go back to what we were doing")
    assert "are you safe" not in out.lower()
    assert await place(quiet_app) == "vent.open"


async def test_plain_safe_is_still_only_safe(quiet_app: App) -> None:
    await say(quiet_app, "/vent")
    assert QUESTION in await say(quiet_app, "i'll shoot myself lol")
    assert SAFE_QUESTION in await say(quiet_app, "yes")
    out = await say(quiet_app, "im safe")
    assert "glad you're safe" in out
    assert await place(quiet_app) == "crisis.choose"


def test_a_no_that_goes_on_to_a_warning_sign_is_not_a_no() -> None:
    said = (
        "No, thanks. I think I have taken up enough of everyone's time. I won't be a bother to "
        "anyone much longer."
    )
    assert read_answer(said) == UNSURE
