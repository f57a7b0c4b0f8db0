"""Days read in the person's own time zone once they have said where they are: on Monday 18:16
in Chicago (Tuesday 00:16 UTC) "wednesday" is Wednesday 9 December, "tomorrow" Tuesday 8 and
"15 december" the 15th, and the quiet hours are Chicago's."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.app import App
from bot.core.model import Turn, UserKey
from bot.store.sql import SqlStore
from tests.checkin_support import rows, said

KEY = UserKey("console", "local", "cam")
NOW = datetime(2026, 12, 8, 0, 16, tzinfo=UTC)  # Monday 7 December, 18:16 in Chicago


async def say(app: App, text: str, locale: str = "en-US") -> str:
    return said(await app.engine.handle(Turn(KEY, text=text, locale=locale, tz="UTC")))


async def pending(app: App) -> list[str]:
    assert isinstance(app.store, SqlStore)
    return sorted(r.local_time for r in await rows(app.store, KEY) if r.status == "pending")


async def in_chicago(app: App) -> None:
    app.engine.clock = lambda: NOW
    await say(app, "settings")
    await say(app, "time zone")
    assert "Chicago" in await say(app, "chicago")
    await say(app, "menu")


@pytest.mark.parametrize(
    ("words", "landing"),
    [
        ("check on me tomorrow morning like 9", "2026-12-08T09:00"),
        ("check on me wednesday at 9am", "2026-12-09T09:00"),
        ("check on me on 15 december at 10am", "2026-12-15T10:00"),
        ("can you check on me tonight at 8:30", "2026-12-07T20:30"),
    ],
)
async def test_days_are_the_persons_own(quiet_app: App, words: str, landing: str) -> None:
    await in_chicago(quiet_app)
    await say(quiet_app, words)
    await say(quiet_app, "yes")
    assert await pending(quiet_app) == [landing]


async def test_the_day_said_back_is_the_local_one(quiet_app: App) -> None:
    await in_chicago(quiet_app)
    await say(quiet_app, "check on me wednesday at 9am")
    out = await say(quiet_app, "yes")
    assert "Wednesday 9 December at 09:00" in out, out


@pytest.mark.parametrize(
    "words",
    [
        "check on me tomorrow morning like 9",
        "check on me tomorrow morning like 9 pls",
        "check on me tomorrow around 9 or so",
    ],
)
async def test_like_9_in_the_morning_is_nine(quiet_app: App, words: str) -> None:
    await in_chicago(quiet_app)
    out = await say(quiet_app, words)
    assert "09:00" in out and "10:00" not in out, out
    await say(quiet_app, "yes")
    assert await pending(quiet_app) == ["2026-12-08T09:00"]


async def test_tomorrow_just_after_midnight_is_the_day_just_started(quiet_app: App) -> None:
    await in_chicago(quiet_app)
    quiet_app.engine.clock = lambda: datetime(2026, 12, 8, 6, 15, tzinfo=UTC)  # 00:15 Tuesday
    out = await say(quiet_app, "check on me tomorrow at 9am i guess")
    assert "Tuesday 8 December" in out, out  # the day said plainly
    await say(quiet_app, "yes")
    assert await pending(quiet_app) == ["2026-12-08T09:00"]


async def test_moving_to_tomorrow_just_after_midnight_is_the_coming_morning(
    quiet_app: App,
) -> None:
    await in_chicago(quiet_app)
    await say(quiet_app, "check on me wednesday at 9am")
    await say(quiet_app, "yes")
    quiet_app.engine.clock = lambda: datetime(2026, 12, 8, 6, 15, tzinfo=UTC)  # 00:15 Tuesday
    out = await say(quiet_app, "move it to tomorrow at 10am")
    assert "to Tuesday 8 December at 10:00" in out, out
    assert await pending(quiet_app) == ["2026-12-08T10:00"]


@pytest.mark.parametrize(
    "words",
    [
        "can you check on me tonight too at 8:30pm",
        "can you check on me tonight at 8:30pm too",
        "can you check on me tonight as well, at 8:30pm",
    ],
)
async def test_another_checkin_asked_for_is_added_not_moved(quiet_app: App, words: str) -> None:
    await in_chicago(quiet_app)
    await say(quiet_app, "check on me tomorrow morning like 9")
    await say(quiet_app, "yes")
    out = await say(quiet_app, words)
    assert "today at 20:30" in out, out
    out = await say(quiet_app, "yes")
    assert "moved" not in out, out
    assert await pending(quiet_app) == ["2026-12-07T20:30", "2026-12-08T09:00"]


async def test_tonight_said_right_after_booking_tomorrow_is_today(quiet_app: App) -> None:
    await in_chicago(quiet_app)
    await say(quiet_app, "check on me tomorrow morning like 9")
    await say(quiet_app, "yes")
    out = await say(quiet_app, "check on me tonight at 8:30pm")
    assert "today at 20:30" in out and "tomorrow at 20:30" not in out, out


async def test_a_checkin_asked_for_in_the_first_message_is_booked(quiet_app: App) -> None:
    quiet_app.engine.clock = lambda: NOW
    out = await say(quiet_app, "got rejected today… check in on me tonight")
    assert "I've set the check-in you asked for" in out and "Tuesday 8 December at 20:00" in out
    assert await pending(quiet_app) == ["2026-12-08T20:00"]


async def test_a_first_message_without_a_checkin_books_none(quiet_app: App) -> None:
    quiet_app.engine.clock = lambda: NOW
    out = await say(quiet_app, "got rejected today after the final round")
    assert "check-in you asked for" not in out, out
    assert await pending(quiet_app) == []
