"""A small intent model learned from the flows' own option phrases, when the flows load.

Each phrase (label, synonyms, `examples:`) becomes a TF-IDF vector of character n-grams (2 to 4
characters inside word boundaries, as in scikit-learn's `char_wb`), so typos and word forms share
most of their n-grams. Inverse document frequencies come from every phrase of every flow. An
answer scores each option by cosine similarity with its nearest phrase, blended with the option's
centroid. Pure Python, deterministic and offline; an inverted index keeps a match well under a
millisecond.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from bot.understanding.normal import norm

NGRAMS = (2, 3, 4)
NEAREST_WEIGHT = 0.75
"""How much the nearest phrase counts against the option's centroid."""

Vector = dict[str, float]


def grams(text: str) -> Counter[str]:
    """Character n-grams of each word, padded with spaces at its edges."""
    out: Counter[str] = Counter()
    for word in text.split():
        padded = f" {word} "
        for n in NGRAMS:
            for i in range(max(1, len(padded) - n + 1)):
                out[padded[i : i + n]] += 1
    return out


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

    def vector(self, normed: str) -> Vector:
        counts = grams(normed)
        return _unit(
            {g: (1 + math.log(c)) * self._idf.get(g, self._unseen) for g, c in counts.items()}
        )


@dataclass(frozen=True, slots=True)
class _Posting:
    row: int
    weight: float


class StepModel:
    """Nearest-phrase and centroid scores for the options of one question."""

    def __init__(self, vocab: Vocabulary, options: Sequence[tuple[str, Sequence[str]]]) -> None:
        self.vocab = vocab
        self.option_ids = [oid for oid, _ in options]
        self._row_option: list[int] = []
        self._index: dict[str, list[_Posting]] = defaultdict(list)
        self._centroids: dict[str, list[_Posting]] = defaultdict(list)
        row = 0
        for index, (_, phrases) in enumerate(options):
            total: dict[str, float] = defaultdict(float)
            for phrase in dict.fromkeys(norm(p) for p in phrases):
                if not phrase:
                    continue
                vec = vocab.vector(phrase)
                for g, w in vec.items():
                    self._index[g].append(_Posting(row, w))
                    total[g] += w
                self._row_option.append(index)
                row += 1
            for g, w in _unit(total).items():
                self._centroids[g].append(_Posting(index, w))

    def scores(self, normed: str) -> list[float]:
        """One score in [0, 1] per option, in option order."""
        query = self.vocab.vector(normed)
        rows: dict[int, float] = defaultdict(float)
        centre = [0.0] * len(self.option_ids)
        for g, w in query.items():
            for post in self._index.get(g, ()):
                rows[post.row] += w * post.weight
            for post in self._centroids.get(g, ()):
                centre[post.row] += w * post.weight
        nearest = [0.0] * len(self.option_ids)
        for row, score in rows.items():
            option = self._row_option[row]
            if score > nearest[option]:
                nearest[option] = score
        return [
            min(1.0, NEAREST_WEIGHT * n + (1 - NEAREST_WEIGHT) * c)
            for n, c in zip(nearest, centre, strict=True)
        ]
