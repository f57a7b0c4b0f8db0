"""The matcher reads typed answers as people write them: typos, numbers in words, yes/no/maybe,
learned examples; foreign digits, signs and huge numbers are refused, never an exception."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.flows.loader import load_flows_or_raise
from bot.flows.model import FlowSet
from bot.understanding.matcher import Matcher
from bot.understanding.mood import mood_score

DIALOGUES = Path(__file__).resolve().parent.parent / "dialogues"
FLOWS: FlowSet = load_flows_or_raise([DIALOGUES])
MATCHER = Matcher(FLOWS)


def taken(flow: str, step: str, text: str) -> str | None:
    found = MATCHER.match(flow, FLOWS.flows[flow].steps[step], text)
    return found.option.id if found.option else None


@pytest.mark.parametrize(
    ("flow", "step", "text", "option"),
    [
        ("crisis", "lines", "yes i'm safe right now", "safe"),
        ("crisis", "lines", "sure", "safe"),
        ("crisis", "lines", "nah", "not_safe"),
        ("crisis", "lines", "dunno", "unsure"),
        ("vent", "heard", "im done for now", "done"),
        ("vent", "heard", "yeah ok", "more"),
        ("vent", "let_go", "not really", "keep"),
        ("reframe", "kinder_heard", "yes keep it", "keep"),
        ("welcome", "ask_mood", "2 low", "m2"),
        ("welcome", "ask_mood", "two", "m2"),
        ("welcome", "ask_mood", "a solid 2", "m2"),
        ("welcome", "ask_stage", "number 3", "interview"),
        ("welcome", "ask_stage", "finl roud", "final_round"),
        ("menu", "choose", "Let it otu", "vent"),
        ("plan", "feedback", "email template please", "email"),
        ("plan", "feedback", "add it", "add"),
        ("plan", "reconnect", "3 months", "m3"),
        ("pause", "ask", "two", "two_weeks"),
        ("welcome", "ask_heard", "they emailed me", "email"),
        ("welcome", "ask_heard", "Thèy ghósted me", "no_answer"),
    ],
)
def test_everyday_answers_are_understood(flow: str, step: str, text: str, option: str) -> None:
    assert taken(flow, step, text) == option


@pytest.mark.parametrize("text", ["-1", "−2", "minus one", "99999999999999999999", "፪", "٣", "0"])
def test_signs_huge_and_foreign_digits_are_refused(text: str) -> None:
    found = MATCHER.match("welcome", FLOWS.flows["welcome"].steps["ask_mood"], text)
    assert found.option is None and found.refused


def test_gibberish_is_a_miss() -> None:
    found = MATCHER.match("menu", FLOWS.flows["menu"].steps["choose"], "qwzx plorb")
    assert found.option is None and not found.candidates


def test_every_option_has_examples_and_learns_them() -> None:
    for flow in FLOWS.flows.values():
        for step in flow.steps.values():
            for option in step.choices:
                assert 3 <= len(option.examples) <= 20, (flow.id, step.id, option.id)
                assert taken(flow.id, step.id, option.examples[0]) == option.id


@pytest.mark.parametrize(
    ("text", "mood"), [("pretty bad honestly", 2), ("devastated", 1), ("really good today", 4)]
)
def test_mood_words_are_scored(text: str, mood: int) -> None:
    scored = mood_score(text)
    assert scored is not None and scored[0] == mood


def test_words_without_feeling_are_not_scored() -> None:
    assert mood_score("lamp, dog, laptop") is None


STEPS = [(f.id, s) for f in FLOWS.flows.values() for s in f.steps.values() if s.choices]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(STEPS), st.text(max_size=80))
def test_any_text_at_any_step_never_raises(place: tuple[str, object], text: str) -> None:
    flow_id, step = place
    found = MATCHER.match(flow_id, step, text)  # type: ignore[arg-type]
    assert found.option is None or found.option in step.choices  # type: ignore[attr-defined]
