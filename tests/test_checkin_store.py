"""Check-ins go to the database through the store's own transactions (its SQLite write lock, its
outage handling), run on the app's one scheduler next to the retention purge, keep their failure
causes as typed codes, and move a person into a check-in's flow only once it reached them, in the
transaction that marks it sent.
"""

from __future__ import annotations

import asyncio
import io
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bot.app import build_app, start_background
from bot.checkins import claims
from bot.checkins.failures import Failure
from bot.checkins.notice import note_for
from bot.checkins.service import CheckinService
from bot.core.engine import Engine
from bot.core.model import Turn, UserKey
from bot.core.ports import PermanentSendError, SendError, TransientSendError
from bot.store.crypto import Cipher
from bot.store.sql import SqlStore
from tests.checkin_support import (
    FakeClock,
    FlowOpener,
    ScriptedSender,
    make_bot,
    open_store,
    quiet_settings,
    rows,
    sqlite_url,
)
from tests.conftest import make_settings
from tests.replies import said

ANA = UserKey("slack", "T1", "U_ANA")
FRIDAY = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
SATURDAY = datetime(2026, 5, 2, 9, 0, tzinfo=UTC)  # the check-in `/sched 1d` books is due


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqlStore]:
    st = await open_store(sqlite_url(tmp_path))
    yield st
    await st.close()


async def _place(store: SqlStore, key: UserKey = ANA) -> tuple[str | None, str | None]:
    async with store.transaction() as tx:
        conv = await tx.load(key)
    return (None, None) if conv is None else (conv.flow, conv.step)


async def test_delivery_queues_behind_a_turn_for_the_sqlite_write_lock(store: SqlStore) -> None:
    clock = FakeClock(FRIDAY)
    bot = make_bot(store, clock)
    out = said(await bot.handle(Turn(ANA, text="/sched 1d", tz="Europe/London")))
    assert "Scheduled for" in out
    svc = CheckinService(
        store, FlowOpener(), ScriptedSender(), clock=clock, settings=quiet_settings()
    )
    clock.now = SATURDAY
    async with store.transaction():  # a turn in progress holds the process's write lock
        delivery = asyncio.create_task(svc.run_due_once())
        await asyncio.sleep(0.3)
        assert not delivery.done()
        released = time.monotonic()
    assert await delivery == 1
    assert time.monotonic() >= released


async def test_a_database_outage_is_the_stores_outage() -> None:
    # nothing listens on port 1: the store names the fault, as it does for a turn
    down = SqlStore.open(
        "postgresql+asyncpg://postgres@127.0.0.1:1/none", Cipher([Fernet.generate_key().decode()])
    )
    try:
        svc = CheckinService(down, FlowOpener(), ScriptedSender(), settings=quiet_settings())
        assert down.fault is None
        assert await svc.run_due_once() == 0
        assert down.fault is not None
        assert not await down.ping()
    finally:
        await down.close()


@pytest.mark.parametrize(
    "error", [PermanentSendError("cannot_dm"), TransientSendError("http_502")], ids=str
)
async def test_a_checkin_that_did_not_go_out_leaves_the_person_where_they_were(
    store: SqlStore, error: SendError
) -> None:
    clock = FakeClock(FRIDAY)
    bot = make_bot(store, clock)
    await bot.handle(Turn(ANA, text="/sched 1d", tz="Europe/London"))
    assert "How long should I hold off" in said(await bot.handle(Turn(ANA, text="/pause")))
    before = await _place(store)
    assert before[0] == "pause"
    svc = CheckinService(
        store, bot.prepare_flow, ScriptedSender([error]), clock=clock, settings=quiet_settings()
    )
    clock.now = SATURDAY
    assert await svc.run_due_once() == 0
    assert await _place(store) == before
    [row] = await rows(store, ANA)
    assert row.status == ("failed" if isinstance(error, PermanentSendError) else "pending")


async def _due_on_saturday(
    store: SqlStore, sender: ScriptedSender, *, paused: bool = True
) -> tuple[Engine, CheckinService]:
    """Ana books a check-in on Friday (then, when `paused`, is in the `pause` flow); the clock
    moves to Saturday, when it is due, and the service delivers with the real engine."""
    clock = FakeClock(FRIDAY)
    bot = make_bot(store, clock)
    await bot.handle(Turn(ANA, text="/sched 1d", tz="Europe/London"))
    if paused:
        await bot.handle(Turn(ANA, text="/pause"))
    clock.now = SATURDAY
    return bot, CheckinService(
        store, bot.prepare_flow, sender, clock=clock, settings=quiet_settings()
    )


