"""What play-testers found about times said to move a check-in, kept fixed over the real bot
and flows: one reader of times ("seven at night", "7pm", "19:00") for the mover too, a day and a
time said together both taken, a part of the day asked for ("can the thursday thing be at
night") moves the check-in, and a time zone said with region words is taken."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from bot.app import App
from bot.core.model import UserKey
from bot.store.sql import SqlStore
from tests.checkin_support import rows
from tests.replies import speaker

KEY = UserKey("console", "local", "pat")
say = speaker(KEY)


async def pending(app: App) -> list[Any]:
    assert isinstance(app.store, SqlStore)
    return [r for r in await rows(app.store, KEY) if r.status == "pending"]


async def booked_thursday_morning(app: App) -> None:
    await say(app, "check on me thursday at 9am")
    assert "I'll message you on Thursday" in await say(app, "yes")
    await say(app, "checkins")


async def test_a_time_in_words_moves_the_checkin_to_that_time(quiet_app: App) -> None:
    await booked_thursday_morning(quiet_app)
    out = await say(quiet_app, "move the thursday one to seven at night")
    assert "I've moved your check-in" in out and "Thursday" in out and "at 19:00" in out, out
    [row] = await pending(quiet_app)
    assert row.local_time.endswith("T19:00")


async def test_a_day_and_a_time_said_together_are_both_taken(quiet_app: App) -> None:
    await booked_thursday_morning(quiet_app)
    out = await say(quiet_app, "move it to wednesday, seven pm")
    assert "I've moved your check-in" in out and "to Wednesday" in out and "19:00" in out, out
    [row] = await pending(quiet_app)
    wall = datetime.fromisoformat(row.local_time)
    assert (wall.weekday(), wall.hour) == (2, 19)


async def test_a_booked_checkin_asked_for_at_another_part_of_the_day_moves(quiet_app: App) -> None:
    await say(quiet_app, "check on me thursday at 9am")
    assert "I'll message you on Thursday" in await say(quiet_app, "yes")
    out = await say(quiet_app, "can the thursday thing be at night. mornings are rough for me")
    assert "I've moved your check-in" in out and "at 20:00" in out, out  # night: 20:00
    [row] = await pending(quiet_app)
    assert row.local_time.endswith("T20:00")


@pytest.mark.parametrize(
    ("words", "taken"),
    [
        ("eastern. ohio", "New York, United States"),
        ("columbus", "New York, United States"),
        ("new york then", "New York, United States"),
        ("pacific", "Los Angeles, United States"),
    ],
)
async def test_a_time_zone_said_as_a_region_is_taken(
    quiet_app: App, words: str, taken: str
) -> None:
    await say(quiet_app, "settings")
    await say(quiet_app, "time zone")
    out = await say(quiet_app, words)
    assert f"Got it: {taken}." in out, out


async def test_an_unknown_time_zone_is_asked_again_with_an_example(quiet_app: App) -> None:
    await say(quiet_app, "settings")
    await say(quiet_app, "time zone")
    out = await say(quiet_app, "the moon")
    assert "like Chicago, eastern, pacific" in out and "Which time zone" in out, out


async def test_the_plan_checkin_put_right_with_a_day_and_a_time(quiet_app: App) -> None:
    """The play-tester's own words, after the plan's feedback check-in was set."""
    await say(quiet_app, "my plan and next steps")
    await say(quiet_app, "add it to my plan")
    assert "I'll check in on" in await say(quiet_app, "yes")
    out = await say(quiet_app, "thursday at seven at night")
    assert "I've moved your check-in" in out and "to Thursday" in out and "19:00" in out, out
    out = await say(quiet_app, "9?? i said seven at NIGHT. and actually no wait, make it wednesday")
    assert "to Wednesday" in out and "at 19:00" in out, out
    for words in ("WEDNESDAY. seven pm", "7pm not 6. 19:00"):
        out = await say(quiet_app, words)
        assert "already: your check-in is on Wednesday" in out and "19:00" in out, out
    [row] = await pending(quiet_app)
    wall = datetime.fromisoformat(row.local_time)
    assert (wall.weekday(), wall.hour) == (2, 19)
