"""Train the draft-tone model from `corpus.yaml` and pin it in `model.json` (pure Python).

    python -m bot.safety.draftmodel.train            # rewrite model.json
    python -m bot.safety.draftmodel.train --check    # fail if model.json is stale

Every core line is used alone and set inside polite openings and sign-offs (seeded, so the same
corpus always gives the same model); polite lines are also paired with each other, and a hostile
line with a polite one, so the model learns that a jab in a courteous email is still a jab.
Logistic regression by plain stochastic gradient descent with L2; weights rounded and pruned.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
from pathlib import Path

import yaml

from bot.safety.draftmodel import MODEL_PATH, features

CORPUS = Path(__file__).with_name("corpus.yaml")
SEED = 13
EPOCHS = 25
RATE = 0.2
L2 = 1e-3
FRAMES = 3

_OPENINGS = (
    "",
    "Hi Sam,",
    "Hello,",
    "Dear hiring team,",
    "Hi there,",
    "Dear Ms Ortiz,",
    "Good morning,",
    "Thanks for letting me know.",
    "Thank you for your email.",
    "Thanks for the update.",
    "I got your message about the role.",
    "Hi Alex, I saw your email.",
)
_MIDDLES = (
    "",
    "I enjoyed meeting the team.",
    "I applied in March.",
    "The final round was last Tuesday.",
    "I spent a lot of time on the application.",
    "I have five years of experience.",
    "It was a long process.",
)
_CLOSINGS = (
    "",
    "Best,\nJo",
    "Regards.",
    "Thanks.",
    "Kind regards,\nPriya",
    "Cheers.",
    "Best wishes.",
)


def _frame(rng: random.Random, core: str) -> str:
    parts = [rng.choice(_OPENINGS), rng.choice(_MIDDLES), core, rng.choice(_CLOSINGS)]
    rng.shuffle(parts[1:3]) if rng.random() < 0.3 else None
    return " ".join(p for p in parts if p)


def examples(corpus: dict[str, dict[str, list[str]]]) -> list[tuple[str, int]]:
    """Labelled training texts (1 = hostile) built from the corpus, in a seeded order."""
    rng = random.Random(SEED)
    hostile = [line for lines in corpus["hostile"].values() for line in lines]
    polite = [line for lines in corpus["polite"].values() for line in lines]
    out: list[tuple[str, int]] = []
    for label, lines in ((1, hostile), (0, polite)):
        for line in lines:
            out.append((line, label))
            out += [(_frame(rng, line), label) for _ in range(FRAMES)]
    for line in hostile:
        out.append((f"{rng.choice(polite)} {line}", 1))
    for line in polite:
        out.append((f"{line} {rng.choice(polite)}", 0))
    rng.shuffle(out)
    return out


def train(data: list[tuple[str, int]]) -> tuple[float, dict[str, float]]:
    """Logistic regression by SGD; returns (bias, weights)."""
    rng = random.Random(SEED)
    rows = [(set(features(text)), label) for text, label in data]
    positives = sum(label for _, label in rows)
    balance = positives / max(1, len(rows) - positives)  # weigh the classes equally
    weights: dict[str, float] = {}
    bias = 0.0
    for epoch in range(EPOCHS):
        rate = RATE / (1 + epoch * 0.2)
        order = list(range(len(rows)))
        rng.shuffle(order)
        for i in order:
            feats, label = rows[i]
            z = bias + sum(weights.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            grad = (p - label) * (balance if label == 0 else 1.0)
            bias -= rate * grad
            for f in feats:
                w = weights.get(f, 0.0)
                weights[f] = w - rate * (grad + L2 * w)
    return bias, weights


def build() -> dict[str, object]:
    raw = CORPUS.read_bytes()
    corpus = yaml.safe_load(raw)
    bias, weights = train(examples(corpus))
    kept = {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 0.005}
    digest = hashlib.sha256(raw).hexdigest()
    return {
        "version": f"draft-tone-1+{digest[:12]}",
        "corpus_sha256": digest,
        "seed": SEED,
        "epochs": EPOCHS,
        "bias": round(bias, 4),
        "weights": kept,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare with model.json")
    args = parser.parse_args(argv)
    text = json.dumps(build(), indent=0, sort_keys=True, ensure_ascii=False) + "\n"
    if args.check:
        same = MODEL_PATH.exists() and MODEL_PATH.read_text(encoding="utf-8") == text
        print("model.json matches the corpus" if same else "model.json is stale: retrain")
        return 0 if same else 1
    MODEL_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {MODEL_PATH.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
