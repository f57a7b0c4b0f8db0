"""The SQL implementation of the engine's store protocol (SQLite file or PostgreSQL).

One `SqlStore` owns an AsyncEngine; `transaction()` yields a `SqlTx` on one connection inside one
database transaction. SQLite runs in WAL mode with `BEGIN IMMEDIATE`, so two processes on one file
queue for the write lock instead of failing; a SQLite file's turn transactions run inline on the
event loop (see `bot.store.inline`), one at a time per process, each one plain object
(`bot.store.inline_tx`). Everything a person wrote is encrypted with the `Cipher` before it
reaches a column. Storage faults (unreachable, timed out, disk full, read-only, locked, damaged,
or a key that no longer opens the data) surface as `StoreUnavailable` with a log line naming the
cause (`bot.store.faults`), so the engine apologises instead of crashing, and `ping` (the health
probe) fails until a write succeeds again. PostgreSQL gets connect and statement timeouts
(`bot.store.engines`), so a partition is an apology within seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, Table, bindparam, delete, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.core.model import Conversation, UserKey
from bot.core.ports import StoreUnavailable, VersionConflict
from bot.store import jsonblob
from bot.store import tables as t
from bot.store.checkpoint import Checkpoints
from bot.store.crypto import Cipher
from bot.store.engines import make_engine as make_engine  # re-exported: callers import it here
from bot.store.faults import STORE_ERRORS, cause_of, is_outage
from bot.store.inline import InlineConnection, make_inline_engine, sync_url
from bot.store.inline_tx import InlineTransaction
from bot.store.keys import key_opens
from bot.store.recent import Recent
from bot.store.records import Records
from bot.store.turnsql import CLAIM, CREATE, LOAD, SAVE, Driver

log = logging.getLogger(__name__)


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


PROBE_BYTES = 8192
"""The health probe's write: more than a page, so a database that cannot grow fails it."""


# The statements of every turn, built once: building a statement costs more than running it on
# SQLite.
_LOAD = select(
    t.conversations.c.version, t.conversations.c.data, t.conversations.c.updated_at
).where(t.conversations.c.user_key == bindparam("b_key"))
_SAVE = (
    update(t.conversations)
    .where(t.conversations.c.user_key == bindparam("b_key"))
    .where(t.conversations.c.version == bindparam("b_version"))
    .values(version=bindparam("b_next"), data=bindparam("b_data"), updated_at=bindparam("b_now"))
)
_CLAIMS: dict[str, Any] = {}
"""The event-claim INSERT ... ON CONFLICT DO NOTHING, built once per dialect."""


