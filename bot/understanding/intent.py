"""A small intent model learned from the flows' own option phrases, when the flows load.

Each phrase (label, synonyms, `examples:`) becomes a TF-IDF vector of character n-grams (2 to 4
characters inside word boundaries, as in scikit-learn's `char_wb`), so typos and word forms share
most of their n-grams. Inverse document frequencies come from every phrase of every flow. An
answer scores each option by cosine similarity with its nearest phrase, blended with the option's
centroid. Pure Python, deterministic and offline; an inverted index of plain tuples, built when the
flows load, keeps a match well under a millisecond.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import chain

from bot.primitives.turn_memo import within_turn
from bot.understanding.normal import norm

NGRAMS = (2, 3, 4)
NEAREST_WEIGHT = 0.75
"""How much the nearest phrase counts against the option's centroid."""
WORDS_KEPT = 8192
"""Words whose n-grams are remembered."""

Vector = dict[str, float]


@lru_cache(maxsize=WORDS_KEPT)
def _word_grams(word: str) -> tuple[str, ...]:
    padded = f" {word} "
    size = len(padded)
    found: list[str] = []
    for n in NGRAMS:
        found.extend(padded[i : i + n] for i in range(max(1, size - n + 1)))
    return tuple(found)


def grams(text: str) -> Counter[str]:
    """Character n-grams of each word, padded with spaces at its edges (each word's n-grams
    are remembered: the same words recur in answer after answer)."""
    return Counter(chain.from_iterable(map(_word_grams, text.split())))


_grams_in_turn = within_turn(grams)
"""`grams`, counted once a turn for the same text (the counts are only read)."""


def _unit(weights: Mapping[str, float]) -> Vector:
    length = math.sqrt(sum(w * w for w in weights.values()))
    return {g: w / length for g, w in weights.items()} if length else {}


class Vocabulary:
    """Inverse document frequencies over every phrase the flows hold."""

    def __init__(self, phrases: Iterable[str]) -> None:
        docs = 0
        df: Counter[str] = Counter()
        for phrase in phrases:
            docs += 1
            df.update(set(grams(norm(phrase))))
        self._docs = docs
        self._idf = {g: math.log((1 + docs) / (1 + n)) + 1.0 for g, n in df.items()}
        self._unseen = math.log(1 + docs) + 1.0
        self._phrases: dict[str, Vector] = {}

    def phrase_vector(self, normed: str) -> Vector:
        """`vector` of an option phrase, remembered (the same phrases recur across questions)."""
        found = self._phrases.get(normed)
        if found is None:
            found = self._phrases[normed] = self.vector(normed)
        return found

    def vector(self, normed: str) -> Vector:
        idf, unseen, log = self._idf, self._unseen, math.log
        counts = _grams_in_turn(normed)  # each language's matcher reads the same answer
        return _unit(  # an n-gram seen once weighs its idf: (1 + log 1) * idf is exactly that
            {
                g: idf.get(g, unseen) if c == 1 else (1 + log(c)) * idf.get(g, unseen)
                for g, c in counts.items()
            }
        )


Postings = tuple[tuple[int, float], ...]
"""(slot, weight) pairs of one n-gram: a slot is an option's centroid or one of its phrases."""


class StepModel:
    """Nearest-phrase and centroid scores for the options of one question.

    Everything that does not depend on the answer is computed here, once: each n-gram maps to
    its weight in every phrase (row) and every option's centroid, as plain tuples, so scoring an
    answer is one pass over its own n-grams."""

    def __init__(self, vocab: Vocabulary, options: Sequence[tuple[str, Sequence[str]]]) -> None:
        self.vocab = vocab
        self.option_ids = [oid for oid, _ in options]
        row_option: list[int] = []
        spans: list[tuple[int, int]] = []  # each option's rows: one run of slots
        # one list of slots: each option's centroid, then each phrase (row), after them all
        index: dict[str, list[tuple[int, float]]] = defaultdict(list)
        slot = len(options)
        for option, (_, phrases) in enumerate(options):
            first = slot
            total: dict[str, float] = defaultdict(float)
            for phrase in dict.fromkeys(norm(p) for p in phrases):
                if not phrase:
                    continue
                for g, w in vocab.phrase_vector(phrase).items():
                    index[g].append((slot, w))
                    total[g] += w
                row_option.append(option)
                slot += 1
            spans.append((first, slot))
            for g, w in _unit(total).items():
                index[g].append((option, w))
        self._row_option = tuple(row_option)
        self._spans = tuple(spans)
        self._postings: dict[str, Postings] = {g: tuple(found) for g, found in index.items()}

    def scores(self, normed: str) -> list[float]:
        """One score in [0, 1] per option, in option order."""
        return self.scores_of(self.vocab.vector(normed))

    def scores_of(self, query: Vector) -> list[float]:
        """`scores` of an answer's `Vocabulary.vector`."""
        count = len(self.option_ids)
        slots = [0.0] * (count + len(self._row_option))
        postings = self._postings
        for g, w in query.items():
            found = postings.get(g)
            if found is None:
                continue
            for slot, weight in found:
                slots[slot] += w * weight
        # an option's nearest phrase: the most of its run of rows, found by `max` in C (never
        # below 0.0, as a loop from 0.0 keeping the larger gives; no slot is ever negative)
        return [
            min(
                1.0,
                NEAREST_WEIGHT * max(0.0, max(slots[a:b], default=0.0)) + (1 - NEAREST_WEIGHT) * c,
            )
            for (a, b), c in zip(self._spans, slots, strict=False)
        ]

    def reach(self, query: Vector) -> float:
        """At least as much as any option's score of an answer's `Vocabulary.vector`: the length
        of its part on n-grams the options' phrases have (every phrase and centroid is of unit
        length, so no cosine with them is more, by Cauchy-Schwarz), without scoring a row."""
        return reach_within(self._postings, query)


def reach_within(known: Container[str], query: Vector) -> float:
    """`StepModel.reach` of a model whose n-grams are `known`: all it needs of the model."""
    return math.sqrt(sum(w * w for g, w in query.items() if g in known))
