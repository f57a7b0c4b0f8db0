"""Hooking metrics and health into a built app, without changing any part's own code.

`instrument(app)` creates the process's `Ops` (its `Metrics` and `Health`), registers it as a
service, and attaches: a turn observer on the engine (turns by outcome, latency); a thin wrapper
around the crisis inspector that marks a turn the check interrupted, counted once the turn is
committed; a listener for the platform errors the adapters report where they happen
(`bot.ops.events`); the check-in service's own counters, read at scrape time; the database
probe; and the kind of store, which `/healthz` names. `Ops.close()` detaches everything again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextvars import ContextVar
from dataclasses import dataclass, field

from prometheus_client.core import Metric

from bot.app import App
from bot.checkins.service import CheckinService
from bot.core.context import TurnContext
from bot.core.engine import Inspector
from bot.core.outcomes import TurnOutcome
from bot.ops import events
from bot.ops.health import Health
from bot.ops.metrics import Metrics, checkin_family
from bot.safety.inspector import CRISIS_FLOW, CrisisInspector

_interrupted: ContextVar[bool] = ContextVar("bounceback_crisis_interrupted", default=False)


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
    _detach: list[Callable[[], None]] = field(default_factory=list)
    _app: App | None = None

    def observe_turn(self, outcome: TurnOutcome, seconds: float) -> None:
        self.metrics.observe_turn(outcome, seconds)
        if _interrupted.get():
            _interrupted.set(False)
            if outcome.committed:
                self.metrics.crisis_interrupts.inc()

    def close(self) -> None:
        """Detach from the app and the event listeners (the counters keep their values)."""
        for detach in self._detach:
            detach()
        self._detach.clear()
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
    ops._detach.append(events.listen(metrics.platform_error))

    def checkins() -> Iterable[Metric]:
        service = app.services.find(CheckinService)
        return [checkin_family(service.stats if service is not None else None)]

    metrics.collectors.append(checkins)
    health.watch("database", app.store.ping)
    health.info["store"] = app.settings.store_kind
    app.services.add(ops)
    return ops
