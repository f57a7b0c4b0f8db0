"""What play-testers found booking a check-in, kept fixed over the real bot and flows: "make it
the day after instead, same time" right after a Thursday one was booked moves it to Friday at
the same time ("al otro día", "el día siguiente" too); "at night" said alone is 20:00, later than
"evening" (18:00) and before the usual quiet hours; and when no time zone is known at all, the
confirmation says once that the time is UTC and how to change it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from bot.app import App
from bot.core.model import UserKey
from bot.store.sql import SqlStore
from bot.understanding.time_words import time_in
from tests.checkin_support import rows
from tests.replies import speaker

KEY = UserKey("console", "local", "pat")
say = speaker(KEY)
decir = speaker(KEY, "es-MX")
plain = speaker(KEY, "en")


async def pending(app: App) -> list[Any]:
    assert isinstance(app.store, SqlStore)
    return [r for r in await rows(app.store, KEY) if r.status == "pending"]


@pytest.mark.parametrize(
    "words",
    [
        "make it the day after instead, same time",
        "actually the next day",
        "can we do the day after",
    ],
)
async def test_the_day_after_moves_the_checkin_just_booked(quiet_app: App, words: str) -> None:
    await say(quiet_app, "check on me thursday at 9am")
    assert "I'll message you on Thursday" in await say(quiet_app, "yes")
    out = await say(quiet_app, words)
    assert "I've moved your check-in" in out and "to Friday" in out and "09:00" in out, out
    [row] = await pending(quiet_app)
    wall = datetime.fromisoformat(row.local_time)
    assert (wall.weekday(), wall.hour) == (4, 9)


@pytest.mark.parametrize(
    "words", ["mejor al otro día, a la misma hora", "que sea el día siguiente"]
)
async def test_al_otro_dia_moves_the_checkin_just_booked(quiet_app: App, words: str) -> None:
    await decir(quiet_app, "escríbeme el jueves a las 9am")
    assert "jueves" in await decir(quiet_app, "sí")
    out = await decir(quiet_app, words)
    assert "moví tu seguimiento" in out and "al viernes" in out, out
    [row] = await pending(quiet_app)
    assert datetime.fromisoformat(row.local_time).weekday() == 4


def test_at_night_alone_is_later_than_the_evening() -> None:
    assert str(time_in("can it be at night")) == "20:00:00"
    assert str(time_in("tonight")) == "20:00:00"
    assert str(time_in("el viernes por la noche")) == "20:00:00"
    assert str(time_in("in the evening")) == "18:00:00"
    assert str(time_in("seven at night")) == "19:00:00"
    assert str(time_in("10 at night")) == "22:00:00"


async def test_a_booked_checkin_asked_for_at_night_moves_to_twenty(quiet_app: App) -> None:
    await say(quiet_app, "check on me thursday at 9am")
    await say(quiet_app, "yes")
    out = await say(quiet_app, "actually make it thursday at night")
    assert "Thursday at 20:00" in out and "18:00" not in out, out


async def test_no_zone_known_says_utc_once(quiet_app: App) -> None:
    await plain(quiet_app, "check on me thursday at 9am")
    out = await plain(quiet_app, "yes")
    assert "09:00 (UTC: type settings and tell me your city or time zone" in out, out
    await plain(quiet_app, "check on me friday at 10am")
    out = await plain(quiet_app, "yes")
    assert "10:00" in out and "UTC" not in out, out


async def test_a_zone_assumed_from_the_country_is_still_named(quiet_app: App) -> None:
    await say(quiet_app, "check on me thursday at 9am")
    out = await say(quiet_app, "yes")
    assert "New York time" in out and "UTC" not in out, out
