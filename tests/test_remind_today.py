"""A week day said on that very day, and a day put right: early on a Monday in Mexico City,
"recuérdame el lunes en la mañana" is next Monday, said with its date (people who mean today say
"hoy"), with a time or without; "dije LUNES no martes" / "I said monday not tuesday" at the
reminder's question moves it to Monday, said with its date.

A correction at the reminder's question is a correction, not a refusal: "no no, hoy no, el lunes
q viene. bueno no, mejor el martes en la mañana" moves the check-in to Tuesday, and "q? no, si
quiero q me escribas, el martes en la mañana" (the day already offered) is a yes, in Spanish and
English."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.core.model import Turn, UserKey
from bot.understanding.reminder_days import days_until
from tests.conftest import make_settings
from tests.placing import place_of
from tests.replies import said

EARLY_MONDAY = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)  # Monday 7 December, 06:00 in Mexico City
MEXICO = "America/Mexico_City"
KEY = UserKey("console", "local", "ana")


@pytest.mark.parametrize(
    ("at", "days"),
    [("10:00", 7), ("05:00", 7), ("", 7)],
)
def test_todays_week_day_is_next_weeks(at: str, days: int) -> None:
    assert days_until("monday", EARLY_MONDAY, MEXICO, at)[0] == days


def test_next_mondays_date_is_said_when_today_is_monday() -> None:
    assert days_until("monday", EARLY_MONDAY, MEXICO)[1] == "on Monday 14 December"


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[App]:
    built = await build_app(make_settings(tmp_path, checkins=False))
    built.engine.clock = lambda: EARLY_MONDAY
    yield built
    await built.close()


async def _say(bot: App, text: str, locale: str) -> str:
    turn = Turn(KEY, text=text, locale=locale, tz=MEXICO)
    return said((await bot.engine.handle_detailed(turn)).replies)


async def test_el_lunes_en_la_manana_early_on_monday_is_next_monday(bot: App) -> None:
    await _say(bot, "/desahogarme", "es-MX")
    text = await _say(bot, "recuérdame el lunes en la mañana", "es-MX")
    conv = await place_of(bot, KEY)
    assert (conv.flow, conv.step) == ("remind", "when")
    assert (conv.vars["reminder_in"], conv.vars["reminder_at"]) == ("7d", "10:00")
    assert "lunes 14 de diciembre a las 10:00" in text
    await _say(bot, "sí", "es-MX")
    listing = await _say(bot, "seguimientos", "es-MX")
    assert "lun 14 dic, 10:00" in listing


@pytest.mark.parametrize(
    ("locale", "ask", "correction"),
    [
        ("es-MX", "recuérdame el martes en la mañana", "dije LUNES no martes"),
        ("en-US", "remind me tuesday morning", "I said monday not tuesday"),
    ],
)
async def test_a_day_put_right_at_the_question_is_the_day_meant(
    bot: App, locale: str, ask: str, correction: str
) -> None:
    await _say(bot, "/vent", locale)
    await _say(bot, ask, locale)
    conv = await place_of(bot, KEY)
    assert conv.vars["reminder_in"] == "1d"
    text = await _say(bot, correction, locale)
    conv = await place_of(bot, KEY)
    assert (conv.flow, conv.step) == ("remind", "when"), text
    assert conv.vars["reminder_in"] == "7d"
    assert ("14 de diciembre" if locale.startswith("es") else "14 December") in text


@pytest.mark.parametrize(
    ("locale", "ask", "offered"),
    [
        ("es-MX", "recuérdame el lunes en la mañana", "lunes 14 de diciembre"),
        ("en-US", "remind me monday morning", "Monday 14 December"),
    ],
)
async def test_todays_week_day_is_next_weeks_said_with_its_date(
    bot: App, locale: str, ask: str, offered: str
) -> None:
    await _say(bot, "/vent", locale)
    text = await _say(bot, ask, locale)
    conv = await place_of(bot, KEY)
    assert (conv.flow, conv.step) == ("remind", "when")
    assert conv.vars["reminder_in"] == "7d"
    assert offered in text


@pytest.mark.parametrize(
    ("locale", "ask", "correction", "again"),
    [
        (
            "es-MX",
            "recuérdame el lunes en la mañana",
            "no no, hoy no, el lunes q viene. bueno no, mejor el martes en la mañana",
            "q? no, si quiero q me escribas, el martes en la mañana",
        ),
        (
            "en-US",
            "remind me monday morning",
            "no no, not monday. actually no, better tuesday morning",
            "what? no, i do want you to message me, tuesday morning",
        ),
    ],
)
async def test_a_no_that_names_a_day_is_a_correction(
    bot: App, locale: str, ask: str, correction: str, again: str
) -> None:
    await _say(bot, "/vent", locale)
    await _say(bot, ask, locale)
    text = await _say(bot, correction, locale)
    conv = await place_of(bot, KEY)
    assert (conv.flow, conv.step) == ("remind", "when"), text
    assert (conv.vars["reminder_in"], conv.vars["reminder_at"]) == ("1d", "10:00")
    text = await _say(bot, again, locale)
    listing = await _say(bot, "seguimientos" if locale.startswith("es") else "checkins", locale)
    assert ("mar 8 dic, 10:00" if locale.startswith("es") else "Tue 8 Dec, 10:00") in listing, text


@pytest.mark.parametrize(
    ("locale", "ask", "correction"),
    [
        ("es-MX", "recuérdame el lunes", "no no, hoy no, el lunes q viene"),
        ("en-US", "remind me monday", "no, not today, next monday"),
    ],
)
async def test_the_day_offered_said_again_after_a_no_is_a_yes(
    bot: App, locale: str, ask: str, correction: str
) -> None:
    await _say(bot, "/vent", locale)
    await _say(bot, ask, locale)
    text = await _say(bot, correction, locale)
    listing = await _say(bot, "seguimientos" if locale.startswith("es") else "checkins", locale)
    assert ("lun 14 dic" if locale.startswith("es") else "Mon 14 Dec") in listing, text


async def test_a_plain_no_still_declines(bot: App) -> None:
    await _say(bot, "/desahogarme", "es-MX")
    await _say(bot, "recuérdame el martes", "es-MX")
    text = await _say(bot, "no, gracias", "es-MX")
    assert "no te escribo" in text
