"""Storage faults and key loss, replayed as an attacker (or bad luck) would cause them.

Disk full (SQLite's `max_page_count` after filling the last free page), a read-only connection,
damaged pages, a lock never released and a stalled PostgreSQL each give the store apology, a log
line naming the cause, and a failing `/healthz`; at start, each is one line and exit 2. Missing,
empty, garbage and wrong keys where encrypted data exists refuse to start; `keys rotate` moves
everything under the newest key. None of it reaches a traceback.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import select
from sqlalchemy.engine import make_url

from bot.app import App, build_app
from bot.core.engine import SORRY_STORE
from bot.core.model import Reply, Turn, UserKey
from bot.ops.server import ops_for
from bot.store import inline
from bot.store import tables as t
from bot.store.crypto import Cipher
from bot.store.faults import StoreRefused, refusal
from bot.store.keys import KEY_CHECK, rotate_command
from tests.conftest import make_settings
from tests.fakes.tcp_proxy import TcpProxy
from tests.ops_support import scratch_database
from tests.replies import said

ROOT = Path(__file__).resolve().parent.parent
A = UserKey("console", "local", "a")
B = UserKey("console", "local", "b")
# Over a page once encrypted, and under the 4,000 characters a message may hold.
VENT = "I am so angry about how that interview went. " * 85


def new_key() -> str:
    return Fernet.generate_key().decode()


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    built = await build_app(make_settings(tmp_path))
    yield built
    await built.close()


async def say(app: App, text: str, key: UserKey = A) -> list[Reply]:
    return await app.engine.handle(Turn(key, text=text))


def fill_disk(app: App) -> None:
    """The database can no longer grow: its size is capped and its free pages used up."""
    assert app.store._inline is not None
    with app.store.turn_connection() as conn:
        size = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count={size}")
        i = 0
        while True:
            try:
                conn.exec_driver_sql(
                    "INSERT INTO store_meta (name, data, updated_at) VALUES (?, ?, ?)",
                    (f"filler{i}", b"x" * 512, "2026-01-01"),
                )
                conn.commit()
            except sqlite3.OperationalError as exc:
                assert "full" in str(exc)
                break
            except Exception as exc:  # SQLAlchemy wraps the driver's error
                assert "full" in str(exc)
                conn.rollback()
                break
            i += 1


def corrupt_pages(path: Path) -> None:
    """Overwrite every page after the header page with garbage, as a failing disk might."""
    data = bytearray(path.read_bytes())
    for i in range(4096, len(data)):
        data[i] = (i * 7 + 3) & 0xFF
    path.write_bytes(data)


def causes(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        str(getattr(r, "cause", ""))
        for r in caplog.records
        if r.getMessage() == "store.unavailable"
    ]


# ----- faults inside a turn -----------------------------------------------------------------


async def test_disk_full_in_a_turn_is_an_outage_with_its_cause(
    app: App, caplog: pytest.LogCaptureFixture
) -> None:
    ops = ops_for(app)
    await say(app, "vent")
    fill_disk(app)
    caplog.set_level(logging.WARNING)
    replies = await say(app, VENT)
    assert said(replies) == SORRY_STORE
    assert "disk_full" in causes(caplog)
    assert ops.metrics.value("bounceback_turns_total", outcome="store_unavailable") == 1
    assert (await ops.health.check()).checks["database"] is False
    ops.close()


async def test_read_only_database_in_a_turn_is_an_outage(
    app: App, caplog: pytest.LogCaptureFixture
) -> None:
    ops = ops_for(app)
    await say(app, "hi")
    assert app.store._inline is not None
    with app.store.turn_connection() as conn:
        conn.exec_driver_sql("PRAGMA query_only=1")  # every write now fails as read-only
    caplog.set_level(logging.WARNING)
    assert said(await say(app, "menu")) == SORRY_STORE
    assert "read_only" in causes(caplog)
    assert (await ops.health.check()).checks["database"] is False
    with app.store.turn_connection() as conn:
        conn.exec_driver_sql("PRAGMA query_only=0")
    assert (await ops.health.check()).checks["database"] is True  # a write works again
    assert said(await say(app, "menu")) != SORRY_STORE
    ops.close()


async def test_damaged_pages_in_a_turn_are_an_outage(
    app: App, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ops = ops_for(app)
    await say(app, "hi")
    assert app.store._inline is not None
    with app.store.turn_connection() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    app.store.release_connections()
    await app.store.engine.dispose()
    corrupt_pages(tmp_path / "bb.db")
    caplog.set_level(logging.WARNING)
    assert said(await say(app, "menu")) == SORRY_STORE
    assert "corrupt" in causes(caplog)
    assert (await ops.health.check()).checks["database"] is False
    ops.close()


async def test_a_key_that_stops_opening_the_data_fails_health_and_apologises(
    app: App, caplog: pytest.LogCaptureFixture
) -> None:
    ops = ops_for(app)
    await say(app, "hi")
    assert (await ops.health.check()).ok
    app.store.cipher = type(app.store.cipher)([new_key()])  # another replica rotated the data
    caplog.set_level(logging.WARNING)
    assert said(await say(app, "menu")) == SORRY_STORE
    assert "key" in causes(caplog)
    assert (await ops.health.check()).checks["database"] is False
    ops.close()


# ----- at start -----------------------------------------------------------------------------


def bounceback(
    *args: str, env: dict[str, str], stdin: bytes = b""
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin.decode("latin-1"),
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def console_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BOUNCEBACK_")}
    env.update(XDG_DATA_HOME=str(home), PYTHONPATH=str(ROOT), LC_ALL="C.UTF-8", LANG="C.UTF-8")
    env.update(extra)
    return env


def assert_refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


def test_console_keys_lost_emptied_garbled_or_wrong_refuse_to_start(tmp_path: Path) -> None:
    env = console_env(tmp_path)
    first = bounceback("chat", env=env, stdin=b"hi\n")
    assert first.returncode == 0, first.stderr
    folder = tmp_path / "bounceback"
    key_file = folder / "secret.key"
    kept = key_file.read_bytes()
    for made in (key_file, folder / "bounceback.db"):
        assert stat.S_IMODE(made.stat().st_mode) == 0o600, made

    key_file.unlink()
    assert_refused(bounceback("chat", env=env, stdin=b"hi\n"), "missing", "restore")
    assert not key_file.exists()  # never a silent new key beside data it cannot open
    key_file.write_bytes(b"")
    assert_refused(bounceback("chat", env=env, stdin=b"hi\n"), "empty")
    key_file.write_bytes(b"\xff not a key \x00\n")
    assert_refused(bounceback("chat", env=env, stdin=b"hi\n"), "not hold a valid key")
    key_file.write_bytes(kept)
    wrong = console_env(tmp_path, BOUNCEBACK_SECRET_KEY=new_key())
    assert_refused(bounceback("chat", env=wrong, stdin=b"hi\n"), "does not open", "rotate")
    # past the token checks, to the key check
    slack = {**wrong, "SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"}
    assert_refused(bounceback("run", "slack", env=slack), "does not open")
    garbage = console_env(tmp_path, BOUNCEBACK_SECRET_KEY="garbage")
    assert_refused(bounceback("run", "slack", env=garbage), "not a valid Fernet key")
    assert bounceback("chat", env=env, stdin=b"hi\n").returncode == 0


def test_a_damaged_database_at_start_is_one_line_and_exit_2(tmp_path: Path) -> None:
    env = console_env(tmp_path)
    assert bounceback("chat", env=env, stdin=b"hi\n").returncode == 0
    db = tmp_path / "bounceback" / "bounceback.db"
    corrupt_pages(db)
    assert_refused(bounceback("chat", env=env, stdin=b"hi\n"), "damaged", "quick_check")
    db.unlink()
    assert bounceback("chat", env=env, stdin=b"hi\n").returncode == 0  # fresh file, same key


async def _locked_by_another(tmp_path: Path) -> tuple[list[str], sqlite3.Connection]:
    """A database made by the bot (its keys), now held in an exclusive lock by another program."""
    first = await build_app(make_settings(tmp_path))
    keys = first.settings.secret_keys
    await first.close()
    holder = sqlite3.connect(tmp_path / "bb.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    return keys, holder


async def test_a_database_locked_by_another_program_at_start_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inline, "LOCK_WAIT", 0.5)
    keys, holder = await _locked_by_another(tmp_path)
    try:
        with pytest.raises(StoreRefused, match="locked by another program"):
            await build_app(make_settings(tmp_path, secret_keys=keys))
    finally:
        holder.execute("ROLLBACK")
        holder.close()


async def test_a_lock_that_passes_at_start_is_waited_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Several bots started at once on a busy machine: a fault that passes is tried again."""
    monkeypatch.setattr(inline, "LOCK_WAIT", 0.3)
    keys, holder = await _locked_by_another(tmp_path)
    opening = asyncio.create_task(build_app(make_settings(tmp_path, secret_keys=keys)))
    await asyncio.sleep(0.5)
    holder.execute("ROLLBACK")
    holder.close()
    app = await asyncio.wait_for(opening, 30)
    await app.close()


