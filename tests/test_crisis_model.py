"""The shipped crisis model: built from the shipped corpus by the shipped training script, pure
Python at run time, and it carries its version and the corpus hash."""

from __future__ import annotations

import json
from pathlib import Path

from bot.safety import train
from bot.safety.corpus import corpus_hash, read_corpus
from bot.safety.crisis_model import FEATURE_VERSION, MODEL_FILE, CrisisModel, shipped


def test_the_shipped_model_matches_the_corpus_and_the_training_script() -> None:
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert data["version"] == train.MODEL_VERSION
    assert data["feature_version"] == FEATURE_VERSION
    assert data["corpus_sha256"] == corpus_hash(), "retrain: python -m bot.safety.train"


def test_the_corpus_is_broad_and_in_six_languages() -> None:
    examples = read_corpus()
    assert len(examples) >= 5000
    for language in ("en", "es", "de", "fr", "pt", "it"):
        mine = [e for e in examples if e.language == language]
        assert sum(e.crisis for e in mine) >= 150, language
        assert sum(not e.crisis for e in mine) >= 150, language


def test_the_model_round_trips_and_scores_like_the_shipped_one() -> None:
    model = shipped()
    again = CrisisModel.from_json(json.loads(json.dumps(model.to_json())))
    for text in ("i want to die", "this interview is killing me", "quiero morir"):
        assert again.score(text) == model.score(text)
    assert model.score("i want to die") > 0.8
    assert model.score("the recruiter killed the req") < 0.1


def test_typos_are_made_reproducibly() -> None:
    import random

    first = train.typo("i want to die tonight", random.Random(1))
    assert first == train.typo("i want to die tonight", random.Random(1))
    assert first != "i want to die tonight"


def test_slots_inside_slot_items_are_filled_and_tails_stay_words(tmp_path: Path) -> None:
    from bot.safety.corpus import read_file

    path = tmp_path / "en.txt"
    path.write_text(
        "@rel2 = my brother | my sister\n"
        "@worry = {rel2} said goodbye | {rel2} gave away his things\n"
        "@tail = tonight | for real\n"
        "+ {worry}{tail}\n"
        "- i'm fine{tail}\n",
        encoding="utf-8",
    )
    texts = [e.text for e in read_file(path)]
    assert texts and not any("{" in t for t in texts)
    assert all(t.startswith(("my brother ", "my sister ")) for t in texts[:-2])
    assert "i'm fine tonight" in texts and "i'm fine for real" in texts
    assert not any("goodbyetonight" in t or "thingsfor" in t for t in texts)


def test_no_shipped_example_keeps_a_slot_unfilled() -> None:
    assert not [e.text for e in read_corpus() if "{" in e.text or "}" in e.text]