class SqlTx(Records):
    """One open transaction; implements bot.core.ports.StoreTx."""

    def __init__(
        self,
        conn: AsyncConnection | InlineConnection,
        cipher: Cipher,
        driver: Driver | None = None,
        recent: Recent | None = None,
    ) -> None:
        self._conn: AsyncConnection = conn
        self._cipher = cipher
        self._driver = driver
        """Set on a SQLite file: the turn's own statements run straight on the driver."""
        self._recent = recent if recent is not None else Recent(0)

    @property
    def handle(self) -> AsyncConnection:
        """An `AsyncConnection` (or its inline look-alike for a SQLite file)."""
        return self._conn

    def _insert(self, table: Table) -> Any:
        """INSERT with ON CONFLICT DO NOTHING support for the connected dialect."""
        if self._conn.dialect.name == "postgresql":
            return pg_insert(table)
        return sqlite_insert(table)

    def _seal(self, obj: object) -> bytes:
        return self._cipher.encrypt(json.dumps(obj, separators=(",", ":")).encode("utf-8"))

    def _open(self, blob: bytes) -> Any:
        return json.loads(self._cipher.decrypt(bytes(blob)))

    def _open_conversation(self, key: str, blob: bytes) -> Any:
        plain = self._recent.opened(key, bytes(blob))
        return jsonblob.load(plain if plain is not None else self._cipher.decrypt(bytes(blob)))

    async def load(self, key: UserKey) -> Conversation | None:
        if self._driver is not None:
            found = self._driver.row(LOAD, (str(key),))
            if found is None:
                return None
            version, data, updated_at = found
            updated = _utc(self._driver.read_time(updated_at))
            return Conversation.from_json(self._open_conversation(str(key), data), version, updated)
        row = (await self._conn.execute(_LOAD, {"b_key": str(key)})).first()
        if row is None:
            return None
        data = self._open_conversation(str(key), row.data)
        return Conversation.from_json(data, row.version, _utc(row.updated_at))

    async def save(self, key: UserKey, conv: Conversation) -> int:
        plain = jsonblob.dump(conv.to_json())
        blob = self._cipher.encrypt(plain)
        self._recent.forget(str(key))
        version = await self._save(key, conv, blob)
        self._recent.remember(str(key), blob, plain)
        return version

    async def _save(self, key: UserKey, conv: Conversation, blob: bytes) -> int:
        now = datetime.now(UTC)
        driver = self._driver
        if driver is not None:
            at = driver.time(now)
            if conv.version == 0:
                changed = driver.changed(CREATE, (str(key), blob, at, at))
            else:
                args = (conv.version + 1, blob, at, str(key), conv.version)
                changed = driver.changed(SAVE, args)
            if changed != 1:
                raise VersionConflict(str(key))
            return conv.version + 1
        if conv.version == 0:
            result = await self._conn.execute(
                self._insert(t.conversations)
                .values(user_key=str(key), version=1, data=blob, created_at=now, updated_at=now)
                .on_conflict_do_nothing(index_elements=["user_key"])
            )
            if result.rowcount != 1:
                raise VersionConflict(str(key))
            return 1
        result = await self._conn.execute(
            _SAVE,
            {
                "b_key": str(key),
                "b_version": conv.version,
                "b_next": conv.version + 1,
                "b_data": blob,
                "b_now": now,
            },
        )
        if result.rowcount != 1:
            raise VersionConflict(str(key))
        return conv.version + 1

    async def claim_event(self, key: UserKey, event_id: str) -> bool:
        if self._driver is not None:
            at = self._driver.time(datetime.now(UTC))
            return self._driver.changed(CLAIM, (event_id[:255], str(key), at)) == 1
        statement = _CLAIMS.get(self._conn.dialect.name)
        if statement is None:
            statement = _CLAIMS[self._conn.dialect.name] = (
                self._insert(t.processed_events)
                .values(
                    event_id=bindparam("b_event"),
                    user_key=bindparam("b_key"),
                    created_at=bindparam("b_now"),
                )
                .on_conflict_do_nothing(index_elements=["event_id"])
            )
        result = await self._conn.execute(
            statement, {"b_event": event_id[:255], "b_key": str(key), "b_now": datetime.now(UTC)}
        )
        return bool(result.rowcount == 1)

    async def delete_user(self, key: UserKey) -> None:
        self._recent.forget(str(key))
        for table in t.PERSONAL_TABLES:
            await self._conn.execute(delete(table).where(table.c.user_key == str(key)))

    async def delete_workspace(self, platform: str, workspace: str) -> int:
        """Delete everything kept about everyone in one workspace (the app was uninstalled
        there), and the workspace's installation; returns the number of rows deleted."""
        prefix = f"{platform}:{workspace}:"
        self._recent.forget()
        deleted = 0
        for table in t.PERSONAL_TABLES:
            where = table.c.user_key.startswith(prefix, autoescape=True)
            result = await self._conn.execute(delete(table).where(where))
            deleted += int(result.rowcount or 0)
        for table, column in t.WORKSPACE_TABLES.get(platform, ()):
            result = await self._conn.execute(delete(table).where(table.c[column] == workspace))
            deleted += int(result.rowcount or 0)
        return deleted


