"""`bounceback run slack|discord|all`: the long-running bot.

Builds the app (refusing to start on invalid flows, saying why), starts the background jobs
with a sender that routes each check-in to the person's platform, serves the chosen adapters until
SIGTERM or SIGINT, then stops cleanly: adapters finish in-flight turns, the scheduler stops, the
database connections close, all within the shutdown budget.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Awaitable, Callable, Mapping

from bot.app import App, build_app, start_background
from bot.core.model import Reply, UserKey
from bot.core.ports import PermanentSendError, Sender
from bot.flows.loader import FlowError
from bot.settings import Settings

log = logging.getLogger(__name__)

Serve = Callable[[App, Mapping[str, str], asyncio.Event], Awaitable[None]]
SHUTDOWN_BUDGET = 10.0


class RoutingSender:
    """Sends a check-in through the adapter of the person's platform."""

    def __init__(self) -> None:
        self.by_platform: dict[str, Sender] = {}

    async def send(self, key: UserKey, replies: list[Reply]) -> None:
        sender = self.by_platform.get(key.platform)
        if sender is None:
            raise PermanentSendError(f"no_{key.platform}_adapter")
        await sender.send(key, replies)


def _servers(platform: str) -> list[tuple[str, Serve]]:
    out: list[tuple[str, Serve]] = []
    if platform in ("slack", "all"):
        from bot.adapters.slack.runner import serve as serve_slack

        out.append(("slack", serve_slack))
    if platform in ("discord", "all"):
        from bot.adapters.discord.runner import serve as serve_discord

        out.append(("discord", serve_discord))
    return out


async def run(settings: Settings, platform: str, *, reload: bool = False) -> int:
    try:
        app = await build_app(settings)
    except FlowError as exc:
        print(
            f"bounceback: the flows are invalid, so the bot will not start:\n{exc}", file=sys.stderr
        )
        return 1
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    router = RoutingSender()
    app.services.add(router, RoutingSender)
    background = await start_background(app, sender=router)
    watcher = None
    if reload:
        from bot.flows.reload import watch_flows

        watcher = asyncio.create_task(watch_flows(app, sys.stderr))
    tasks: list[asyncio.Task[None]] = [
        asyncio.ensure_future(serve(app, settings.env, stop)) for _name, serve in _servers(platform)
    ]
    for task, (name, _serve) in zip(tasks, _servers(platform), strict=True):
        task.set_name(name)
    code = 0
    try:
        stopped = asyncio.ensure_future(stop.wait())
        done, _ = await asyncio.wait([*tasks, stopped], return_when=asyncio.FIRST_COMPLETED)
        stopped.cancel()
        for task in tasks:
            if task in done and task.exception() is not None:
                error = task.exception()
                log.error(
                    "adapter.failed",
                    extra={"adapter": task.get_name(), "error": type(error).__name__},
                )
                print(f"bounceback: {task.get_name()} stopped: {error}", file=sys.stderr)
                code = 1
        stop.set()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(
                asyncio.gather(*tasks, return_exceptions=True), SHUTDOWN_BUDGET * 0.6
            )
    finally:
        if watcher is not None:
            watcher.cancel()
        for task in tasks:
            task.cancel()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(background.stop(), SHUTDOWN_BUDGET * 0.3)
        await app.close()
        log.info("bot.stopped")
    return code
