"""Hooking metrics and health into a built app, without changing any part's own code.

`instrument(app)` creates the process's `Ops` (its `Metrics` and `Health`), registers it as a
service, and attaches: a turn observer on the engine (turns by outcome, latency); a thin wrapper
around the crisis inspector that marks a turn the check interrupted, counted once the turn is
committed; a logging handler that counts failures logged by the Slack and Discord adapters and
their libraries (it reads only the logger's name and the level, never the message); the
check-in service's own counters, read at scrape time; and the database probe. `Ops.close()`
detaches everything again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.checkins.service import CheckinService
from bot.core.context import TurnContext
from bot.core.engine import Inspector
from bot.ops.health import Health
from bot.ops.metrics import Family, Metrics, checkin_family
from bot.safety.inspector import CRISIS_FLOW, CrisisInspector

if TYPE_CHECKING:
    from bot.app import App

COMMITTED = frozenset({"ok", "conflict"})
"""Turn outcomes whose changes were saved."""

PLATFORM_LOGGERS = (
    "bot.adapters.slack", "slack_bolt", "slack_sdk", "bot.adapters.discord", "discord",
)
"""Where the handler listens (records of their child loggers reach it too)."""

PLATFORM_RULES = (
    ("bot.adapters.slack.bolt", "slack", logging.ERROR),
    ("bot.adapters.slack", "slack", logging.WARNING),
    ("slack_bolt", "slack", logging.ERROR),
    ("slack_sdk", "slack", logging.ERROR),
    ("bot.adapters.discord", "discord", logging.WARNING),
    ("discord", "discord", logging.ERROR),
)
"""First match wins: the adapters' own records count from WARNING (each names a failed platform
call); the libraries' (bolt runs under the adapter's logger) from ERROR, since their warnings
include start-up advice that is no failure."""

_interrupted: ContextVar[bool] = ContextVar("bounceback_crisis_interrupted", default=False)


class PlatformErrorCounter(logging.Handler):
    """Counts failure records from the platform loggers, by platform (see `PLATFORM_RULES`)."""

    def __init__(self, metrics: Metrics) -> None:
        super().__init__(level=logging.WARNING)
        self.metrics = metrics

    def emit(self, record: logging.LogRecord) -> None:
        for prefix, platform, level in PLATFORM_RULES:
            if record.name == prefix or record.name.startswith(prefix + "."):
                if record.levelno >= level:
                    self.metrics.platform_errors.inc(platform)
                return


class CountedCrisis:
    """Wraps the crisis inspector: notes (per task) that this turn was a crisis interrupt."""

    def __init__(self, inner: Inspector) -> None:
        self.inner = inner

    async def __call__(self, ctx: TurnContext, text: str) -> bool:
        handled = await self.inner(ctx, text)
        redirect = ctx.redirect
        if handled and redirect is not None and redirect.flow == CRISIS_FLOW and redirect.remember:
            _interrupted.set(True)
        return handled


@dataclass
class Ops:
    """The metrics and health of one process, and how to detach them."""

    metrics: Metrics
    health: Health
    _handlers: list[tuple[logging.Logger, logging.Handler]] = field(default_factory=list)
    _app: App | None = None

    def observe_turn(self, outcome: str, seconds: float) -> None:
        self.metrics.observe_turn(outcome, seconds)
        if _interrupted.get():
            _interrupted.set(False)
            if outcome in COMMITTED:
                self.metrics.crisis_interrupts.inc()

    def close(self) -> None:
        """Detach from the app and the loggers (the counters keep their values)."""
        for logger, handler in self._handlers:
            logger.removeHandler(handler)
        self._handlers.clear()
        app = self._app
        if app is None:
            return
        observers = app.engine.turn_observers
        if self.observe_turn in observers:
            observers.remove(self.observe_turn)
        inspectors = app.engine.inspectors
        for i, inspect in enumerate(inspectors):
            if isinstance(inspect, CountedCrisis):
                inspectors[i] = inspect.inner
        self._app = None


def instrument(app: App, *, probe_timeout: float = 3.0) -> Ops:
    """Attach metrics and health to `app` (see the module docstring); returns the `Ops`."""
    metrics = Metrics()
    health = Health(timeout=probe_timeout)
    ops = Ops(metrics, health, _app=app)
    app.engine.turn_observers.append(ops.observe_turn)
    inspectors = app.engine.inspectors
    for i, inspect in enumerate(inspectors):
        if isinstance(inspect, CrisisInspector):
            inspectors[i] = CountedCrisis(inspect)
    counter = PlatformErrorCounter(metrics)
    for name in PLATFORM_LOGGERS:
        logger = logging.getLogger(name)
        logger.addHandler(counter)
        ops._handlers.append((logger, counter))

    def checkins() -> Iterable[Family]:
        service = app.services.find(CheckinService)
        return [checkin_family(service.stats if service is not None else None)]

    metrics.collectors.append(checkins)
    health.watch("database", app.store.ping)
    app.services.add(ops)
    return ops
