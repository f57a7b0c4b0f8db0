"""What every benchmark reports with: percentiles, peak memory, progress lines on stderr."""

from __future__ import annotations

import resource
import sys


def percentile(values: list[float], q: float) -> float:
    """The nearest-rank `q` quantile (0..1) of `values`; 0.0 when there are none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MiB."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def log(text: str) -> None:
    """A progress line on stderr (stdout is kept for the one JSON line)."""
    print(text, file=sys.stderr, flush=True)
