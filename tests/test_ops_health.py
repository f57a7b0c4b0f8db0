"""Health: probes, the `/healthz` and `/livez` answers, the ops server's settings, and the routes
mounted into another aiohttp app (as Slack's HTTP mode does)."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from cryptography.fernet import Fernet

from bot.app import App, build_app
from bot.ops.health import Health, gateway_probe, task_alive
from bot.ops.instrument import Ops
from bot.ops.server import OpsConfig, OpsConfigError, OpsServer, ops_for, ops_routes
from bot.store.crypto import Cipher
from bot.store.sql import SqlStore
from tests.conftest import clear_shared_database, make_settings


async def _true() -> bool:
    return True


async def _false() -> bool:
    return False


async def _boom() -> bool:
    raise ConnectionError("database went away")


async def test_every_probe_must_pass_and_a_broken_or_slow_probe_fails() -> None:
    health = Health(timeout=0.2)
    health.watch("database", _true)
    assert (await health.check()).ok
    never = asyncio.Event()

    async def slow() -> bool:
        await never.wait()
        return True

    health.watch("slack", slow)
    health.watch("discord", _boom)
    report = await health.check()
    assert not report.ok and report.status == "unavailable"
    assert report.checks == {"database": True, "discord": False, "slack": False}
    assert report.to_json() == {
        "status": "unavailable",
        "checks": {"database": "ok", "discord": "failing", "slack": "failing"},
    }
    health.unwatch("slack")
    health.unwatch("discord")
    health.draining = True
    report = await health.check()
    assert not report.ok and report.status == "stopping"


async def test_task_alive_follows_the_task() -> None:
    gate = asyncio.Event()
    task = asyncio.create_task(gate.wait())
    probe = task_alive(task)  # type: ignore[arg-type]
    assert await probe()
    gate.set()
    await task
    assert not await probe()


@pytest.fixture
async def served(app: App) -> AsyncIterator[tuple[Ops, str]]:
    ops = ops_for(app)
    server = OpsServer(app, OpsConfig("127.0.0.1", 0))
    await server.start()
    try:
        yield ops, f"http://127.0.0.1:{server.port}"
    finally:
        await server.stop()
        ops.close()


async def _get(url: str) -> tuple[int, str, str]:
    async with aiohttp.ClientSession() as http, http.get(url) as resp:
        return resp.status, resp.headers.get("Content-Type", ""), await resp.text()


async def test_healthz_reports_the_database_and_the_adapters(served: tuple[Ops, str]) -> None:
    ops, base = served
    status, ctype, body = await _get(base + "/healthz")
    assert status == 200 and ctype.startswith("application/json")
    assert body == '{"status": "ok", "store": "sqlite", "checks": {"database": "ok"}}'
    ops.health.watch("slack", _false)
    status, _, body = await _get(base + "/healthz")
    assert status == 503 and '"slack": "failing"' in body and '"database": "ok"' in body
    ops.health.watch("slack", _true)
    ops.health.draining = True
    status, _, body = await _get(base + "/healthz")
    assert status == 503 and '"status": "stopping"' in body
    status, _, body = await _get(base + "/livez")  # liveness ignores draining and the database
    assert (status, body) == (200, "ok")


async def test_healthz_names_a_postgresql_store(tmp_path: Path, pg_url: str) -> None:
    await clear_shared_database(pg_url)
    app = await build_app(make_settings(tmp_path, database_url=pg_url))
    ops = ops_for(app)
    server = OpsServer(app, OpsConfig("127.0.0.1", 0))
    await server.start()
    try:
        status, _, body = await _get(f"http://127.0.0.1:{server.port}/healthz")
        assert status == 200 and json.loads(body)["store"] == "postgresql"
    finally:
        await server.stop()
        ops.close()
        await app.close()


async def test_an_unreachable_database_fails_the_health_check() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    store = SqlStore.open(
        f"postgresql+asyncpg://postgres@127.0.0.1:{port}/none",
        Cipher([Fernet.generate_key().decode()]),
    )
    health = Health()
    health.watch("database", store.ping)
    try:
        report = await health.check()
        assert not report.ok and report.checks == {"database": False}
    finally:
        await store.close()


def test_the_metrics_address_comes_from_the_environment() -> None:
    assert OpsConfig.from_env({}) == OpsConfig("127.0.0.1", 9102)
    assert OpsConfig.from_env(
        {"BOUNCEBACK_METRICS_HOST": "0.0.0.0", "BOUNCEBACK_METRICS_PORT": "9200"}
    ) == OpsConfig("0.0.0.0", 9200)
    assert OpsConfig.from_env({"BOUNCEBACK_METRICS_PORT": "off"}).port is None
    for bad in ("metrics", "70000", "-1"):
        with pytest.raises(OpsConfigError, match="BOUNCEBACK_METRICS_PORT must be"):
            OpsConfig.from_env({"BOUNCEBACK_METRICS_PORT": bad})


async def test_a_taken_port_says_how_to_fix_it(app: App) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        server = OpsServer(app, OpsConfig("127.0.0.1", port))
        with pytest.raises(OpsConfigError, match="set BOUNCEBACK_METRICS_PORT to a free port"):
            await server.start()
    ops_for(app).close()


async def test_disabled_server_does_not_listen(app: App) -> None:
    server = OpsServer(app, OpsConfig("127.0.0.1", None))
    await server.start()
    assert server.port is None
    await server.stop()
    ops_for(app).close()


async def test_the_routes_mount_into_another_app_without_metrics(app: App) -> None:
    other = web.Application()

    async def events(_request: web.Request) -> web.Response:
        return web.Response(text="events")

    other.router.add_post("/slack/events", events)
    other.add_routes(ops_routes(app, metrics=False))
    runner = web.AppRunner(other)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        base = f"http://127.0.0.1:{port}"
        assert (await _get(base + "/healthz"))[0] == 200
        assert (await _get(base + "/livez"))[0] == 200
        assert (await _get(base + "/metrics"))[0] == 404
    finally:
        await runner.cleanup()
        ops_for(app).close()


class _Shard:
    def __init__(self, closed: bool) -> None:
        self.closed = closed

    def is_closed(self) -> bool:
        return self.closed


class _Gateway:
    """Just the parts of a discord.py client `gateway_probe` reads."""

    def __init__(
        self,
        *,
        ready: bool = True,
        closed: bool = False,
        shards: dict[int, _Shard] | None = None,
        ws_open: bool | None = True,
    ) -> None:
        self.ready, self.closed = ready, closed
        if shards is not None:
            self.shards = shards
        self.ws = None if ws_open is None else type("WS", (), {"open": ws_open})()

    def is_ready(self) -> bool:
        return self.ready

    def is_closed(self) -> bool:
        return self.closed


async def test_the_gateway_probe_needs_every_shard_connected() -> None:
    assert await gateway_probe(_Gateway())()
    assert not await gateway_probe(_Gateway(ws_open=False))()
    assert not await gateway_probe(_Gateway(ws_open=None))()
    assert not await gateway_probe(_Gateway(ready=False))()
    assert not await gateway_probe(_Gateway(closed=True))()
    both = {0: _Shard(False), 1: _Shard(False)}
    assert await gateway_probe(_Gateway(shards=both, ws_open=None))()
    one_down = {0: _Shard(False), 1: _Shard(True)}
    assert not await gateway_probe(_Gateway(shards=one_down, ws_open=None))()
