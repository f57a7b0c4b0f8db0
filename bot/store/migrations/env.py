"""Alembic environment: runs migrations on the connection `bot.store.migrate` hands over, or on
`BOUNCEBACK_DATABASE_URL` when called from the `alembic` command line."""

from __future__ import annotations

import asyncio
import os

from alembic import context
from sqlalchemy.engine import Connection

from bot.store.engines import make_engine
from bot.store.tables import metadata

config = context.config


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


def _run_online() -> None:
    conn = config.attributes.get("connection")
    if conn is not None:
        _run(conn)
        return

    async def go() -> None:
        engine = make_engine(
            os.environ.get("BOUNCEBACK_DATABASE_URL", "sqlite+aiosqlite:///bounceback.db")
        )
        async with engine.begin() as aconn:
            await aconn.run_sync(_run)
        await engine.dispose()

    asyncio.run(go())


_run_online()
