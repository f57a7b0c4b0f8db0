"""bench/understanding.py runs at tiny size and ends with one JSON line of figures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "understanding.py"


def test_understanding_bench_prints_its_figures_as_the_last_line(tmp_path: Path) -> None:
    test_set = tmp_path / "test.yaml"
    test_set.write_text(
        "items:\n"
        "  - {flow: vent, step: heard, text: 'more', expect: \"There's more\"}\n"
        "  - {flow: vent, step: heard, text: 'purple elephant', expect: null}\n"
    )
    done = subprocess.run(
        [sys.executable, str(BENCH), "--size", "6", "--test-set", str(test_set)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=BENCH.parent.parent,
    )
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["benchmark"] == "understanding"
    assert figures["dev"]["items"] == 6
    assert figures["test"] == {
        "items": 2,
        "understood": 1.0,
        "fallback": 0.5,
        "fallback_when_meant": 0.0,
    }
    assert 0 < figures["match_p50_ms"] <= figures["match_p99_ms"]
