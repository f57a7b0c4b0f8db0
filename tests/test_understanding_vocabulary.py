"""What a matcher learns from every phrase of the flows is learned once per process for the same
phrases, and every language's matcher is ready when the engine is built: the first person to
type an answer after a start does not wait while it is learned, and the answers do not change."""

from __future__ import annotations

from pathlib import Path

from bot.core.actions import ActionRegistry
from bot.core.answers import Answers
from bot.core.walker import Walker
from bot.flows.loader import load_flows_or_raise
from bot.understanding import vocabulary
from bot.understanding.matcher import Matcher

DIALOGUES = Path(__file__).resolve().parent.parent / "dialogues"
SAID = ["2", "yes", "no thanks", "the second one", "back to menu", "I'm not sure", "vent", "ok"]


def test_the_same_phrases_share_what_was_learned() -> None:
    first, again = load_flows_or_raise([DIALOGUES]), load_flows_or_raise([DIALOGUES])
    one, two = Matcher(first), Matcher(again)
    assert one.vocab is two.vocab and one.words is two.words and one.speller is two.speller


def test_other_phrases_learn_their_own() -> None:
    flows = load_flows_or_raise([DIALOGUES])
    english, spanish = Matcher(flows), Matcher(flows.in_language("es"))
    assert english.vocab is not spanish.vocab


def test_shared_learning_answers_as_learning_afresh() -> None:
    flows = load_flows_or_raise([DIALOGUES])
    shared = Matcher(flows)
    vocabulary.learned.cache_clear()
    fresh = Matcher(flows)
    assert fresh.vocab is not shared.vocab
    steps = [
        (flow.id, step)
        for flow in flows.flows.values()
        for step in flow.steps.values()
        if step.choices
    ][:15]
    for flow_id, step in steps:
        for text in SAID:
            assert shared.match(flow_id, step, text) == fresh.match(flow_id, step, text)


def test_every_language_is_ready_when_the_answers_are_built() -> None:
    flows = load_flows_or_raise([DIALOGUES])
    answers = Answers(Walker(flows, ActionRegistry()), patient_flows=(), menu_flow="menu")
    assert set(answers._matchers) == {flows.language, *flows.languages}
    for code, matcher in answers._matchers.items():
        assert matcher.flows is flows.in_language(code)
