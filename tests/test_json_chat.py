"""`bounceback chat --json`: one JSON object per input line on stdout, and nothing else."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_each_input_line_gives_exactly_one_json_object(tmp_path: Path) -> None:
    lines = [
        "they turned me down after the final round, by email",
        "2",
        "how long do you keep my data?",
        "menu",
        "purple elephant",
        "Let it out",
        "I'm so angry",
    ]
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path))
    env.pop("BOUNCEBACK_DATABASE_URL", None)
    env.pop("BOUNCEBACK_SECRET_KEY", None)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--json", "--seed", "1"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert [o["you"] for o in out] == lines
    for o in out:
        assert set(o) == {"you", "understood", "replies"}
        assert set(o["understood"]) == {"as", "flow", "step", "choice", "score"}
        assert o["replies"] and all(set(r) == {"text", "choices"} for r in o["replies"])
    kinds = [o["understood"]["as"] for o in out]
    assert kinds == ["flow", "choice", "question", "command", "fallback", "choice", "answer"]
    assert out[1]["understood"] == {
        "as": "choice",
        "flow": "welcome",
        "step": "ask_mood",
        "choice": "2 · low",
        "score": 1.0,
    }
    assert "Final round, by email" in " ".join(r["text"] for r in out[0]["replies"])
    assert "Final round, by email" not in " ".join(r["text"] for r in out[1]["replies"])
    assert out[3]["replies"][-1]["choices"][0] == "Talk through a rejection"
    assert (
        out[6]["understood"]["step"] == "open" and "angry" in out[6]["replies"][0]["text"].lower()
    )
