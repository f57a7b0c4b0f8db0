"""The conversation's JSON as sealed: what goes in comes out, old states (written by the standard
library) still open, and what orjson declines is still written."""

from __future__ import annotations

import json
import math

from hypothesis import given
from hypothesis import strategies as st

from bot.store import jsonblob

STATES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(STATES)
def test_what_is_written_reads_back_the_same_and_as_the_standard_library_reads_it(
    state: object,
) -> None:
    blob = jsonblob.dump(state)
    assert jsonblob.load(blob) == state
    assert json.loads(blob) == state


@given(STATES)
def test_a_state_written_by_the_standard_library_opens(state: object) -> None:
    old = json.dumps(state, separators=(",", ":")).encode("utf-8")
    assert jsonblob.load(old) == state


def test_what_orjson_declines_is_still_written_and_read() -> None:
    huge = {"n": 2**80, "ñ": "qué tal 😢", "1": "one"}
    assert jsonblob.load(jsonblob.dump(huge)) == huge
    assert jsonblob.load(jsonblob.dump({1: "x"})) == {"1": "x"}  # as the standard library does
    old_nan = json.dumps({"score": float("nan")}).encode()
    assert math.isnan(jsonblob.load(old_nan)["score"])
