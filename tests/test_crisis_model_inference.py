"""The crisis model's fast scoring (remembered buckets, weights in an array) gives exactly the
score of its features and weights, also once its memory of feature names is forgotten."""

from __future__ import annotations

import math

import pytest

from bot.safety import crisis_model
from bot.safety.crisis_model import CrisisModel, features
from bot.safety.normalise import normalise

TEXTS = [
    "the interview went long and they never said why",
    "i dont want to be here anymore. i keep thinking about it",
    "ich will nicht mehr leben",
    "no quiero seguir, ya no puedo",
    ".",
    "a",
]


def by_features(model: CrisisModel, normal: str) -> float:
    if not normal:
        return 0.0
    total = model.bias
    for idx, value in features(normal, model.buckets).items():
        total += model.weights.get(idx, 0.0) * value
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


@pytest.mark.parametrize("text", TEXTS)
def test_the_score_is_exactly_that_of_the_features(text: str) -> None:
    model = crisis_model.shipped()
    normal = normalise(text)
    assert model.score_normal(normal) == by_features(model, normal)
    assert model.score_normal(normal) == by_features(model, normal)  # from memory this time


def test_a_full_memory_is_forgotten_and_scores_stay_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = CrisisModel.load()
    monkeypatch.setattr(crisis_model, "MEMO_LIMIT", 5)
    for text in TEXTS * 3:
        normal = normalise(text)
        assert model.score_normal(normal) == by_features(model, normal)
    assert len(model._buckets_of) <= 5 + max(
        len(crisis_model.feature_names(normalise(t))) for t in TEXTS
    )
