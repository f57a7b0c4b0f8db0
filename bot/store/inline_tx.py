"""A SQLite file's turn transaction as one plain object (`InlineTransaction`).

Every turn opens one: the process's write lock, `BEGIN IMMEDIATE` on the kept inline connection
(`bot.store.inline`), the turn's statements, then `COMMIT`, or `ROLLBACK` when the turn failed.
Written as a class with `__aenter__` and `__aexit__` rather than an async generator: a generator
context manager adds a generator, its first-iteration hook and two more layers of calls to every
turn, for the same steps. A storage fault becomes `StoreUnavailable` through the store
(`SqlStore._outage`), and the kept connection is dropped so the next turn opens a fresh one.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from types import TracebackType
from typing import Generic, Protocol, TypeVar

from sqlalchemy.engine import Connection

from bot.core.ports import StoreUnavailable
from bot.store.faults import STORE_ERRORS, is_outage
from bot.store.inline import InlineConnection, begin_immediate
from bot.store.turnsql import Driver

Tx = TypeVar("Tx")


class InlineOwner(Protocol):
    """What the transaction needs of the store that owns the inline connection."""

    fault: str | None
    _kept: tuple[Connection, Driver, InlineConnection] | None

    def _inline_connection(self) -> tuple[Connection, Driver, InlineConnection]: ...

    def _drop_inline(self) -> None: ...

    def _outage(self, exc: BaseException) -> StoreUnavailable: ...

    def _committed(self) -> None: ...


def rollback(driver: Driver) -> None:
    with contextlib.suppress(*STORE_ERRORS):
        driver.exec_driver_sql("ROLLBACK")


class InlineTransaction(Generic[Tx]):
    """`async with` one turn's transaction on the kept SQLite connection; yields
    `open_tx(driver, handle)` (the store's `SqlTx`)."""

    __slots__ = ("_conn", "_driver", "_lock", "_open_tx", "_store")

    def __init__(
        self,
        store: InlineOwner,
        lock: asyncio.Lock,
        open_tx: Callable[[Driver, InlineConnection], Tx],
    ) -> None:
        self._store = store
        self._lock = lock
        self._open_tx = open_tx
        self._conn: Connection | None = None
        self._driver: Driver | None = None

    async def __aenter__(self) -> Tx:
        store = self._store
        await self._lock.acquire()
        try:
            try:
                conn, driver, handle = store._inline_connection()
            except STORE_ERRORS as exc:
                raise store._outage(exc) from exc
            self._conn, self._driver = conn, driver
            try:
                await begin_immediate(driver)
            except STORE_ERRORS as exc:
                store._drop_inline()
                raise store._outage(exc) from exc
            return self._open_tx(driver, handle)
        except BaseException:
            try:
                self._end()
            finally:
                self._lock.release()
            raise

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        store, driver = self._store, self._driver
        assert driver is not None
        try:
            if exc is not None:
                rollback(driver)
                if is_outage(exc):
                    store._drop_inline()
                    raise store._outage(exc) from exc
                return  # the turn's own error goes on as it was
            try:
                driver.exec_driver_sql("COMMIT")
            except STORE_ERRORS as fault:
                rollback(driver)
                store._drop_inline()
                raise store._outage(fault) from fault
            store.fault = None
            store._committed()
        finally:
            try:
                self._end()
            finally:
                self._lock.release()

    def _end(self) -> None:
        """Statements run through SQLAlchemy opened its own (logical) transaction; the driver
        has already committed or rolled back, so ending it sends nothing."""
        conn, self._conn = self._conn, None
        store = self._store
        if conn is not None and store._kept is not None and conn.in_transaction():
            try:
                conn.rollback()
            except STORE_ERRORS:
                store._drop_inline()
