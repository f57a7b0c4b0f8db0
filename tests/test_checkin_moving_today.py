"""Moving a check-in late on a Monday evening (22:06 UTC, quiet hours 21:00-09:00, no time zone
known): "tonight" says its time has gone by, "later, like 11" is 23:00 and never a week on,
"11pm tonight" lands on the next morning, "tmrw" is the day after today (not after the
check-in's day), and a date with its month ("8 dec", "8 de diciembre") is that very date."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from bot.app import App
from bot.checkins.adding import quiet_note
from bot.checkins.timing import Quiet
from bot.core.model import Turn, UserKey
from bot.store.sql import SqlStore
from tests.checkin_support import rows, said

KEY = UserKey("console", "local", "tess")
NOW = datetime(2026, 12, 7, 22, 6, tzinfo=UTC)  # Monday 7 December, 22:06 UTC


async def say(app: App, text: str, locale: str = "en-US") -> str:
    return said(await app.engine.handle(Turn(KEY, text=text, locale=locale, tz="UTC")))


async def pending(app: App) -> list[str]:
    assert isinstance(app.store, SqlStore)
    return sorted(r.local_time for r in await rows(app.store, KEY) if r.status == "pending")


async def booked_tonight(app: App) -> str:
    app.engine.clock = lambda: NOW
    await say(app, "/checkins")
    await say(app, "Add a check-in")
    out = await say(app, "tonight")
    await say(app, "menu")
    return out


async def test_tonight_once_its_time_has_gone_says_so(quiet_app: App) -> None:
    out = await booked_tonight(quiet_app)
    assert "already past 20:00 today" in out, out
    assert "Tuesday 8 December at 20:00" in out, out
    assert await pending(quiet_app) == ["2026-12-08T20:00"]


async def test_later_like_11_is_the_evening_not_a_week_on(quiet_app: App) -> None:
    await booked_tonight(quiet_app)
    out = await say(quiet_app, "actually make it later, like 11")
    assert "23:00 won't work" in out, out
    assert "14 December" not in out and "15 December" not in out, out
    assert await pending(quiet_app) == ["2026-12-09T09:00"]


async def test_11pm_tonight_is_the_next_morning_not_a_week_on(quiet_app: App) -> None:
    await booked_tonight(quiet_app)
    out = await say(quiet_app, "move it to 11pm tonight")
    assert "Tuesday 8 December at 09:00" in out, out
    assert "20:30" not in out, out  # this evening's 20:30 has gone by: not offered
    assert await pending(quiet_app) == ["2026-12-08T09:00"]


@pytest.mark.parametrize(
    ("words", "locale"),
    [("move it to tmrw 8pm", "en-US"), ("muévelo a mañana a las 8 de la noche", "es-MX")],
)
async def test_tomorrow_is_from_today_not_from_the_checkins_day(
    quiet_app: App, words: str, locale: str
) -> None:
    await booked_tonight(quiet_app)
    await say(quiet_app, "move it to 15 dec 8pm")
    assert await pending(quiet_app) == ["2026-12-15T20:00"]
    await say(quiet_app, words, locale)
    assert await pending(quiet_app) == ["2026-12-08T20:00"]


@pytest.mark.parametrize(
    ("words", "locale"),
    [
        ("move it to 8 dec 8pm", "en-US"),
        ("move it to tuesday december 8 at 20:00", "en-US"),
        ("cámbialo al 8 de diciembre a las 20:00", "es-MX"),
    ],
)
async def test_a_date_with_its_month_is_that_date(quiet_app: App, words: str, locale: str) -> None:
    await booked_tonight(quiet_app)
    await say(quiet_app, "move it to 15 dec 8pm")
    out = await say(quiet_app, words, locale)
    assert "already" not in out and "ya" not in out.split(), out
    assert await pending(quiet_app) == ["2026-12-08T20:00"]


async def test_a_week_day_whose_time_has_gone_is_still_a_week_on(quiet_app: App) -> None:
    await booked_tonight(quiet_app)
    await say(quiet_app, "move it to monday at 10am")
    assert await pending(quiet_app) == ["2026-12-14T10:00"]


def test_the_evening_offered_instead_names_tomorrow_when_it_is_tomorrow() -> None:
    late = Quiet(time(21), time(9))
    now = datetime(2026, 12, 7, 22, 6)
    note = quiet_note(datetime(2026, 12, 8, 23, 0), datetime(2026, 12, 9, 9, 0), late, now)
    assert 'say "make it tomorrow at 20:30"' in note, note
    gone = quiet_note(datetime(2026, 12, 7, 23, 0), datetime(2026, 12, 8, 9, 0), late, now)
    assert "20:30" not in gone, gone  # this evening's 20:30 has gone by: not offered


async def test_a_time_tonight_already_gone_moves_a_day_on_never_a_week(quiet_app: App) -> None:
    await booked_tonight(quiet_app)
    out = await say(quiet_app, "move it to 9pm tonight")
    assert "Wednesday 9 December at 09:00" in out, out  # 21:00 tomorrow is quiet: the morning after
    assert 'say "make it tomorrow at 20:30"' in out, out
    assert "14 December" not in out and "15 December" not in out, out
    assert await pending(quiet_app) == ["2026-12-09T09:00"]
