"""Privacy on real SQLite (and PostgreSQL when configured): forget erases every row, mydata exports
what is held, nothing a person wrote is stored in plain text or reaches a log record, and the
retention purge removes old free text."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import App, build_app
from bot.core.model import Attachment, Reply, Turn, UserKey
from bot.store import tables as t
from bot.store.retention import purge
from tests.conftest import clear_shared_database, make_settings
from tests.replies import said

CANARY = "zebracanary"
KEY = UserKey("console", "local", "privacy-person")
OTHER = UserKey("console", "local", "someone-else")


_events = iter(range(10**9))


async def talk(app: App, key: UserKey, *lines: str) -> list[Reply]:
    out: list[Reply] = []
    for line in lines:
        out = await app.engine.handle(Turn(key, text=line, event_id=f"Ev{next(_events)}"))
    return out


async def full_conversation(app: App, key: UserKey) -> None:
    """Walk the person through vent, draft, reframe and plan, writing the canary everywhere."""
    await talk(app, key, "hi", "2")
    await talk(app, key, "/vent", f"my boss {CANARY} was awful", "1")
    await talk(app, key, "/draft", f"You {CANARY} people wasted my time!!!")
    await talk(app, key, "/reframe", f"I am a {CANARY} failure")
    await talk(app, key, "/plan")
    async with app.store.transaction() as tx:
        await tx.add_item(key, "plan", {"text": f"email {CANARY}", "done": False})
        await tx.add_mood(key, 2, f"feeling {CANARY}")
        await tx.add_item(key, "safety_plan", {"1": f"{CANARY} warning sign"})


@pytest.fixture(params=["sqlite", "postgresql"])
async def papp(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[App]:
    if request.param == "sqlite":
        settings = make_settings(tmp_path)
    else:
        url = request.getfixturevalue("pg_url")
        settings = make_settings(tmp_path, database_url=url)
        await clear_shared_database(url)  # other tests' data is under other keys
    app = await build_app(settings)
    yield app
    await app.close()


async def rows_of(app: App, key: UserKey) -> dict[str, int]:
    counts = {}
    async with app.store.transaction() as tx:
        for table in t.PERSONAL_TABLES:
            rows = (
                await tx.handle.execute(select(table).where(table.c.user_key == str(key)))
            ).all()
            counts[table.name] = len(rows)
    return counts


async def test_forget_erases_every_row_of_the_person_and_nothing_else(papp: App) -> None:
    await full_conversation(papp, KEY)
    await full_conversation(papp, OTHER)
    before = await rows_of(papp, KEY)
    assert before["conversations"] == 1 and before["items"] >= 2 and before["moods"] >= 1
    confirm = await talk(papp, KEY, "/forget")
    assert "can't be undone" in said(confirm)
    assert sum((await rows_of(papp, KEY)).values()) > 0  # nothing happens before the yes
    done = await talk(papp, KEY, "1")
    assert "erased everything" in said(done)
    assert await rows_of(papp, KEY) == {table.name: 0 for table in t.PERSONAL_TABLES}
    assert (await rows_of(papp, OTHER))["conversations"] == 1


async def test_forget_can_be_declined(papp: App) -> None:
    await talk(papp, KEY, "hi")
    await talk(papp, KEY, "/forget", "no")
    assert (await rows_of(papp, KEY))["conversations"] == 1


async def test_mydata_exports_everything_as_json_with_a_summary(papp: App) -> None:
    await full_conversation(papp, KEY)
    replies = await talk(papp, KEY, "/mydata")
    files = [r for r in replies if isinstance(r, Attachment)]
    assert len(files) == 1 and files[0].filename.endswith(".json")
    data = json.loads(files[0].content)
    assert data["person"]["user"] == KEY.user
    assert any(CANARY in json.dumps(r) for r in data["records"])
    assert any(m["score"] == 2 for m in data["moods"])
    assert CANARY in json.dumps(data["conversation"]["answers"])
    assert "everything I remember" in said(replies)
    assert "admins can't read" in said(replies)


def stored_files(folder: Path) -> list[tuple[str, bytes]]:
    """The database file and its WAL/SHM companions, as bytes."""
    return [(f.name, f.read_bytes()) for f in folder.glob("bb.db*")]


async def test_nothing_written_is_stored_in_plain_text_or_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    app = await build_app(make_settings(tmp_path))
    caplog.set_level(logging.DEBUG)
    try:
        await full_conversation(app, KEY)
        await talk(app, KEY, "/mydata")
    finally:
        await app.close()
    for record in caplog.records:
        assert CANARY not in record.getMessage()
        assert CANARY not in json.dumps(record.__dict__, default=str)
    for name, blob in stored_files(tmp_path):
        assert CANARY.encode() not in blob, name


async def test_retention_purges_old_free_text_but_keeps_recent(tmp_path: Path) -> None:
    app = await build_app(make_settings(tmp_path))
    try:
        await full_conversation(app, KEY)
        old = datetime.now(UTC) - timedelta(days=45)
        async with app.store.transaction() as tx:
            await tx.handle.execute(
                t.items.update()
                .where(t.items.c.kind == "draft")
                .values(updated_at=old, created_at=old)
            )
            await tx.handle.execute(t.moods.update().values(created_at=old))
        counts = await purge(app.store, timedelta(days=30))
        assert counts["records"] >= 1 and counts["mood_words"] >= 1
        async with app.store.transaction() as tx:
            kinds = [i.kind for i in await tx.list_items(KEY)]
            moods = await tx.list_moods(KEY)
        assert "draft" not in kinds and "plan" in kinds
        assert moods and all(m.words is None and m.score is not None for m in moods)
    finally:
        await app.close()


async def test_export_holds_no_other_persons_data(papp: App) -> None:
    await full_conversation(papp, OTHER)
    await talk(papp, KEY, "hi")
    replies = await talk(papp, KEY, "/mydata")
    data = next(r for r in replies if isinstance(r, Attachment)).content
    assert CANARY.encode() not in data
