"""The built package carries its conversations: a wheel built from the source holds `dialogues/`
as `bot/dialogues` (flows, `resources.yaml`, the transcripts), and, installed away from the
source tree, finds them through `importlib.resources` and validates them from another folder.
(`.ci/run` does the same in a fresh virtual environment with the wheel's dependencies.)"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from bot.shipped import default_flows_dir, default_transcripts_dir
from tests.conftest import DIALOGUES, ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built (offline, with the installed setuptools) from a copy of the source."""
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(ROOT / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "bot", src / "bot", ignore=ignore)
    shutil.copytree(DIALOGUES, src / "dialogues", ignore=ignore)
    out = src / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "--no-index",
            str(src),
            "-w",
            str(out),
        ],
        check=True,
        capture_output=True,
        cwd=src,
        timeout=300,
    )
    [built] = out.glob("bounceback-*.whl")
    return built


def test_the_wheel_holds_every_dialogue_file_once(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "bot/dialogues/" + p.relative_to(DIALOGUES).as_posix() for p in DIALOGUES.rglob("*.yaml")
    }
    assert expected and expected <= names, sorted(expected - names)
    assert "bot/dialogues/resources.yaml" in names
    assert any(n.startswith("bot/dialogues/tests/") for n in names)
    assert not any(n.startswith("dialogues/") for n in names)  # nothing at the top level


def test_installed_away_from_the_source_it_finds_and_validates_its_flows(
    wheel: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "BOUNCEBACK_FLOWS"}
    env["PYTHONPATH"] = str(site)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *args],
            capture_output=True,
            text=True,
            cwd=elsewhere,
            env=env,
            timeout=120,
        )

    where = run("-c", "from bot.shipped import default_flows_dir; print(default_flows_dir())")
    assert Path(where.stdout.strip()) == site / "bot" / "dialogues", where.stderr
    out = run("-m", "bot", "validate")
    assert out.returncode == 0 and "flows are valid" in out.stderr, out.stdout + out.stderr
    tests = run("-m", "bot", "test-flows", str(site / "bot" / "dialogues" / "tests" / "vent.yaml"))
    assert tests.returncode == 0, tests.stdout + tests.stderr


def test_from_the_source_tree_the_checkout_flows_are_the_default() -> None:
    assert Path(default_flows_dir()) == DIALOGUES
    assert Path(default_transcripts_dir()) == DIALOGUES / "tests"
    assert Path(default_transcripts_dir("/a/flows,/b/more")) == Path("/a/flows/tests")
