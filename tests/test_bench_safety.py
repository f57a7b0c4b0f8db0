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


def test_bench_scores_a_test_set_per_language_and_obfuscated(tmp_path: Path) -> None:
    test_set = tmp_path / "held_out.yaml"
    test_set.write_text(
        "items:\n"
        '  - {text: "i want to die", language: en, category: explicit, crisis: true}\n'
        '  - {text: "quiero morirme", language: es, category: explicit, crisis: true}\n'
        '  - {text: "they killed the req", language: en, category: jargon, crisis: false}\n',
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(BENCH), "--limit", "3", "--test-set", str(test_set), "--obfuscate"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    test = summary["sets"]["test"]
    assert test["items"] == 3 and test["recall"] == 1.0 and test["false_alarm_rate"] == 0.0
    assert set(test["languages"]) == {"en", "es"}
    assert set(test["categories"]) == {"explicit", "jargon"}
    hidden = summary["sets"]["test_obfuscated"]
    assert hidden["items"] == 2 and hidden["recall"] == 1.0
    assert summary["latency_ms"]["p99"] > 0
