"""Matching by the words that carry meaning, beside the character n-gram model.

Each option phrase is reduced to its content words (`bot.understanding.lexicon`: stop words
dropped, stems, synonyms read as one). An answer scores a phrase by how much of the phrase's
words it contains (recall) and how much of the answer those words explain (precision), each
word weighted by how rare it is across all the flows' phrases, combined as F2 (recall counts
more: "the recruiter called" should meet "a call" although "recruiter" is left over). An option
scores as its best phrase. Deterministic, offline, and fast through an inverted index.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from bot.understanding.lexicon import content
from bot.understanding.normal import norm

BETA2 = 4.0
"""F-beta with beta = 2: recall counts four times as much as precision."""


class WordWeights:
    """How rare each content word is across every phrase the flows hold (IDF)."""

    def __init__(self, phrases: Iterable[str]) -> None:
        docs = 0
        df: Counter[str] = Counter()
        for phrase in phrases:
            docs += 1
            df.update(set(content(norm(phrase))))
        self._idf = {w: math.log((1 + docs) / (1 + n)) + 1.0 for w, n in df.items()}
        self._unseen = math.log(1 + docs) + 1.0

    def known(self, word: str) -> bool:
        return word in self._idf

    def weight(self, word: str) -> float:
        return self._idf.get(word, self._unseen)


class WordModel:
    """Best-phrase F2 word overlap for the options of one question."""

    def __init__(self, weights: WordWeights, options: Sequence[Sequence[str]]) -> None:
        self.weights = weights
        self.size = len(options)
        self._owner: list[int] = []
        self._mass: list[float] = []
        self._index: dict[str, list[int]] = defaultdict(list)
        for index, phrases in enumerate(options):
            for phrase in dict.fromkeys(norm(p) for p in phrases):
                words = set(content(phrase))
                if not words:
                    continue
                row = len(self._owner)
                self._owner.append(index)
                self._mass.append(sum(weights.weight(w) for w in words))
                for w in words:
                    self._index[w].append(row)

    def scores(self, normed: str) -> list[float]:
        """One score in [0, 1] per option, in option order."""
        out = [0.0] * self.size
        said = set(content(normed))
        if not said:
            return out
        overlap: dict[int, float] = defaultdict(float)
        total = 0.0
        for w in said:
            weight = self.weights.weight(w)
            total += weight
            for row in self._index.get(w, ()):
                overlap[row] += weight
        for row, shared in overlap.items():
            recall = shared / self._mass[row]
            precision = shared / total
            f2 = (1 + BETA2) * precision * recall / (BETA2 * precision + recall)
            option = self._owner[row]
            if f2 > out[option]:
                out[option] = f2
        return out
