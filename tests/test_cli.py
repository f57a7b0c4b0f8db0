"""The `bounceback` command as a person runs it: a real subprocess per command."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from tests.conftest import DIALOGUES, ROOT

BROKEN = ROOT / "tests" / "data" / "broken_flows"


def bb(
    *args: str, stdin: str = "", env: dict[str, str] | None = None, tmp: Path | None = None
) -> subprocess.CompletedProcess[str]:
    full = dict(os.environ)
    full.pop("BOUNCEBACK_DATABASE_URL", None)
    full.pop("BOUNCEBACK_SECRET_KEY", None)
    if tmp is not None:
        full["XDG_DATA_HOME"] = str(tmp)
    full.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=full,
        timeout=120,
    )


def test_piped_chat_answers_and_keeps_the_conversation(tmp_path: Path) -> None:
    out = bb("chat", stdin="hi\n1\n", tmp=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "I'm a bot" in out.stdout or "I'm Bounce Back" in out.stdout
    assert "  1. " in out.stdout  # choices print as numbered options
    key = tmp_path / "bounceback" / "secret.key"
    assert key.exists() and (key.stat().st_mode & 0o777) == 0o600
    again = bb("chat", stdin="/menu\n", tmp=tmp_path)
    assert again.returncode == 0 and "What would you like to do?" in again.stdout


def test_chat_accepts_a_database_url_and_user(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    out = bb(
        "chat", "--db", f"sqlite+aiosqlite:///{db}", "--user", "kim", stdin="/help\n", tmp=tmp_path
    )
    assert out.returncode == 0, out.stderr
    assert db.exists() and "bot" in out.stdout


def test_validate_is_clean_on_the_shipped_flows() -> None:
    out = bb("validate", str(DIALOGUES))
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout == ""


def test_validate_reports_every_problem_with_file_line_col() -> None:
    out = bb("validate", str(BROKEN))
    assert out.returncode == 1
    lines = out.stdout.strip().splitlines()
    assert len(lines) >= 15
    for line in lines:
        path, line_no, col, rest = line.split(":", 3)
        assert path.endswith((".yaml", ".yml")) and line_no.isdigit() and col.isdigit(), line
        assert ";" in rest, f"no fix hint in: {line}"


def test_the_bot_refuses_to_start_on_invalid_flows(tmp_path: Path) -> None:
    out = bb("chat", "--flows", str(BROKEN), stdin="hi\n", tmp=tmp_path)
    assert out.returncode == 1
    assert "will not start" in out.stderr and ".yaml:" in out.stderr


def test_graph_prints_mermaid_and_dot() -> None:
    mermaid = bb("graph", "vent")
    assert mermaid.returncode == 0 and mermaid.stdout.startswith("flowchart")
    dot = bb("graph", "vent", "--format", "dot")
    assert dot.returncode == 0 and dot.stdout.lstrip().startswith("digraph")
    missing = bb("graph", "nope")
    assert missing.returncode == 2 and "known flows" in missing.stderr


def test_test_flows_runs_transcripts(tmp_path: Path) -> None:
    out = bb("test-flows", str(DIALOGUES / "tests" / "vent.yaml"))
    assert out.returncode == 0, out.stdout
    assert "passed, 0 failed" in out.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text("- name: wrong\n  turns:\n    - user: /vent\n      bot: 'words never said'\n")
    out = bb("test-flows", str(bad))
    assert out.returncode == 1 and "FAIL" in out.stdout


def test_classify_reads_lines_and_writes_json() -> None:
    out = bb("classify", stdin="i want to end my life\nthanks for the chance to interview\n")
    assert out.returncode == 0, out.stderr
    first, second = (json.loads(x) for x in out.stdout.splitlines())
    assert first["crisis"] is True and first["reasons"]
    assert second["crisis"] is False and second["hostile"] is False


def test_keygen_prints_a_fernet_key() -> None:
    out = bb("keygen")
    Fernet(out.stdout.strip().encode())


def test_db_upgrade(tmp_path: Path) -> None:
    out = bb("db", "upgrade", "--db", f"sqlite+aiosqlite:///{tmp_path / 'u.db'}", tmp=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "revision" in out.stdout


def test_run_refuses_to_start_without_a_secret_key(tmp_path: Path) -> None:
    out = bb("run", "slack", tmp=tmp_path)
    assert out.returncode == 2
    assert "bounceback keygen" in out.stderr


@pytest.mark.parametrize("bad_key", ["not-a-key", "abc,def"])
def test_a_malformed_key_is_refused_with_the_fix(tmp_path: Path, bad_key: str) -> None:
    out = bb("run", "slack", env={"BOUNCEBACK_SECRET_KEY": bad_key}, tmp=tmp_path)
    assert out.returncode != 0 and "bounceback keygen" in out.stderr


def test_validate_checks_the_resources_file_too(tmp_path: Path) -> None:
    flows = tmp_path / "flows"
    shutil.copytree(DIALOGUES, flows, ignore=shutil.ignore_patterns("tests"))
    resources = flows / "resources.yaml"
    resources.write_text(resources.read_text().replace("emergency:", "emergncy:", 1))
    out = bb("validate", str(flows))
    assert out.returncode == 1
    assert any(line.startswith(f"{resources}:") for line in out.stdout.splitlines()), out.stdout
