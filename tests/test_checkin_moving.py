"""A check-in the person has is moved when they ask in their own words ("move friday's one to
12", "quiero cambiar el del viernes a las 12"): the right one is found by its day, and the reply
names the new date and time."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.checkins.moving import asks_to_move, move_checkin
from bot.core.engine import Engine
from bot.core.model import Turn, UserKey
from bot.store.sql import SqlStore
from tests.checkin_support import FakeClock, make_bot, open_store, rows, said, sqlite_url

ANA = UserKey("slack", "T1", "U_ANA")
MONDAY = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)  # Monday 4 May, 09:00 in London


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqlStore]:
    st = await open_store(sqlite_url(tmp_path))
    yield st
    await st.close()


async def say(bot: Engine, text: str) -> str:
    return said(await bot.handle(Turn(ANA, text=text, tz="Europe/London")))


async def pending(store: SqlStore) -> list[str]:
    return sorted(r.local_time for r in await rows(store, ANA) if r.status == "pending")


async def with_two(store: SqlStore) -> Engine:
    """Ana has a check-in on Wednesday 6 May and one on Friday 8 May, both at 10:00."""
    bot = make_bot(store, FakeClock(MONDAY), inspectors=[move_checkin])
    for day in ("wednesday", "friday"):
        await say(bot, "/checkins")
        await say(bot, "Add a check-in")
        await say(bot, f"{day} at 10am")
        await say(bot, "menu")
    assert await pending(store) == ["2026-05-06T10:00", "2026-05-08T10:00"]
    return bot


@pytest.mark.parametrize(
    "text",
    [
        "move friday's one to 12",
        "change the friday reminder to noon",
        "quiero cambiar el del viernes a las 12",
        "quiero mover el del viernes a las 12",
    ],
)
async def test_the_one_on_the_day_named_moves_to_the_new_time(store: SqlStore, text: str) -> None:
    bot = await with_two(store)
    out = await say(bot, text)
    assert "Friday 8 May at 12:00" in out or "viernes 8 de mayo a las 12:00" in out, out
    assert await pending(store) == ["2026-05-06T10:00", "2026-05-08T12:00"]


async def test_it_moves_to_another_day_keeping_its_time(store: SqlStore) -> None:
    bot = await with_two(store)
    out = await say(bot, "move the wednesday one to thursday")
    assert "Thursday 7 May at 10:00" in out, out
    assert await pending(store) == ["2026-05-07T10:00", "2026-05-08T10:00"]


async def test_it_without_a_day_of_its_own_is_the_one_made_last(store: SqlStore) -> None:
    bot = await with_two(store)
    out = await say(bot, "mejor cámbialo... que sea el jueves a las 12")
    assert "jueves 7 de mayo a las 12:00" in out, out  # said in Spanish, answered in Spanish
    assert await pending(store) == ["2026-05-06T10:00", "2026-05-07T12:00"]


@pytest.mark.parametrize(
    "text",
    ["Cambiar la hora", "change the time", "i moved to berlin", "it was friday at 9am", "move on"],
)
def test_words_that_move_nothing_to_a_new_time_are_not_a_move(text: str) -> None:
    assert not asks_to_move(text)


async def test_nothing_to_move_is_left_to_the_flows(store: SqlStore) -> None:
    bot = make_bot(store, FakeClock(MONDAY), inspectors=[move_checkin])
    assert "moved your check-in" not in await say(bot, "move friday's one to 12")


async def test_move_one_on_the_checkins_screen_asks_which_and_when(store: SqlStore) -> None:
    bot = await with_two(store)
    await say(bot, "/checkins")
    assert "Which one, and to when?" in await say(bot, "Move one")
    assert "couldn't tell which one" in await say(bot, "hmm not sure")
    out = await say(bot, "friday's to 12")
    assert "Friday 8 May at 12:00" in out and "Here's what's coming up" in out, out
    assert await pending(store) == ["2026-05-06T10:00", "2026-05-08T12:00"]


@pytest.mark.parametrize(
    "text",
    [
        "I had to move it to friday at 3pm",
        "we had to change it to monday",
        "movieron la fecha al lunes",
    ],
)
def test_it_in_the_middle_of_a_conversation_is_not_a_check_in(text: str) -> None:
    assert asks_to_move(text)  # between conversations "it" may be the check-in
    assert not asks_to_move(text, by_it=False)  # in a vent it is something else


def test_a_weekday_with_a_day_of_the_month_is_that_date() -> None:
    from datetime import date

    from bot.checkins.moving import _days

    monday = date(2026, 12, 7)
    assert [d.on for d in _days("move it to monday 14 morning", monday)] == [date(2026, 12, 14)]
    assert [d.on for d in _days("al monday 14 morning", monday)] == [date(2026, 12, 14)]
    assert [d.on for d in _days("move it to thursday the 3rd", monday)] == [date(2027, 1, 3)]
    assert [d.on for d in _days("move it to tuesday", monday)] == [date(2026, 12, 8)]
