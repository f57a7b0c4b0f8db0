"""A SQLite file locked by another process: the store's turn transaction waits without blocking
the event loop, goes ahead when the lock is released, and reports an outage if it never is."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bot.core.model import Conversation, UserKey
from bot.core.ports import StoreUnavailable
from bot.store import inline, migrate
from bot.store.crypto import Cipher
from bot.store.sql import SqlStore

KEY = UserKey("console", "local", "locked")


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqlStore]:
    st = SqlStore.open(
        f"sqlite+aiosqlite:///{tmp_path / 'lock.db'}", Cipher([Fernet.generate_key().decode()])
    )
    await migrate.upgrade(st.engine)
    yield st
    await st.close()


def hold_write_lock(path: Path) -> sqlite3.Connection:
    """Another writer (as a second bot process would be) holding SQLite's write lock."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


async def save(store: SqlStore) -> None:
    async with store.transaction() as tx:
        await tx.save(KEY, Conversation(flow="vent"))


async def test_a_locked_file_is_waited_for_without_blocking_the_loop(
    store: SqlStore, tmp_path: Path
) -> None:
    other = hold_write_lock(tmp_path / "lock.db")
    turn = asyncio.create_task(save(store))
    ticks = 0
    for _ in range(50):  # the loop keeps running other work while the turn waits
        await asyncio.sleep(0.002)
        ticks += 1
    assert not turn.done() and ticks == 50
    other.execute("COMMIT")
    other.close()
    await asyncio.wait_for(turn, 5)
    async with store.transaction() as tx:
        conv = await tx.load(KEY)
    assert conv is not None and conv.flow == "vent"


async def test_a_lock_that_is_never_released_is_an_outage(
    store: SqlStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inline, "LOCK_WAIT", 0.2)
    other = hold_write_lock(tmp_path / "lock.db")
    try:
        with pytest.raises(StoreUnavailable):
            await save(store)
    finally:
        other.execute("ROLLBACK")
        other.close()
