"""The crisis model's fast path (buckets remembered a word's letter window at a time) gives,
bit for bit, the features and the score computed the plain way, on every line of the crisis
development sets: as typed, shouted, run together as sentences, and once its memory is forgotten."""

from __future__ import annotations

import itertools
import math
import zlib
from pathlib import Path

import pytest
import yaml

from bot.safety import crisis_model
from bot.safety.crisis_model import CrisisModel, feature_names, features
from bot.safety.normalise import normalise
from tests.dev_texts import texts_in

DATA = Path(__file__).parent / "data"


def dev_normals() -> list[str]:
    lines = [
        t
        for path in sorted(DATA.glob("crisis_*.yaml"))
        for t in texts_in(yaml.safe_load(path.read_text("utf-8")))
    ]
    lines += [t.upper() for t in lines[:200]] + [f"{a}. {b}" for a, b in itertools.pairwise(lines)]
    lines += ["a", "a b", "i x", "no , not me . a", ". , .", "ok ok ok ok ok"]
    return [normalise(t) for t in lines]


def plain_score(model: CrisisModel, normal: str) -> float:
    if not normal:
        return 0.0
    total = model.bias
    for idx, value in features(normal, model.buckets).items():
        total += model.weights.get(idx, 0.0) * value
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


def test_the_sets_are_there() -> None:
    assert len(dev_normals()) > 1000


def test_buckets_and_scores_are_those_of_the_plain_features() -> None:
    model = CrisisModel.load()
    for normal in dev_normals() * 2:  # the second pass from memory
        expected = [zlib.crc32(n.encode()) % model.buckets for n in feature_names(normal)]
        assert model.bucket_indices(normal) == expected, normal
        assert model.score_normal(normal) == plain_score(model, normal), normal


def test_a_forgotten_memory_changes_no_score(monkeypatch: pytest.MonkeyPatch) -> None:
    model = CrisisModel.load()
    monkeypatch.setattr(crisis_model, "MEMO_LIMIT", 50)
    for normal in dev_normals()[:400]:
        assert model.score_normal(normal) == plain_score(model, normal), normal
