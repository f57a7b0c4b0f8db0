"""A play-tester's finding at the draft's own prompt, over the real bot and flows: a draft typed
after a few words of its own ("ok fine: Hi Jenna, ...") is reviewed without them, so the calmer
version opens with their greeting, never "Hello," followed by "Fine: Hi Jenna"."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import UserKey
from bot.understanding.freetext import without_lead_in
from tests.replies import placer, speaker

KEY = UserKey("console", "local", "lead-in")
say = speaker(KEY)
place = placer(KEY)
DRAFT = (
    "Hi Jenna, I'm pretty shocked by this decision, you wasted my time with three rounds and "
    "it's a joke. Best, Alex"
)


async def test_a_lead_in_is_left_out_of_the_calmer_version(quiet_app: App) -> None:
    await say(quiet_app, "draft")
    assert await place(quiet_app) == "draft.open"
    out = await say(quiet_app, "ok fine: " + DRAFT)
    if await place(quiet_app) == "draft.pause_offer":
        out = await say(quiet_app, "no, look at it now")
    if await place(quiet_app) == "draft.risky":
        out = await say(quiet_app, "show me the calmer version")
    assert await place(quiet_app) == "draft.decide"
    assert "ok fine" not in out.lower()
    assert "Fine:" not in out
    assert "Hi Jenna," in out
    assert "Hello," not in out
    await say(quiet_app, "menu")
    await say(quiet_app, "draft")
    out = await say(quiet_app, "see it again")
    assert "ok fine" not in out.lower()


@pytest.mark.parametrize(
    ("typed", "draft"),
    [
        ("ok fine: Hi Jenna, thanks. Best, Alex", "Hi Jenna, thanks. Best, Alex"),
        ("here it is - Dear Sam, thanks for the news.", "Dear Sam, thanks for the news."),
        ("ok fine. Hi Jenna, thanks.", "Hi Jenna, thanks."),
        ("bueno: Hola Jenna, gracias.", "Hola Jenna, gracias."),
    ],
)
def test_a_short_lead_in_is_dropped(typed: str, draft: str) -> None:
    assert without_lead_in(typed) == draft


@pytest.mark.parametrize(
    "typed",
    [
        "Hi Jenna, thanks. Best, Alex",
        "Thanks for the email. Hi again, I wanted to ask about feedback.",
        "Hello, hi Jenna, thanks.",
        "I wrote this after a long night of thinking about all of it: Dear Sam, thanks.",
    ],
)
def test_the_draft_own_words_stay(typed: str) -> None:
    assert without_lead_in(typed) == typed
