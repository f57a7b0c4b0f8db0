"""Delivering check-ins on a real SQLite file with a controlled clock: exactly once, missed ones
after a restart (within and beyond grace), quiet hours, pauses, transient and permanent failures,
interrupted sends, two services on one file, the real scheduler, stop(), and pacing."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from bot.checkins import claims, notice, repo
from bot.checkins.delivery import Outcome
from bot.checkins.pacing import Pacing, Rule
from bot.checkins.prefs import Prefs
from bot.checkins.service import CheckinService
from bot.checkins.timing import to_wall, zone
from bot.core.model import Opened, Text, Turn, UserKey
from bot.core.ports import PermanentSendError, TransientSendError
from bot.store import tables
from bot.store.sql import SqlStore
from tests.checkin_support import (
    FakeClock,
    FlowOpener,
    ScriptedSender,
    add_row,
    make_bot,
    open_store,
    quiet_settings,
    row,
    rows,
    said,
    sqlite_url,
    wait_for,
)

ANA = UserKey("slack", "T1", "U_ANA")
BEN = UserKey("discord", "app1", "ben")
LONDON = zone("Europe/London")
# Friday 1 May 2026, 13:00 in London (BST)
NOON_UTC = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqlStore]:
    st = await open_store(sqlite_url(tmp_path))
    yield st
    await st.close()


def service(
    store: SqlStore,
    clock: FakeClock,
    sender: ScriptedSender | None = None,
    opener: FlowOpener | None = None,
    **kw: object,
) -> CheckinService:
    return CheckinService(
        store,
        opener or FlowOpener(),
        sender or ScriptedSender(),
        clock=clock,
        settings=quiet_settings(**kw),
    )


async def save_prefs(store: SqlStore, key: UserKey, prefs: Prefs) -> None:
    async with store.engine.begin() as conn:
        await repo.save_prefs(conn, str(key), prefs, NOON_UTC)


async def test_due_checkin_is_delivered_once_and_recorded(store: SqlStore) -> None:
    clock = FakeClock(NOON_UTC)
    opener, sender = FlowOpener(), ScriptedSender()
    svc = service(store, clock, sender, opener)
    rid = await add_row(store, ANA, NOON_UTC - timedelta(minutes=1), tz="Europe/London")
    later = await add_row(store, BEN, NOON_UTC + timedelta(hours=1))
    assert await svc.run_due_once() == 1
    assert opener.calls == [(ANA, "checkin_test")]
    assert [(k, [r.plain for r in rs if isinstance(r, Text)]) for k, rs, _ in sender.sent] == [
        (ANA, ["checking in: checkin_test"])
    ]
    done = await row(store, rid)
    assert (done.status, done.attempts, done.claimed_by) == ("sent", 1, "test-a")
    assert done.sent_at is not None
    assert (await row(store, later)).status == "pending"
    assert await svc.run_due_once() == 0
    clock.advance(hours=1)
    assert await svc.run_due_once() == 1
    assert len(sender.sent) == 2 and sender.sent[1][0] == BEN


async def test_missed_within_grace_goes_out_on_start(store: SqlStore) -> None:
    # due 10:00 London (09:00 UTC); the bot comes back at 13:00 London: 3 hours late
    clock = FakeClock(NOON_UTC)
    sender = ScriptedSender()
    rid = await add_row(store, ANA, datetime(2026, 5, 1, 9, tzinfo=UTC), tz="Europe/London")
    assert await service(store, clock, sender).run_due_once() == 1
    assert (await row(store, rid)).status == "sent"


async def test_missed_beyond_grace_moves_to_its_next_slot_instead_of_vanishing(
    store: SqlStore,
) -> None:
    # due Thursday 10:00 London; the bot was down until Friday 07:00 London (21 hours late)
    clock = FakeClock(datetime(2026, 5, 1, 6, tzinfo=UTC))
    sender = ScriptedSender()
    svc = service(store, clock, sender)
    rid = await add_row(store, ANA, datetime(2026, 4, 30, 9, tzinfo=UTC), tz="Europe/London")
    assert await svc.run_due_once() == 0
    moved = await row(store, rid)
    assert moved.status == "pending" and moved.local_time == "2026-05-01T10:00"
    assert repo.as_utc(moved.due_at) == datetime(2026, 5, 1, 9, tzinfo=UTC)
    assert svc.stats[Outcome.MOVED.value] == 1
    clock.now = datetime(2026, 5, 1, 9, tzinfo=UTC)
    assert await svc.run_due_once() == 1 and sender.sent[0][0] == ANA


async def test_moved_checkin_respects_one_a_day(store: SqlStore) -> None:
    clock = FakeClock(datetime(2026, 5, 1, 6, tzinfo=UTC))
    svc = service(store, clock)
    stale = await add_row(store, ANA, datetime(2026, 4, 29, 9, tzinfo=UTC), tz="Europe/London")
    today = await add_row(store, ANA, datetime(2026, 5, 1, 9, tzinfo=UTC), tz="Europe/London")
    await svc.run_due_once()
    assert (await row(store, stale)).local_time == "2026-05-02T10:00"
    assert (await row(store, today)).local_time == "2026-05-01T10:00"


async def test_missed_in_quiet_hours_waits_for_the_morning(store: SqlStore) -> None:
    # due 20:30 London, the bot is back at 22:00 London: within grace but inside quiet hours
    clock = FakeClock(datetime(2026, 5, 1, 21, tzinfo=UTC))
    sender = ScriptedSender()
    svc = service(store, clock, sender)
    rid = await add_row(store, ANA, datetime(2026, 5, 1, 19, 30, tzinfo=UTC), tz="Europe/London")
    assert await svc.run_due_once() == 0
    moved = await row(store, rid)
    assert (moved.status, moved.local_time) == ("pending", "2026-05-02T09:00")
    assert not sender.sent


async def test_quiet_hours_follow_the_persons_current_settings(store: SqlStore) -> None:
    clock = FakeClock(datetime(2026, 5, 1, 12, tzinfo=UTC))  # 13:00 London
    await save_prefs(store, ANA, Prefs(tz="Europe/London", quiet_start="12:00", quiet_end="14:00"))
    rid = await add_row(store, ANA, clock.now, tz="Europe/London")
    await service(store, clock).run_due_once()
    assert (await row(store, rid)).local_time == "2026-05-01T14:00"


async def test_paused_person_is_held_then_released(store: SqlStore) -> None:
    clock = FakeClock(NOON_UTC)
    sender = ScriptedSender()
    svc = service(store, clock, sender)
    await save_prefs(
        store, ANA, Prefs(tz="Europe/London", paused_until=NOON_UTC + timedelta(hours=2))
    )
    rid = await add_row(store, ANA, NOON_UTC - timedelta(minutes=5), tz="Europe/London")
    other = await add_row(store, BEN, NOON_UTC - timedelta(minutes=5))
    assert await svc.run_due_once() == 1 and sender.sent[0][0] == BEN
    assert (await row(store, rid)).status == "pending"
    clock.advance(hours=2, minutes=1)
    assert await svc.run_due_once() == 1
    assert (await row(store, rid)).status == "sent"
    assert (await row(store, other)).status == "sent"


async def test_opted_out_rows_are_cancelled_not_sent(store: SqlStore) -> None:
    clock = FakeClock(NOON_UTC)
    sender = ScriptedSender()
    await save_prefs(store, ANA, Prefs(opted_out=True))
    rid = await add_row(store, ANA, NOON_UTC)
    assert await service(store, clock, sender).run_due_once() == 0
    assert (await row(store, rid)).status == "cancelled" and not sender.sent


async def test_transient_failure_retries_with_backoff_and_retry_after(store: SqlStore) -> None:
    clock = FakeClock(NOON_UTC)
    sender = ScriptedSender(
        [TransientSendError("rate_limited", retry_after=120), TransientSendError("http_503")]
    )
    svc = service(store, clock, sender)
    rid = await add_row(store, ANA, NOON_UTC)
    assert await svc.run_due_once() == 0
    first = await row(store, rid)
    assert (first.status, first.attempts, first.last_error) == ("pending", 1, "rate_limited")
    assert repo.as_utc(first.due_at) - NOON_UTC == timedelta(seconds=120)  # retry_after wins
    clock.advance(seconds=119)
    assert await svc.run_due_once() == 0 and sender.attempts == 1
    clock.advance(seconds=1)
    assert await svc.run_due_once() == 0
    second = await row(store, rid)
    wait = repo.as_utc(second.due_at) - clock.now
    assert timedelta(seconds=60) <= wait <= timedelta(seconds=66)  # 30 s doubled, + jitter
    clock.now = repo.as_utc(second.due_at)
    assert await svc.run_due_once() == 1
    done = await row(store, rid)
    assert (done.status, done.attempts, done.last_error) == ("sent", 3, None)
    assert len(sender.sent) == 1


async def test_repeated_transient_failures_give_up_and_the_person_hears(
    store: SqlStore,
) -> None:
    clock = FakeClock(NOON_UTC)
    sender = ScriptedSender([TimeoutError_() for _ in range(3)])
    svc = service(store, clock, sender, max_attempts=3)
    rid = await add_row(store, ANA, NOON_UTC, tz="Europe/London")
    for _ in range(3):
        await svc.run_due_once()
        current = await row(store, rid)
        clock.now = max(clock.now, repo.as_utc(current.due_at))
    failed = await row(store, rid)
    assert (failed.status, failed.attempts, failed.last_error) == ("failed", 3, "gave_up:timeout")
    assert sender.attempts == 3


def TimeoutError_() -> TransientSendError:
    return TransientSendError("timeout")


async def test_permanent_failure_is_marked_and_told_once_next_time(store: SqlStore) -> None:
    clock = FakeClock(NOON_UTC)
    sender = ScriptedSender([PermanentSendError("cannot_dm_bot")])
    svc = service(store, clock, sender)
    rid = await add_row(store, ANA, NOON_UTC, tz="Europe/London")
    ok = await add_row(store, BEN, NOON_UTC)
    assert await svc.run_due_once() == 1  # the failure does not stop the other one
    failed = await row(store, rid)
    assert (failed.status, failed.last_error, failed.notified) == ("failed", "cannot_dm_bot", False)
    assert (await row(store, ok)).status == "sent"
    bot = make_bot(store, clock, inspectors=[notice.inspector])
    first = said(await bot.handle(Turn(ANA, text="/menu")))
    assert "I tried to check in with you on Fri 1 May" in first
    assert "allow direct messages" in first and "Test menu." in first
    assert first.index("I tried") < first.index("Test menu.")
    assert (await row(store, rid)).notified is True
    again = said(await bot.handle(Turn(ANA, text="/menu")))
    assert "I tried" not in again
    # someone else's failures are not mentioned to Ben
    assert "I tried" not in said(await bot.handle(Turn(BEN, text="/menu")))


async def test_interrupted_send_is_never_resent_and_the_person_is_told(
    store: SqlStore,
) -> None:
    clock = FakeClock(NOON_UTC)
    opener, sender = FlowOpener(), ScriptedSender()
    svc = service(store, clock, sender, opener)
    crashed = await add_row(
        store,
        ANA,
        NOON_UTC - timedelta(minutes=30),
        tz="Europe/London",
        status="sending",
        claimed_by="dead:1:aa",
        claimed_at=NOON_UTC - timedelta(minutes=20),
    )
    busy = await add_row(
        store,
        BEN,
        NOON_UTC - timedelta(minutes=2),
        status="sending",
        claimed_by="alive:2:bb",
        claimed_at=NOON_UTC - timedelta(minutes=1),
    )
    assert await svc.run_due_once() == 0
    assert opener.calls == [] and sender.attempts == 0
    gone = await row(store, crashed)
    assert (gone.status, gone.last_error, gone.notified) == ("failed", "interrupted", False)
    assert (await row(store, busy)).status == "sending"  # another process is still on it
    bot = make_bot(store, clock, inspectors=[notice.inspector])
    note = said(await bot.handle(Turn(ANA, text="/menu")))
    assert "something went wrong on my side and it may not have reached you" in note


async def test_a_broken_flow_fails_that_checkin_only(store: SqlStore) -> None:
    clock = FakeClock(NOON_UTC)

    async def opener(key: UserKey, flow: str) -> Opened:
        if flow == "broken":
            raise RuntimeError("no such flow")
        return Opened([Text.of("hi")])

    sender = ScriptedSender()
    svc = CheckinService(store, opener, sender, clock=clock, settings=quiet_settings())
    bad = await add_row(store, ANA, NOON_UTC, flow="broken")
    good = await add_row(store, BEN, NOON_UTC)
    assert await svc.run_due_once() == 1
    assert (await row(store, bad)).last_error == "open_flow:RuntimeError"
    assert (await row(store, good)).status == "sent"


async def test_two_services_on_one_file_deliver_each_exactly_once(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path, "shared.db")
    a_store, b_store = await open_store(url), await open_store(url)
    try:
        clock = FakeClock(NOON_UTC)
        people = [UserKey("slack", "T1", f"U{i}") for i in range(60)]
        for key in people:
            await add_row(a_store, key, NOON_UTC - timedelta(seconds=1))

        async def yield_a_little(_key: UserKey) -> None:
            await asyncio.sleep(0)

        a_sender, b_sender = (
            ScriptedSender(on_send=yield_a_little),
            ScriptedSender(on_send=yield_a_little),
        )
        a = CheckinService(
            a_store,
            FlowOpener(),
            a_sender,
            clock=clock,
            settings=quiet_settings(instance="a", max_in_flight=8, batch_size=20),
        )
        b = CheckinService(
            b_store,
            FlowOpener(),
            b_sender,
            clock=clock,
            settings=quiet_settings(instance="b", max_in_flight=8, batch_size=20),
        )
        await asyncio.gather(a.run_due_once(), b.run_due_once())
        got = [k for k, _, _ in a_sender.sent] + [k for k, _, _ in b_sender.sent]
        assert sorted(got, key=str) == sorted(people, key=str)
        assert len(set(got)) == len(got) == 60
        stored = await rows(a_store)
        assert len([r for r in stored if r.claimed_by == "a"]) == len(a_sender.sent)
        assert len([r for r in stored if r.claimed_by == "b"]) == len(b_sender.sent)
        assert {r.status for r in await rows(a_store)} == {"sent"}
    finally:
        await a_store.close()
        await b_store.close()


async def test_concurrent_claims_on_the_same_rows_have_one_winner_each(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path, "race.db")
    a_store, b_store = await open_store(url), await open_store(url)
    try:
        ids = [await add_row(a_store, UserKey("slack", "T1", f"U{i}"), NOON_UTC) for i in range(30)]

        async def claim(store: SqlStore, me: str, order: list[int]) -> list[bool]:
            async with store.engine.begin() as conn:
                return await claims.claim_many(conn, order, me, NOON_UTC)

        won_a, won_b = await asyncio.gather(
            claim(a_store, "a", ids), claim(b_store, "b", ids[::-1])
        )
        by_id_b = dict(zip(ids[::-1], won_b, strict=True))
        assert all(won_a[i] != by_id_b[row_id] for i, row_id in enumerate(ids))
        assert not any(await claim(a_store, "c", ids))  # nothing left to take
        assert {r.status for r in await rows(a_store)} == {"sending"}
    finally:
        await a_store.close()
        await b_store.close()


async def test_stop_waits_for_the_send_in_flight(store: SqlStore) -> None:
    clock = FakeClock(NOON_UTC)
    entered, release = asyncio.Event(), asyncio.Event()

    async def slow(_key: UserKey) -> None:
        entered.set()
        await release.wait()

    sender = ScriptedSender(on_send=slow)
    svc = service(store, clock, sender)
    rid = await add_row(store, ANA, NOON_UTC)
    running = asyncio.create_task(svc.run_due_once())
    await asyncio.wait_for(entered.wait(), 5)
    stopping = asyncio.create_task(svc.stop())
    await asyncio.sleep(0)
    assert not stopping.done()
    release.set()
    await asyncio.wait_for(stopping, 5)
    assert running.done() and await running == 1
    assert (await row(store, rid)).status == "sent"
    assert await svc.run_due_once() == 0  # a stopped service delivers nothing


async def test_stop_lets_a_scheduler_run_send_finish(store: SqlStore) -> None:
    entered, release = asyncio.Event(), asyncio.Event()

    async def slow(_key: UserKey) -> None:
        entered.set()
        await release.wait()

    svc = CheckinService(
        store,
        FlowOpener(),
        ScriptedSender(on_send=slow),
        settings=quiet_settings(poll_interval=3600),
    )
    await save_prefs(store, ANA, Prefs(quiet_start="00:00", quiet_end="00:00"))
    rid = await add_row(store, ANA, datetime.now(UTC) - timedelta(minutes=1))
    await svc.start()
    await asyncio.wait_for(entered.wait(), 5)  # the start-up poll is sending it
    stopping = asyncio.create_task(svc.stop())
    await asyncio.sleep(0)
    assert not stopping.done()
    release.set()
    await asyncio.wait_for(stopping, 5)
    assert (await row(store, rid)).status == "sent"  # not cut off half-way in 'sending'


async def test_started_scheduler_sends_missed_at_once_and_new_ones_on_time(
    store: SqlStore,
) -> None:
    sender = ScriptedSender()
    svc = CheckinService(store, FlowOpener(), sender, settings=quiet_settings(poll_interval=3600))
    now = datetime.now(UTC)
    await save_prefs(store, ANA, Prefs(quiet_start="00:00", quiet_end="00:00"))
    await save_prefs(store, BEN, Prefs(quiet_start="00:00", quiet_end="00:00"))
    await add_row(store, ANA, now - timedelta(hours=1))
    await svc.start()
    try:
        await wait_for(lambda: len(sender.sent) == 1)
        due = datetime.now(UTC) + timedelta(milliseconds=300)
        await add_row(store, BEN, due)
        svc.hint(due)  # what schedule_checkin does after inserting
        await wait_for(lambda: len(sender.sent) == 2)
        assert sender.sent[1][0] == BEN
        assert sender.sent[1][2] >= due
        assert sender.sent[1][2] - due < timedelta(seconds=2)
    finally:
        await svc.stop()


async def test_sends_are_paced_per_workspace(store: SqlStore) -> None:
    clock = FakeClock(NOON_UTC)
    stamps: dict[str, list[float]] = {"T1": [], "T2": []}

    async def stamp(key: UserKey) -> None:
        stamps[key.workspace].append(time.monotonic())

    sender = ScriptedSender(on_send=stamp)
    svc = service(store, clock, sender, pacing=Pacing({"slack": (Rule("workspace", 10.0),)}))
    for ws in ("T1", "T2"):
        for i in range(4):
            await add_row(store, UserKey("slack", ws, f"U{i}"), NOON_UTC)
    started = time.monotonic()
    assert await svc.run_due_once() == 8
    elapsed = time.monotonic() - started
    for ws, times in stamps.items():
        assert len(times) == 4
        # 10 a second per workspace: the k-th send never goes before k tenths of a second
        # (sleeps never end early; they may end a little late when the loop is busy)
        for k, at in enumerate(sorted(times)):
            assert at - started >= k * 0.1 - 0.001, (ws, k, [t - started for t in times])
    # paced independently: T2 does not queue behind T1's four (which would put its first send
    # at 0.4 s or later), so all 8 take about 0.3 s, not 0.7 s
    assert min(stamps["T2"]) - started < 0.25
    assert elapsed < 0.65


async def test_pacer_forgets_people_once_their_slots_have_passed(store: SqlStore) -> None:
    clock = FakeClock(NOON_UTC)
    sender = ScriptedSender()
    svc = service(store, clock, sender, pacing=Pacing({"slack": (Rule("user", 2.0),)}))
    for i in range(3):
        await add_row(store, UserKey("slack", "T1", f"U{i}"), NOON_UTC)
    assert await svc.run_due_once() == 3
    assert svc.pacer is not None
    assert (
        len(svc.pacer) > 0
    )  # their slots are booked half a second ahead, so a slow pass keeps them
    await asyncio.sleep(0.6)
    assert await svc.run_due_once() == 0
    assert len(svc.pacer) == 0


async def test_local_time_of_sent_checkin_in_persons_zone(store: SqlStore) -> None:
    clock = FakeClock(datetime(2026, 3, 29, 9, tzinfo=UTC))  # 10:00 BST, just after the change
    sender = ScriptedSender()
    rid = await add_row(store, ANA, clock.now, tz="Europe/London")
    await service(store, clock, sender).run_due_once()
    sent = await row(store, rid)
    assert sent.local_time == "2026-03-29T10:00"
    assert to_wall(repo.as_utc(sent.sent_at), LONDON).hour == 10


async def test_forget_deleting_rows_mid_send_is_harmless(store: SqlStore) -> None:
    clock = FakeClock(NOON_UTC)

    async def forget(_key: UserKey) -> None:
        async with store.engine.begin() as conn:
            await conn.execute(tables.checkins.delete())

    sender = ScriptedSender(on_send=forget)
    await add_row(store, ANA, NOON_UTC)
    assert await service(store, clock, sender).run_due_once() == 1
    assert await rows(store) == []


async def test_a_row_given_up_as_interrupted_is_corrected_when_its_send_finishes(
    store: SqlStore,
) -> None:
    clock = FakeClock(NOON_UTC)

    async def sweep_meanwhile(_key: UserKey) -> None:
        async with store.engine.begin() as conn:
            await conn.execute(
                update(tables.checkins).values(status="failed", last_error="interrupted")
            )

    svc = service(store, clock, ScriptedSender(on_send=sweep_meanwhile))
    rid = await add_row(store, ANA, NOON_UTC)
    assert await svc.run_due_once() == 1
    fixed = await row(store, rid)
    assert (fixed.status, fixed.last_error) == ("sent", None)


async def test_undelivered_checkins_are_found_the_same_on_the_sqlite_turns_quick_path(
    store: SqlStore,
) -> None:
    from bot.store.inline import InlineConnection

    async def found(key: UserKey) -> list[int]:
        async with store.transaction() as tx:
            assert isinstance(tx.handle, InlineConnection)  # the quick path is the one taken
            return [r.id for r in await repo.unnotified_failures(tx.handle, str(key))]

    assert await found(ANA) == []
    pending = await add_row(store, ANA, NOON_UTC)
    failed = await add_row(store, ANA, NOON_UTC + timedelta(hours=1), status="failed")
    other = await add_row(store, BEN, NOON_UTC, status="failed")
    assert await found(ANA) == [failed]  # not the pending one, not Ben's
    assert await found(BEN) == [other]
    async with store.engine.begin() as conn:
        await conn.execute(
            update(tables.checkins).where(tables.checkins.c.id == failed).values(notified=True)
        )
    assert await found(ANA) == []
    assert pending
