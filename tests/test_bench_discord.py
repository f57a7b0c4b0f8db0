"""The Discord throughput benchmark runs end to end (tiny) and ends with one JSON line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.timeout(120)
def test_discord_benchmark_runs_tiny_and_prints_json_last() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "discord_throughput.py"), "--count", "12"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=110,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    last = done.stdout.strip().splitlines()[-1]
    result = json.loads(last)
    assert result["interactions"] == 12
    for name in (
        "bounceback_interactions_per_s",
        "echo_interactions_per_s",
        "ratio",
        "bounceback_callback_p99_ms",
        "echo_callback_p99_ms",
        "bounceback_cpu_ms_per_interaction",
        "echo_cpu_ms_per_interaction",
        "cpu_ratio",
    ):
        assert result[name] > 0, name
    assert result["bounceback_callback_p99_ms"] < 3000  # Discord's deadline
