"""A SQLite file's log checkpoints: turn commits never checkpoint on the event loop, a worker
thread copies the log back into the database file every so many commits, and a failed checkpoint
is logged by class and tried again without losing a turn."""

from __future__ import annotations

import asyncio
import logging
import shutil
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bot.core.model import Conversation, UserKey
from bot.store import migrate
from bot.store.checkpoint import Checkpoints
from bot.store.crypto import Cipher
from bot.store.sql import SqlStore

EVERY = 5


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqlStore]:
    st = SqlStore.open(
        f"sqlite+aiosqlite:///{tmp_path / 'wal.db'}", Cipher([Fernet.generate_key().decode()])
    )
    await migrate.upgrade(st.engine)
    tables = sqlite3.connect(tmp_path / "wal.db")
    tables.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the tables in the file, no rows yet
    tables.close()
    assert st.checkpoints is not None
    st.checkpoints._every = EVERY
    yield st
    await st.close()


async def save(store: SqlStore, n: int) -> None:
    async with store.transaction() as tx:
        await tx.save(UserKey("console", "local", f"p{n}"), Conversation(flow="vent"))


async def settled(store: SqlStore) -> None:
    assert store.checkpoints is not None
    for _ in range(500):
        if store.checkpoints._running is None:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the checkpoint never finished")


def rows_in_main_file(db: Path, copy: Path) -> int:
    """Rows the database file alone holds (its log left behind): what a checkpoint copied."""
    shutil.copyfile(db, copy)
    conn = sqlite3.connect(copy)
    try:
        return int(conn.execute("SELECT count(*) FROM conversations").fetchone()[0])
    finally:
        conn.close()


async def test_turn_commits_never_checkpoint_the_log_themselves(
    store: SqlStore, tmp_path: Path
) -> None:
    with store.turn_connection() as conn:
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
    for n in range(EVERY - 1):
        await save(store, n)
    assert store.checkpoints is not None and store.checkpoints.done == 0
    assert rows_in_main_file(tmp_path / "wal.db", tmp_path / "copy.db") == 0


async def test_every_so_many_commits_the_log_is_copied_back_off_the_loop(
    store: SqlStore, tmp_path: Path
) -> None:
    for n in range(EVERY):
        await save(store, n)
    await settled(store)
    assert store.checkpoints is not None and store.checkpoints.done == 1
    assert rows_in_main_file(tmp_path / "wal.db", tmp_path / "copy.db") == EVERY
    for n in range(EVERY, 3 * EVERY):
        await save(store, n)
        await settled(store)
    assert store.checkpoints.done == 3
    assert rows_in_main_file(tmp_path / "wal.db", tmp_path / "copy.db") == 3 * EVERY


async def test_a_failed_checkpoint_is_logged_by_class_and_tried_again(
    store: SqlStore, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    checkpoints = store.checkpoints
    assert checkpoints is not None
    real = checkpoints._checkpoint
    fail = [True]

    def flaky() -> None:
        if fail[0]:
            fail[0] = False
            raise sqlite3.OperationalError("disk I/O error")
        real()

    checkpoints._checkpoint = flaky  # type: ignore[method-assign]
    with caplog.at_level(logging.WARNING):
        for n in range(EVERY):
            await save(store, n)
        await settled(store)
    failed = [r for r in caplog.records if r.getMessage() == "store.checkpoint_failed"]
    assert [getattr(r, "error", None) for r in failed] == ["OperationalError"]
    assert checkpoints.done == 0
    for n in range(EVERY, 2 * EVERY):
        await save(store, n)
    await settled(store)
    assert checkpoints.done == 1
    assert rows_in_main_file(tmp_path / "wal.db", tmp_path / "copy.db") == 2 * EVERY


async def test_closing_waits_for_a_running_checkpoint(tmp_path: Path) -> None:
    db = tmp_path / "close.db"
    sqlite3.connect(db).close()
    checkpoints = Checkpoints(f"sqlite:///{db}", every=1)
    release = asyncio.Event()
    loop = asyncio.get_running_loop()
    finished: list[bool] = []

    def slow() -> None:
        asyncio.run_coroutine_threadsafe(release.wait(), loop).result(5)
        finished.append(True)

    checkpoints._checkpoint = slow  # type: ignore[method-assign]
    checkpoints.committed()
    closing = asyncio.create_task(checkpoints.close())
    await asyncio.sleep(0.05)
    assert not closing.done() and not finished
    release.set()
    await asyncio.wait_for(closing, 5)
    assert finished == [True] and checkpoints.done == 1
