"""SQLite turns without thread hops: a synchronous SQLite connection driven from the event loop.

aiosqlite sends every cursor call to a worker thread and back; a turn's transaction makes a dozen
such round trips, and on a busy loop each one waits for the loop to come round again, so a
turn's database work dominated its cost. SQLite statements on a local file in WAL mode take
microseconds, so for the turn transactions the store runs them inline instead, through
`InlineConnection`, an `AsyncConnection` whose statement methods (`execute`, `exec_driver_sql`,
`scalar`, `scalars`, `run_sync`) run on the synchronous connection directly, so repositories
written against `AsyncConnection` work unchanged. Waiting never blocks the loop: the connection
has no busy timeout, and `BEGIN IMMEDIATE` is retried with `asyncio.sleep` while another
connection or process holds the write lock.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection, Result
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.pool import QueuePool

from bot.store.checkpoint import NO_AUTOMATIC

T = TypeVar("T")

LOCK_WAIT = 30.0
"""How long a turn waits for SQLite's write lock before the store reports itself unavailable."""


def sync_url(url: str) -> str:
    """`sqlite+aiosqlite:///file` -> `sqlite:///file` (the stdlib driver)."""
    return "sqlite" + url[url.index(":") :]


def make_inline_engine(url: str) -> Engine:
    engine = create_engine(
        sync_url(url),
        poolclass=QueuePool,
        pool_size=1,
        max_overflow=0,
        connect_args={"check_same_thread": False, "timeout": 0},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        prepare_sqlite(dbapi_conn, busy_ms=0)
        dbapi_conn.execute(NO_AUTOMATIC)  # `Checkpoints` copies the log back, off the loop

    return engine


def prepare_sqlite(dbapi_conn: Any, *, busy_ms: int) -> None:
    """WAL, relaxed fsync (safe in WAL), and SQLAlchemy rather than the driver issuing BEGIN
    (the documented SQLite recipe), with how long the driver itself waits for a lock."""
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute(f"PRAGMA busy_timeout={int(busy_ms)}")
    cur.close()


class InlineConnection(AsyncConnection):
    """An `AsyncConnection` over a synchronous SQLite connection; statements run inline.

    Only the statement methods are inline; transactions are begun and ended by the store, so
    `begin` and `begin_nested` are refused rather than silently mixing the two worlds.
    """

    def __init__(self, async_engine: AsyncEngine, conn: Connection) -> None:
        super().__init__(async_engine, conn)
        self._sync: Connection = conn

    async def execute(  # type: ignore[override]
        self, statement: Any, parameters: Any = None, **kw: Any
    ) -> Result[Any]:
        return self._sync.execute(statement, parameters, **kw)

    async def exec_driver_sql(  # type: ignore[override]
        self, statement: str, parameters: Any = None, **kw: Any
    ) -> Result[Any]:
        return self._sync.exec_driver_sql(statement, parameters, **kw)

    async def scalar(self, statement: Any, parameters: Any = None, **kw: Any) -> Any:
        return self._sync.scalar(statement, parameters, **kw)

    async def scalars(self, statement: Any, parameters: Any = None, **kw: Any) -> Any:
        return self._sync.scalars(statement, parameters, **kw)

    async def run_sync(self, fn: Callable[..., T], *args: Any, **kw: Any) -> T:
        return fn(self._sync, *args, **kw)

    def finds(self, sql: str, params: Sequence[Any]) -> bool:
        """Whether plain `sql` finds a row, asked of the driver without building a statement
        (for a check made on many turns whose answer is nearly always no); a driver error is
        wrapped as SQLAlchemy's, as `execute` would."""
        raw: Any = self._sync.connection.dbapi_connection
        try:
            cursor = raw.execute(sql, params)
            try:
                return cursor.fetchone() is not None
            finally:
                cursor.close()
        except sqlite3.Error as exc:
            raise DBAPIError.instance(sql, params, exc, sqlite3.Error) from exc

    def begin(self) -> Any:
        raise RuntimeError("the store owns this transaction; do not begin another inside it")

    def begin_nested(self) -> Any:
        raise RuntimeError("the store owns this transaction; savepoints are not used inline")


class Executes(Protocol):
    def exec_driver_sql(self, statement: str) -> Any: ...


async def begin_immediate(conn: Executes, wait: float | None = None) -> None:
    """Take SQLite's write lock, yielding to the loop while someone else holds it (at most
    `wait` seconds, default `LOCK_WAIT`)."""
    deadline = time.monotonic() + (LOCK_WAIT if wait is None else wait)
    delay = 0.0005
    while True:
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            return
        except OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if time.monotonic() >= deadline:
                raise
            await asyncio.sleep(delay)
            delay = min(delay * 2, 0.05)
