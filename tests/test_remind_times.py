"""Times of day in a reminder request, read by the one reader check-ins also use
(`bot.understanding.time_words`): "friday morning around 9" is Friday at 09:00, fillers
("around", "about", "ish") and parts of the day ("morning", "evening") are understood, and a
lone number of days is no time."""

from __future__ import annotations

from datetime import time

import pytest

from bot.app import App
from bot.checkins.timing import parse_time_of_day
from bot.core.model import Turn, UserKey
from bot.understanding.time_words import time_in
from tests.placing import place_of
from tests.replies import said

KEY = UserKey("console", "local", "rae")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("remind me friday morning around 9", time(9)),
        ("friday at 9", time(9)),
        ("remind me tomorrow at 9ish", time(9)),
        ("check on me monday about 10", time(10)),
        ("remind me thursday around 7 in the evening", time(19)),
        ("remind me friday evening about 7", time(19)),
        ("remind me tomorrow evening", time(18)),
        ("remind me tomorrow morning", time(10)),
        ("remind me at 6:30 pm", time(18, 30)),
        ("remind me in 3 days at 14:00", time(14)),
    ],
)
def test_the_time_a_reminder_names(text: str, expected: time) -> None:
    assert time_in(text) == expected


@pytest.mark.parametrize(
    "text", ["remind me in 3 days", "remind me on the 10th", "remind me monday to follow up"]
)
def test_a_day_alone_names_no_time(text: str) -> None:
    assert time_in(text) is None


def test_check_in_times_read_a_part_of_the_day_before_the_hour() -> None:
    assert parse_time_of_day("friday morning around 9") == time(9)
    assert parse_time_of_day("evening about 8") == time(20)


async def test_friday_morning_around_9_is_offered_as_friday_at_9(quiet_app: App) -> None:
    await quiet_app.engine.handle(Turn(KEY, text="/vent"))
    asked = await quiet_app.engine.handle_detailed(
        Turn(KEY, text="remind me friday morning around 9 to send the follow up")
    )
    conv = await place_of(quiet_app, KEY)
    assert (conv.flow, conv.step) == ("remind", "when")
    assert conv.vars["reminder_at"] == "09:00"
    assert "Friday at 09:00" in said(asked.replies)