async def test_a_delivered_checkin_moves_the_person_into_its_flow(store: SqlStore) -> None:
    _bot, svc = await _due_on_saturday(store, ScriptedSender())
    assert await svc.run_due_once() == 1
    assert await _place(store) == ("checkin_test", "open")


async def test_the_person_moves_only_once_the_platform_confirmed_the_send(
    store: SqlStore,
) -> None:
    during: list[tuple[str | None, str | None]] = []

    async def look(_key: UserKey) -> None:
        during.append(await _place(store))

    _bot, svc = await _due_on_saturday(store, ScriptedSender(on_send=look))
    before = await _place(store)
    assert await svc.run_due_once() == 1
    assert during == [before]
    assert await _place(store) == ("checkin_test", "open")


async def test_the_place_and_the_sent_mark_commit_together(
    store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def cannot_mark(*_args: object) -> list[bool]:
        raise OSError("disk gone")

    sender = ScriptedSender()
    _bot, svc = await _due_on_saturday(store, sender)
    before = await _place(store)
    monkeypatch.setattr(claims, "mark_sent_many", cannot_mark)
    await svc.run_due_once()
    assert len(sender.sent) == 1
    assert await _place(store) == before  # the move rolled back with the sent mark
    [row] = await rows(store, ANA)
    assert row.status == "sending"


async def test_a_message_written_while_the_checkin_goes_out_keeps_its_own_place(
    store: SqlStore,
) -> None:
    async def writes_meanwhile(key: UserKey) -> None:
        await bot.handle(Turn(key, text="/pause"))

    sender = ScriptedSender(on_send=writes_meanwhile)
    bot, svc = await _due_on_saturday(store, sender, paused=False)
    assert await svc.run_due_once() == 1
    assert (await _place(store))[0] == "pause"  # their own turn decided, not the check-in
    [row] = await rows(store, ANA)
    assert row.status == "sent"


async def test_a_checkin_whose_flow_breaks_sends_no_apology(
    store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*_args: object, **_kw: object) -> None:
        raise RuntimeError("broken")

    sender = ScriptedSender()
    bot, svc = await _due_on_saturday(store, sender)
    before = await _place(store)
    monkeypatch.setattr(bot.walker, "begin", broken)
    assert await svc.run_due_once() == 0
    assert sender.sent == []
    [row] = await rows(store, ANA)
    assert (row.status, row.last_error) == ("failed", "open_flow:RuntimeError")
    assert await _place(store) == before


async def test_retention_and_checkins_share_one_scheduler(tmp_path: Path) -> None:
    app = await build_app(make_settings(tmp_path, checkins=True))
    try:
        background = await start_background(app, out=io.StringIO())
        jobs = {job.id for job in background.scheduler.get_jobs()}
        assert {"retention", "checkins-poll"} <= jobs
        service = app.services.get(CheckinService)
        await service.stop()
        assert {job.id for job in background.scheduler.get_jobs()} == {"retention"}
        assert background.scheduler.running
        await background.stop()
        assert not background.scheduler.running
    finally:
        await app.close()


def test_failure_codes_read_back_from_the_stored_text() -> None:
    assert Failure.of(None) is None
    assert Failure.of("interrupted") is Failure.INTERRUPTED
    assert Failure.of(Failure.OPEN_FLOW.with_detail("KeyError")) is Failure.OPEN_FLOW
    assert Failure.of("gave_up:http_502") is Failure.GAVE_UP
    assert Failure.of("cannot_dm") is Failure.UNDELIVERABLE  # the platform's own code
    assert [f for f in Failure if f.ours] == [
        Failure.INTERRUPTED,
        Failure.OPEN_FLOW,
        Failure.ERROR,
        Failure.STORE_UNAVAILABLE,
    ]


def test_the_notice_tells_our_faults_from_the_persons_settings() -> None:
    from bot.checkins.rows import CheckinRow

    def failed(error: str) -> CheckinRow:
        due = datetime(2026, 5, 2, 9, tzinfo=UTC)
        return CheckinRow(1, str(ANA), "f", due, "", "UTC", "failed", 1, error, False, False)

    assert "on my side" in note_for([failed("error:RuntimeError")])
    assert "on my side" not in note_for([failed("cannot_dm")])
    assert "on my side" not in note_for([failed("gave_up:store_unavailable")])
