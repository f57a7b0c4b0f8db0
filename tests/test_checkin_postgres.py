"""Check-ins on a real PostgreSQL server: two bot processes deliver 200 due check-ins exactly once,
and the scheduling, claiming and retry SQL behave as on SQLite.

Needs BOUNCEBACK_TEST_DATABASE_URL (see tests/conftest.py); each test module works in a fresh
schema of its own, dropped afterwards.
"""

from __future__ import annotations

import asyncio
import secrets
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import insert, text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.checkins import claims, repo
from bot.checkins.prefs import Prefs
from bot.checkins.service import CheckinService
from bot.core.model import Turn, UserKey
from bot.core.ports import TransientSendError
from bot.store import tables
from bot.store.crypto import Cipher
from bot.store.sql import SqlStore
from tests.checkin_support import (
    ROOT,
    FakeClock,
    FlowOpener,
    ScriptedSender,
    add_row,
    make_bot,
    quiet_settings,
    row,
    rows,
    said,
)
from tests.checkin_worker import engine_for

PEOPLE = 200


@pytest.fixture(scope="module")
def schema() -> str:
    return f"bb_checkins_{secrets.token_hex(4)}"


@pytest.fixture
async def pg(pg_url: str, schema: str) -> AsyncIterator[SqlStore]:
    admin = create_async_engine(pg_url)
    async with admin.begin() as conn:
        await conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        await conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    store = SqlStore(engine_for(pg_url, schema), Cipher([Fernet.generate_key().decode()]))
    async with store.engine.begin() as conn:
        await conn.run_sync(tables.metadata.create_all)
    try:
        yield store
    finally:
        await store.close()
        async with admin.begin() as conn:
            await conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        await admin.dispose()


def _wait_for_file(path: Path, within: float = 30.0) -> None:
    deadline = time.monotonic() + within
    while not path.exists():
        assert time.monotonic() < deadline, f"{path.name} never appeared"
        time.sleep(0.002)


async def test_two_processes_deliver_200_checkins_exactly_once(
    pg: SqlStore, pg_url: str, schema: str, tmp_path: Path
) -> None:
    now = datetime.now(UTC)
    people = [UserKey("slack", f"T{i % 7}", f"U{i:03d}") for i in range(PEOPLE)]
    async with pg.engine.begin() as conn:
        for key in people:  # no quiet hours, so the test passes at any hour of the day
            await repo.save_prefs(
                conn, str(key), Prefs(quiet_start="00:00", quiet_end="00:00"), now
            )
        await conn.execute(
            insert(tables.checkins),
            [
                {
                    "user_key": str(k),
                    "flow": "checkin_test",
                    "due_at": now - timedelta(minutes=1),
                    "local_time": "2026-01-01T10:00",
                    "tz": "UTC",
                    "status": "pending",
                    "attempts": 0,
                    "requested": False,
                    "notified": False,
                    "created_at": now,
                    "updated_at": now,
                }
                for k in people
            ],
        )
    go = tmp_path / "go"
    procs, outs, readies = [], [], []
    for name in ("one", "two"):
        out, ready = tmp_path / f"{name}.out", tmp_path / f"{name}.ready"
        outs.append(out)
        readies.append(ready)
        procs.append(
            await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "tests.checkin_worker",
                pg_url,
                schema,
                str(out),
                str(ready),
                str(go),
                f"proc-{name}",
                cwd=str(ROOT),
            )
        )
    try:
        async with asyncio.timeout(60):
            await asyncio.gather(*(asyncio.to_thread(_wait_for_file, r) for r in readies))
            go.touch()
            codes = await asyncio.gather(*(p.wait() for p in procs))
    finally:
        for p in procs:
            if p.returncode is None:
                p.kill()
                await p.wait()
    assert codes == [0, 0]
    per_process = [out.read_text().split() if out.exists() else [] for out in outs]
    delivered = per_process[0] + per_process[1]
    counts = Counter(delivered)
    assert [k for k, n in counts.items() if n > 1] == []  # no duplicates
    assert set(delivered) == {str(k) for k in people}  # union is all 200
    assert len(delivered) == PEOPLE
    assert per_process[0] and per_process[1], "both processes should have delivered some"
    stored = await rows(pg)
    assert {r.status for r in stored} == {"sent"}
    claimed = Counter(r.claimed_by for r in stored)
    assert claimed == {"proc-one": len(per_process[0]), "proc-two": len(per_process[1])}


async def test_scheduling_claiming_and_retrying_on_postgres(pg: SqlStore) -> None:
    clock = FakeClock(datetime(2026, 3, 7, 17, tzinfo=UTC))
    bot = make_bot(pg, clock)
    ana = UserKey("discord", "app", "ana")
    out = said(await bot.handle(Turn(ana, text="/sched 1d", tz="America/New_York")))
    assert "Scheduled for Sunday 8 March at 10:00." in out
    [scheduled] = await rows(pg, ana)
    assert repo.as_utc(scheduled.due_at) == datetime(2026, 3, 8, 14, tzinfo=UTC)  # after DST
    sender = ScriptedSender([TransientSendError("http_502")])
    svc = CheckinService(pg, FlowOpener(), sender, clock=clock, settings=quiet_settings())
    clock.now = datetime(2026, 3, 8, 14, tzinfo=UTC)
    assert await svc.run_due_once() == 0
    retry = await row(pg, scheduled.id)
    assert (retry.status, retry.attempts, retry.last_error) == ("pending", 1, "http_502")
    clock.now = repo.as_utc(retry.due_at)
    assert await svc.run_due_once() == 1
    # a second process cannot claim what the first already sent
    async with pg.engine.begin() as conn:
        assert not await claims.claim(conn, scheduled.id, "other", clock.now)
    stale = await add_row(
        pg,
        ana,
        clock.now - timedelta(hours=1),
        status="sending",
        claimed_by="gone",
        claimed_at=clock.now - timedelta(hours=1),
    )
    await svc.run_due_once()
    assert (await row(pg, stale)).last_error == "interrupted"
