"""Counters, a histogram and their Prometheus text exposition (format 0.0.4), written by hand.

`Metrics` holds everything one bot process reports: turns by outcome, how long turns take, crisis
interrupts, platform errors, and (read at scrape time from the check-in service) check-ins by
result. Labels only ever hold fixed words (an outcome, a platform, a result), never an id or
anything a person wrote, so the page is safe to scrape from anywhere inside the deployment.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"

TURN_OUTCOMES = ("ok", "duplicate", "conflict", "conflict_exhausted", "store_unavailable", "error")
"""Every outcome the engine reports to its turn observers (`conflict`: finished after a replay)."""

CHECKIN_RESULTS = (
    "sent", "failed", "retry", "interrupted", "moved", "cancelled", "lost_race", "stopped",
)
"""The check-in service's `stats` keys, listed up front so each series exists from the start."""

PLATFORMS = ("slack", "discord")

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


def _number(value: float) -> str:
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    if math.isnan(value):
        return "NaN"
    return repr(float(value))


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _labels(pairs: Sequence[tuple[str, str]]) -> str:
    if not pairs:
        return ""
    return "{" + ",".join(f'{k}="{_escape(v)}"' for k, v in pairs) + "}"


@dataclass(frozen=True, slots=True)
class Sample:
    """One line of the exposition: `name{labels} value`."""

    name: str
    labels: tuple[tuple[str, str], ...]
    value: float


@dataclass(frozen=True, slots=True)
class Family:
    """A metric with its HELP and TYPE lines and its samples."""

    name: str
    kind: str  # counter, gauge, histogram
    help: str
    samples: tuple[Sample, ...]

    def render(self) -> str:
        lines = [f"# HELP {self.name} {_escape(self.help)}", f"# TYPE {self.name} {self.kind}"]
        lines += [f"{s.name}{_labels(s.labels)} {_number(s.value)}" for s in self.samples]
        return "\n".join(lines) + "\n"


class Counter:
    """A counter with an optional single label; values only go up."""

    def __init__(
        self, name: str, help: str, label: str | None = None, known: Iterable[str] = ()
    ) -> None:
        if not name.endswith("_total"):
            raise ValueError(f"counter {name!r} must end in _total (Prometheus naming)")
        self.name = name
        self.help = help
        self.label = label
        self._values: dict[str, float] = {k: 0.0 for k in known} if label else {"": 0.0}
        self._lock = threading.Lock()

    def inc(self, value: str = "", amount: float = 1.0) -> None:
        if amount < 0:
            raise ValueError("a counter cannot go down")
        with self._lock:
            self._values[value] = self._values.get(value, 0.0) + amount

    def get(self, value: str = "") -> float:
        return self._values.get(value, 0.0)

    def family(self) -> Family:
        with self._lock:
            items = sorted(self._values.items())
        samples = tuple(
            Sample(self.name, ((self.label, v),) if self.label else (), n) for v, n in items
        )
        return Family(self.name, "counter", self.help, samples)


class Histogram:
    """A histogram with fixed buckets (upper bounds in seconds)."""

    def __init__(self, name: str, help: str, buckets: Sequence[float] = LATENCY_BUCKETS) -> None:
        self.name = name
        self.help = help
        self.bounds = tuple(sorted(buckets))
        self._counts = [0] * len(self.bounds)
        self._sum = 0.0
        self._count = 0
        self._lock = threading.Lock()

    def observe(self, value: float) -> None:
        with self._lock:
            self._sum += value
            self._count += 1
            for i, bound in enumerate(self.bounds):
                if value <= bound:
                    self._counts[i] += 1
                    break

    @property
    def count(self) -> int:
        return self._count

    def family(self) -> Family:
        with self._lock:
            counts, total, count = list(self._counts), self._sum, self._count
        samples: list[Sample] = []
        running = 0
        for bound, n in zip(self.bounds, counts, strict=True):
            running += n
            samples.append(Sample(f"{self.name}_bucket", (("le", _number(bound)),), running))
        samples.append(Sample(f"{self.name}_bucket", (("le", "+Inf"),), count))
        samples.append(Sample(f"{self.name}_sum", (), total))
        samples.append(Sample(f"{self.name}_count", (), count))
        return Family(self.name, "histogram", self.help, tuple(samples))


Collector = Callable[[], Iterable[Family]]
"""Families computed at scrape time (e.g. from the check-in service's own counters)."""


class Metrics:
    """Everything one process reports on `/metrics`."""

    def __init__(self) -> None:
        self.turns = Counter(
            "bounceback_turns_total",
            "Turns handled, by outcome (conflict: finished after replaying on fresher state).",
            "outcome",
            TURN_OUTCOMES,
        )
        self.turn_seconds = Histogram(
            "bounceback_turn_duration_seconds",
            "Time from taking a person's lock to committing their turn.",
        )
        self.crisis_interrupts = Counter(
            "bounceback_crisis_interrupts_total",
            "Conversations interrupted by the crisis check to offer help.",
        )
        self.platform_errors = Counter(
            "bounceback_platform_errors_total",
            "Warnings and errors while talking to a chat platform.",
            "platform",
            PLATFORMS,
        )
        self.collectors: list[Collector] = []

    def observe_turn(self, outcome: str, seconds: float) -> None:
        """An `Engine.turn_observers` callback."""
        self.turns.inc(outcome)
        self.turn_seconds.observe(seconds)

    def families(self) -> list[Family]:
        out = [
            self.turns.family(),
            self.turn_seconds.family(),
            self.crisis_interrupts.family(),
            self.platform_errors.family(),
        ]
        for collect in self.collectors:
            out.extend(collect())
        return out

    def render(self) -> str:
        return "".join(f.render() for f in self.families())


def checkin_family(stats: Mapping[str, int] | None) -> Family:
    """`bounceback_checkins_total{result=...}` from a check-in service's `stats` counter."""
    values = {r: 0 for r in CHECKIN_RESULTS}
    for result, n in (stats or {}).items():
        values[result] = n
    samples = tuple(
        Sample("bounceback_checkins_total", (("result", r),), float(n))
        for r, n in sorted(values.items())
    )
    return Family(
        "bounceback_checkins_total",
        "counter",
        "Check-ins handled by this process, by result (sent, failed, retry, interrupted...).",
        samples,
    )
