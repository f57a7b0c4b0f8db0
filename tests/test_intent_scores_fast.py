"""`StepModel.scores_of` finds each option's nearest phrase with `max` over its run of rows:
held equal, bit for bit, to the loop it replaced, for every development-set answer at its own
question (scored directly, and through the matcher's own calls)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.flows.loader import load_flows_or_raise
from bot.understanding import intent
from bot.understanding.intent import NEAREST_WEIGHT, StepModel, Vector
from bot.understanding.matcher import Matcher
from bot.understanding.normal import norm

ROOT = Path(__file__).resolve().parent.parent
DEV_SETS = sorted((ROOT / "tests" / "data").glob("understanding_dev*.yaml"))


def reference(model: StepModel, query: Vector) -> list[float]:
    """The scores as the loop over every row computed them."""
    count = len(model.option_ids)
    slots = [0.0] * (count + len(model._row_option))
    for g, w in query.items():
        for slot, weight in model._postings.get(g, ()):
            slots[slot] += w * weight
    nearest = [0.0] * count
    for option, score in zip(model._row_option, slots[count:], strict=True):
        if score > nearest[option]:
            nearest[option] = score
    return [
        min(1.0, NEAREST_WEIGHT * n + (1 - NEAREST_WEIGHT) * c)
        for n, c in zip(nearest, slots, strict=False)
    ]


def items() -> list[dict[str, str]]:
    found = []
    for path in DEV_SETS:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        found += [i for i in data.get("items", []) if i.get("flow") and i.get("step")]
    return found


def test_scores_equal_the_row_by_row_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    flows = load_flows_or_raise([ROOT / "dialogues"])
    matcher = Matcher(flows)
    fast = StepModel.scores_of
    compared = 0

    def checked(model: StepModel, query: Vector) -> list[float]:
        nonlocal compared
        got = fast(model, query)
        assert got == reference(model, query)
        compared += 1
        return got

    monkeypatch.setattr(intent.StepModel, "scores_of", checked)
    seen = 0
    for item in items():
        flow = flows.flows.get(item["flow"])
        step = flow.steps.get(item["step"]) if flow else None
        if step is None or not step.choices:
            continue
        seen += 1
        matcher.match(item["flow"], step, str(item["text"]))
        key = (item["flow"], step.id)
        if key in matcher._taught:
            matcher._model(key).scores_of(matcher.vocab.vector(norm(str(item["text"]))))
    assert seen > 500 and compared > seen
