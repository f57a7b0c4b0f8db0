"""Hearing that a person is sending, or has sent, their own draft (`bot.safety.draft_sending`)."""

from __future__ import annotations

import pytest

from bot.safety.draft_sending import sending_said


@pytest.mark.parametrize(
    "text",
    [
        "im sending the original one to karen tonight. she deserves it",
        "did you hear me? im sending the angry one",
        "I'm going to send my original",
        "ill send mine anyway",
        "i will send it tomorrow morning",
        "sending it as it is",
        "no forget it. i send my own version, the first one",
        "i send it like this anyway. is my choice",
    ],
)
def test_sending_their_own_draft_is_heard(text: str) -> None:
    assert sending_said(text) == "will"


@pytest.mark.parametrize("text", ["i already sent the original one", "I've sent mine. done."])
def test_having_sent_it_is_heard(text: str) -> None:
    assert sending_said(text) == "sent"


@pytest.mark.parametrize(
    "text",
    [
        "should i send the original?",
        "im not sending the angry one",
        "I won't send it, don't worry",
        "can you send me the calmer version",
        "send me a reminder tomorrow",
        "what should I say to the landlord",
        "i send you my draft below",
    ],
)
def test_questions_refusals_and_other_requests_are_not(text: str) -> None:
    assert sending_said(text) is None
