"""The person's side of check-ins, through the real engine and our flows on real SQLite:
scheduling (local time, DST, the daily limit, replacing), listing and cancelling, pause and
resume, turning off, time zone and time of day, mood history, and a check-in delivered through
`engine.open_flow` that the person then answers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from bot.checkins import repo
from bot.checkins.service import CheckinService
from bot.core.engine import Engine
from bot.core.model import Choices, StepRef, Turn, UserKey
from bot.store import tables
from bot.store.sql import SqlStore
from tests.checkin_support import (
    FakeClock,
    ScriptedSender,
    make_bot,
    open_store,
    quiet_settings,
    rows,
    said,
    sqlite_url,
)

ANA = UserKey("slack", "T1", "U_ANA")
BEN = UserKey("slack", "T1", "U_BEN")
FRIDAY = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)  # Friday 1 May, 13:00 in London


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqlStore]:
    st = await open_store(sqlite_url(tmp_path))
    yield st
    await st.close()


async def say(
    bot: Engine,
    text: str,
    key: UserKey = ANA,
    tz: str | None = "Europe/London",
) -> str:
    return said(await bot.handle(Turn(key, text=text, tz=tz)))


async def pending(store: SqlStore, key: UserKey = ANA) -> list[tuple[str, str, str]]:
    return [(r.flow, r.local_time, r.tz) for r in await rows(store, key) if r.status == "pending"]


async def test_schedule_lands_on_local_time_and_remembers_the_platform_zone(
    store: SqlStore,
) -> None:
    bot = make_bot(store, FakeClock(FRIDAY))
    assert "Scheduled for Friday 15 May at 10:00." in await say(bot, "/sched 2w")
    [r] = await rows(store, ANA)
    assert (r.local_time, r.tz, r.status, r.requested) == (
        "2026-05-15T10:00",
        "Europe/London",
        "pending",
        False,
    )
    assert repo.as_utc(r.due_at) == datetime(2026, 5, 15, 9, tzinfo=UTC)
    async with store.engine.connect() as conn:
        prefs = await repo.load_prefs(conn, str(ANA))
    assert prefs.tz == "Europe/London" and prefs.tz_from_platform


@pytest.mark.parametrize(
    ("tz", "now", "due_utc"),
    [  # the day before each change, and 10:00 local on the day of it, in UTC
        (
            "Europe/London",
            datetime(2026, 3, 28, 12, tzinfo=UTC),
            datetime(2026, 3, 29, 9, tzinfo=UTC),
        ),
        (
            "America/New_York",
            datetime(2026, 3, 7, 17, tzinfo=UTC),
            datetime(2026, 3, 8, 14, tzinfo=UTC),
        ),
        (
            "Europe/London",
            datetime(2026, 10, 24, 12, tzinfo=UTC),
            datetime(2026, 10, 25, 10, tzinfo=UTC),
        ),
        (
            "America/New_York",
            datetime(2026, 10, 31, 16, tzinfo=UTC),
            datetime(2026, 11, 1, 15, tzinfo=UTC),
        ),
    ],
)
async def test_scheduled_across_dst_goes_out_at_ten_local(
    store: SqlStore, tz: str, now: datetime, due_utc: datetime
) -> None:
    clock = FakeClock(now)
    bot = make_bot(store, clock)
    assert "at 10:00" in await say(bot, "/sched 1d", tz=tz)
    [r] = await rows(store, ANA)
    assert repo.as_utc(r.due_at) == due_utc
    sender = ScriptedSender()
    svc = CheckinService(store, bot.prepare_flow, sender, clock=clock, settings=quiet_settings())
    clock.now = due_utc - timedelta(minutes=1)
    assert await svc.run_due_once() == 0
    clock.now = due_utc
    assert await svc.run_due_once() == 1


async def test_one_a_day_unless_the_person_asked(store: SqlStore) -> None:
    bot = make_bot(store, FakeClock(FRIDAY))
    await say(bot, "/sched 1d")
    assert "Other check-in on Sunday 3 May at 10:00." in await say(bot, "/other")
    assert "Asked-for check-in on Saturday 2 May at 10:00." in await say(bot, "/asked")
    assert sorted(await pending(store)) == [
        ("checkin_other", "2026-05-03T10:00", "Europe/London"),
        ("checkin_test", "2026-05-02T10:00", "Europe/London"),
        ("checkin_test", "2026-05-02T10:00", "Europe/London"),
    ]


async def test_scheduling_the_same_flow_again_replaces_it(store: SqlStore) -> None:
    bot = make_bot(store, FakeClock(FRIDAY))
    await say(bot, "/sched 1d")
    await say(bot, "/sched 3mo")
    assert await pending(store) == [("checkin_test", "2026-08-01T10:00", "Europe/London")]
    assert [r.status for r in await rows(store, ANA)] == ["cancelled", "pending"]


async def test_checkins_lists_in_local_time_and_cancels_by_button(store: SqlStore) -> None:
    bot = make_bot(store, FakeClock(FRIDAY))
    await say(bot, "/sched 1d")
    await say(bot, "/other")
    listing = await say(bot, "/checkins")
    assert "1. Sat 2 May, 10:00 · Test check-in" in listing
    assert "2. Sun 3 May, 10:00 · Another test check-in" in listing
    assert "(Times are in London, United Kingdom.)" in listing
    replies = await bot.handle(Turn(ANA, text="Cancel one"))
    buttons = [r for r in replies if isinstance(r, Choices)]
    assert buttons and [o.label for o in buttons[0].options] == [
        "Sat 2 May, 10:00",
        "Sun 3 May, 10:00",
    ]
    second = buttons[0].options[1]
    assert second.id.startswith("/checkins cancel ")
    out = said(await bot.handle(Turn(ANA, choice=second.id, at=StepRef("", ""))))
    assert "cancelled the check-in on Sun 3 May, 10:00" in out
    remaining = out.split("coming up:")[1]
    assert "1. Sat 2 May, 10:00 · Test check-in" in remaining and "Sun 3 May" not in remaining
    assert await pending(store) == [("checkin_test", "2026-05-02T10:00", "Europe/London")]


async def test_cancel_by_typed_number_and_cancel_all(store: SqlStore) -> None:
    bot = make_bot(store, FakeClock(FRIDAY))
    await say(bot, "/sched 1d")
    await say(bot, "/other")
    await say(bot, "/checkins")
    await say(bot, "cancel one")
    assert "cancelled the check-in on Sat 2 May, 10:00" in await say(bot, "1")
    assert await pending(store) == [("checkin_other", "2026-05-03T10:00", "Europe/London")]
    await say(bot, "/asked")
    await say(bot, "/checkins")
    assert "Cancel all your upcoming check-ins (2 in all)?" in await say(bot, "Cancel all of them")
    assert "cancelled all 2 check-ins" in await say(bot, "yes")
    assert await pending(store) == []
    assert "You have no check-ins coming up" in await say(bot, "/checkins")


async def test_nobody_can_cancel_someone_elses_checkin(store: SqlStore) -> None:
    bot = make_bot(store, FakeClock(FRIDAY))
    await say(bot, "/sched 1d", key=BEN)
    [bens] = await rows(store, BEN)
    out = await say(bot, f"/checkins cancel {bens.id}")
    assert "couldn't find that check-in" in out
    assert (await rows(store, BEN))[0].status == "pending"


async def test_pause_for_a_period_holds_checkins_and_resume_ends_it(store: SqlStore) -> None:
    clock = FakeClock(FRIDAY)
    bot = make_bot(store, clock)
    await say(bot, "/sched 1d")
    out = await say(bot, "/pause 2 weeks")
    assert "paused until Friday 15 May" in out
    assert "(Check-ins are paused until Friday 15 May, so that one will wait until then.)" in (
        await say(bot, "/other")
    )
    assert "Check-ins are paused until Friday 15 May" in await say(bot, "/checkins")
    sender = ScriptedSender()
    svc = CheckinService(store, bot.prepare_flow, sender, clock=clock, settings=quiet_settings())
    clock.now = datetime(2026, 5, 2, 9, tzinfo=UTC)
    assert await svc.run_due_once() == 0  # held by the pause
    assert "Check-ins are back on" in await say(bot, "/resume")
    assert await svc.run_due_once() == 1
    assert "Check-ins are already on" in await say(bot, "/resume")


async def test_pause_until_a_date_and_unreadable_answers(store: SqlStore) -> None:
    bot = make_bot(store, FakeClock(FRIDAY))
    out = await say(bot, "/pause until 2026-12-01")
    assert "paused until Tuesday 1 December" in out
    out = await say(bot, "/pause whenever @everyone")
    assert "I couldn't read that; say how long" in out and "Until when?" in out
    assert "@everyone" not in out
    assert "paused until Friday 8 May" in await say(bot, "1 week")
    async with store.engine.connect() as conn:
        prefs = await repo.load_prefs(conn, str(ANA))
    assert prefs.paused_until == datetime(2026, 5, 7, 23, tzinfo=UTC)


async def test_pause_menu_and_turning_off(store: SqlStore) -> None:
    bot = make_bot(store, FakeClock(FRIDAY))
    await say(bot, "/sched 1d")
    assert "How long should I hold off" in await say(bot, "/pause")
    assert "Go ahead?" in await say(bot, "Stop check-ins altogether")
    assert "check-ins are off (1 cancelled)" in await say(bot, "yes")
    assert await pending(store) == []
    out = await say(bot, "/sched 1d")
    assert "Not scheduled." in out and "turned check-ins off" in out
    assert await pending(store) == []
    assert "Check-ins are on again" in await say(bot, "/resume")
    assert "Scheduled for" in await say(bot, "/sched 1d")


async def test_changing_time_zone_keeps_local_wall_clock_time(store: SqlStore) -> None:
    bot = make_bot(store, FakeClock(FRIDAY))
    await say(bot, "/sched 1d")
    out = await say(bot, "/settings")
    assert "Time zone: London, United Kingdom" in out and "Usual time: 10:00" in out
    assert "Quiet hours: 21:00 to 09:00" in out
    await say(bot, "Time zone")
    assert "I don't know that place yet" in await say(bot, "Atlantis")
    assert "Got it: New York, United States." in await say(bot, "new york")
    [r] = await rows(store, ANA)
    assert (r.local_time, r.tz) == ("2026-05-02T10:00", "America/New_York")
    assert repo.as_utc(r.due_at) == datetime(2026, 5, 2, 14, tzinfo=UTC)
    # the platform profile no longer overrides the zone the person chose
    await say(bot, "/sched 2d", tz="Europe/London")
    assert (await pending(store))[0][2] == "America/New_York"


async def test_changing_time_of_day_moves_automatic_ones_only(store: SqlStore) -> None:
    bot = make_bot(store, FakeClock(FRIDAY))
    await say(bot, "/sched 3d")
    await say(bot, "/asked")
    await say(bot, "/settings")
    await say(bot, "usual time of day")
    assert "inside your quiet hours" in await say(bot, "11pm")
    assert "I'll aim for 18:00 your time" in await say(bot, "6pm")
    assert sorted(await pending(store)) == [
        ("checkin_test", "2026-05-02T10:00", "Europe/London"),  # asked for: keeps its time
        ("checkin_test", "2026-05-04T18:00", "Europe/London"),
    ]
    assert "Scheduled for Friday 8 May at 18:00." in await say(bot, "/sched 1w")


async def test_quiet_hours_setting(store: SqlStore) -> None:
    bot = make_bot(store, FakeClock(FRIDAY))
    await say(bot, "/settings")
    await say(bot, "quiet hours")
    assert "Quiet hours: 23:00 to 07:00" in await say(bot, "11pm-7am")
    await say(bot, "usual time of day")
    assert "I'll aim for 22:00" in await say(bot, "22:00")


async def test_mood_record_and_show(store: SqlStore) -> None:
    bot = make_bot(store, FakeClock(FRIDAY))
    # new answers are stamped with the engine's clock, so the history is relative to it
    today = FRIDAY.replace(hour=12, minute=0)
    async with store.engine.begin() as conn:
        for days_ago, score in [(12, 1), (10, 2), (10, 4), (7, 3), (4, 5)]:
            await conn.execute(
                insert(tables.moods).values(
                    user_key=str(ANA), score=score, created_at=today - timedelta(days=days_ago)
                )
            )
    await say(bot, "/mood", tz="UTC")
    assert "Want to add a few words" in await say(bot, "5")
    await say(bot, "Yes, a few words")
    out = await say(bot, "tired but hopeful @here")
    assert "Thanks, noted." in out
    assert "on the days you told me (5 in all" in out
    first = today - timedelta(days=12)
    # 1, (2+4)/2, 3, 5 and today's 5: the lowest block, two middle ones, two full ones
    assert f"{first.day} {first:%b} ▁▅▅██ {today.day} {today:%b}" in out
    assert "lifting a little" in out
    async with store.engine.connect() as conn:
        raw = (
            (
                await conn.execute(
                    select(tables.moods.c.data).where(tables.moods.c.data.is_not(None))
                )
            )
            .scalars()
            .all()
        )
    assert raw and all(b"tired" not in bytes(blob) for blob in raw)


async def test_mood_show_with_nothing_yet(store: SqlStore) -> None:
    bot = make_bot(store, FakeClock(FRIDAY))
    await say(bot, "/mood")
    assert "There's nothing to show yet" in await say(bot, "Just show me how it's been")


async def test_delivered_checkin_opens_its_flow_for_the_person(store: SqlStore) -> None:
    clock = FakeClock(FRIDAY)
    bot = make_bot(store, clock)
    await say(bot, "/sched 1d")
    sender = ScriptedSender()
    svc = CheckinService(store, bot.prepare_flow, sender, clock=clock, settings=quiet_settings())
    clock.now = datetime(2026, 5, 2, 9, tzinfo=UTC)
    assert await svc.run_due_once() == 1
    [(key, replies, _at)] = sender.sent
    assert key == ANA and "checking in" in said(replies)
    assert "How are you today?" in said(replies)
    out = await say(bot, "Fine")
    assert "Test menu." not in out  # the answer went to the check-in flow, which then ended
    async with store.transaction() as tx:
        conv = await tx.load(ANA)
    assert conv is not None and conv.flow is None


async def test_mood_chart_shows_the_latest_reading_of_a_day(store: SqlStore) -> None:
    """ "Awful" this morning and "a 3" now: the day's mark is the 3, how they feel now."""
    bot = make_bot(store, FakeClock(FRIDAY))
    today = FRIDAY.replace(hour=12, minute=0)
    async with store.engine.begin() as conn:
        for hours_ago, score in [(5, 1), (3, 2)]:
            await conn.execute(
                insert(tables.moods).values(
                    user_key=str(ANA), score=score, created_at=today - timedelta(hours=hours_ago)
                )
            )
    await say(bot, "/mood", tz="UTC")
    await say(bot, "3")
    out = await say(bot, "No, just the number")
    assert "(1 in all" in out
    assert f"{today.day} {today:%b} ▅" in out, out  # a 3, not the day's average of 2
