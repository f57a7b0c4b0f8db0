"""`bounceback run slack|discord|all`: the long-running bot.

Checks the settings first (`bot.preflight`): a platform setting that is missing or wrong, or a
SQLite store that would lose or split data, exits 2 with one line, as does a token the platform
refuses. Then builds the app (refusing to start on invalid flows, saying why), instruments it
(`bot.ops`: `/healthz`, `/livez` and `/metrics` on BOUNCEBACK_METRICS_HOST:BOUNCEBACK_METRICS_PORT),
starts the background jobs with a sender that routes each check-in to the person's platform,
serves the chosen adapters until SIGTERM or SIGINT, then stops cleanly within `SHUTDOWN_BUDGET`
seconds: health reports "stopping", the check-in scheduler stops, the adapters finish the turns
under way, and the database connections close.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
import time
from collections.abc import Sequence

from bot.app import App, Background, build_app_or_explain, start_background
from bot.checkins.senders import RoutingSender
from bot.ops.health import task_alive
from bot.ops.instrument import Ops, instrument
from bot.ops.server import OpsConfig, OpsConfigError, OpsServer
from bot.plugs import Platform
from bot.preflight import one_line, preflight
from bot.reload import watch_flows
from bot.settings import Settings

log = logging.getLogger(__name__)

SHUTDOWN_BUDGET = 10.0

__all__ = ["CONFIG_EXIT", "SHUTDOWN_BUDGET", "RoutingSender", "run"]


CONFIG_EXIT = 2
"""Exit status for a setting that is missing, wrong or refused (systemd does not retry it)."""


def _config_error(error: BaseException, platforms: Sequence[Platform]) -> bool:
    """A platform's settings were wrong, or its token was refused, at start-up."""
    errors = tuple(e for p in platforms for e in p.config_errors)
    return isinstance(error, (*errors, OpsConfigError))


async def run(settings: Settings, platforms: Sequence[Platform], *, reload: bool = False) -> int:
    """Serve `platforms` until SIGTERM or SIGINT; the exit status."""
    problem = preflight(settings, platforms)
    if problem is not None:
        print(f"bounceback: {problem}", file=sys.stderr)
        return CONFIG_EXIT
    try:
        ops_config = OpsConfig.from_env(settings.env)
    except OpsConfigError as exc:
        print(f"bounceback: {exc}", file=sys.stderr)
        return CONFIG_EXIT
    app = await build_app_or_explain(settings, sys.stderr)
    if app is None:
        return 1
    ops = instrument(app)
    server = OpsServer(app, ops_config)
    try:
        await server.start()
    except OpsConfigError as exc:
        print(f"bounceback: {exc}", file=sys.stderr)
        ops.close()
        await app.close()
        return CONFIG_EXIT
    signalled = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, signalled.set)
    router = RoutingSender()
    app.services.add(router, RoutingSender)
    background = await start_background(app, sender=router)
    watcher = None
    if reload:
        watcher = asyncio.create_task(watch_flows(app, sys.stderr))
    stop = asyncio.Event()
    tasks: list[asyncio.Task[None]] = []
    for platform in platforms:
        task = asyncio.ensure_future(platform.serve(app, settings.env, stop))
        task.set_name(platform.name)
        ops.health.watch(platform.name, task_alive(task))
        tasks.append(task)
    names = "+".join(p.name for p in platforms)
    log.info("bot.started", extra={"platform": names, "metrics_port": server.port or 0})
    code = 0
    try:
        signal_wait = asyncio.ensure_future(signalled.wait())
        done, _ = await asyncio.wait([*tasks, signal_wait], return_when=asyncio.FIRST_COMPLETED)
        signal_wait.cancel()
        for task in tasks:
            if task in done and task.exception() is not None:
                error = task.exception()
                log.error(
                    "adapter.failed",
                    extra={"adapter": task.get_name(), "error": type(error).__name__},
                )
                assert error is not None
                if _config_error(error, platforms):
                    print(f"bounceback: {one_line(str(error))}", file=sys.stderr)
                    code = CONFIG_EXIT
                else:
                    print(f"bounceback: {task.get_name()} stopped: {error}", file=sys.stderr)
                    code = max(code, 1)
    finally:
        await _shutdown(app, ops, server, background, stop, tasks, watcher)
    return code


async def _shutdown(
    app: App,
    ops: Ops,
    server: OpsServer,
    background: Background,
    stop: asyncio.Event,
    tasks: list[asyncio.Task[None]],
    watcher: asyncio.Task[None] | None,
) -> None:
    """Stop in an order that loses nothing, within `SHUTDOWN_BUDGET` seconds in all.

    Health turns 503 first (load balancers stop sending work). The check-in scheduler stops
    next, letting check-ins already being sent finish while the adapters can still deliver them.
    Then the adapters stop taking events and finish the turns under way; what is left after
    their share of the budget is cancelled. Last, the ops server and the database connections.
    """
    started = time.monotonic()
    ops.health.draining = True
    log.info("bot.stopping")
    if watcher is not None:
        watcher.cancel()
    try:
        await asyncio.wait_for(background.stop(), SHUTDOWN_BUDGET * 0.25)
    except TimeoutError:
        log.warning("background.stop_timeout")
    except Exception as exc:
        log.error("background.stop_failed", extra={"error": type(exc).__name__})
    stop.set()
    if tasks:
        _, pending = await asyncio.wait(tasks, timeout=SHUTDOWN_BUDGET * 0.6)
        for task in pending:
            log.warning("adapter.stop_timeout", extra={"adapter": task.get_name()})
            task.cancel()
        if pending:
            await asyncio.wait(pending, timeout=SHUTDOWN_BUDGET * 0.05)
    await server.stop()
    ops.close()
    await app.close()
    log.info("bot.stopped", extra={"seconds": round(time.monotonic() - started, 3)})
