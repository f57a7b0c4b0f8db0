"""A SQLite file's write-ahead-log checkpoints, run off the event loop (`Checkpoints`).

SQLite copies its write-ahead log back into the database file (a checkpoint) inside whichever
commit takes the log past 1,000 pages, and syncs both files to disk there. Turns commit on the
event loop (`bot.store.inline`), so every few hundred turns one commit took milliseconds instead
of microseconds while every other person's turn waited behind it. The turn connection therefore
has automatic checkpoints turned off, and `Checkpoints` runs one on a connection of its own in a
worker thread every `EVERY` commits, one at a time (SQLite lets go of the interpreter while it
copies and syncs, so the loop goes on). The checkpoint is PASSIVE: it never waits for a reader or
a writer, and what it cannot copy yet is copied the next time. A checkpoint that fails is logged
by its error's class and tried again at the next mark; nothing a turn wrote depends on it (the log
holds every commit until it is copied, and SQLite copies the rest when the last connection
closes, or on the next open after a crash).
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from bot.store.faults import STORE_ERRORS

log = logging.getLogger(__name__)

FAULTS: tuple[type[BaseException], ...] = (*STORE_ERRORS, sqlite3.Error)

EVERY = 200
"""Turn commits between two checkpoints (each commit adds a few pages to the log; SQLite's own
mark is 1,000 pages)."""
CHECKPOINT = "PRAGMA wal_checkpoint(PASSIVE)"
NO_AUTOMATIC = "PRAGMA wal_autocheckpoint=0"
"""Sent on the turn connection: its commits never checkpoint themselves."""


def _checkpointing_engine(sync_url: str) -> Engine:
    engine = create_engine(sync_url, poolclass=NullPool, connect_args={"timeout": 0})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # a PRAGMA of its own, in no transaction

    return engine


class Checkpoints:
    """Counts a SQLite file's turn commits and checkpoints its log in a worker thread."""

    def __init__(self, sync_url: str, every: int = EVERY) -> None:
        self._engine = _checkpointing_engine(sync_url)
        self._every = every
        self._commits = 0
        self._running: asyncio.Task[None] | None = None
        self.done = 0
        """Checkpoints finished (for tests and benchmarks)."""

    def committed(self) -> None:
        """A turn committed; at every `EVERY`th, a checkpoint starts unless one is running."""
        self._commits += 1
        if self._commits < self._every or self._running is not None:
            return
        self._commits = 0
        self._running = asyncio.get_running_loop().create_task(self._run())

    async def _run(self) -> None:
        try:
            await asyncio.to_thread(self._checkpoint)
            self.done += 1
        except FAULTS as exc:
            log.warning("store.checkpoint_failed", extra={"error": type(exc).__name__})
        finally:
            self._running = None

    def _checkpoint(self) -> None:
        raw = self._engine.raw_connection()
        try:
            raw.cursor().execute(CHECKPOINT).fetchall()
        finally:
            raw.close()

    async def close(self) -> None:
        """Wait for a running checkpoint, then let go of the file."""
        running = self._running
        if running is not None:
            await asyncio.gather(running, return_exceptions=True)
        self._engine.dispose()
