"""A question's intent model is built only when an answer is first scored phrase by phrase; until
then the reach is worked out from the n-grams the model will have, which are exactly its own, so
`match` and `may_take` answer the same as with every model built first."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
import yaml

from bot.flows.loader import load_flows_or_raise
from bot.flows.model import ChoiceOption, FlowSet, Step
from bot.understanding.matcher import Matcher
from bot.understanding.other_language import SURE

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from slack_throughput import MESSAGES as BENCH

HERE = Path(__file__).resolve().parent
FLOWS: FlowSet = load_flows_or_raise([HERE.parent / "dialogues"])
SETS = [FLOWS, *FLOWS.languages.values()]
ITEMS = [
    item
    for path in sorted((HERE / "data").glob("understanding_dev*.yaml"))
    for item in yaml.safe_load(path.read_text(encoding="utf-8"))["items"]
]


class Eager(Matcher):
    """The matcher with each question's intent model built as the question is learned."""

    def _learn(self, key: tuple[str, str], options: Sequence[ChoiceOption]) -> None:
        super()._learn(key, options)
        self._model(key)


def questions(flows: FlowSet) -> list[tuple[str, Step]]:
    return [
        (flow.id, step)
        for flow in flows.flows.values()
        for step in flow.steps.values()
        if step.choices
    ]


@pytest.mark.parametrize("flows", SETS, ids=lambda f: f.language)
def test_the_reachs_n_grams_are_the_models_own(flows: FlowSet) -> None:
    matcher = Matcher(flows)
    asked = questions(flows)
    assert asked
    for flow_id, step in asked:
        key = (flow_id, step.id)
        matcher._learn(key, step.choices)
        assert key not in matcher._models
        assert matcher._grams[key] == frozenset(matcher._model(key)._postings)


BENCH_QUESTIONS = {
    ("menu", "choose"),
    ("welcome", "ask_mood"),
    ("welcome", "ask_stage"),
    ("welcome", "returning_where"),
    ("help", "resources"),
}


@pytest.mark.parametrize("flows", SETS, ids=lambda f: f.language)
def test_match_and_may_take_are_the_same_with_every_model_built_first(flows: FlowSet) -> None:
    """Every answer of the development sets at its own question, and the Slack benchmark's
    messages at the questions it meets."""
    lazy, eager = Matcher(flows), Eager(flows)
    cases = {(str(item["flow"]), str(item["step"]), str(item["text"])) for item in ITEMS} | {
        (flow_id, step_id, text) for flow_id, step_id in BENCH_QUESTIONS for text in BENCH
    }
    checked = 0
    for flow_id, step_id, text in sorted(cases):
        step = flows.flows[flow_id].steps.get(step_id) if flow_id in flows.flows else None
        if step is None or not step.choices:
            continue
        for sure in (SURE, 0.5):
            assert lazy.may_take(flow_id, step, text, sure) == eager.may_take(
                flow_id, step, text, sure
            ), text
        assert lazy.match(flow_id, step, text) == eager.match(flow_id, step, text), text
        checked += 1
    assert checked > len(BENCH_QUESTIONS) * len(BENCH)
