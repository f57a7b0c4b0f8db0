"""Shared fixtures: the network guard, app builders on real SQLite, the fake Slack and Discord,
and the PostgreSQL URL.

The guard fails any test that tries to reach an address outside the loopback range: fakes run on
127.0.0.1 and nothing else is allowed. PostgreSQL tests read BOUNCEBACK_TEST_DATABASE_URL; without
it they skip, saying how to enable them (`.ci/run` sets it, so in CI they are required).
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet

from bot.app import App, build_app
from bot.settings import Settings
from bot.store import migrate
from bot.store import tables as t
from bot.store.crypto import Cipher
from bot.store.sql import SqlStore, make_engine
from tests.fakes.discord import FakeDiscord
from tests.fakes.slack import FakeSlack
from tests.fakes.slack_harness import MODES, Harness, slack_bot

ROOT = Path(__file__).resolve().parent.parent
DIALOGUES = ROOT / "dialogues"
PG_ENV = "BOUNCEBACK_TEST_DATABASE_URL"
PG_HOW = (
    f"set {PG_ENV}=postgresql+asyncpg://postgres@127.0.0.1:5432/test to run the PostgreSQL "
    "tests (.ci/run does)"
)


def _worker_database(url: str, worker: str) -> str:
    """The URL of a database of this test worker's own, created when missing, so parallel
    workers never empty each other's tables."""
    import asyncio

    import asyncpg
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    name = f"{parsed.database or 'test'}_{worker}"

    async def create() -> None:
        conn = await asyncpg.connect(
            host=parsed.host or "127.0.0.1",
            port=parsed.port or 5432,
            user=parsed.username or "postgres",
            password=parsed.password,
            database="postgres",  # the server's own database: the named one may not exist
        )
        try:
            found = await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name)
            if not found:
                await conn.execute(f'CREATE DATABASE "{name}"')
        finally:
            await conn.close()

    asyncio.run(create())
    return parsed.set(database=name).render_as_string(hide_password=False)


def pytest_configure(config: pytest.Config) -> None:
    """Under parallel workers, point each worker (and the processes it starts) at its own
    PostgreSQL database."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    url = os.environ.get(PG_ENV)
    if worker and url:
        os.environ[PG_ENV] = _worker_database(url, worker)


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_getaddrinfo = socket.getaddrinfo


def _loopback(host: Any) -> bool:
    if isinstance(host, bytes):
        host = host.decode()
    if not isinstance(host, str):
        return True
    if host in ("localhost", "", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


class NetworkGuardError(AssertionError):
    """A test tried to reach a host outside 127.0.0.0/8 and ::1."""


def _guard_address(address: Any) -> None:
    if isinstance(address, tuple) and address and not _loopback(address[0]):
        raise NetworkGuardError(f"tests may only reach loopback addresses, not {address[0]}")


def _connect(self: socket.socket, address: Any) -> Any:
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _guard_address(address)
    return _real_connect(self, address)


def _connect_ex(self: socket.socket, address: Any) -> Any:
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _guard_address(address)
    return _real_connect_ex(self, address)


def _getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    if host is not None and not _loopback(host):
        raise NetworkGuardError(f"tests may only resolve loopback names, not {host}")
    return _real_getaddrinfo(host, *args, **kwargs)


@pytest.fixture(autouse=True, scope="session")
def network_guard() -> Iterator[None]:
    socket.socket.connect = _connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = _getaddrinfo
    yield
    socket.socket.connect = _real_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _real_connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = _real_getaddrinfo


async def clear_shared_database(url: str) -> None:
    """Empty the personal tables (and the key check) of the shared PostgreSQL test database:
    other tests' data is under other keys, and the store refuses a key that cannot open it."""
    engine = make_engine(url)
    await migrate.upgrade(engine)
    async with engine.begin() as conn:
        for table in t.PERSONAL_TABLES:
            await conn.execute(table.delete())
    await engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
async def both_stores(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[SqlStore]:
    """An empty, migrated store on SQLite and on PostgreSQL (the latter when configured)."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'store.db'}"
    else:
        url = request.getfixturevalue("pg_url")
    st = SqlStore.open(url, Cipher([Fernet.generate_key().decode()]))
    await migrate.upgrade(st.engine)
    async with st.transaction() as tx:
        for table in t.PERSONAL_TABLES:
            await tx.handle.execute(table.delete())
    yield st
    await st.close()


def make_settings(tmp_path: Path, **overrides: Any) -> Settings:
    settings = Settings(
        database_url="sqlite+aiosqlite:///" + str(tmp_path / "bb.db"),
        secret_keys=[Fernet.generate_key().decode()],
        flows_dir=str(DIALOGUES),
        seed=1,
    )
    for name, value in overrides.items():
        setattr(settings, name, value)
    return settings


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    """The real bot on a fresh SQLite file with the real flows."""
    built = await build_app(make_settings(tmp_path))
    yield built
    await built.close()


@pytest.fixture
async def quiet_app(tmp_path: Path) -> AsyncIterator[App]:
    """The real bot on a fresh SQLite file with the real flows and no check-in scheduler."""
    built = await build_app(make_settings(tmp_path, checkins=False))
    yield built
    await built.close()


@pytest.fixture
async def slack() -> AsyncIterator[FakeSlack]:
    """The fake Slack (Web API, Socket Mode and HTTP events) on 127.0.0.1."""
    async with FakeSlack() as fake:
        yield fake


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    """The fake Discord (gateway and REST API) on 127.0.0.1."""
    async with FakeDiscord() as f:
        yield f


@pytest.fixture(params=MODES)
async def bot(request: pytest.FixtureRequest, app: App, slack: FakeSlack) -> AsyncIterator[Harness]:
    """The real Slack adapter on `app`, once in Socket Mode and once in HTTP mode."""
    async with slack_bot(app, slack, mode=request.param) as harness:
        yield harness


@pytest.fixture
def pg_url() -> str:
    """The PostgreSQL URL for tests that need the real server."""
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(PG_HOW)
    return url
