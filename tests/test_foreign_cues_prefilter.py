"""The foreign-language cue check skips its long regex for text holding none of the cues' key
strings, and that never changes its answer: on every line of the crisis development sets (as
typed, shouted and run together), with and without the prefilter, the answer is the same."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
import yaml

from bot.safety import foreign_cues
from bot.safety.normalise import normalise
from bot.safety.patterns import pad
from tests.dev_texts import texts_in

DATA = Path(__file__).parent / "data"
SETS = sorted(p for p in DATA.glob("crisis_*.yaml"))


def dev_lines() -> list[str]:
    lines = [t for path in SETS for t in texts_in(yaml.safe_load(path.read_text("utf-8")))]
    joined = [f"{a} . {b}" for a, b in itertools.pairwise(lines)]
    return lines + [t.upper() for t in lines[:200]] + joined


def test_the_sets_are_there() -> None:
    assert len(SETS) >= 5
    assert len(dev_lines()) > 1000


def test_the_prefilter_never_changes_an_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    normals = [n for t in dev_lines() for n in (normalise(t), pad(normalise(t)))]
    fast = [foreign_cues.has_cue(n) for n in normals]
    monkeypatch.setattr(foreign_cues, "_may_match", lambda _text: True)
    slow = [foreign_cues.has_cue(n) for n in normals]
    assert fast == slow
    assert any(fast) and not all(fast)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("the interview went long and they never said why", False),
        ("ya no quiero vivir", True),
        ("no quiero morir", False),  # denied just before
        ("ich will nicht mehr leben", True),
        ("beruflicher selbstmord", False),  # an idiom, blanked first
        ("x" * 5000 + " quiero morir", True),  # past the n-gram limit: the regex runs
    ],
)
def test_cues_are_still_found(text: str, cue: bool) -> None:
    assert foreign_cues.has_cue(normalise(text)) is cue


def test_plain_english_does_not_reach_the_regex() -> None:
    assert not foreign_cues._may_match(normalise("the interview went long and they never said why"))
