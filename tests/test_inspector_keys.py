"""Checks run on every message that skip their expression on a text holding none of its keys
(`bot.primitives.regex_keys.Keyed`), or run a quicker one that matches the same texts, answer as
before: asked to forget or to resume, asked to move a check-in, and how someone heard (the
situation reader's three "how did you hear" expressions, alternatives grouped by first letter),
over the development sets' lines and made-up texts. Folded text needs no spaces collapsed again."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.checkins import moving
from bot.primitives import regex_keys
from bot.primitives.regex_keys import Keyed
from bot.primitives.text import fold
from bot.primitives.turn_memo import new_turn
from bot.safety import draft_asked
from bot.understanding import requests, situation, situation_words
from tests.dev_texts import texts_in

DATA = Path(__file__).parent / "data"
SETS = sorted(DATA.glob("understanding_dev*.yaml")) + sorted(DATA.glob("crisis_dev*.yaml"))
MADE_UP = [
    "forget me",
    "ok please forget me, delete everything",
    "can you delete my data",
    "borra mis datos",
    "olvídame",
    "how do i delete my data?",
    "they'll just forget me",
    "pick up where we left off",
    "where were we",
    "sigamos donde nos quedamos",
    "move friday's one to 12",
    "can the thursday thing be at night",
    "cámbialo al sábado",
    "¿puede ser en la noche el del jueves?",
    "they ghosted me after the final round three weeks ago and i never heard back",
    "they called me, then an email came with the rejection",
    "me llamaron y luego nada, ni un correo",
    "radio silence for a month",
]


def lines() -> list[str]:
    found = [t for path in SETS for t in texts_in(yaml.safe_load(path.read_text("utf-8")))]
    return found + MADE_UP


KEYED: list[Keyed] = [requests._FORGET_KEYED, requests._RESUME_KEYED, moving._MOVE_KEYED]


def test_the_keys_skip_only_texts_the_expressions_cannot_match() -> None:
    skipped = 0
    for text in lines():
        new_turn()
        said = fold(text)
        for keyed in KEYED:
            skipped += not keyed.may_match(said)
            want = keyed.regex.search(said)
            got = keyed.search(said)
            assert (got and got.span()) == (want and want.span()), (keyed.pattern, text)
    assert skipped  # the keys do skip texts


def test_asked_to_forget_resume_or_move_is_the_same_without_keys(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = lines()

    def read() -> list[tuple[bool, ...]]:
        return [
            (
                requests.forget_asked(t),
                requests.resume_asked(t),
                moving.asks_to_move(t),
                moving.asks_to_move(t, by_it=False),
            )
            for t in texts
        ]

    fast = read()
    monkeypatch.setattr(regex_keys.Keyed, "may_match", lambda _self, _text: True)
    assert read() == fast
    assert all(any(f[i] for f in fast) for i in range(4))


def _plain_moving(said: str, by_it: bool) -> bool:
    """`asks_to_move` as it read before the moving words were looked for first."""
    named = moving._WHICH.search(said) or (by_it and moving._IT.search(said))
    if not moving._MOVE.search(said) or not named:
        return False
    day = moving._DAY.search(said) or moving._TODAY.search(said) or moving._TOMORROW.search(said)
    return bool(day or moving._clock(said))


def test_moving_words_looked_for_first_change_nothing() -> None:
    for text in lines():
        for by_it in (True, False):
            assert moving.asks_to_move(text, by_it=by_it) == _plain_moving(fold(text), by_it)


def test_how_someone_heard_matches_as_the_plain_expressions() -> None:
    quick = situation_words.HEARD_ASKED
    plain = situation_words.HEARD_PATTERNS
    assert [h for h, _ in quick] == [h for h, _ in plain] == ["no_answer", "call", "email"]
    assert situation._HEARD is quick
    for (_, keyed), (_, regex) in zip(quick, plain, strict=True):
        assert keyed.regex.groups == 0
        assert keyed.keys == regex_keys.required_keys(regex)
    found = {h: 0 for h, _ in plain}
    for text in lines():
        new_turn()
        said = situation._said(text)
        for (heard, keyed), (_, regex) in zip(quick, plain, strict=True):
            want = regex.search(said) is not None
            assert (keyed.search(said) is not None) is want, (heard, text)
            assert (keyed.regex.search(said) is not None) is want, (heard, text)
            found[heard] += want
    assert all(found.values()), found


def test_folded_text_has_no_runs_of_spaces_to_collapse() -> None:
    for text in [*lines(), " a \t\n b\u00a0\u2003c ", "x\u3000\u3000y", "¡Olé!  ¿qué?"]:
        assert draft_asked._said(text) == re.sub(r"\s+", " ", fold(text))


def test_only_patterns_of_whole_words_are_made_quick() -> None:
    with pytest.raises(ValueError, match="whole words"):
        situation_words.asked_whether(re.compile(r"ghosted"))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefghilmnoprstuvwy '?,.0123456789", max_size=60))
def test_any_text(text: str) -> None:
    for keyed in KEYED:
        want = keyed.regex.search(text)
        got = keyed.search(text)
        assert (got and got.span()) == (want and want.span())
    for (_, keyed), (_, regex) in zip(
        situation_words.HEARD_ASKED, situation_words.HEARD_PATTERNS, strict=True
    ):
        assert (keyed.search(text) is None) is (regex.search(text) is None)
