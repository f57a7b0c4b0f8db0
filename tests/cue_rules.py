"""Shared checks for a table of quiet-sign rules in the crisis check: every pattern finds one of
its signs and none of its look-alikes, and every rule only asks ("possible")."""

from __future__ import annotations

from collections.abc import Sequence

from bot.safety.lexicon import Rule
from bot.safety.normalise import normalise
from bot.safety.patterns import compile_pattern, pad


def assert_finds_a_sign_and_no_look_alike(
    pattern: str, signs: Sequence[str], look_alikes: Sequence[str]
) -> None:
    regex = compile_pattern(pattern)
    assert any(regex.search(pad(normalise(text))) for text in signs)
    assert not any(regex.search(pad(normalise(text))) for text in look_alikes)


def assert_every_rule_asks(rules: Sequence[Rule]) -> None:
    assert all(isinstance(rule, Rule) and rule.kind == "possible" for rule in rules)
