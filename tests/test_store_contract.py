"""One contract for the store, run against real SQLite and real PostgreSQL: load/save with
optimistic versions, event claims, personal items and moods encrypted, deletion, migrations and
outage reporting."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import select

from bot.core.model import Conversation, UserKey
from bot.core.ports import StoreUnavailable, VersionConflict
from bot.store import migrate
from bot.store import tables as t
from bot.store.crypto import Cipher
from bot.store.sql import SqlStore

A = UserKey("slack", "T1", "U1")
B = UserKey("discord", "42", "7")


@pytest.fixture
def store(both_stores: SqlStore) -> SqlStore:
    return both_stores


async def test_load_of_unknown_person_is_none(store: SqlStore) -> None:
    async with store.transaction() as tx:
        assert await tx.load(A) is None


async def test_save_then_load_round_trips_and_bumps_the_version(store: SqlStore) -> None:
    conv = Conversation(
        flow="vent",
        step="open",
        stack=[("menu", "^choose")],
        vars={"x": "ü <b>", "n": 3},
        meta={"m": [1, 2]},
    )
    async with store.transaction() as tx:
        assert await tx.save(A, conv) == 1
    async with store.transaction() as tx:
        loaded = await tx.load(A)
    assert loaded is not None
    assert (loaded.flow, loaded.step, loaded.stack, loaded.vars, loaded.meta, loaded.version) == (
        "vent",
        "open",
        [("menu", "^choose")],
        {"x": "ü <b>", "n": 3},
        {"m": [1, 2]},
        1,
    )
    async with store.transaction() as tx:
        assert await tx.save(A, loaded) == 2


async def test_stale_version_is_a_conflict_and_rolls_back(store: SqlStore) -> None:
    async with store.transaction() as tx:
        await tx.save(A, Conversation(flow="a"))
    async with store.transaction() as tx:
        first = await tx.load(A)
    async with store.transaction() as tx:
        second = await tx.load(A)
    assert first is not None and second is not None
    async with store.transaction() as tx:
        await tx.save(A, first)
    with pytest.raises(VersionConflict):
        async with store.transaction() as tx:
            await tx.add_item(A, "plan", {"text": "should vanish"})
            await tx.save(A, second)
    async with store.transaction() as tx:
        assert await tx.list_items(A) == []
        assert (await tx.load(A)).version == 2  # type: ignore[union-attr]


async def test_two_first_saves_conflict(store: SqlStore) -> None:
    async with store.transaction() as tx:
        await tx.save(A, Conversation())
    with pytest.raises(VersionConflict):
        async with store.transaction() as tx:
            await tx.save(A, Conversation())


async def test_concurrent_increments_lose_no_update(store: SqlStore) -> None:
    async def bump() -> None:
        while True:
            try:
                async with store.transaction() as tx:
                    conv = await tx.load(A) or Conversation()
                    conv.vars["n"] = int(str(conv.vars.get("n", 0))) + 1
                    await tx.save(A, conv)
                return
            except VersionConflict:
                await asyncio.sleep(0)

    await asyncio.gather(*[bump() for _ in range(20)])
    async with store.transaction() as tx:
        conv = await tx.load(A)
    assert conv is not None and conv.vars["n"] == 20 and conv.version == 20


async def test_event_ids_are_claimed_once(store: SqlStore) -> None:
    async with store.transaction() as tx:
        assert await tx.claim_event(A, "Ev1") is True
        assert await tx.claim_event(A, "Ev1") is False
        assert await tx.claim_event(B, "Ev2") is True
    async with store.transaction() as tx:
        assert await tx.claim_event(A, "Ev1") is False


async def test_items_and_moods_are_encrypted_and_scoped_to_the_person(store: SqlStore) -> None:
    async with store.transaction() as tx:
        pid = await tx.add_item(A, "plan", {"text": "thank the interviewer", "done": False})
        await tx.add_item(A, "draft", {"text": "secret draft"})
        await tx.add_item(B, "plan", {"text": "other person"})
        await tx.add_mood(A, 2, "flat")
        await tx.add_mood(A, 4, None)
    async with store.transaction() as tx:
        assert [i.data["text"] for i in await tx.list_items(A, "plan")] == ["thank the interviewer"]
        assert len(await tx.list_items(A)) == 2
        assert await tx.update_item(A, pid, {"text": "thank the interviewer", "done": True})
        assert not await tx.update_item(B, pid, {"text": "hijack"})
        assert [(m.score, m.words) for m in await tx.list_moods(A)] == [(2, "flat"), (4, None)]
        raw = (await tx.handle.execute(select(t.items.c.data))).scalars().all()
    assert raw and all(b"secret" not in bytes(r) and b"interviewer" not in bytes(r) for r in raw)
    async with store.transaction() as tx:
        assert (await tx.list_items(A, "plan"))[0].data["done"] is True
        assert await tx.delete_items(A, "draft") == 1
        assert [i.kind for i in await tx.list_items(A)] == ["plan"]


async def test_delete_user_empties_every_personal_table_for_that_person(store: SqlStore) -> None:
    for key in (A, B):
        async with store.transaction() as tx:
            await tx.save(key, Conversation(flow="x"))
            await tx.claim_event(key, f"ev-{key.user}")
            await tx.add_item(key, "plan", {"text": "t"})
            await tx.add_mood(key, 3, "ok")
    async with store.transaction() as tx:
        await tx.delete_user(A)
    async with store.transaction() as tx:
        for table in t.PERSONAL_TABLES:
            rows = (await tx.handle.execute(select(table.c.user_key))).scalars().all()
            assert str(A) not in rows, table.name
        assert await tx.load(B) is not None


async def test_migrations_are_idempotent_and_at_head(store: SqlStore) -> None:
    await migrate.upgrade(store.engine)
    assert await migrate.current_revision(store.engine) == migrate.head_revision()


async def test_unreachable_database_raises_store_unavailable() -> None:
    st = SqlStore.open(
        "postgresql+asyncpg://postgres@127.0.0.1:1/none", Cipher([Fernet.generate_key().decode()])
    )
    with pytest.raises(StoreUnavailable):
        async with st.transaction() as tx:
            await tx.load(A)
    await st.close()


async def test_key_rotation_reads_old_data(tmp_path: Path) -> None:
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    url = f"sqlite+aiosqlite:///{tmp_path / 'rot.db'}"
    st = SqlStore.open(url, Cipher([old]))
    await migrate.upgrade(st.engine)
    async with st.transaction() as tx:
        await tx.save(A, Conversation(vars={"k": "v"}))
    await st.close()
    st = SqlStore.open(url, Cipher([new, old]))
    async with st.transaction() as tx:
        conv = await tx.load(A)
    assert conv is not None and conv.vars["k"] == "v"
    await st.close()


async def test_a_load_sees_what_another_process_saved_since(store: SqlStore) -> None:
    """The last-saved state kept in memory is used only while the stored ciphertext is the same:
    a save by another process (another store on the same database) is always seen."""
    other = SqlStore.open(store.engine.url.render_as_string(hide_password=False), store.cipher)
    try:
        async with store.transaction() as tx:
            await tx.save(A, Conversation(flow="mine", version=0))
        async with other.transaction() as tx:
            conv = await tx.load(A)
            assert conv is not None
            conv.flow = "theirs"
            await tx.save(A, conv)
        async with store.transaction() as tx:
            seen = await tx.load(A)
        assert seen is not None and seen.flow == "theirs" and seen.version == 2
        async with store.transaction() as tx:
            await tx.delete_user(A)
        assert len(store.recent._saved) == 0  # an erased person is forgotten here too
    finally:
        await other.close()
