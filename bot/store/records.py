"""A person's records beside their conversation: saved items (plans, drafts, thoughts) and moods.

`Records` is the part of a store transaction (`bot.store.sql.SqlTx`) that reads and writes them;
what a person wrote is sealed with the store's cipher before it reaches a column.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, insert, select, update

from bot.core.model import UserKey
from bot.core.ports import Item, MoodEntry
from bot.store import tables as t
from bot.store.turnsql import ADD_MOOD, Driver

_ADD_MOOD = insert(t.moods)
"""Built once: a mood is added on many turns (a statement built anew costs more than its run)."""


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


class Records:
    """Items and moods, on the transaction's connection."""

    _conn: Any
    _driver: Driver | None

    def _seal(self, obj: object) -> bytes:
        raise NotImplementedError

    def _open(self, blob: bytes) -> Any:
        raise NotImplementedError

    async def add_item(
        self, key: UserKey, kind: str, data: dict[str, Any], *, free_text: bool = True
    ) -> int:
        now = datetime.now(UTC)
        result = await self._conn.execute(
            insert(t.items)
            .values(
                user_key=str(key),
                kind=kind,
                data=self._seal(data),
                free_text=free_text,
                created_at=now,
                updated_at=now,
            )
            .returning(t.items.c.id)
        )
        return int(result.scalar_one())

    async def list_items(self, key: UserKey, kind: str | None = None) -> list[Item]:
        q = select(t.items).where(t.items.c.user_key == str(key)).order_by(t.items.c.id)
        if kind is not None:
            q = q.where(t.items.c.kind == kind)
        rows = (await self._conn.execute(q)).all()
        return [
            Item(
                r.id,
                r.kind,
                self._open(r.data),
                _utc(r.created_at) or datetime.now(UTC),
                _utc(r.updated_at) or datetime.now(UTC),
            )
            for r in rows
        ]

    async def update_item(self, key: UserKey, item_id: int, data: dict[str, Any]) -> bool:
        result = await self._conn.execute(
            update(t.items)
            .where(t.items.c.user_key == str(key), t.items.c.id == item_id)
            .values(data=self._seal(data), updated_at=datetime.now(UTC))
        )
        return bool(result.rowcount)

    async def delete_items(self, key: UserKey, kind: str, item_id: int | None = None) -> int:
        q = delete(t.items).where(t.items.c.user_key == str(key), t.items.c.kind == kind)
        if item_id is not None:
            q = q.where(t.items.c.id == item_id)
        return int((await self._conn.execute(q)).rowcount)

    async def add_mood(
        self, key: UserKey, score: int | None, words: str | None, *, at: datetime | None = None
    ) -> None:
        data = self._seal(words) if words else None
        when = at or datetime.now(UTC)
        if self._driver is not None:  # a SQLite file: straight on the driver, as a turn's own
            self._driver.run(ADD_MOOD, (str(key), score, data, self._driver.time(when)))
            return
        await self._conn.execute(
            _ADD_MOOD, {"user_key": str(key), "score": score, "data": data, "created_at": when}
        )

    async def list_moods(self, key: UserKey) -> list[MoodEntry]:
        rows = (
            await self._conn.execute(
                select(t.moods).where(t.moods.c.user_key == str(key)).order_by(t.moods.c.id)
            )
        ).all()
        return [
            MoodEntry(
                r.score,
                self._open(r.data) if r.data else None,
                _utc(r.created_at) or datetime.now(UTC),
            )
            for r in rows
        ]
