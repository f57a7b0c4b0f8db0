"""Inbound text checks: the quick path for ordinary text decides exactly what checking each
character decides, for any text at all."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.inbound import InboundProblem, _check_each_character, check_inbound

SAMPLES = [
    "I didn't get the job",
    "  padded  ",
    "",
    "   ",
    "\u200b\u200d\ufeff",
    "line one\nline two\ttabbed",
    "no\x00pe",
    "\ufffd\ufffd\ufffd\ufffd\ufffd",
    "para\u2029graph\u2028line",
    "café ñ 日本 😢",
    "x" * 50,
    "\u00a0nbsp\u00a0",
]


@pytest.mark.parametrize("raw", SAMPLES)
def test_samples_get_the_same_verdict_either_way(raw: str) -> None:
    assert check_inbound(raw, 40) == _check_each_character(raw, 40)


def test_ordinary_text_is_stripped_and_measured() -> None:
    assert check_inbound("  hello  ", 10) == ("hello", None)
    assert check_inbound("   ", 10) == ("", InboundProblem.EMPTY)
    assert check_inbound("x" * 11, 10) == ("x" * 11, InboundProblem.TOO_LONG)


@given(st.text(max_size=60), st.integers(min_value=1, max_value=80))
def test_any_text_gets_the_same_verdict_either_way(raw: str, limit: int) -> None:
    assert check_inbound(raw, limit) == _check_each_character(raw, limit)
