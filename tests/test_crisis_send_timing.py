"""A time asked about for sending, replying or applying ("is tonight too soon or not? its 10pm
here") is no chosen day for the crisis check, nor is when a check-in should come ("when i wake
up, like today"); a time said about dying still is."""

from __future__ import annotations

import pytest

from bot.safety.crisis import assess


@pytest.mark.parametrize(
    "text",
    [
        "wait so is tonight too soon or not? its 10pm here",
        "is tonight too soon to send it?",
        "should i send the email tonight or tomorrow morning",
        "is tonight ok to apply",
        "wait its after midnight. i meant when i wake up, like today",
        "text me after i wake up, like 9",
        "esta noche tipo 11",
        "mañana a eso de las 9",
    ],
)
def test_when_to_send_is_not_a_crisis(text: str) -> None:
    assert assess(text).level is None


@pytest.mark.parametrize(
    "text",
    [
        "tonight is the night",
        "is tonight too soon to end it",
        "is tonight too soon? i have the pills ready",
        "i think tonight is the night i go",
        "its 10pm here and i cant stop thinking about dying",
        "when i wake up i wish i was dead",
        "when i wake up, i dont want to be here anymore",
        "i hope i never wake up",
        "esta noche tipo 11 me mato",
        "esta noche tipo 11, ya no aguanto mas",
    ],
)
def test_a_time_said_about_dying_still_is(text: str) -> None:
    assert assess(text).level is not None
