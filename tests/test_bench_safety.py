"""bench/safety_eval.py runs end to end at tiny size and ends with one JSON summary line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bot.safety import lexicon

BENCH = Path(__file__).resolve().parent.parent / "bench" / "safety_eval.py"


def test_bench_prints_precision_recall_and_speed_as_the_last_line() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--limit", "3", "--repeat", "2"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["bench"] == "safety_eval"
    assert summary["repeat"] == 2
    assert summary["messages_per_second"] > 0
    crisis = summary["crisis"]
    assert crisis["recall"] == 1.0
    assert set(crisis["categories"]) == set(lexicon.CATEGORIES)
    for row in crisis["categories"].values():
        assert row["support"] >= 1 and row["recall"] == 1.0
    if summary["hostile"] is not None and "skipped" not in summary["hostile"]:
        assert summary["hostile"]["items"] > 0


def test_bench_explains_a_missing_data_file(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--data", str(tmp_path / "none.yaml")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "--data" in done.stderr
