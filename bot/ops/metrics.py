"""What one bot process reports on `/metrics`, through `prometheus_client`.

`Metrics` owns a registry of its own (so several bots in one process, as in the tests, never
share counters) with: turns by outcome, how long turns take, crisis interrupts, platform errors,
check-ins by result (read at scrape time from the check-in service), `bounceback_build_info`
(the version), and the library's process (`process_*`), Python (`python_info`) and garbage
collector (`python_gc_*`) collectors. Labels only ever hold fixed words (an outcome, a
platform, a result), never an id or anything a person wrote, so the page is safe to scrape from
anywhere inside the deployment.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping

from prometheus_client import (
    GC_COLLECTOR,
    PLATFORM_COLLECTOR,
    PROCESS_COLLECTOR,
    CollectorRegistry,
    Counter,
    Histogram,
    Info,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily, Metric
from prometheus_client.registry import Collector as _Collector

from bot import __version__
from bot.core.outcomes import TurnOutcome

disable_created_metrics()  # type: ignore[no-untyped-call] # no `*_created` series: the page lists what the docs describe

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
"""The classic text format `generate_latest` writes, which every Prometheus reads."""

TURN_OUTCOMES = tuple(TurnOutcome)
"""Every outcome the engine reports to its turn observers (`conflict`: finished after a replay)."""

CHECKIN_RESULTS = (
    "sent",
    "failed",
    "retry",
    "interrupted",
    "moved",
    "cancelled",
    "lost_race",
    "stopped",
)
"""The check-in service's `stats` keys, listed up front so each series exists from the start."""

PLATFORMS = ("slack", "discord")

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

Collector = Callable[[], Iterable[Metric]]
"""Families computed at scrape time (e.g. from the check-in service's own counters)."""


class _ScrapeTime(_Collector):
    """Runs the `Metrics.collectors` callables at each scrape."""

    def __init__(self, collectors: list[Collector]) -> None:
        self.collectors = collectors

    def collect(self) -> Iterable[Metric]:
        for collect in self.collectors:
            yield from collect()

    def describe(self) -> Iterable[Metric]:
        return []


class Metrics:
    """Everything one process reports on `/metrics`."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        for standard in (PROCESS_COLLECTOR, PLATFORM_COLLECTOR, GC_COLLECTOR):
            self.registry.register(standard)
        build = Info("bounceback_build", "The running Bounce Back.", registry=self.registry)
        build.info({"version": __version__, "python": sys.version.split()[0]})
        self.turns = Counter(
            "bounceback_turns_total",
            "Turns handled, by outcome (conflict: finished after replaying on fresher state).",
            ["outcome"],
            registry=self.registry,
        )
        self.turn_seconds = Histogram(
            "bounceback_turn_duration_seconds",
            "Time from taking a person's lock to committing their turn.",
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.crisis_interrupts = Counter(
            "bounceback_crisis_interrupts_total",
            "Conversations interrupted by the crisis check to offer help.",
            registry=self.registry,
        )
        self.platform_errors = Counter(
            "bounceback_platform_errors_total",
            "Failed calls to a chat platform (refused posts, failed listeners, dropped sockets).",
            ["platform"],
            registry=self.registry,
        )
        for outcome in TURN_OUTCOMES:
            self.turns.labels(outcome)
        for platform in PLATFORMS:
            self.platform_errors.labels(platform)
        self.collectors: list[Collector] = []
        self.registry.register(_ScrapeTime(self.collectors))

    def observe_turn(self, outcome: str, seconds: float) -> None:
        """An `Engine.turn_observers` callback."""
        self.turns.labels(outcome).inc()
        self.turn_seconds.observe(seconds)

    def platform_error(self, platform: str) -> None:
        """A `bot.ops.events` listener."""
        self.platform_errors.labels(platform).inc()

    def value(self, name: str, **labels: str) -> float:
        """The current value of one sample (0 when it does not exist yet)."""
        return self.registry.get_sample_value(name, labels) or 0.0

    def render(self) -> str:
        return generate_latest(self.registry).decode()


def checkin_family(stats: Mapping[str, int] | None) -> CounterMetricFamily:
    """`bounceback_checkins_total{result=...}` from a check-in service's `stats` counter."""
    values = {r: 0 for r in CHECKIN_RESULTS}
    for result, n in (stats or {}).items():
        values[result] = n
    family = CounterMetricFamily(
        "bounceback_checkins",
        "Check-ins handled by this process, by result (sent, failed, retry, interrupted...).",
        labels=["result"],
    )
    for result, n in sorted(values.items()):
        family.add_metric([result], float(n))
    return family
