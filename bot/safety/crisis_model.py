"""The crisis model at run time: hashed word and character n-grams scored by logistic regression.

`CrisisModel.load()` reads the shipped `bot/safety/model/crisis_model.json` (built offline by
`python -m bot.safety.train` from the corpus in `bot/safety/model/corpus/`); `score(text)` is the
probability that a message is about wanting to die, self-harm, means or a goodbye. It is pure
Python (a dict lookup per feature), takes well under a millisecond and needs no network. Text
is featurised after `bot.safety.normalise.normalise`, so the model sees the same canonical
spelling as the rules: accents, case, leetspeak, invisible and look-alike characters removed.
"""

from __future__ import annotations

import itertools
import json
import math
import zlib
from array import array
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from bot.safety.normalise import normalise

MODEL_FILE = Path(__file__).resolve().parent / "model" / "crisis_model.json"
FEATURE_VERSION = "words1-2+stems5+neg3+chars3-5/crc32"
"""Changes whenever `features` changes; a model trained with other features is refused."""
CHAR_SIZES = (3, 4, 5)
STEM = 5
"""Words longer than this also count by their first `STEM` letters (light stemming)."""
NEGATION_REACH = 3
"""Words within this many after a negator also count as negated ("n:" features)."""
NEGATORS = frozenset(
    {
        "not",
        "no",
        "never",
        "dont",
        "wont",
        "cant",
        "isnt",
        "im not",
        "nunca",
        "nicht",
        "nie",
        "kein",
        "keine",
        "pas",
        "jamais",
        "nao",
        "non",
        "mai",
        "nem",
        "ne",
        "ni",
    }
)


def _word_features(normal: str) -> tuple[list[str], list[str]]:
    """The word features of already-normalised text (words, word pairs, five-letter stems,
    negated words), and its words without punctuation."""
    tokens = normal.split()
    words = [w for w in tokens if w not in (".", ",")]
    names: list[str] = [f"w:{w}" for w in words]
    names += [f"b:{a}_{b}" for a, b in itertools.pairwise(tokens)]
    names += [f"s:{w[:STEM]}" for w in words if len(w) > STEM]
    reach = 0
    for token in tokens:
        if token in (".", ","):
            reach = 0
        elif token in NEGATORS:
            reach = NEGATION_REACH
        elif reach:
            names.append(f"n:{token}")
            reach -= 1
    return names, words


def feature_names(normal: str) -> list[str]:
    """The features of already-normalised text before hashing: words, word pairs, five-letter
    stems, negated words and letter n-grams."""
    names, words = _word_features(normal)
    padded = f" {' '.join(words)} "
    for size in CHAR_SIZES:
        names += [padded[i : i + size] for i in range(len(padded) - size + 1)]
    return names


def features(normal: str, buckets: int) -> dict[int, float]:
    """Hashed features of already-normalised text, scaled to unit length."""
    counts = dict.fromkeys([zlib.crc32(name.encode()) % buckets for name in feature_names(normal)])
    if not counts:
        return {}
    scale = 1.0 / math.sqrt(len(counts))
    return {idx: scale for idx in counts}


MEMO_LIMIT = 50_000
"""Feature names whose bucket a model remembers (about 110 bytes each, so under 6 MB), forgotten
all at once past this."""


@dataclass(frozen=True)
class CrisisModel:
    """Logistic regression weights over hashed features, with the version and corpus they came
    from."""

    version: str
    corpus_sha256: str
    buckets: int
    bias: float
    weights: dict[int, float]

    @cached_property
    def _dense(self) -> array[float]:
        """The weights by bucket (0.0 for a bucket with none): an index instead of a dict
        lookup a feature."""
        dense = array("d", bytes(8 * self.buckets))
        for idx, weight in self.weights.items():
            dense[idx] = weight
        return dense

    @cached_property
    def _buckets_of(self) -> dict[str, int]:
        """Feature name -> its bucket, for names seen before (most words recur)."""
        return {}

    @cached_property
    def _windows(self) -> tuple[dict[str, tuple[int, ...]], ...]:
        """For each of `CHAR_SIZES`: a word's letter window (the space before it, the word and
        the letters that follow up to the n-gram size) -> the buckets of the n-grams starting
        in it, in order. Windows recur far more than whole messages do."""
        return tuple({} for _ in CHAR_SIZES)

    def _bucket(self, name: str) -> int:
        memo = self._buckets_of
        idx = memo.get(name)
        if idx is None:
            idx = memo[name] = zlib.crc32(name.encode()) % self.buckets
        return idx

    def bucket_indices(self, normal: str) -> list[int]:
        """The bucket of each name `feature_names(normal)` gives, in the same order; the letter
        n-grams are taken a word's window at a time (the windows of a text cover its n-grams'
        start positions in order, so the sequence is the same)."""
        memo, windows = self._buckets_of, self._windows
        if len(memo) > MEMO_LIMIT:
            memo.clear()
            for known in windows:
                known.clear()
        names, words = _word_features(normal)
        bucket = self._bucket
        out = [bucket(name) for name in names]
        padded = f" {' '.join(words)} "
        for size, known in zip(CHAR_SIZES, windows, strict=True):
            start = 1
            for word in words:
                end = start + len(word)
                window = padded[start - 1 : end + size - 1]
                found = known.get(window)
                if found is None:
                    count = min(len(word) + 1, len(window) - size + 1)
                    found = known[window] = tuple(
                        bucket(window[j : j + size]) for j in range(max(0, count))
                    )
                out += found
                start = end + 1
        return out

    def score_normal(self, normal: str) -> float:
        """The crisis probability of already-normalised text (the same sum, in the same order,
        as `features` gives: bucket indices are remembered, weights read from an array)."""
        if not normal:
            return 0.0
        unique = dict.fromkeys(self.bucket_indices(normal))
        if not unique:
            return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, self.bias))))
        scale = 1.0 / math.sqrt(len(unique))
        dense = self._dense
        total = self.bias
        for idx in unique:
            total += dense[idx] * scale
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))

    def score(self, text: str) -> float:
        """The crisis probability of a message as typed."""
        return self.score_normal(normalise(text))

    def to_json(self) -> dict[str, object]:
        return {
            "version": self.version,
            "feature_version": FEATURE_VERSION,
            "corpus_sha256": self.corpus_sha256,
            "buckets": self.buckets,
            "bias": self.bias,
            "weights": {str(k): v for k, v in sorted(self.weights.items())},
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> CrisisModel:
        if data.get("feature_version") != FEATURE_VERSION:
            raise ValueError("the crisis model was trained with other features; retrain it")
        raw = data["weights"]
        assert isinstance(raw, dict)
        return cls(
            version=str(data["version"]),
            corpus_sha256=str(data["corpus_sha256"]),
            buckets=int(str(data["buckets"])),
            bias=float(str(data["bias"])),
            weights={int(k): float(v) for k, v in raw.items()},
        )

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> CrisisModel:
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))


@cache
def shipped() -> CrisisModel:
    """The model shipped inside the package, loaded once."""
    return CrisisModel.load()
