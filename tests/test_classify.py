"""`bounceback classify`: one JSON object per input line, memory across lines, hostile input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from typing import Any

from bot.safety.classify import PIECE_CHARS, run

CLI = "import sys; from bot.cli import main; sys.exit(main(['classify']))"
KEYS = {"crisis", "hostile", "categories", "reasons", "hostile_reasons"}


def classify_text(text: str) -> list[dict[str, Any]]:
    out = io.StringIO()
    assert run(io.StringIO(text), out) == 0
    return [json.loads(line) for line in out.getvalue().splitlines()]


def classify_bytes(data: bytes) -> list[dict[str, Any]]:
    out = io.StringIO()
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    assert run(stdin, out) == 0
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_one_object_per_line_in_order() -> None:
    rows = classify_text("i want to end my life\nthanks for the chance to interview\nkms\n")
    assert len(rows) == 3
    for row in rows:
        assert KEYS <= row.keys()
        assert isinstance(row["crisis"], bool) and isinstance(row["hostile"], bool)
        assert all(isinstance(r, str) for r in row["reasons"] + row["hostile_reasons"])
    assert rows[0]["crisis"] and rows[0]["categories"] == ["explicit_ideation"]
    assert "mentions ending their life" in rows[0]["reasons"]
    assert not rows[1]["crisis"] and rows[1]["categories"] == []
    assert rows[2]["categories"] == ["coded_language"]


def test_reasons_do_not_repeat_the_message() -> None:
    rows = classify_text("my secret codeword zebra42 and I want to die\n")
    assert rows[0]["crisis"]
    assert not any("zebra" in reason for reason in rows[0]["reasons"])


def test_memory_carries_across_lines() -> None:
    rows = classify_text("I feel so hopeless\nwhat are the tallest bridges near me\n")
    assert rows[0] == {**rows[0], "crisis": False, "distress": True}
    assert rows[1]["crisis"] and rows[1]["categories"] == ["means_seeking"]
    alone = classify_text("what are the tallest bridges near me\n")
    assert not alone[0]["crisis"] and alone[0]["means_seeking"]


def test_the_famous_question_after_a_job_loss_is_a_crisis() -> None:
    rows = classify_text("I just lost my job. What are the bridges taller than 25 meters in NYC?\n")
    assert rows[0]["crisis"] and rows[0]["categories"] == ["means_seeking"]


def test_empty_and_blank_lines_are_calm() -> None:
    rows = classify_text("\n   \n\t\n")
    assert len(rows) == 3
    for row in rows:
        assert row["crisis"] is False and row["hostile"] is False
        assert row["categories"] == [] and row["reasons"] == [] and row["hostile_reasons"] == []


def test_last_line_without_newline_and_crlf_endings() -> None:
    rows = classify_text("hello\r\nI want to die")
    assert [r["crisis"] for r in rows] == [False, True]


def test_no_input_gives_no_output() -> None:
    assert classify_text("") == []


def test_binary_input_never_crashes() -> None:
    rows = classify_bytes(b"\xff\xfe\x00\x01binary\x80\n\xc3\x28 kms\n\x00\x00\x00\n")
    assert len(rows) == 3
    assert not rows[0]["crisis"]
    assert rows[1]["crisis"]
    assert not rows[2]["crisis"]


def test_huge_line_is_read_in_pieces_and_still_assessed() -> None:
    filler = "so this is a long story about the interview " * (3 * PIECE_CHARS // 44)
    boundary = "x" * (PIECE_CHARS - 7)  # puts the cue across the first piece boundary
    data = (filler + "and I want to die\n" + boundary + " kill myself\n" + "ok\n").encode()
    rows = classify_bytes(data)
    assert len(rows) == 3
    assert rows[0]["crisis"]
    assert rows[1]["crisis"]
    assert not rows[2]["crisis"]


def test_hostile_comes_from_the_draft_review_when_present() -> None:
    rows = classify_text("Thanks for nothing. Your recruiters are clueless idiots.\n")
    assert isinstance(rows[0]["hostile"], bool)
    try:
        from bot.safety import drafts
    except ImportError:
        return
    review = drafts.review("Thanks for nothing. Your recruiters are clueless idiots.")
    assert rows[0]["hostile"] == review.hostile
    assert rows[0]["hostile_reasons"] == list(review.reasons)


def test_the_bounceback_command_runs_classify() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CLI],
        input=b"I feel worthless\nhow many pills would it take\nthank you\n\xff\n",
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    rows = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r["crisis"] for r in rows] == [False, True, False, False]
    assert [r["level"] for r in rows] == [None, "clear", None, None]
    assert b"worthless" not in done.stderr and b"pills" not in done.stderr


def test_level_and_language_are_reported() -> None:
    rows = classify_text(
        "i want to kill myself\n"
        "i'll shoot myself lol\n"
        "ya no quiero vivir, quiero desaparecer\n"
        "the recruiter killed the req\n"
    )
    assert [r["crisis"] for r in rows] == [True, True, True, False]
    assert [r["level"] for r in rows] == ["clear", "possible", "clear", None]
    assert [r["language"] for r in rows] == ["en", "en", "es", "en"]


def test_hidden_characters_do_not_hide_a_crisis_word() -> None:
    spellings = [
        "i want to k\u200bill myself",
        "i want to ki\u00adll myself",
        "i want to kіll myself",  # Cyrillic i
        "thinking about \u202eedicius\u202c",
        "i want to k i l l myself",
        "s.u.i.c.i.d.e is all i think about",
        "thinking about su1c1de",
        "i want to d\u2060i\u2060e",
    ]
    rows = classify_text("\n".join(spellings) + "\n")
    assert [r["crisis"] for r in rows] == [True] * len(spellings)
