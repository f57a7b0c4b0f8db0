"""Transcript files have a format of their own (`bot/testing/transcript_spec.py`): unknown keys
and turns that check nothing are errors at their line and column, and a file with such a mistake
runs no conversation. The editor schema is generated from the models and must be fresh."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from bot.core.engine import Engine
from bot.testing.transcript_spec import SCHEMA_FILE, transcript_schema_file
from bot.testing.transcripts import load_transcript, run_files, transcript_files
from tests.conftest import DIALOGUES


def _problems(tmp_path: Path, text: str) -> list[str]:
    file = tmp_path / "t.yaml"
    file.write_text(text, "utf-8")
    data, problems = load_transcript(file)
    assert data == [] or not problems
    return [str(p).removeprefix(f"{tmp_path}/") for p in problems]


def test_the_checked_in_schema_is_the_generated_one() -> None:
    assert json.loads(SCHEMA_FILE.read_text("utf-8")) == transcript_schema_file().schema
    assert not transcript_schema_file().stale


def test_every_shipped_transcript_fits_the_format() -> None:
    files = transcript_files([str(DIALOGUES / "tests")])
    assert len(files) >= 10
    for file in files:
        data, problems = load_transcript(file)
        assert problems == [] and data, file


def test_a_misspelt_key_is_an_error_with_the_fix(tmp_path: Path) -> None:
    assert _problems(tmp_path, "- name: x\n  turns:\n    - user: hi\n      stpe: vent.open\n") == [
        "t.yaml:4:7: unknown key 'stpe' in a turn; did you mean 'step'?"
    ]


def test_a_turn_that_checks_nothing_is_an_error(tmp_path: Path) -> None:
    assert _problems(tmp_path, "- name: x\n  turns:\n    - user: hi\n") == [
        "t.yaml:3:7: a turn needs 'bot' or 'not_bot' or 'step' or 'vars' or 'choices'; "
        "a turn that checks nothing tests nothing: add what must hold now, "
        "e.g. `step: flow.step` or `bot: text`"
    ]


def test_a_turn_without_a_move_and_bad_values_are_errors(tmp_path: Path) -> None:
    text = (
        "- name: x\n  seed: one\n  turns:\n    - step: vent\n"
        "    - user: hi\n      after: soon\n      bot: []\n"
    )
    assert _problems(tmp_path, text) == [
        "t.yaml:2:9: 'seed' should be a whole number, not text; Fixes which message variants "
        "are picked.",
        "t.yaml:4:7: a turn needs 'user' or 'click' or 'open'; start the turn with what the "
        "person does: `user: text`",
        "t.yaml:4:13: 'vent' is not a valid flow.step; Where the person is now: `flow.step`, "
        "or `none` when no flow is under way.",
        "t.yaml:6:14: 'soon' is not a valid duration; Let this much time pass before the move: "
        "`30m`, `13h`, `2d`.",
        "t.yaml:7:12: 'bot' is empty; add at least one, or remove 'bot' (A list of texts, "
        "at least one.)",
    ]


def test_a_file_with_a_mistake_runs_no_conversation(tmp_path: Path) -> None:
    (tmp_path / "t.yaml").write_text("- name: x\n  turns:\n    - user: hi\n      bto: hello\n")
    opened: list[int | None] = []

    @asynccontextmanager
    async def factory(seed: int | None) -> AsyncIterator[Engine]:
        opened.append(seed)
        raise AssertionError("no engine is needed")
        yield  # pragma: no cover

    results = asyncio.run(run_files([str(tmp_path)], factory))
    assert opened == []
    assert [(r.name, r.ok) for r in results] == [("the file's format", False)]
    assert (
        results[0]
        .failures[0]
        .endswith("t.yaml:4:7: unknown key 'bto' in a turn; did you mean 'bot'?")
    )
