"""On a SQLite file a mood is inserted straight on the driver; the row it writes is the row the
SQLAlchemy statement writes (the same columns, types and stored text), and reads back the same."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from bot.app import build_app
from bot.core.model import UserKey
from bot.store.sql import SqlTx
from tests.conftest import make_settings

A = UserKey("console", "local", "a")
B = UserKey("console", "local", "b")
AT = datetime(2026, 3, 4, 5, 6, 7, 891011, tzinfo=UTC)
ROWS = text(
    "SELECT user_key, score, typeof(score), typeof(data), created_at, typeof(created_at) "
    "FROM moods ORDER BY id"
)


async def test_a_mood_on_the_driver_is_the_row_sqlalchemy_writes(tmp_path: Path) -> None:
    app = await build_app(make_settings(tmp_path))
    try:
        async with app.store.transaction() as tx:
            assert tx._driver is not None  # the SQLite file's turn path
            await tx.add_mood(A, 2, "flat", at=AT)
            await tx.add_mood(A, None, None, at=AT)
            plain = SqlTx(tx.handle, tx._cipher)  # the same connection, through SQLAlchemy
            await plain.add_mood(B, 2, "flat", at=AT)
            await plain.add_mood(B, None, None, at=AT)
        async with app.store.transaction() as tx:
            rows = (await tx.handle.execute(ROWS)).all()
            driven, built = [r[1:] for r in rows[:2]], [r[1:] for r in rows[2:]]
            assert [r[0] for r in rows] == [str(A), str(A), str(B), str(B)]
            assert driven == built
            assert driven[0][2] == "blob" and driven[1][2] == "null"
            assert await tx.list_moods(A) == await tx.list_moods(B)
            moods = await tx.list_moods(A)
            assert [(m.score, m.words, m.created_at) for m in moods] == [
                (2, "flat", AT),
                (None, None, AT),
            ]
    finally:
        await app.close()
