"""The load benchmark runs end to end at a tiny size (two real workers on PostgreSQL) and ends
with one JSON line: every turn answered once, none from stale state, retries dropped."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.timeout(300)


def test_the_load_benchmark_prints_one_json_line_last(pg_url: str) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "load.py"),
            "--people",
            "20",
            "--turns",
            "3",
            "--ramp",
            "0",
            "--think",
            "0",
            "--retry-share",
            "0.25",
            "--db",
            pg_url,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["people"] == 20 and result["workers"] == 2
    assert result["turns"] == 20 * (3 + 1)
    assert result["errors"] == 0 and result["error_kinds"] == {}
    assert result["duplicates"] == 0
    assert result["retries_sent"] > 0
    assert result["dropped_as_duplicate"] == result["retries_sent"]
    for name in ("seconds", "turns_per_s", "p50_ms", "p99_ms", "ack_p99_ms"):
        assert isinstance(result[name], int | float) and result[name] > 0, name
    assert result["p99_ms"] >= result["p50_ms"]


def test_without_postgresql_it_says_what_to_set() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "load.py"),
            "--people",
            "2",
            "--db",
            "sqlite+aiosqlite:///x.db",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "needs PostgreSQL" in proc.stderr and "BOUNCEBACK_TEST_DATABASE_URL" in proc.stderr
