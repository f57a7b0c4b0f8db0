"""The check-in benchmark runs end to end at a tiny size and reports what it promises."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_bench_checkins_tiny_prints_one_json_line_last() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "checkins.py"), "--scale", "0.005", "--lead", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["bench"] == "checkins"
    assert result["scheduled"] == 500 and result["due"] == 10
    assert result["delivered"] == 10 and result["sent_rows"] == 10
    assert result["duplicates"] == 0
    assert result["schedule_rate_per_s"] > 0 and result["peak_rss_mb"] > 0
    assert 0 <= result["delay_p50_s"] <= result["delay_p99_s"] <= result["delay_max_s"]
    assert result["all_within_10s"] is True
