"""The Slack throughput benchmark runs end to end at a tiny size and ends with one JSON line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_benchmark_prints_one_json_line_last() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "slack_throughput.py"),
            "--events",
            "12",
            "--users",
            "3",
            "--timeout",
            "60",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    last = proc.stdout.strip().splitlines()[-1]
    result = json.loads(last)
    assert result["events"] == 12
    for name in (
        "bounceback_events_per_s",
        "echo_events_per_s",
        "ratio",
        "bounceback_ack_p99_ms",
        "echo_ack_p99_ms",
        "bounceback_cpu_ms_per_event",
        "echo_cpu_ms_per_event",
        "cpu_ratio",
    ):
        assert isinstance(result[name], int | float) and result[name] >= 0, name
    assert result["bounceback_events_per_s"] > 0 and result["echo_events_per_s"] > 0
    assert result["ratio"] == round(
        result["bounceback_events_per_s"] / result["echo_events_per_s"], 3
    )
    assert result["cpu_ratio"] == round(
        result["echo_cpu_ms_per_event"] / result["bounceback_cpu_ms_per_event"], 3
    )
    assert result["bounceback_failed_turns"] == 0
    assert result["echo_replies"] == 12 and result["bounceback_replies"] >= 12
