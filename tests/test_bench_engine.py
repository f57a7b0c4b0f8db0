"""bench/engine.py runs end to end at tiny size and ends with one JSON line of figures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "engine.py"


def test_engine_bench_prints_its_figures_as_the_last_line() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--people", "5", "--turns", "4", "--concurrency", "2"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=BENCH.parent.parent,
    )
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["benchmark"] == "engine"
    assert figures["turns"] == 20
    assert figures["failed_turns"] == 0  # every turn answered, none with an apology
    assert figures["turns_per_s"] > 0 and figures["peak_rss_mb"] > 0
    assert 0 < figures["p50_ms"] <= figures["p99_ms"]
    assert figures["cpu_ms_per_turn"] > 0
