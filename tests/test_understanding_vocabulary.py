"""What a matcher learns from every phrase of the flows is learned once per process for the same
phrases, and every language's matcher is ready when the engine is built: the first person to
type an answer after a start does not wait while it is learned, and the answers do not change.
Each word's character n-grams are remembered too, and give exactly the vectors computed afresh."""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import yaml

from bot.core.actions import ActionRegistry
from bot.core.answers import Answers
from bot.core.walker import Walker
from bot.flows.loader import load_flows_or_raise
from bot.understanding import intent, vocabulary
from bot.understanding.matcher import Matcher
from bot.understanding.normal import norm

DIALOGUES = Path(__file__).resolve().parent.parent / "dialogues"
DATA = Path(__file__).resolve().parent / "data"
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


def _grams_afresh(text: str) -> Counter[str]:
    found: list[str] = []
    for word in text.split():
        padded = f" {word} "
        for n in intent.NGRAMS:
            found.extend(padded[i : i + n] for i in range(max(1, len(padded) - n + 1)))
    return Counter(found)


def test_remembered_ngrams_and_vectors_are_exactly_those_computed_afresh() -> None:
    flows = load_flows_or_raise([DIALOGUES])
    vocab = Matcher(flows).vocab
    items = yaml.safe_load((DATA / "understanding_dev.yaml").read_text("utf-8"))["items"]
    texts = [norm(str(item["text"])) for item in items] + ["aa aa aa bbb bbb", "ok ok"]
    for text in texts * 2:  # the second time from memory
        assert list(intent.grams(text).items()) == list(_grams_afresh(text).items())
        afresh = {
            g: (1 + math.log(c)) * vocab._idf.get(g, vocab._unseen)
            for g, c in _grams_afresh(text).items()
        }
        length = math.sqrt(sum(w * w for w in afresh.values()))
        expected = {g: w / length for g, w in afresh.items()} if length else {}
        assert list(vocab.vector(text).items()) == list(expected.items())
