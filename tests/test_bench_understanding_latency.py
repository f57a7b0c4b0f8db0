"""bench/understanding_latency.py runs at tiny size and ends with one JSON line of figures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "understanding_latency.py"


def test_understanding_bench_prints_its_figures_as_the_last_line() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--rounds", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=BENCH.parent.parent,
    )
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["benchmark"] == "understanding_latency"
    assert figures["questions"] > 10 and figures["calls"] > figures["questions"]
    assert 0 < figures["p50_ms"] <= figures["p99_ms"] <= figures["max_ms"]
