"""The remembering matcher: the same answers as the matcher, and a repeat is not matched again;
a bare number's answer, kept across turns, is the one a fresh matcher gives at every question of
the shipped flows, whatever it learned before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.core.match_memo import KEEP, NUMBER, RememberingMatcher, new_turn
from bot.flows.loader import load_flows_or_raise
from bot.flows.model import FlowSet
from bot.understanding.matcher import Matcher

DIALOGUES = Path(__file__).resolve().parent.parent / "dialogues"
FLOWS: FlowSet = load_flows_or_raise([DIALOGUES])
SAID = ["2", "yes", "no thanks", "the second one", "back to menu", "I'm not sure", "vent", "4"]


def questions() -> list[tuple[str, Any]]:
    return [
        (flow.id, step)
        for flow in FLOWS.flows.values()
        for step in flow.steps.values()
        if step.choices
    ][:12]


def test_it_answers_exactly_as_the_matcher_does() -> None:
    plain, remembering = Matcher(FLOWS), RememberingMatcher(FLOWS)
    new_turn()
    for flow_id, step in questions():
        for text in SAID:
            first = remembering.match(flow_id, step, text)
            assert first == plain.match(flow_id, step, text)
            assert remembering.match(flow_id, step, text) == first  # remembered: the same
            only = [step.choices[-1].id]
            assert remembering.match(flow_id, step, text, only) == plain.match(
                flow_id, step, text, only
            )


def test_a_repeat_is_not_matched_again_and_only_the_last_few_are_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    real = Matcher.match

    def counted(self: Matcher, flow_id: str, step: Any, text: str, only: Any = None) -> Any:
        calls.append(text)
        return real(self, flow_id, step, text, only)

    monkeypatch.setattr(Matcher, "match", counted)
    matcher = RememberingMatcher(FLOWS)
    flow_id, step = questions()[0]
    matcher.match(flow_id, step, "the second one")  # outside a turn: never remembered
    new_turn()
    for _ in range(3):
        matcher.match(flow_id, step, "the second one")
    assert calls == ["the second one"] * 2
    new_turn()  # the next turn (someone else, perhaps) matches afresh
    matcher.match(flow_id, step, "the second one")
    assert calls == ["the second one"] * 3
    for n in range(KEEP):
        matcher.match(flow_id, step, f"answer {n}")
    matcher.match(flow_id, step, "the second one")  # pushed out by newer ones: matched afresh
    assert calls.count("the second one") == 4


def test_a_bare_number_gets_at_every_question_what_a_fresh_matcher_gives() -> None:
    every = [
        (flow.id, step)
        for flows in (FLOWS, *FLOWS.languages.values())
        for flow in flows.flows.values()
        for step in flow.steps.values()
        if step.choices
    ]
    assert len(every) > 50
    numbers = [f"{n:0{width}d}" for width in (1, 2) for n in range(10**width)]
    assert all(NUMBER.fullmatch(n) for n in numbers) and not NUMBER.fullmatch("100")
    learned = Matcher(FLOWS)  # has learned every question before any number is matched
    for flow_id, step in every:
        learned.match(flow_id, step, "hello")
    remembering = RememberingMatcher(FLOWS)
    for turn in range(2):  # the first turn works each number out, the second remembers it
        new_turn()
        for flow_id, step in every:
            fresh = Matcher(FLOWS)  # has learned only this question
            only = [step.choices[-1].id]
            for number in numbers:
                want = fresh.match(flow_id, step, number)
                assert learned.match(flow_id, step, number) == want, (flow_id, step.id, number)
                assert remembering.match(flow_id, step, number) == want, (turn, number)
                assert remembering.match(flow_id, step, number, only) == fresh.match(
                    flow_id, step, number, only
                )


def test_a_bare_number_is_matched_once_across_turns(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = Matcher.match

    def counted(self: Matcher, flow_id: str, step: Any, text: str, only: Any = None) -> Any:
        calls.append(text)
        return real(self, flow_id, step, text, only)

    monkeypatch.setattr(Matcher, "match", counted)
    matcher = RememberingMatcher(FLOWS)
    flow_id, step = questions()[0]
    for _ in range(3):
        new_turn()
        matcher.match(flow_id, step, "2")
        matcher.match(flow_id, step, "2 please")
    assert calls == ["2", "2 please", "2 please", "2 please"]
