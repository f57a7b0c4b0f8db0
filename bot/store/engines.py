"""Creating the database engine, tuned for its backend (SQLite file or PostgreSQL).

SQLite gets WAL, a busy timeout and `BEGIN IMMEDIATE`, with its file created readable by its
owner only; PostgreSQL gets connect and statement timeouts, enforced by the client as well as the
server, so a stalled network is an outage within seconds rather than a hang.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from bot.store import inline
from bot.store.faults import secure_sqlite_file
from bot.store.inline import prepare_sqlite


def make_engine(
    url: str,
    *,
    pool_size: int = 10,
    connect_timeout: float = 5.0,
    statement_timeout: float = 5.0,
    lock_wait: float | None = None,
) -> AsyncEngine:
    """An AsyncEngine tuned for the backend: SQLite gets WAL, a busy timeout and BEGIN IMMEDIATE
    (its file created readable by its owner only); PostgreSQL gets connect and statement
    timeouts, enforced by the client as well as the server, so a stalled network fails fast.
    `lock_wait`: how long SQLite waits for another program's write lock (default `LOCK_WAIT`)."""
    if url.startswith("sqlite"):
        secure_sqlite_file(url)
        wait = inline.LOCK_WAIT if lock_wait is None else lock_wait
        memory = ":memory:" in url or "mode=memory" in url
        engine = create_async_engine(
            url,
            connect_args={"timeout": wait},
            **({"poolclass": NullPool} if memory else {"pool_size": 2, "max_overflow": 8}),
        )

        @event.listens_for(engine.sync_engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            prepare_sqlite(dbapi_conn, busy_ms=int(wait * 1000))

        @event.listens_for(engine.sync_engine, "begin")
        def _on_begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    connect_args: dict[str, Any] = {}
    if "asyncpg" in url:
        connect_args = {
            "timeout": connect_timeout,
            "command_timeout": statement_timeout,
            "server_settings": {"statement_timeout": str(int(statement_timeout * 1000))},
        }
    return create_async_engine(
        url,
        pool_size=pool_size,
        max_overflow=pool_size,
        pool_pre_ping=True,
        pool_recycle=1800,
        pool_timeout=connect_timeout,
        connect_args=connect_args,
    )
