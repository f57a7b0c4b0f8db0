"""`delete_workspace` erases everything kept about one workspace, on SQLite and PostgreSQL, and
nothing about any other (even one whose id would match as a LIKE pattern)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, insert, select

from bot.core.model import Conversation, UserKey
from bot.store import tables as t
from bot.store.sql import SqlStore

GONE = [UserKey("slack", "T_1", "U1"), UserKey("slack", "T_1", "U2")]
KEPT = [
    UserKey("slack", "TX1", "U1"),
    UserKey("slack", "T_10", "U1"),
    UserKey("discord", "T_1", "U1"),
]


@pytest.fixture
def store(both_stores: SqlStore) -> SqlStore:
    return both_stores


async def _fill(store: SqlStore, key: UserKey) -> None:
    now = datetime.now(UTC)
    async with store.transaction() as tx:
        await tx.save(key, Conversation(flow="x"))
        await tx.claim_event(key, f"ev-{key}")
        await tx.add_item(key, "safety_plan", {"text": "t"})
        await tx.add_mood(key, 3, "ok")
        await tx.handle.execute(
            insert(t.checkins).values(
                user_key=str(key),
                flow="checkin_mood",
                due_at=now,
                local_time="2026-01-01T10:00",
                tz="UTC",
                status="pending",
                attempts=0,
                created_at=now,
                updated_at=now,
            )
        )
        await tx.handle.execute(insert(t.preferences).values(user_key=str(key), updated_at=now))


async def _count(store: SqlStore, key: UserKey) -> int:
    total = 0
    async with store.transaction() as tx:
        for table in t.PERSONAL_TABLES:
            query = select(func.count()).select_from(table).where(table.c.user_key == str(key))
            total += int((await tx.handle.execute(query)).scalar_one())
    return total


async def test_delete_workspace_erases_that_workspace_only(store: SqlStore) -> None:
    for key in GONE + KEPT:
        await _fill(store, key)
    async with store.transaction() as tx:
        deleted = await tx.delete_workspace("slack", "T_1")
    assert deleted == 2 * len(t.PERSONAL_TABLES)
    for key in GONE:
        assert await _count(store, key) == 0
    for key in KEPT:
        assert await _count(store, key) == len(t.PERSONAL_TABLES)
    async with store.transaction() as tx:
        assert await tx.delete_workspace("slack", "T_1") == 0
