"""Common questions asked where play-testers asked them, over the real bot and flows: a severance
question typed inside a vent is answered there (not listened to as venting, nor "ask in other
words") and the vent goes on; after sending a draft, "should I apologise to her?" gets a kind,
plain answer that offers the draft check."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import UserKey
from tests.replies import placer, speaker

KEY = UserKey("console", "local", "asker")
say = speaker(KEY)
place = placer(KEY)
SEVERANCE = "I can't give legal advice"
OTHER_WORDS = "ask it in other words"
CALM = (
    "Hi Sam, thanks for letting me know. I'm disappointed but I appreciated meeting the team. "
    "Please keep me in mind for future roles. Best, Alex"
)


@pytest.mark.parametrize(
    "typed",
    [
        "can a severance package be negotiated? two weeks to sign",
        "is there anything about the severance?",
        "they laid me off and offered severance. can a severance package be negotiated? two "
        "weeks to sign",
        "what about my severance?",
    ],
)
@pytest.mark.parametrize("more", [False, True])
async def test_a_severance_question_in_a_vent_is_answered_there(
    quiet_app: App, typed: str, more: bool
) -> None:
    await say(quiet_app, "/vent")
    if more:
        await say(quiet_app, "they let me go after six years and i am so angry about it")
        await say(quiet_app, "there's more")
    waiting = await place(quiet_app)
    out = await say(quiet_app, typed)
    assert SEVERANCE in out
    assert OTHER_WORDS not in out
    assert await place(quiet_app) == waiting  # still in the vent, at the same question


async def test_the_vent_goes_on_after_the_answer(quiet_app: App) -> None:
    await say(quiet_app, "/vent")
    await say(quiet_app, "is there anything about the severance?")
    out = await say(quiet_app, "honestly i just feel so stupid for trusting them")
    assert SEVERANCE not in out
    assert await place(quiet_app) == "vent.heard"


@pytest.mark.parametrize(
    "typed",
    [
        "should I apologise to her?",
        "should i send a sorry message?",
        "should i apologize to them",
        "do i need to say sorry?",
    ],
)
async def test_an_apology_asked_after_sending_is_answered_kindly(
    quiet_app: App, typed: str
) -> None:
    await say(quiet_app, "draft")
    await say(quiet_app, CALM)
    await say(quiet_app, "send it")
    assert await place(quiet_app) == "draft.after"
    out = await say(quiet_app, typed)
    assert "short and plain" in out and "type draft" in out.lower()
    assert "didn't quite get that" not in out
    assert await place(quiet_app) == "draft.after"