def test_a_slow_file_is_not_told_to_check_a_server(tmp_path: Path) -> None:
    refused = refusal(TimeoutError(), f"sqlite+aiosqlite:///{tmp_path}/bb.db")
    assert "server" not in str(refused) and "in time" in str(refused)
    assert refused.cause == "timeout"


async def test_a_read_only_database_at_start_is_refused_with_what_to_do(tmp_path: Path) -> None:
    first = await build_app(make_settings(tmp_path))
    keys = first.settings.secret_keys
    await first.close()
    url = f"sqlite+aiosqlite:///file:{tmp_path / 'bb.db'}?mode=ro&uri=true"
    with pytest.raises(StoreRefused, match="read-only"):
        await build_app(make_settings(tmp_path, database_url=url, secret_keys=keys))


async def test_database_files_are_created_readable_by_their_owner_only(
    app: App, tmp_path: Path
) -> None:
    await say(app, "hi")
    modes = file_modes(tmp_path)
    assert sorted(modes) == ["bb.db", "bb.db-shm", "bb.db-wal"]
    assert set(modes.values()) == {0o600}, modes


def file_modes(folder: Path) -> dict[str, int]:
    return {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.glob("bb.db*")}


# ----- rotation -----------------------------------------------------------------------------


async def test_keys_rotate_moves_everything_under_the_newest_key(tmp_path: Path) -> None:
    old, new = new_key(), new_key()
    first = await build_app(make_settings(tmp_path, secret_keys=[old]))
    await say(first, "vent")
    await say(first, VENT)
    async with first.store.transaction() as tx:
        await tx.add_mood(A, 2, "flat")
    await first.close()

    url = make_settings(tmp_path).database_url
    out = tmp_path / "out.txt"
    with out.open("w") as fh:
        assert await rotate_command(url, [new, old], fh) == 0
    assert "re-encrypted" in out.read_text()

    only_new = await build_app(make_settings(tmp_path, secret_keys=[new]))
    async with only_new.store.transaction() as tx:
        tokens = [
            bytes(r.data)
            for table, _ in t.ENCRYPTED
            for r in await tx.handle.execute(select(table.c.data).where(table.c.data.is_not(None)))
        ]
        assert await tx.load(A) is not None
        check = (
            await tx.handle.execute(
                select(t.store_meta.c.data).where(t.store_meta.c.name == "key_check")
            )
        ).scalar_one()
    assert len(tokens) >= 2
    assert Cipher([new]).decrypt(bytes(check)) == KEY_CHECK
    for token in tokens:
        Cipher([new]).decrypt(token)  # raises if any token is still under the old key
    await only_new.close()

    with (tmp_path / "out2.txt").open("w") as fh:  # a key that opens nothing changes nothing
        assert await rotate_command(url, [new_key()], fh) == 2


