"""The operations endpoints over HTTP: `/healthz`, `/livez` and `/metrics`.

`ops_routes(app)` gives the three routes for any aiohttp application (the Slack adapter mounts
them beside `/slack/events` in HTTP mode). `OpsServer` serves them on their own address,
`BOUNCEBACK_METRICS_HOST`:`BOUNCEBACK_METRICS_PORT` (default 127.0.0.1:9102; `off` disables it),
so metrics need not be reachable from the internet even when Slack's endpoint is.

- `/healthz` (readiness): 200 with `{"status": "ok", "checks": {...}}` when the database answers
  and every platform adapter is connected; 503 otherwise, and from the moment SIGTERM arrives.
- `/livez` (liveness): 200 while the process's event loop answers; it ignores the database, so an
  outage never makes an orchestrator restart every replica at once.
- `/metrics`: the Prometheus text format (see `bot.ops.metrics`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

from aiohttp import web

from bot.app import App
from bot.ops.instrument import Ops, instrument
from bot.ops.metrics import CONTENT_TYPE

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 9102
OFF = ("off", "no", "false", "none", "disabled")


class OpsConfigError(ValueError):
    """The metrics address is not usable; the message says which variable to fix."""


@dataclass(frozen=True, slots=True)
class OpsConfig:
    host: str = DEFAULT_HOST
    port: int | None = DEFAULT_PORT
    """None: no separate server (the routes may still be mounted elsewhere)."""

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> OpsConfig:
        host = env.get("BOUNCEBACK_METRICS_HOST", "").strip() or DEFAULT_HOST
        raw = env.get("BOUNCEBACK_METRICS_PORT", "").strip()
        if raw.lower() in OFF:
            return cls(host, None)
        if not raw:
            return cls(host, DEFAULT_PORT)
        try:
            port = int(raw)
        except ValueError:
            port = -1
        if not 0 <= port <= 65535:
            raise OpsConfigError(
                f"BOUNCEBACK_METRICS_PORT must be a port number (0-65535) or 'off', got {raw!r}"
            )
        return cls(host, port)


def ops_for(app: App) -> Ops:
    """The app's `Ops`, instrumenting it first when nobody has yet."""
    return app.services.find(Ops) or instrument(app)


def ops_routes(app: App, *, metrics: bool = True) -> list[web.RouteDef]:
    """`/healthz`, `/livez` and (unless `metrics=False`) `/metrics` for `app`."""
    ops = ops_for(app)

    async def healthz(_request: web.Request) -> web.Response:
        report = await ops.health.check()
        return web.json_response(report.to_json(), status=200 if report.ok else 503)

    async def livez(_request: web.Request) -> web.Response:
        return web.Response(text="ok")

    async def metrics_page(_request: web.Request) -> web.Response:
        return web.Response(
            body=ops.metrics.render().encode(),
            headers={
                "Content-Type": CONTENT_TYPE,
                "Cache-Control": "no-store",
            },
        )

    routes = [web.get("/healthz", healthz), web.get("/livez", livez)]
    if metrics:
        routes.append(web.get("/metrics", metrics_page))
    return routes


class OpsServer:
    """The ops routes on their own port. `start()`, then `port` is the bound port; `stop()`."""

    def __init__(self, app: App, config: OpsConfig) -> None:
        self.app = app
        self.config = config
        self.port: int | None = None
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        if self.config.port is None:
            return
        web_app = web.Application()
        web_app.add_routes(ops_routes(self.app))
        runner = web.AppRunner(web_app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, self.config.host, self.config.port)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            raise OpsConfigError(
                f"cannot serve metrics on {self.config.host}:{self.config.port} ({exc.strerror}); "
                "set BOUNCEBACK_METRICS_PORT to a free port, or to 'off'"
            ) from None
        self._runner = runner
        sockets = getattr(site._server, "sockets", None) or []
        self.port = sockets[0].getsockname()[1] if sockets else self.config.port
        log.info("ops.listening", extra={"port": self.port})

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
