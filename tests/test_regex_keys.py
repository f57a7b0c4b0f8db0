"""A keyed regex (`bot.primitives.regex_keys.Keyed`) skips a text only when the regex could not
match it: every search, finditer and sub gives what the regex itself gives, on the situation
reader's expressions (English and Spanish; a job lost, no more contact wanted) and the words said
in passing (money, a mortgage, a follow-up sent) over the development sets' lines, and the facts
the situation reader picks up and the words said in passing are the same with and without the
keys."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.primitives import regex_keys
from bot.primitives.regex_keys import Keyed, required_clauses, required_keys
from bot.primitives.turn_memo import new_turn
from bot.understanding import money_words, situation, situation_es, situation_told
from tests.dev_texts import texts_in

DATA = Path(__file__).parent / "data"
SETS = sorted(DATA.glob("understanding_dev*.yaml")) + sorted(DATA.glob("crisis_dev*.yaml"))


def lines() -> list[str]:
    found = [t for path in SETS for t in texts_in(yaml.safe_load(path.read_text("utf-8")))]
    found += [
        "it's been 3 weeks of nothing after the final round",
        "got my 5th rejection yesterday, by email",
        "they called me after the phone screen, not the interview",
        "40 auto rejections and i cant pay rent",
    ]
    return found + [f"{a}, {b}" for a, b in itertools.pairwise(found[:300])]


def keyed_patterns() -> list[Keyed]:
    found: list[Keyed] = []
    modules = (situation, situation_es, situation_told, money_words)
    for value in [v for module in modules for v in vars(module).values()]:
        items = value if isinstance(value, tuple) else (value,)
        for item in items:
            for part in item if isinstance(item, tuple) else (item,):
                if isinstance(part, Keyed):
                    found.append(part)
    return found


def test_keys_are_read_from_the_regex() -> None:
    assert required_keys(re.compile(r"(?<!\w)(?:called|rang) me")) == frozenset({"call", "rang"})
    assert required_keys(re.compile(r"a|\w+")) is None  # the second branch holds no literal
    assert required_keys(re.compile("called", re.IGNORECASE)) is None  # "CALLED" matches too
    assert required_keys(re.compile("(?i:called)")) is None


def test_every_required_part_is_read_from_the_regex() -> None:
    clauses = required_clauses(re.compile(r" (?:(end|ending) ?everything)(?![a-z0-9])"))
    assert clauses == (frozenset({"end"}), frozenset({"ever"}))
    assert required_clauses(re.compile(r"(?:called|rang) (me|us)+")) == (
        frozenset({"call", "rang"}),
        frozenset({"me", "us"}),
    )
    assert required_clauses(re.compile(r"a|\w+")) == ()
    assert required_clauses(re.compile(r"x (?:y)? z")) == (frozenset({" z"}), frozenset({"x "}))
    assert required_clauses(re.compile("called", re.IGNORECASE)) == ()


def test_a_matched_text_holds_every_required_part() -> None:
    for text in lines()[:1500]:
        said = situation._said(text)
        for keyed in keyed_patterns():
            if keyed.regex.search(said):
                for part in required_clauses(keyed.regex):
                    assert any(key in said for key in part), (keyed.pattern, text)


def test_a_keyed_regex_answers_as_the_regex_does() -> None:
    patterns = keyed_patterns()
    assert len(patterns) > 20
    skipped = 0
    for text in lines():
        new_turn()
        said = situation._said(text)
        for keyed in patterns:
            skipped += not keyed.may_match(said)
            want = keyed.regex.search(said)
            got = keyed.search(said)
            assert (got and got.span()) == (want and want.span()), (keyed.pattern, text)
            assert [m.span() for m in keyed.finditer(said)] == [
                m.span() for m in keyed.regex.finditer(said)
            ]
            assert keyed.sub(" ", said) == keyed.regex.sub(" ", said)
    assert skipped  # the keys do skip texts


def test_the_facts_picked_up_are_the_same_without_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = lines()
    fast = [situation.pick_up(t) for t in texts]
    monkeypatch.setattr(regex_keys.Keyed, "may_match", lambda _self, _text: True)
    slow = [situation.pick_up(t) for t in texts]
    assert fast == slow
    assert sum(1 for f in fast if f) > 50


def test_words_said_in_passing_are_the_same_without_keys(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = lines()
    checks = (money_words.money_said, money_words.mortgage_said, money_words.followed_up_said)

    def read() -> list[tuple[bool, ...]]:
        return [tuple(check(t) for check in checks) for t in texts]

    fast = read()
    monkeypatch.setattr(regex_keys.Keyed, "may_match", lambda _self, _text: True)
    assert read() == fast
    assert all(any(f[i] for f in fast) for i in range(len(checks)))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdeilmnoprstwy '?,0123456789", max_size=60))
def test_any_text(text: str) -> None:
    for keyed in keyed_patterns():
        want = keyed.regex.search(text)
        got = keyed.search(text)
        assert (got and got.span()) == (want and want.span())
        if want:
            assert all(any(k in text for k in part) for part in required_clauses(keyed.regex))


def test_trigger_phrases_are_found_as_by_their_patterns() -> None:
    from bot.core.text import fold
    from bot.core.triggers import Triggers, phrase_index
    from bot.flows.loader import load_flows_or_raise

    flows = load_flows_or_raise([Path(__file__).resolve().parent.parent / "dialogues"])
    triggers = Triggers(flows)
    found = 0
    for flow_set in (flows, *flows.languages.values()):
        index = phrase_index(flow_set)
        for text in lines()[:400]:
            said = f" {fold(text)} "
            hits = [
                (m.start(), n, flow_id)
                for n, (flow_id, p) in enumerate(index)
                if (m := p.search(said))
            ]
            want = min(hits)[2] if hits else None  # the phrase said first; ties: the first flow
            assert triggers.flow_for(flow_set, text) == want, text
            found += want is not None
    assert found
