"""Schema migrations: Alembic, applied programmatically on start (`bounceback db upgrade` too).

Several processes may start at once on one database: PostgreSQL takes an advisory lock for the
upgrade, SQLite's `BEGIN IMMEDIATE` serialises it, so only one runs each migration.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS = Path(__file__).parent / "migrations"
_LOCK_ID = 7_340_117  # any constant; names the advisory lock of Bounce Back's migrations


def _config(connection: Connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


class RevisionError(ValueError):
    """The revision asked for does not exist; the message names the ones that do."""


def _step(connection: Connection, revision: str, up: bool) -> None:
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_LOCK_ID})")
    try:
        (command.upgrade if up else command.downgrade)(_config(connection), revision)
    except CommandError as exc:
        raise RevisionError(
            f"no such revision {revision!r} ({exc}); use head, base, -1 or a revision id"
        ) from None


def _current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    """Bring the schema to `revision`, by default the newest (a no-op when it already is)."""
    async with engine.begin() as conn:
        await conn.run_sync(_step, revision, True)


async def downgrade(engine: AsyncEngine, revision: str) -> None:
    """Take the schema back to `revision` (`-1`, `base` or an id); the data of what is undone
    goes with it."""
    async with engine.begin() as conn:
        await conn.run_sync(_step, revision, False)


async def current_revision(engine: AsyncEngine) -> str | None:
    async with engine.connect() as conn:
        return await conn.run_sync(_current)


def head_revision() -> str | None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(cfg).get_current_head()
