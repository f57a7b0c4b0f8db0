"""Helpers for the operations tests and the load benchmark: real `bounceback run` processes,
free ports, and scratch PostgreSQL databases.

`BotProcess` starts `python -m bot run slack` (or any platform) with a given environment, sends
its stderr (JSON log lines) to a file, and offers `wait_ready()` (polls `/healthz` on its metrics
port until it answers 200), `health()`, `metrics()`, `events()`, `terminate()` and `wait()`.
`scratch_database(url)` creates an empty database on the server of `url` and drops it afterwards,
so a test can run whole bot processes (with their check-in schedulers) without touching the
shared test database other tests use.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import secrets
import signal
import socket
import sys
import time
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

ROOT = Path(__file__).resolve().parent.parent
SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
BOT_TOKEN = "xoxb-ops-token"


_GIVEN: set[int] = set()


def _ephemeral_low() -> int:
    """The first port the kernel hands out for outgoing connections (32768 when unknown)."""
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


def free_port() -> int:
    """A port free on 127.0.0.1 right now (the bot binds it a moment later), picked below the
    range the kernel gives outgoing connections: a port from that range can be taken by any
    client socket in the moment before the bot binds it ("address already in use")."""
    low = _ephemeral_low()
    for _ in range(200):
        port = random.randrange(max(1024, low - 12_000), low)
        if port in _GIVEN:
            continue
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
        _GIVEN.add(port)
        return port
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@asynccontextmanager
async def scratch_database(url: str, prefix: str = "bb_ops") -> AsyncIterator[str]:
    """A new, empty database next to `url`'s; yields its URL and drops it at the end."""
    name = f"{prefix}_{secrets.token_hex(4)}"
    admin = create_async_engine(url, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as conn:
            await conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield make_url(url).set(database=name).render_as_string(hide_password=False)
        finally:
            async with admin.connect() as conn:
                await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        await admin.dispose()


def bot_env(
    *,
    metrics_port: int,
    database_url: str,
    secret_key: str,
    home: Path,
    flows: str | None = None,
    **extra: str,
) -> dict[str, str]:
    """The environment of a `bounceback run` process: this one's, minus any platform or bot
    settings, plus the given ones (metrics on 127.0.0.1)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SLACK_", "DISCORD_", "BOUNCEBACK_"))
    }
    env.update(
        {
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "PYTHONPATH": str(ROOT),
            "BOUNCEBACK_METRICS_HOST": "127.0.0.1",
            "BOUNCEBACK_METRICS_PORT": str(metrics_port),
            "BOUNCEBACK_DATABASE_URL": database_url,
            "BOUNCEBACK_SECRET_KEY": secret_key,
        }
    )
    if flows is not None:
        env["BOUNCEBACK_FLOWS"] = flows
    env.update(extra)
    return env


def slack_http_env(
    *,
    api_url: str,
    port: int,
    metrics_port: int,
    database_url: str,
    secret_key: str,
    home: Path,
    flows: str | None = None,
    **extra: str,
) -> dict[str, str]:
    """The environment of a `bounceback run slack` worker in HTTP mode on 127.0.0.1."""
    return bot_env(
        metrics_port=metrics_port,
        database_url=database_url,
        secret_key=secret_key,
        home=home,
        flows=flows,
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_API_URL=api_url,
        PORT=str(port),
        BOUNCEBACK_HTTP_HOST="127.0.0.1",
        **extra,
    )


class BotProcess:
    """One real `bounceback run` process."""

    def __init__(
        self,
        env: Mapping[str, str],
        log_file: Path,
        *,
        platform: str = "slack",
        log_level: str = "INFO",
    ) -> None:
        self.env = dict(env)
        self.log_file = log_file
        self.platform = platform
        self.log_level = log_level
        self.proc: asyncio.subprocess.Process | None = None

    @property
    def metrics_url(self) -> str:
        return f"http://127.0.0.1:{self.env['BOUNCEBACK_METRICS_PORT']}"

    @property
    def events_url(self) -> str:
        return f"http://127.0.0.1:{self.env['PORT']}/slack/events"

    async def start(self) -> None:
        with self.log_file.open("wb") as err:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                "--log-level",
                self.log_level,
                "run",
                self.platform,
                cwd=str(ROOT),
                env=self.env,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=err,
            )

    def log_text(self) -> str:
        return self.log_file.read_text(encoding="utf-8", errors="replace")

    def events(self) -> list[dict[str, Any]]:
        """The process's JSON log records so far (other lines are skipped)."""
        out = []
        for line in self.log_text().splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict):
                out.append(record)
        return out

    async def health(self) -> tuple[int, dict[str, Any]]:
        async with aiohttp.ClientSession() as http, http.get(self.metrics_url + "/healthz") as resp:
            return resp.status, await resp.json()

    async def metrics(self) -> str:
        async with aiohttp.ClientSession() as http, http.get(self.metrics_url + "/metrics") as resp:
            assert resp.status == 200
            return await resp.text()

    async def _answers(self, url: str) -> bool:
        try:
            async with aiohttp.ClientSession() as http, http.get(url) as resp:
                return resp.status == 200
        except aiohttp.ClientError:
            return False

    async def wait_ready(self, within: float = 60.0) -> None:
        """Poll `/healthz` on the metrics port (and on Slack's port, when it has one) until both
        answer 200; the process exiting first is a failure."""
        assert self.proc is not None
        urls = [self.metrics_url + "/healthz"]
        if "PORT" in self.env:
            urls.append(f"http://127.0.0.1:{self.env['PORT']}/healthz")
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            if self.proc.returncode is not None:
                raise AssertionError(
                    f"the bot exited with {self.proc.returncode}:\n{self.log_text()[-3000:]}"
                )
            if all([await self._answers(url) for url in urls]):
                return
            await asyncio.sleep(0.05)
        raise AssertionError(
            f"the bot was not healthy within {within}s:\n{self.log_text()[-3000:]}"
        )

    def terminate(self) -> None:
        assert self.proc is not None
        if self.proc.returncode is None:
            self.proc.send_signal(signal.SIGTERM)

    async def wait(self, within: float) -> int:
        assert self.proc is not None
        return await asyncio.wait_for(self.proc.wait(), within)

    async def kill(self) -> None:
        """Make sure the process is gone (a test's cleanup)."""
        if self.proc is None or self.proc.returncode is not None:
            return
        self.proc.kill()
        await self.proc.wait()


@asynccontextmanager
async def running(workers: list[BotProcess]) -> AsyncIterator[None]:
    """Start `workers` and wait until each is ready; on leaving, stop them with SIGTERM and
    require a clean exit (always killing what is left)."""
    try:
        await asyncio.gather(*(w.start() for w in workers))
        await asyncio.gather(*(w.wait_ready() for w in workers))
        yield
        for w in workers:
            w.terminate()
        codes = await asyncio.gather(*(w.wait(15) for w in workers))
        assert codes == [0] * len(workers), [w.log_text()[-2000:] for w in workers]
    finally:
        for w in workers:
            await w.kill()
