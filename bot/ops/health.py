"""Is this process fit to take traffic? Named probes (the database, each platform adapter).

`Health` holds async probes, each answering True (working) or False; a probe that raises or takes
longer than `timeout` counts as False. `check()` runs them all at once and gives a `Report`: ok
only when every probe passed and the process is not shutting down (`draining`), so a load
balancer stops sending new work to a process that received SIGTERM. A report holds probe names
and booleans only.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)

Probe = Callable[[], Awaitable[bool]]


@dataclass(frozen=True, slots=True)
class Report:
    ok: bool
    draining: bool
    checks: dict[str, bool]

    @property
    def status(self) -> str:
        if self.draining:
            return "stopping"
        return "ok" if self.ok else "unavailable"

    def to_json(self) -> dict[str, object]:
        return {
            "status": self.status,
            "checks": {name: "ok" if good else "failing" for name, good in self.checks.items()},
        }


class Health:
    """The probes of one process. `watch()` adds one, `check()` runs them all."""

    def __init__(self, *, timeout: float = 3.0) -> None:
        self.timeout = timeout
        self.draining = False
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
        return Report(ok=all(results) and not self.draining, draining=self.draining, checks=checks)


def task_alive(task: asyncio.Task[None]) -> Probe:
    """A probe that passes while `task` (an adapter's serve loop) is still running."""

    async def probe() -> bool:
        return not task.done()

    return probe
