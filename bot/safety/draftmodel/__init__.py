"""The draft-tone model: a small logistic regression that scores how much a reply reads as a jab.

It complements the rule families in `draft_rules`/`draft_quiet` with paraphrases they don't
list: the model was trained offline (`train.py`, pure Python, fixed seed) on `corpus.yaml`, a
corpus written for this project of quiet and loud lash-outs and of firm but polite replies, and
its weights are pinned in `model.json` (with the corpus hash and a version). Inference is pure
Python: word unigrams and bigrams, plus a few marks (winks, scare quotes, piled-up `!?`), summed
and squashed. No network, no extra dependency; the file loads once, lazily.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

MODEL_PATH = Path(__file__).with_name("model.json")

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|;-?\)|[!?]{2,}|[\U0001F300-\U0001FAFF]", re.IGNORECASE)
_SCARE = re.compile(r"['\"\u2018\u201c][a-z][\w -]{0,30}['\"\u2019\u201d]")


def features(text: str) -> list[str]:
    """The features of `text`: lower-case words and marks, their bigrams, and shape marks."""
    plain = text.replace("\u2019", "'")
    tokens = [t.lower() for t in _TOKEN.findall(plain)]
    out = list(tokens)
    out += [f"{a} {b}" for a, b in pairwise(tokens)]
    if _SCARE.search(plain):
        out.append("<scare-quote>")
    return out


@cache
def _model() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return data


def version() -> str:
    """The pinned model's version string (changes whenever it is retrained)."""
    return str(_model()["version"])


def score(text: str) -> float:
    """How likely `text` reads as a lash-out, 0..1 (a logistic regression over its features)."""
    model = _model()
    weights: dict[str, float] = model["weights"]
    total = float(model["bias"]) + sum(weights.get(f, 0.0) for f in set(features(text)))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))
