"""The matcher skips scoring each phrase only where that cannot change its answer: no option's
intent score is ever more than the answer's reach, `match` answers the same with the shortcut as
without it, and `may_take` says no only when `match` takes nothing that sure."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.flows.loader import load_flows_or_raise
from bot.flows.model import FlowSet, Step
from bot.understanding.matcher import Matcher
from bot.understanding.normal import norm

HERE = Path(__file__).resolve().parent
FLOWS: FlowSet = load_flows_or_raise([HERE.parent / "dialogues"])
ITEMS = [
    item
    for name in ("understanding_dev.yaml",)
    for item in yaml.safe_load((HERE / "data" / name).read_text(encoding="utf-8"))["items"]
]
TEXTS = [
    *sorted({str(item["text"]) for item in ITEMS}),
    "it stings, I really wanted that one",
    "they said they went with another candidate",
    "I keep replaying the interview in my head",
    "thanks",
    "vent",
    "me duele, de verdad queria ese puesto",
    "no se",
]
SETS = [FLOWS, *FLOWS.languages.values()]


class Unhurried(Matcher):
    """The matcher with no shortcut: every answer scored phrase by phrase."""

    def _reach(self, key: tuple[str, str], parts: object) -> float:
        return float("inf")


def steps(flows: FlowSet) -> list[tuple[str, Step]]:
    asked = {(str(item["flow"]), str(item["step"])) for item in ITEMS}
    return [
        (flow.id, step)
        for flow in flows.flows.values()
        for step in flow.steps.values()
        if step.choices and (flow.id, step.id) in asked
    ]


@pytest.mark.parametrize("flows", SETS, ids=lambda f: f.language)
def test_match_is_the_same_with_the_shortcut(flows: FlowSet) -> None:
    quick, slow = Matcher(flows), Unhurried(flows)
    asked = steps(flows)
    assert asked
    for flow_id, step in asked:
        for text in TEXTS:
            assert quick.match(flow_id, step, text) == slow.match(flow_id, step, text), text


@pytest.mark.parametrize("flows", SETS, ids=lambda f: f.language)
def test_no_intent_score_is_beyond_the_reach(flows: FlowSet) -> None:
    matcher = Matcher(flows)
    for flow_id, step in steps(flows):
        matcher.match(flow_id, step, "x")  # learns the question
        model = matcher._model((flow_id, step.id))
        for text in TEXTS + [norm(p) for o in step.choices for p in (o.label, *o.examples)]:
            query = model.vocab.vector(norm(text))
            assert max(model.scores_of(query), default=0.0) <= model.reach(query) + 1e-12


@pytest.mark.parametrize("flows", SETS, ids=lambda f: f.language)
def test_may_take_says_no_only_when_nothing_that_sure_is_taken(flows: FlowSet) -> None:
    matcher = Matcher(flows)
    refused = 0
    for flow_id, step in steps(flows):
        for text in TEXTS:
            found = matcher.match(flow_id, step, text)
            for sure in (0.7, 0.9):
                if not matcher.may_take(flow_id, step, text, sure):
                    refused += 1
                    assert found.option is None or (found.score or 0) < sure, (text, step.id)
    assert refused  # the shortcut is used


@pytest.mark.parametrize("flows", SETS, ids=lambda f: f.language)
def test_reaches_part_by_part_answers_as_the_whole_reach(flows: FlowSet) -> None:
    matcher = Matcher(flows)
    seen = set()
    for flow_id, step in steps(flows):
        key = (flow_id, step.id)
        matcher.match(flow_id, step, "x")  # learns the question
        own = [p for o in step.choices for p in (o.label, *o.examples)]
        longer = [f"{p}, so {q}" for p, q in zip(own, reversed(own), strict=True)]
        for text in TEXTS + own + longer:
            said = matcher.speller.correct(norm(text))
            if not said:
                continue
            reach = matcher._heard(key, said, text)[2]
            for floor in (0.55, 0.7, 0.8995, reach, reach + 1e-12):
                whole = reach >= floor
                assert matcher._reaches(key, said, text, floor) == whole, (text, step.id, floor)
                seen.add(whole)
    assert seen == {True, False}
