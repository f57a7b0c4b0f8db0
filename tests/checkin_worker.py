"""One check-in delivery process for the two-process test (run with `python -m`).

Usage: python -m tests.checkin_worker DATABASE_URL SCHEMA OUT_FILE READY_FILE GO_FILE INSTANCE

It connects to SCHEMA on the PostgreSQL database, signals READY_FILE, waits for GO_FILE (so both
processes start together), then delivers due check-ins until none is pending, writing one line per
delivery (the person's key) to OUT_FILE.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

from cryptography.fernet import Fernet
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bot.checkins.config import CheckinSettings
from bot.checkins.service import CheckinService
from bot.core.model import Opened, Reply, Text, UserKey
from bot.store import tables
from bot.store.crypto import Cipher
from bot.store.sql import SqlStore


def engine_for(url: str, schema: str, pool_size: int = 10) -> AsyncEngine:
    return create_async_engine(
        url,
        pool_size=pool_size,
        max_overflow=pool_size,
        connect_args={"server_settings": {"search_path": schema}},
    )


class FileSender:
    def __init__(self, path: Path) -> None:
        self.out = path.open("a", encoding="utf-8")

    async def send(self, key: UserKey, replies: list[Reply]) -> None:
        self.out.write(f"{key}\n")
        self.out.flush()
        await asyncio.sleep(0)  # let the other deliveries of this process interleave


async def open_flow(key: UserKey, flow: str) -> Opened:
    return Opened([Text.of(f"checking in: {flow}")])


def barrier(ready: str, go: str, within: float = 60.0) -> None:
    """Say this process is ready, then wait for the test to start both processes at once."""
    Path(ready).touch()
    deadline = time.monotonic() + within
    while not Path(go).exists():
        if time.monotonic() > deadline:
            raise SystemExit("the test never said go")
        time.sleep(0.002)


async def main(url: str, schema: str, out: str, instance: str) -> None:
    engine = engine_for(url, schema)
    sender = FileSender(Path(out))
    settings = CheckinSettings(pacing=None, instance=instance, batch_size=20, max_in_flight=8)
    store = SqlStore(engine, Cipher([Fernet.generate_key().decode()]))
    service = CheckinService(store, open_flow, sender, settings=settings)
    async with asyncio.timeout(60):
        while True:
            await service.run_due_once()
            async with engine.connect() as conn:
                left = (
                    await conn.execute(
                        select(func.count())
                        .select_from(tables.checkins)
                        .where(tables.checkins.c.status == "pending")
                    )
                ).scalar_one()
            if left == 0:
                break
    sender.out.close()
    await engine.dispose()


if __name__ == "__main__":
    db_url, db_schema, out_file, ready_file, go_file, name = sys.argv[1:7]
    barrier(ready_file, go_file)
    asyncio.run(main(db_url, db_schema, out_file, name))
