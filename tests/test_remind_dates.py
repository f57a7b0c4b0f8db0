"""The day a check-in request names, read on a fixed clock (Monday 7 December 2026): "next
tuesday" (tomorrow) is the Tuesday of next week, "next friday" the coming one (more than two
days away), "tuesday" alone the coming one, an explicit date ("15
december", "the 15th", "15/12", "el 15 de diciembre") is honoured within the next year and
trusted over a week day that disagrees; "can you check in next tuesday evening instead?" is
caught at a vent; a corrected day at the reminder's question is read again."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.core.model import Turn, UserKey
from bot.i18n.current import use_language
from bot.understanding.reminder_days import days_until, reminder_asked, weekday_note
from tests.conftest import make_settings
from tests.placing import place_of
from tests.replies import said

MONDAY = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)  # Monday 7 December 2026
KEY = UserKey("console", "local", "rae")


def _days(text: str) -> tuple[int, str]:
    when = reminder_asked(text, MONDAY, "UTC")
    assert when is not None, text
    return days_until(when, MONDAY, "UTC")


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("remind me next tuesday, around 8pm", 8),
        ("remind me tuesday", 1),
        ("remind me this tuesday", 1),
        ("remind me next monday", 7),
        ("remind me next sunday", 6),  # the coming Sunday, 6 days away, said with its date
        ("remind me next friday", 4),  # the coming Friday (11 December), as most people mean
        ("remind me next wednesday", 9),  # two days away: next week's
        ("remind me tuesday 15 december 8pm", 8),
        ("remind me on 15 december", 8),
        ("remind me december 15", 8),
        ("remind me the 15th", 8),
        ("remind me dec 15", 8),
        ("remind me 15/12", 8),
        ("remind me on the 7th of january", 31),
        ("remind me on 1 december", 359),  # already past this year: next year's
        ("remind me tuesday 8", 1),  # the 8th is a Tuesday: a date
        ("remind me in 3 days", 3),
        ("check on me tomorrow", 1),
    ],
)
def test_the_day_a_request_names(text: str, days: int) -> None:
    assert _days(text)[0] == days


def test_next_tuesday_is_said_with_its_date() -> None:
    assert _days("remind me next tuesday")[1] == "on Tuesday 15 December"


@pytest.mark.parametrize(
    "text",
    ["recuérdame el 15 de diciembre", "recuérdame el martes 15", "avísame el próximo martes"],
)
def test_spanish_dates(text: str) -> None:
    use_language("es")
    try:
        assert _days(text)[0] == 8
    finally:
        use_language("en")


def test_a_weekday_that_disagrees_with_the_date_is_said_plainly() -> None:
    when = reminder_asked("remind me tuesday 16 december", MONDAY, "UTC")
    assert when is not None
    assert days_until(when, MONDAY, "UTC")[0] == 9
    note = weekday_note(when, MONDAY, "UTC")
    assert "16 December is a Wednesday, not a Tuesday" in note
    assert weekday_note(str(reminder_asked("remind me tuesday 15 december")), MONDAY, "UTC") == ""


@pytest.mark.parametrize(
    "text",
    [
        "can you check in next tuesday evening instead? like after the kids are in bed",
        "what? i asked for a check in. next tuesday evening",
        "could you check on me next tuesday",
        "ping me on friday",
        "¿puedes escribirme el próximo martes?",
        "¿puedes preguntarme cómo estoy el martes 15?",
        "hazme un check-in el 15 de diciembre",
    ],
)
def test_check_in_requests_are_read(text: str) -> None:
    use_language("es" if "¿" in text or text.startswith("hazme") else "en")
    try:
        assert reminder_asked(text, MONDAY, "UTC") is not None
    finally:
        use_language("en")


@pytest.mark.parametrize(
    "text",
    [
        "i had to check in at the airport on tuesday",
        "the interview was on tuesday",
        "i need to check in with the recruiter on friday",
        "i asked for a check in",
    ],
)
def test_words_that_ask_for_nothing(text: str) -> None:
    assert reminder_asked(text, MONDAY, "UTC") is None


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[App]:
    built = await build_app(make_settings(tmp_path, checkins=False))
    built.engine.clock = lambda: MONDAY
    yield built
    await built.close()


@pytest.mark.parametrize(
    "text",
    [
        "can you check in next tuesday evening instead? like after the kids are in bed",
        "what? i asked for a check in. next tuesday evening",
    ],
)
async def test_a_check_in_asked_at_a_vent_is_offered(bot: App, text: str) -> None:
    await bot.engine.handle(Turn(KEY, text="/vent"))
    asked = await bot.engine.handle_detailed(Turn(KEY, text=text))
    conv = await place_of(bot, KEY)
    assert (conv.flow, conv.step) == ("remind", "when")
    assert conv.vars["reminder_in"] == "8d"
    assert "Tuesday 15 December at 18:00" in said(asked.replies)


async def test_next_tuesday_at_8pm_is_offered_for_the_15th(bot: App) -> None:
    await bot.engine.handle(Turn(KEY, text="/vent"))
    asked = await bot.engine.handle_detailed(Turn(KEY, text="remind me next tuesday, around 8pm"))
    assert "Tuesday 15 December at 20:00" in said(asked.replies)


async def test_a_corrected_day_at_the_question_is_read_again(bot: App) -> None:
    await bot.engine.handle(Turn(KEY, text="/vent"))
    await bot.engine.handle(Turn(KEY, text="remind me tomorrow at 8pm"))
    asked = await bot.engine.handle_detailed(
        Turn(KEY, text="tomorrow?? i said NEXT tuesday, like the 15th")
    )
    conv = await place_of(bot, KEY)
    assert (conv.flow, conv.step) == ("remind", "when")
    assert (conv.vars["reminder_in"], conv.vars["reminder_at"]) == ("8d", "20:00")
    assert "Tuesday 15 December at 20:00" in said(asked.replies)


async def test_a_corrected_time_keeps_the_day(bot: App) -> None:
    await bot.engine.handle(Turn(KEY, text="/vent"))
    await bot.engine.handle(Turn(KEY, text="remind me next tuesday"))
    await bot.engine.handle(Turn(KEY, text="actually make it 8pm"))
    conv = await place_of(bot, KEY)
    assert (conv.vars["reminder_in"], conv.vars["reminder_at"]) == ("8d", "20:00")


async def test_the_date_wins_over_a_weekday_that_disagrees(bot: App) -> None:
    await bot.engine.handle(Turn(KEY, text="/vent"))
    asked = await bot.engine.handle_detailed(Turn(KEY, text="remind me tuesday 16 december"))
    text = said(asked.replies)
    assert "16 December is a Wednesday, not a Tuesday" in text
    assert "Wednesday 16 December" in text


async def _listing(bot: App) -> str:
    await bot.engine.handle(Turn(KEY, text="menu"))
    return said((await bot.engine.handle_detailed(Turn(KEY, text="/checkins"))).replies)


@pytest.mark.parametrize(
    ("change", "listed"),
    [
        ("no, make it tuesday 15 december 7pm", "Tue 15 Dec, 19:00"),
        ("actually 9am", "Tue 15 Dec, 09:00"),
    ],
)
async def test_changing_a_just_made_reminder_moves_it(bot: App, change: str, listed: str) -> None:
    await bot.engine.handle(Turn(KEY, text="/vent"))
    await bot.engine.handle(Turn(KEY, text="remind me next tuesday, around 8pm"))
    await bot.engine.handle(Turn(KEY, text="yes"))
    asked = await bot.engine.handle_detailed(Turn(KEY, text=change))
    conv = await place_of(bot, KEY)
    assert (conv.flow, conv.step) == ("remind", "when"), said(asked.replies)
    await bot.engine.handle(Turn(KEY, text="yes"))
    listing = await _listing(bot)
    assert f"1. {listed}" in listing
    assert "2." not in listing


async def test_a_day_in_later_venting_is_no_change(bot: App) -> None:
    await bot.engine.handle(Turn(KEY, text="/vent"))
    await bot.engine.handle(Turn(KEY, text="remind me next tuesday, around 8pm"))
    await bot.engine.handle(Turn(KEY, text="yes"))
    await bot.engine.handle(
        Turn(KEY, text="the worst part is they told me on a tuesday after the final round")
    )
    conv = await place_of(bot, KEY)
    assert conv.flow == "vent"


async def test_spanish_request_with_a_date_and_a_disagreeing_weekday(bot: App) -> None:
    es = UserKey("console", "local", "ana")
    turn = {"locale": "es-MX", "tz": "UTC"}
    await bot.engine.handle(Turn(es, text="/desahogo", **turn))  # type: ignore[arg-type]
    asked = await bot.engine.handle_detailed(
        Turn(es, text="recuérdame el martes 16 de diciembre a las 8 de la noche", **turn)  # type: ignore[arg-type]
    )
    text = said(asked.replies)
    assert "el 16 de diciembre es miércoles, no martes" in text
    assert "miércoles 16 de diciembre a las 20:00" in text


@pytest.mark.parametrize(
    "text",
    ["please check in next tuesday at 8pm", "tuesday 15 december 8pm", "the 15th at 8pm"],
)
async def test_adding_one_on_the_check_ins_screen_is_left_to_it(bot: App, text: str) -> None:
    await bot.engine.handle(Turn(KEY, text="/checkins"))
    await bot.engine.handle(Turn(KEY, text="Add a check-in"))
    await bot.engine.handle(Turn(KEY, text=text))
    listing = await _listing(bot)
    assert "1. Tue 15 Dec, 20:00" in listing


async def test_each_person_sees_their_own_day_on_the_button(bot: App) -> None:
    from bot.core.model import Choices

    labels = []
    for who, text in (("ana", "remind me next tuesday"), ("ben", "check on me tomorrow")):
        key = UserKey("console", "local", who)
        await bot.engine.handle(Turn(key, text="/vent"))
        replies = await bot.engine.handle(Turn(key, text=text))
        asked = [r for r in replies if isinstance(r, Choices)]
        assert asked, who
        labels.append(asked[-1].options[0].label)
    # a label with a variable is made for each person, never the first one's kept for all
    assert labels[0] != labels[1] and all(label.startswith("Yes, check in") for label in labels)
