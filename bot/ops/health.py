"""Is this process fit to take traffic? Named probes (the database, each platform adapter).

`Health` holds async probes, each answering True (working) or False; a probe that raises or takes
longer than `timeout` counts as False. `check()` runs them all at once and gives a `Report`: ok
only when every probe passed and the process is not shutting down (`draining`), so a load
balancer stops sending new work to a process that received SIGTERM. A report holds probe names
and booleans, and the fixed facts in `info` (the kind of store: `sqlite` or `postgresql`).

Besides `task_alive` (an adapter's serve loop is running), two probes read a platform client's
own view of its connection, for the adapters to register: `socket_mode_probe` (slack-sdk's Socket
Mode client) and `gateway_probe` (a discord.py client, sharded or not).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

log = logging.getLogger(__name__)

Probe = Callable[[], Awaitable[bool]]


@dataclass(frozen=True, slots=True)
class Report:
    ok: bool
    draining: bool
    checks: dict[str, bool]
    info: dict[str, str] = field(default_factory=dict)

    @property
    def status(self) -> str:
        if self.draining:
            return "stopping"
        return "ok" if self.ok else "unavailable"

    def to_json(self) -> dict[str, object]:
        return {
            "status": self.status,
            **self.info,
            "checks": {name: "ok" if good else "failing" for name, good in self.checks.items()},
        }


class Health:
    """The probes of one process. `watch()` adds one, `check()` runs them all."""

    def __init__(self, *, timeout: float = 3.0) -> None:
        self.timeout = timeout
        self.draining = False
        self.info: dict[str, str] = {}
        """Fixed facts shown beside the status, e.g. `store`: `sqlite` or `postgresql`."""
        self._probes: dict[str, Probe] = {}

    def watch(self, name: str, probe: Probe) -> None:
        """Add (or replace) the probe called `name`."""
        self._probes[name] = probe

    def unwatch(self, name: str) -> None:
        self._probes.pop(name, None)

    @property
    def names(self) -> list[str]:
        return sorted(self._probes)

    async def _run(self, name: str, probe: Probe) -> bool:
        try:
            return bool(await asyncio.wait_for(probe(), self.timeout))
        except TimeoutError:
            log.warning("health.probe_timeout", extra={"probe": name})
            return False
        except Exception as exc:  # a broken probe means "not healthy", never a crash
            log.warning("health.probe_failed", extra={"probe": name, "error": type(exc).__name__})
            return False

    async def check(self) -> Report:
        names = self.names
        results = await asyncio.gather(*(self._run(n, self._probes[n]) for n in names))
        checks = dict(zip(names, results, strict=True))
        return Report(
            ok=all(results) and not self.draining,
            draining=self.draining,
            checks=checks,
            info=dict(self.info),
        )


def task_alive(task: asyncio.Task[None]) -> Probe:
    """A probe that passes while `task` (an adapter's serve loop) is still running."""

    async def probe() -> bool:
        return not task.done()

    return probe


class SocketModeClient(Protocol):
    async def is_connected(self) -> bool: ...


def socket_mode_probe(client: SocketModeClient) -> Probe:
    """Passes while a Slack Socket Mode client holds a live connection (its pings answered)."""

    async def probe() -> bool:
        return bool(await client.is_connected())

    return probe


class GatewayClient(Protocol):
    def is_closed(self) -> bool: ...

    def is_ready(self) -> bool: ...


def gateway_probe(client: GatewayClient) -> Probe:
    """Passes while a discord.py client is ready and every gateway shard it runs is connected."""

    async def probe() -> bool:
        if client.is_closed() or not client.is_ready():
            return False
        shards: Any = getattr(client, "shards", None)
        if isinstance(shards, Mapping) and shards:
            return all(not shard.is_closed() for shard in shards.values())
        ws = getattr(client, "ws", None)
        return ws is not None and bool(getattr(ws, "open", False))

    return probe
