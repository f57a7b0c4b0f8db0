"""Train the crisis model offline: `python -m bot.safety.train [--check] [--out PATH]`.

Reads the corpus (`bot.safety.corpus`), adds typo variants of each line (dropped, doubled and
swapped letters, as people type when upset), and fits a logistic regression over the hashed
features of `bot.safety.crisis_model` with AdaGrad, in pure Python with fixed seeds, so the same
corpus always gives the same model file. Crisis and non-crisis lines are weighted to count
equally; natural lines (`*_natural.txt`) get more typo variants and more weight than template
expansions. Prints one JSON line with the training figures. `--check` trains and fails when the
shipped model file differs from the result (a stale model).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.safety.corpus import Example, corpus_hash, read_corpus
from bot.safety.crisis_model import MODEL_FILE, CrisisModel, features
from bot.safety.normalise import normalise

MODEL_VERSION = "2026.12.07-25"
"""Bump with every change to the corpus or the training settings."""
BUCKETS = 1 << 18
EPOCHS = 8
LEARNING_RATE = 0.1
L2 = 3e-4
PRUNE_BELOW = 0.005
TYPO_VARIANTS = 1
NATURAL_TYPO_VARIANTS = 3
"""Typo variants of each natural line (`*_natural.txt`): a line as someone wrote it is worth
more than one more template expansion."""
NATURAL_WEIGHT = 4.0
"""Each row from a natural line counts this much more than a row from a template."""
SEED = 13
NEGATIVE_WEIGHT = 3.5
"""Not-crisis lines count this much more: unfamiliar everyday text should score low."""


def typo(text: str, rng: random.Random) -> str:
    """One typo in a random word of three letters or more (drop, double or swap a letter)."""
    words = text.split()
    spots = [i for i, w in enumerate(words) if len(w) >= 3 and w.isalpha()]
    if not spots:
        return text
    i = rng.choice(spots)
    word = words[i]
    at = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        word = word[:at] + word[at + 1 :]
    elif kind == 1:
        word = word[:at] + word[at] + word[at:]
    else:
        word = word[: at - 1] + word[at] + word[at - 1] + word[at + 1 :]
    words[i] = word
    return " ".join(words)


Row = tuple[dict[int, float], int, float]
"""A training row: hashed features, label (1 for crisis) and the row's weight."""


def training_rows(examples: Sequence[Example]) -> list[Row]:
    """Feature rows (with typo variants), labels and weights, deduplicated, in a fixed order;
    natural lines get more typo variants and more weight than template expansions."""
    rng = random.Random(SEED)
    seen: set[tuple[str, int]] = set()
    rows = []
    for example in examples:
        label = int(example.crisis)
        variants = NATURAL_TYPO_VARIANTS if example.natural else TYPO_VARIANTS
        weight = NATURAL_WEIGHT if example.natural else 1.0
        texts = [example.text] + [typo(example.text, rng) for _ in range(variants)]
        for text in texts:
            normal = normalise(text)
            if not normal or (normal, label) in seen:
                continue
            seen.add((normal, label))
            rows.append((features(normal, BUCKETS), label, weight))
    return rows


def fit(rows: list[Row]) -> tuple[float, dict[int, float]]:
    """Logistic regression by AdaGrad over `rows`; returns (bias, weights)."""
    total = sum(weight for _, _, weight in rows)
    positives = sum(weight for _, label, weight in rows if label)
    negatives = total - positives
    weight_of = {1: total / (2 * positives), 0: NEGATIVE_WEIGHT * total / (2 * negatives)}
    weights: dict[int, float] = {}
    squares: dict[int, float] = {}
    bias, bias_square = 0.0, 1e-8
    order = list(range(len(rows)))
    rng = random.Random(SEED)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for n in order:
            row, label, weight = rows[n]
            z = bias + sum(weights.get(i, 0.0) * v for i, v in row.items())
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - label) * weight_of[label] * weight
            bias_square += g * g
            bias -= LEARNING_RATE * g / math.sqrt(bias_square)
            for i, v in row.items():
                w = weights.get(i, 0.0)
                grad = g * v + L2 * w
                sq = squares.get(i, 1e-8) + grad * grad
                squares[i] = sq
                weights[i] = w - LEARNING_RATE * grad / math.sqrt(sq)
    kept = {i: round(w, 4) for i, w in weights.items() if abs(w) >= PRUNE_BELOW}
    return round(bias, 4), kept


def train() -> tuple[CrisisModel, dict[str, object]]:
    examples = read_corpus()
    rows = training_rows(examples)
    bias, weights = fit(rows)
    model = CrisisModel(MODEL_VERSION, corpus_hash(), BUCKETS, bias, weights)
    correct = sum(
        1
        for row, label, _ in rows
        if (bias + sum(weights.get(i, 0.0) * v for i, v in row.items()) > 0) == bool(label)
    )
    by_language: dict[str, int] = {}
    for example in examples:
        by_language[example.language] = by_language.get(example.language, 0) + 1
    stats: dict[str, object] = {
        "version": MODEL_VERSION,
        "examples": len(examples),
        "natural_examples": sum(1 for e in examples if e.natural),
        "crisis_examples": sum(1 for e in examples if e.crisis),
        "rows": len(rows),
        "by_language": by_language,
        "weights": len(weights),
        "train_accuracy": round(correct / len(rows), 4),
    }
    return model, stats


def dump(model: CrisisModel) -> str:
    return json.dumps(model.to_json(), separators=(",", ":")) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument("--check", action="store_true", help="fail if the shipped model is stale")
    args = parser.parse_args(argv)
    model, stats = train()
    text = dump(model)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        stats["up_to_date"] = current == text
        print(json.dumps(stats))
        return 0 if current == text else 1
    args.out.write_text(text, encoding="utf-8")
    print(json.dumps(stats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
