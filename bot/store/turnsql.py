"""The statements of every turn on a SQLite file, run straight on the sqlite3 driver.

Running a statement through SQLAlchemy costs about 20 µs; the statement itself takes about 2 µs on
a local file. A turn's own statements (take the write lock, claim the event, load, save, commit,
and a mood given at the mood question) are fixed, so on the inline SQLite connection
(`bot.store.inline`) they run as plain SQL on the driver. Values pass through the columns' own
SQLAlchemy type processors, so what is stored and read is exactly what SQLAlchemy would store and
read, and a driver error is wrapped as SQLAlchemy's (`DBAPIError.instance`) so fault handling sees
it as before. Everything else (repositories, PostgreSQL) still goes through SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import DBAPIError

from bot.store import tables as t

LOAD = "SELECT version, data, updated_at FROM conversations WHERE user_key = ?"
SAVE = (
    "UPDATE conversations SET version = ?, data = ?, updated_at = ? "
    "WHERE user_key = ? AND version = ?"
)
CREATE = (
    "INSERT INTO conversations (user_key, version, data, created_at, updated_at) "
    "VALUES (?, 1, ?, ?, ?) ON CONFLICT (user_key) DO NOTHING"
)
ADD_MOOD = "INSERT INTO moods (user_key, score, data, created_at) VALUES (?, ?, ?, ?)"
"""A mood given in a turn (the mood question's answer)."""
CLAIM = (
    "INSERT INTO processed_events (event_id, user_key, created_at) VALUES (?, ?, ?) "
    "ON CONFLICT (event_id) DO NOTHING"
)


def _same(value: Any) -> Any:
    return value


@cache
def _time_processors(dialect: Dialect) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    """How a timestamp column is written and read on this dialect (SQLAlchemy's own)."""
    column_type = t.conversations.c.updated_at.type.dialect_impl(dialect)
    write = column_type.bind_processor(dialect) or _same
    read = column_type.result_processor(dialect, None) or _same
    return write, read


class Driver:
    """The sqlite3 connection under an inline SQLAlchemy connection."""

    def __init__(self, conn: Connection) -> None:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        self.raw: Any = raw
        self._write_time, self._read_time = _time_processors(conn.dialect)

    def time(self, value: datetime) -> Any:
        return self._write_time(value)

    def read_time(self, value: Any) -> datetime | None:
        result: datetime | None = self._read_time(value)
        return result

    def run(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        try:
            return self.raw.execute(sql, params)  # type: ignore[no-any-return]
        except sqlite3.Error as exc:
            raise DBAPIError.instance(sql, params, exc, sqlite3.Error) from exc

    def exec_driver_sql(self, sql: str) -> sqlite3.Cursor:
        """A statement without values (BEGIN IMMEDIATE, COMMIT, ROLLBACK)."""
        return self.run(sql)

    def changed(self, sql: str, params: Sequence[Any]) -> int:
        """Run `sql`; the number of rows it changed."""
        return int(self.run(sql, params).rowcount)

    def row(self, sql: str, params: Sequence[Any]) -> Any:
        """The first row `sql` finds, or None; the statement is finished either way (an open
        one would hold a read snapshot past the commit, and the WAL could not be checkpointed)."""
        cursor = self.run(sql, params)
        try:
            return cursor.fetchone()
        finally:
            cursor.close()
