"""Check-in benchmark: schedule 100,000 check-ins, make 2,000 of them due at once, deliver them
through the real service and scheduler to a recording sender (pacing off), and print ONE JSON
line last: scheduling rate, delivery delay after the due time (p50/p99/max), duplicates (must be
0) and peak RSS.

    python bench/checkins.py                 # full size, on a temporary SQLite file
    python bench/checkins.py --scale 0.01    # tiny (1,000 scheduled, 20 due)
    python bench/checkins.py --db postgresql+asyncpg://postgres@127.0.0.1:5432/bench

On PostgreSQL the tables are created in a fresh schema that is dropped afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import secrets
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.fernet import Fernet
from figures import peak_rss_mb, percentile
from sqlalchemy import func, select, text, update
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bot.checkins import repo, scheduling
from bot.checkins.config import CheckinSettings
from bot.checkins.prefs import Prefs
from bot.checkins.service import CheckinService
from bot.checkins.timing import parse_horizon
from bot.core.actions import ActionRegistry
from bot.core.engine import Engine
from bot.core.model import Opened, Reply, Text, UserKey
from bot.flows.model import Flow, FlowSet, Message, Step, Target
from bot.store import tables
from bot.store.crypto import Cipher
from bot.store.sql import SqlStore, make_engine

TOTAL, DUE, PER_USER, BATCH = 100_000, 2_000, 10, 200


class Recorder:
    """A sender that only notes who got a check-in, and when."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, float]] = []
        self.done = asyncio.Event()
        self.expect = 0

    async def send(self, key: UserKey, replies: list[Reply]) -> None:
        self.sent.append((str(key), time.time()))
        if len(self.sent) >= self.expect:
            self.done.set()


async def open_flow(key: UserKey, flow: str) -> Opened:
    return Opened([Text.of("Hi, it's Bounce Back checking in. How are you today?")])


def engine_opener(store: SqlStore) -> Callable[[UserKey, str], Awaitable[Opened]]:
    """The real engine's `prepare_flow` on the same database, with a one-step check-in flow
    (each check-in then loads and saves the person's encrypted conversation)."""
    hello = Message(("Hi, it's Bounce Back checking in. How are you today?",))
    flow = Flow(
        id="checkin_mood",
        title="Checking in",
        start="open",
        steps={"open": Step(id="open", say=(hello,), next=Target("end"))},
    )
    return Engine(FlowSet({"checkin_mood": flow}), store, ActionRegistry()).prepare_flow