class SqlStore:
    """A database of conversations and personal records; implements bot.core.ports.Store."""

    def __init__(self, engine: AsyncEngine, cipher: Cipher) -> None:
        self.engine = engine
        self.cipher = cipher
        self.fault: str | None = None
        self.recent = Recent(sealed_by=cipher)
        """What this process last saved for recent people, so their next load skips a decrypt."""
        """The cause of the last storage fault, until a transaction commits again."""
        # SQLite has one writer: queue this process's transactions here instead of in the file
        # lock's busy loop; BEGIN IMMEDIATE still orders transactions of other processes.
        self._write_lock: asyncio.Lock | None = None
        self._inline: Engine | None = None
        self._kept: tuple[Connection, Driver, InlineConnection] | None = None
        """The inline SQLite connection, kept between turns (they take turns on it)."""
        self.checkpoints: Checkpoints | None = None
        """The inline connection's log checkpoints, run off the loop."""
        if engine.dialect.name == "sqlite":
            self._write_lock = asyncio.Lock()
            url = engine.url.render_as_string(hide_password=False)
            if ":memory:" not in url and "mode=memory" not in url:
                self._inline = make_inline_engine(url)
                self.checkpoints = Checkpoints(sync_url(url))

    @classmethod
    def open(cls, url: str, cipher: Cipher) -> SqlStore:
        return cls(make_engine(url), cipher)

    def _recent(self) -> Recent:
        """The remembered states, started afresh when the store was given other keys."""
        if self.recent.sealed_by is not self.cipher:
            self.recent = Recent(sealed_by=self.cipher)
        return self.recent

    def _outage(self, exc: BaseException) -> StoreUnavailable:
        """Log the fault's class (never its text) and turn it into `StoreUnavailable`."""
        self.fault = cause_of(exc)
        log.warning("store.unavailable", extra={"error": type(exc).__name__, "cause": self.fault})
        return StoreUnavailable(self.fault)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def transaction(self) -> contextlib.AbstractAsyncContextManager[SqlTx]:
        """One transaction; on a SQLite file one layer, which takes the write lock itself."""
        return self._inline_transaction() if self._inline is not None else self._queued()

    @asynccontextmanager
    async def _queued(self) -> AsyncIterator[SqlTx]:
        if self._write_lock is None:
            async with self._transaction() as tx:
                yield tx
            return
        async with self._write_lock, self._transaction() as tx:
            yield tx

    def _inline_connection(self) -> tuple[Connection, Driver, InlineConnection]:
        if self._kept is None:
            assert self._inline is not None
            conn = self._inline.connect()
            self._kept = (conn, Driver(conn), InlineConnection(self.engine, conn))
        return self._kept

    @contextlib.contextmanager
    def turn_connection(self) -> Iterator[Connection]:
        """The synchronous connection turns run on (a SQLite file only), for maintenance."""
        assert self._inline is not None, "only a SQLite file has an inline connection"
        if self._kept is not None:
            yield self._kept[0]
            return
        with self._inline.connect() as conn:
            yield conn

    def release_connections(self) -> None:
        """Close the inline connections (the next turn opens a fresh one)."""
        self._drop_inline()
        if self._inline is not None:
            self._inline.dispose()

    def _drop_inline(self) -> None:
        """Close the kept connection after a fault; the next turn opens a fresh one."""
        kept, self._kept = self._kept, None
        if kept is not None:
            with contextlib.suppress(*STORE_ERRORS):
                kept[0].close()

    def _committed(self) -> None:
        """A turn committed on the inline connection."""
        if self.checkpoints is not None:
            self.checkpoints.committed()

    def _inline_transaction(self) -> InlineTransaction[SqlTx]:
        assert self._write_lock is not None
        return InlineTransaction(self, self._write_lock, self._open_inline)

    def _open_inline(self, driver: Driver, handle: InlineConnection) -> SqlTx:
        return SqlTx(handle, self.cipher, driver, self._recent())

    @asynccontextmanager
    async def _transaction(self) -> AsyncIterator[SqlTx]:
        try:
            conn_cm = self.engine.connect()
            conn = await conn_cm.__aenter__()
        except STORE_ERRORS as exc:
            raise self._outage(exc) from exc
        try:
            try:
                async with conn.begin():
                    yield SqlTx(conn, self.cipher, recent=self._recent())
            except Exception as exc:
                if is_outage(exc):
                    raise self._outage(exc) from exc
                raise
            self.fault = None
        finally:
            try:
                await conn_cm.__aexit__(None, None, None)
            except STORE_ERRORS:
                log.warning("store.close_failed")

    async def probe_write(self) -> None:
        """Write (and remove) a row bigger than a page: StoreUnavailable when the database
        cannot take writes (full, read-only, locked, damaged)."""
        name = f"probe:{secrets.token_hex(8)}"  # its own row: processes never collide
        probe = t.store_meta.c.name == name
        async with self.transaction() as tx:
            conn = tx.handle
            await conn.execute(
                insert(t.store_meta).values(
                    name=name, data=b"\0" * PROBE_BYTES, updated_at=datetime.now(UTC)
                )
            )
            await conn.execute(delete(t.store_meta).where(probe))

    async def ping(self) -> bool:
        """True when the database answers, the keys open its key check, and (after a fault)
        a write succeeds again."""
        try:
            async with self.engine.connect() as conn:
                opens = await conn.run_sync(key_opens, self.cipher)
            if not opens:
                log.warning("store.unavailable", extra={"error": "InvalidToken", "cause": "key"})
                self.fault = "key"
                return False
            if self.fault is not None:
                await self.probe_write()
            return True
        except StoreUnavailable:
            return False
        except STORE_ERRORS:
            return False

    async def close(self) -> None:
        if self.checkpoints is not None:
            await self.checkpoints.close()
        self._drop_inline()
        if self._inline is not None:
            self._inline.dispose()
        await self.engine.dispose()
