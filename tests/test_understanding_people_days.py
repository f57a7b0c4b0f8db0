"""Check-in days as people say them, found in play-testing: "next friday" said on a Monday is the
coming Friday (said back with its date, so it can be corrected), "next tuesday" on a Sunday is
two days later, a day of the month alone ("the 11", "el 11") is read, "I mean this friday
coming, the 11" corrects the day offered, a check-in asked for at the check-ins screen (in
English or Spanish) is added with its day, "cancel all. then a check-in friday" does both, and
a time inside quiet hours is said once, before the check-in is agreed."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.core.model import Turn, UserKey
from bot.i18n.current import use_language
from bot.i18n.spoken import in_english
from bot.understanding.reminder_days import day_named, days_until, reminder_asked
from tests.conftest import make_settings
from tests.placing import place_of
from tests.replies import said

MONDAY = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)  # Monday 7 December 2026
SUNDAY = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
WEDNESDAY = datetime(2026, 12, 9, 9, 0, tzinfo=UTC)
KEY = UserKey("console", "local", "sam")
ES = UserKey("console", "local", "lu")
SPANISH = {"locale": "es-MX", "tz": "UTC"}


def _days(text: str, now: datetime) -> tuple[int, str]:
    when = reminder_asked(text, now, "UTC")
    assert when is not None, text
    return days_until(when, now, "UTC")


@pytest.mark.parametrize(
    ("now", "text", "days", "words"),
    [
        (MONDAY, "remind me next friday", 4, "on Friday 11 December"),
        (MONDAY, "remind me next tuesday", 8, "on Tuesday 15 December"),
        (SUNDAY, "remind me next tuesday", 2, "on Tuesday 8 December"),
        (WEDNESDAY, "remind me next friday", 9, "on Friday 18 December"),
        (MONDAY, "remind me next monday", 7, "on Monday 14 December"),
    ],
)
def test_next_weekday_is_the_day_most_people_mean_and_is_said_with_its_date(
    now: datetime, text: str, days: int, words: str
) -> None:
    assert _days(text, now) == (days, words)


@pytest.mark.parametrize(
    "text", ["the 11", "I mean this friday coming, the 11", "the 11th", "the 11 at 9"]
)
def test_a_day_of_the_month_is_read_and_said_with_its_date(text: str) -> None:
    assert day_named(text, MONDAY, "UTC") == (4, "on Friday 11 December")


def test_this_friday_coming_is_the_coming_friday() -> None:
    assert day_named("this friday coming", MONDAY, "UTC") == (4, "on Friday")


@pytest.mark.parametrize("text", ["the 2 of us", "the 3 options", "the 10 minutes"])
def test_a_number_after_the_that_is_no_day(text: str) -> None:
    assert day_named(text, MONDAY, "UTC") is None


def test_spanish_day_of_the_month_and_part_of_the_day() -> None:
    assert in_english("el 11", "es") == "the 11"
    assert in_english("el 15 de diciembre", "es") == "15 december"
    assert in_english("a las 11", "es") == "at 11"
    assert "morning" in in_english("el jueves en la mañana", "es")
    use_language("es")
    try:
        assert day_named("el 11", MONDAY, "UTC") is not None
        assert day_named("el 11", MONDAY, "UTC")[0] == 4  # type: ignore[index]
    finally:
        use_language("en")


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[App]:
    built = await build_app(make_settings(tmp_path, checkins=False))
    built.engine.clock = lambda: MONDAY
    yield built
    await built.close()


async def _listing(bot: App, key: UserKey = KEY, **turn: str) -> str:
    await bot.engine.handle(Turn(key, text="menu", **turn))  # type: ignore[arg-type]
    return said((await bot.engine.handle_detailed(Turn(key, text="/checkins", **turn))).replies)  # type: ignore[arg-type]


async def test_next_friday_on_monday_is_offered_with_its_date(bot: App) -> None:
    await bot.engine.handle(Turn(KEY, text="/vent"))
    asked = await bot.engine.handle_detailed(Turn(KEY, text="can you remind me next friday"))
    assert "Friday 11 December" in said(asked.replies)
    assert (await place_of(bot, KEY)).vars["reminder_in"] == "4d"


async def test_i_mean_this_one_coming_corrects_the_day_offered(bot: App) -> None:
    await bot.engine.handle(Turn(KEY, text="/vent"))
    await bot.engine.handle(Turn(KEY, text="remind me next wednesday"))  # two days: next week's
    assert (await place_of(bot, KEY)).vars["reminder_in"] == "9d"
    asked = await bot.engine.handle_detailed(Turn(KEY, text="I mean this wednesday coming, the 9"))
    conv = await place_of(bot, KEY)
    assert (conv.flow, conv.step, conv.vars["reminder_in"]) == ("remind", "when", "2d")
    assert "Wednesday 9 December" in said(asked.replies)


async def test_the_day_offered_said_again_is_a_yes(bot: App) -> None:
    await bot.engine.handle(Turn(KEY, text="/vent"))
    await bot.engine.handle(Turn(KEY, text="remind me next friday"))
    agreed = await bot.engine.handle_detailed(Turn(KEY, text="I mean this friday coming, the 11"))
    assert "I'll message you on Friday 11 December" in said(agreed.replies)
    assert "1. Fri 11 Dec" in await _listing(bot)


async def test_no_with_the_day_offered_is_no_yes(bot: App) -> None:
    await bot.engine.handle(Turn(KEY, text="/vent"))
    await bot.engine.handle(Turn(KEY, text="remind me next friday"))
    await bot.engine.handle(Turn(KEY, text="no, not friday the 11"))
    assert "You have no check-ins coming up" in await _listing(bot)


async def test_i_mean_corrects_a_reminder_just_set(bot: App) -> None:
    await bot.engine.handle(Turn(KEY, text="/vent"))
    await bot.engine.handle(Turn(KEY, text="remind me next wednesday at 8pm"))
    await bot.engine.handle(Turn(KEY, text="yes"))
    await bot.engine.handle(Turn(KEY, text="oh sorry I mean this wednesday coming, the 9th"))
    conv = await place_of(bot, KEY)
    assert (conv.flow, conv.step) == ("remind", "when")
    await bot.engine.handle(Turn(KEY, text="yes"))
    listing = await _listing(bot)
    assert "1. Wed 9 Dec, 20:00" in listing
    assert "2." not in listing


async def test_a_check_in_asked_for_at_the_check_ins_screen_is_added(bot: App) -> None:
    await bot.engine.handle(Turn(KEY, text="/checkins"))
    asked = await bot.engine.handle_detailed(Turn(KEY, text="check on me friday at 9am"))
    assert "Friday 11 December at 09:00" in said(asked.replies)
    assert "1. Fri 11 Dec, 09:00" in await _listing(bot)


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("recuérdame el viernes", "vie 11 dic, 10:00"),
        ("quiero un check-in el jueves en la mañana", "jue 10 dic, 10:00"),
        ("avísame en 3 días", "jue 10 dic"),
        ("recuérdame el 11 a las 9", "vie 11 dic, 09:00"),
    ],
)
async def test_spanish_check_in_requests_at_the_check_ins_screen(
    bot: App, text: str, listed: str
) -> None:
    await bot.engine.handle(Turn(ES, text="hola", **SPANISH))  # type: ignore[arg-type]
    await bot.engine.handle(Turn(ES, text="/seguimientos", **SPANISH))  # type: ignore[arg-type]
    asked = await bot.engine.handle_detailed(Turn(ES, text=text, **SPANISH))  # type: ignore[arg-type]
    assert "te escribo el" in said(asked.replies)
    assert f"1. {listed}" in await _listing(bot, ES, **SPANISH)


async def test_cancel_all_then_a_new_one_does_both(bot: App) -> None:
    await bot.engine.handle(Turn(KEY, text="/checkins"))
    await bot.engine.handle(Turn(KEY, text="check on me tuesday at 9am"))
    asked = await bot.engine.handle_detailed(
        Turn(KEY, text="Cancel all. Then i want check-in this friday at 9am")
    )
    text = said(asked.replies)
    assert "first cancel them, then add" in text
    assert "Cancel all your upcoming check-ins" in text
    done = said((await bot.engine.handle_detailed(Turn(KEY, text="yes"))).replies)
    assert "Friday 11 December at 09:00" in done
    listing = await _listing(bot)
    assert "1. Fri 11 Dec, 09:00" in listing
    assert "2." not in listing


async def test_keeping_them_after_cancel_all_then_forgets_the_new_one(bot: App) -> None:
    await bot.engine.handle(Turn(KEY, text="/checkins"))
    await bot.engine.handle(Turn(KEY, text="check on me tuesday at 9am"))
    await bot.engine.handle(Turn(KEY, text="cancel all, then check on me friday"))
    await bot.engine.handle(Turn(KEY, text="no, keep them"))
    assert "add_after" not in (await place_of(bot, KEY)).vars


async def test_a_time_in_quiet_hours_is_said_once_before_it_is_agreed(bot: App) -> None:
    await bot.engine.handle(Turn(KEY, text="/vent"))
    asked = said(
        (await bot.engine.handle_detailed(Turn(KEY, text="remind me tomorrow at 11pm"))).replies
    )
    assert "so 23:00 won't work" in asked
    assert "Yes, check in on Wednesday 9 December at 09:00" in asked
    agreed = said((await bot.engine.handle_detailed(Turn(KEY, text="yes"))).replies)
    assert "Wednesday 9 December at 09:00" in agreed
    assert "quiet hours" not in agreed


async def test_a_time_outside_quiet_hours_says_nothing_about_them(bot: App) -> None:
    await bot.engine.handle(Turn(KEY, text="/vent"))
    asked = await bot.engine.handle_detailed(Turn(KEY, text="remind me tomorrow at 8pm"))
    assert "quiet hours" not in said(asked.replies)
    assert "tomorrow at 20:00" in said(asked.replies)


async def test_spanish_quiet_hours_note(bot: App) -> None:
    await bot.engine.handle(Turn(ES, text="/desahogo", **SPANISH))  # type: ignore[arg-type]
    asked = await bot.engine.handle_detailed(
        Turn(ES, text="recuérdame mañana a las 11 de la noche", **SPANISH)  # type: ignore[arg-type]
    )
    assert "a las 23:00 no puede ser" in said(asked.replies)