async def schedule_all(db: AsyncEngine, total: int, now: datetime) -> float:
    """Schedule `total` check-ins the way the flow action does (one call each); seconds taken."""
    users = max(1, total // PER_USER)
    horizons = [parse_horizon(h) for h in ("1d", "3d", "1w", "2w", "1mo", "3mo", "6mo", "1y")]
    no_quiet = Prefs(quiet_start="00:00", quiet_end="00:00", saved=True)
    async with db.begin() as conn:
        for u in range(users):
            await repo.save_prefs(conn, f"slack:T{u % 50}:U{u}", no_quiet, now)
    started = time.perf_counter()
    done = 0
    while done < total:
        async with db.begin() as conn:
            for n in range(done, min(total, done + BATCH)):
                u, k = n % users, n // users
                await scheduling.schedule(
                    conn,
                    user_key=f"slack:T{u % 50}:U{u}",
                    flow="checkin_mood",
                    horizon=horizons[k % len(horizons)],
                    at=None,
                    requested=k >= len(horizons),
                    now=now,
                    prefs=no_quiet,
                    fallback_tz="UTC",
                    default_time=CheckinSettings.default_time,
                )
        done = min(total, done + BATCH)
    return time.perf_counter() - started


async def make_due(db: AsyncEngine, due: int, at: datetime) -> int:
    """Move one check-in of each of `due` people to `at`; returns how many."""
    async with db.begin() as conn:
        first = select(func.min(tables.checkins.c.id)).group_by(tables.checkins.c.user_key)
        ids = [int(i) for i in (await conn.execute(first.limit(due))).scalars()]
        for start in range(0, len(ids), 500):
            await conn.execute(
                update(tables.checkins)
                .where(tables.checkins.c.id.in_(ids[start : start + 500]))
                .values(due_at=at)
            )
    return len(ids)


async def run(
    scale: float,
    url: str | None,
    lead: float,
    real_engine: bool = False,
) -> dict[str, object]:
    total, due = max(10, int(TOTAL * scale)), max(1, int(DUE * scale))
    schema = None
    tmp = tempfile.TemporaryDirectory(prefix="bb-bench-")
    if url is None:
        db = make_engine(f"sqlite+aiosqlite:///{Path(tmp.name) / 'bench.db'}")
        admin = None
    else:
        schema = f"bb_bench_{secrets.token_hex(4)}"
        admin = create_async_engine(url)
        async with admin.begin() as conn:
            await conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        db = create_async_engine(
            url,
            pool_size=20,
            max_overflow=20,
            connect_args={"server_settings": {"search_path": schema}},
        )
    try:
        async with db.begin() as conn:
            await conn.run_sync(tables.metadata.create_all)
        now = datetime.now(UTC)
        seconds = await schedule_all(db, total, now)
        due_at = datetime.now(UTC) + timedelta(seconds=lead)
        made_due = await make_due(db, due, due_at)
        recorder = Recorder()
        recorder.expect = made_due
        settings = CheckinSettings(pacing=None, poll_interval=5.0, instance="bench")
        # one store for the engine and the service: one write lock, as in the bot
        store = SqlStore(db, Cipher([Fernet.generate_key().decode()]))
        opener = engine_opener(store) if real_engine else open_flow
        service = CheckinService(store, opener, recorder, settings=settings)
        await service.start()
        try:
            await asyncio.wait_for(recorder.done.wait(), timeout=lead + 120)
        except TimeoutError:
            pass
        await service.stop()
        store.release_connections()
        async with db.connect() as conn:
            statuses = await repo.status_counts(conn)
        delays = [at - due_at.timestamp() for _, at in recorder.sent]
        per_person = Counter(k for k, _ in recorder.sent)
        return {
            "bench": "checkins",
            "db": "sqlite" if url is None else "postgresql",
            "scale": scale,
            "open_flow": "engine" if real_engine else "plain",
            "scheduled": total,
            "schedule_seconds": round(seconds, 3),
            "schedule_rate_per_s": round(total / seconds, 1),
            "due": made_due,
            "delivered": len(recorder.sent),
            "duplicates": sum(n - 1 for n in per_person.values() if n > 1),
            "sent_rows": statuses.get("sent", 0),
            "delay_p50_s": round(percentile(delays, 0.50), 3),
            "delay_p99_s": round(percentile(delays, 0.99), 3),
            "delay_max_s": round(max(delays), 3) if delays else None,
            "all_within_10s": bool(delays) and len(delays) == made_due and max(delays) <= 10.0,
            "peak_rss_mb": peak_rss_mb(),
        }
    finally:
        await db.dispose()
        if admin is not None:
            async with admin.begin() as conn:
                await conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            await admin.dispose()
        tmp.cleanup()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help="fraction of the full size (100,000 scheduled, 2,000 due)",
    )
    parser.add_argument("--db", default=None, help="database URL (default: a temporary SQLite)")
    parser.add_argument(
        "--lead",
        type=float,
        default=3.0,
        help="seconds between making check-ins due and their due time",
    )
    parser.add_argument(
        "--engine",
        action="store_true",
        help="open each check-in through the real engine (saves a conversation)",
    )
    args = parser.parse_args(argv)
    result = asyncio.run(run(args.scale, args.db, args.lead, args.engine))
    print(json.dumps(result, sort_keys=True), flush=True)
    return 0 if result["duplicates"] == 0 and result["delivered"] == result["due"] else 1


if __name__ == "__main__":
    sys.exit(main())
