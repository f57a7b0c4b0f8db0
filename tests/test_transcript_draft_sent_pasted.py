"""Play-testers' findings at the draft brake, over the real bot and flows: "already did tbh" at
the question whether to send it says it is sent (no breath before pressing send), and a draft
pasted after words introducing it ("im sending it. here: Dear Sam, ...") at the welcome's options
goes to the draft check, never the vent; the employer's own message quoted is no draft."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import UserKey
from bot.understanding.freetext import pasted_draft
from tests.replies import placer, speaker

KEY = UserKey("console", "local", "drafter")
say = speaker(KEY)
place = placer(KEY)
CALM = (
    "Hi Sam, thanks for letting me know. I'm disappointed but I appreciated meeting the team. "
    "Please keep me in mind for future roles. Best, Alex"
)
ANGRY = (
    "Hi Sam, you wasted four rounds of my time, this is a joke and your process is a disgrace. "
    "Regards, Alex"
)
GONE = "Okay, it's sent, so there's nothing left to hold."
BREATH = ("before you press send", "Read it once more")


async def _at_decide(app: App, draft: str) -> None:
    await say(app, "draft")
    await say(app, draft)
    assert await place(app) == "draft.decide"


@pytest.mark.parametrize(
    "typed",
    ["already did tbh", "i already sent it", "sent it already", "yeah i sent it last night"],
)
async def test_already_sent_at_the_send_question_is_let_go(quiet_app: App, typed: str) -> None:
    await _at_decide(quiet_app, CALM)
    out = await say(quiet_app, typed)
    assert GONE in out
    assert not any(b in out for b in BREATH)
    assert await place(quiet_app) == "draft.after"


async def test_already_sent_at_the_brake_is_let_go(quiet_app: App) -> None:
    await say(quiet_app, "draft")
    await say(quiet_app, ANGRY)
    if await place(quiet_app) == "draft.pause_offer":
        await say(quiet_app, "no, look at it now")
    assert await place(quiet_app) == "draft.risky"
    await say(quiet_app, "show me the calmer version")
    assert await place(quiet_app) == "draft.decide"
    await say(quiet_app, "send it")
    assert await place(quiet_app) == "draft.send_brake"
    out = await say(quiet_app, "already did")
    assert GONE in out and "slow breath" not in out
    assert await place(quiet_app) == "draft.after"


async def test_not_sent_yet_is_no_sending(quiet_app: App) -> None:
    await _at_decide(quiet_app, CALM)
    out = await say(quiet_app, "i havent sent it yet")
    assert GONE not in out
    assert await place(quiet_app) == "draft.decide"


async def test_a_draft_pasted_after_here_goes_to_the_draft_check(quiet_app: App) -> None:
    await say(quiet_app, "got rejected after the final round by email")
    await say(quiet_app, "2")
    assert await place(quiet_app) == "welcome.offer"
    out = await say(
        quiet_app,
        "calm down i guess but im sending it. here: Dear Sam, I can't believe you wasted four "
        "rounds of my time to tell me no in a two line email. Regards, Alex",
    )
    assert "Let's look at it together first" in out
    assert "this space is yours" not in out
    assert (await place(quiet_app)).startswith("draft.")
    assert "calm down i guess" not in out  # the draft alone was reviewed


async def test_a_quoted_draft_goes_to_the_draft_check(quiet_app: App) -> None:
    await say(quiet_app, "got rejected after the final round by email")
    await say(quiet_app, "2")
    out = await say(
        quiet_app,
        'calm down first. this is what i wrote: "Hi Sam, thanks for the news. I am disappointed '
        'but I enjoyed meeting the team. Alex"',
    )
    assert "This reads calm and polite" in out
    assert await place(quiet_app) == "draft.decide"


@pytest.mark.parametrize(
    "typed",
    [
        "they wrote: Dear Alex, we regret to inform you that we went with another candidate. "
        "Regards, Sam",
        "i need to vent here: this whole thing is just so unfair and i hate it",
        "here it is",
    ],
)
def test_no_draft_of_theirs_or_venting(typed: str) -> None:
    assert pasted_draft(typed) is None


def test_the_draft_alone_is_taken() -> None:
    got = pasted_draft("ok so here: Hi Sam, thanks for nothing, you wasted my time. Alex")
    assert got == "Hi Sam, thanks for nothing, you wasted my time. Alex"
