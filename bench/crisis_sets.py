"""Scoring item-format crisis sets for bench/safety_eval.py: recall and false alarms overall, per
category and per language; hidden-character obfuscation of items; assess latency percentiles.

An item is `{text, language, category, crisis}`; a set file is YAML with `items:` (a list of
items). Every item is assessed on its own, with no memory.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from bot.safety.crisis import assess

ZERO_WIDTH = ("\u200b", "\u00ad", "\u200c", "\u200d", "\u2060")
HOMOGLYPHS = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "i": "і", "x": "х", "y": "у"}


def load_items(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The items of a set file, the first `limit` of each category when given."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    raw = data.get("items") if isinstance(data, dict) else data
    items: list[dict[str, Any]] = []
    per_category: dict[str, int] = {}
    for item in raw or []:
        if not isinstance(item, dict) or "text" not in item or "crisis" not in item:
            continue
        category = str(item.get("category") or ("crisis" if item["crisis"] else "control"))
        if limit is not None and per_category.get(category, 0) >= limit:
            continue
        per_category[category] = per_category.get(category, 0) + 1
        items.append(
            {
                "text": str(item["text"]),
                "language": str(item.get("language") or "en"),
                "category": category,
                "crisis": bool(item["crisis"]),
            }
        )
    return items


def _hide(word: str, rng: random.Random) -> str:
    if len(word) < 3 or not word.isalpha():
        return word
    if rng.random() < 0.5:
        at = rng.randrange(1, len(word))
        return word[:at] + rng.choice(ZERO_WIDTH) + word[at:]
    spots = [i for i, c in enumerate(word) if c in HOMOGLYPHS]
    if not spots:
        return word[:1] + rng.choice(ZERO_WIDTH) + word[1:]
    i = rng.choice(spots)
    return word[:i] + HOMOGLYPHS[word[i]] + word[i + 1 :]


def obfuscate(items: Sequence[dict[str, Any]], seed: int = 13) -> list[dict[str, Any]]:
    """The crisis items with a hidden character or a look-alike letter in most of their words."""
    rng = random.Random(seed)
    out = []
    for item in items:
        if not item["crisis"]:
            continue
        words = [_hide(w, rng) if rng.random() < 0.7 else w for w in item["text"].split(" ")]
        out.append({**item, "text": " ".join(words)})
    return out


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _rates(rows: list[tuple[dict[str, Any], str | None]]) -> dict[str, Any]:
    positives = [level for item, level in rows if item["crisis"]]
    negatives = [level for item, level in rows if not item["crisis"]]
    caught = sum(1 for level in positives if level is not None)
    alarms = sum(1 for level in negatives if level is not None)
    return {
        "recall": _ratio(caught, len(positives)),
        "false_alarm_rate": _ratio(alarms, len(negatives)),
        "positives": len(positives),
        "negatives": len(negatives),
        "clear": sum(1 for _, level in rows if level == "clear"),
        "possible": sum(1 for _, level in rows if level == "possible"),
    }


def score_items(items: Sequence[dict[str, Any]], *, positives_only: bool = False) -> dict[str, Any]:
    """Recall and false alarms overall, per category and per language."""
    rows = [(item, assess(item["text"]).level) for item in items]
    out = {**_rates(rows), "items": len(rows)}
    if positives_only:
        out.pop("false_alarm_rate")
    out["categories"] = {
        c: _rates([r for r in rows if r[0]["category"] == c])
        for c in sorted({item["category"] for item in items})
    }
    out["languages"] = {
        lang: _rates([r for r in rows if r[0]["language"] == lang])
        for lang in sorted({item["language"] for item in items})
    }
    if positives_only:
        for group in ("languages", "categories"):
            for row in out[group].values():
                row.pop("false_alarm_rate")
    return out


def timings(texts: Sequence[str]) -> dict[str, float | None]:
    """p50 and p99 milliseconds of one `assess` call over `texts` (after one warm-up call)."""
    if not texts:
        return {"p50": None, "p99": None}
    assess(texts[0])
    took = []
    for text in texts:
        started = time.perf_counter()
        assess(text)
        took.append((time.perf_counter() - started) * 1000)
    took.sort()
    return {
        "p50": round(took[len(took) // 2], 3),
        "p99": round(took[min(len(took) - 1, int(len(took) * 0.99))], 3),
    }