# ----- a stalled PostgreSQL -----------------------------------------------------------------


async def test_a_stalled_postgres_apologises_within_seconds_and_others_are_answered(
    pg_url: str, tmp_path: Path
) -> None:
    async with scratch_database(pg_url) as url:
        target = make_url(url)
        async with TcpProxy(target.host or "127.0.0.1", target.port or 5432) as proxy:
            app = await build_app(
                make_settings(
                    tmp_path,
                    database_url=proxy.url_for(url),
                    db_connect_timeout=2.0,
                    db_statement_timeout=2.0,
                )
            )
            try:
                await say(app, "hi")
                await proxy.stall()
                started = time.monotonic()
                first, second = await asyncio.gather(say(app, "menu"), say(app, "hi", B))
                elapsed = time.monotonic() - started
                assert said(first) == SORRY_STORE
                assert said(second) == SORRY_STORE
                assert elapsed < 20, elapsed  # well before the 60 s a TCP timeout would take
                await proxy.flow()
                await proxy.cut()
                await proxy.restore()
                for _ in range(3):  # the pool drops its stalled connections and reconnects
                    if said(await say(app, "menu", B)) != SORRY_STORE:
                        break
                assert said(await say(app, "menu", B)) != SORRY_STORE
            finally:
                await app.close()
