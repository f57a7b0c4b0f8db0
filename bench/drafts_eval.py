"""Draft review benchmark: lash-out recall and false alarms per category, and rewrite point-keeping.

Runs `bot.safety.drafts.review` over the development set (tests/data/drafts_eval.yaml: the
`hostile` and `gracious` sections and the `items` list) and, when given, a test set in the same
`items` format (`text`, `category`, `hostile`). With a rewrite set (items with `text` and `keep`, a
list of points), checks that each hostile draft's calmer version keeps every point: a point is
kept when all its key words and numbers appear in the rewrite (case-insensitive; numbers match as
digits or words, "twice" as "two times"; emphasis words such as "actually" are not key words).
Prints a readable summary, then ONE JSON line last:

    python bench/drafts_eval.py [--test-set PATH] [--rewrite-set PATH] [--part even|odd] [--limit N]

An item may also list `never`: words the calm version must not carry over (an insult, an
ill-wish, a threat); `carried_over` counts the drafts whose calmer version still has one.
`failures` counts the drafts by what went wrong, without showing any text: a jab survived, a
stated fact was dropped, the ask was dropped (a lost point naming feedback, the reason, a reply),
or no calmer version was offered; a draft may count under more than one.
`--limit` keeps the first N items of every category (a quick smoke run). `--part` keeps only the
even- or odd-numbered drafts of the rewrite set (tune on one half, report the other).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.safety.drafts import review  # noqa: E402

DEV = ROOT / "tests" / "data" / "drafts_eval.yaml"
DEV_REWRITE = ROOT / "tests" / "data" / "drafts_rewrite.yaml"

_NUMBERS = {
    w: str(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "hundred": "100"}
_STOP = frozenset({"a", "an", "the", "of", "my", "your", "to", "and", "for", "in", "on", "at", "i"})
_INTENSIFIERS = frozenset(
    {"actual", "actually", "basically", "really", "genuinely", "just", "even", "proper", "truly"}
)
"""Words that only add emphasis ("the actual reason", "what actually changed"): the calm version
may drop them (the rewrite must drop "even", a jab word) without losing the point they stress."""
_ONCE = {"once": "1 time", "twice": "2 time", "thrice": "3 time"}
_TOKEN = re.compile(r"[\w'+#.-]+")
_ASK_POINT = re.compile(
    r"\b(?:feedback|why|reasons?|reply|explanation|respond|response|answer|what changed|review"
    r"|refund|reimburse\w*|pay me|in writing|deleted?|delete|consider\w*|update|know"
    r"|por qué|motivo|retroalimentación|respuesta|qué pasó|razón|razones|explicación)\b",
    re.IGNORECASE,
)
"""A point that names what the person asks for (the reason, feedback, a reply, a refund), as
against a fact they state: `failures` counts the two kinds of lost point apart."""


def load_items(path: Path, limit: int | None) -> list[tuple[str, str, bool]]:
    """(text, category, hostile) triples from `items` and the `hostile`/`gracious` lists."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    rows: list[tuple[str, str, bool]] = []
    for item in data.get("hostile") or []:
        rows.append((str(item["text"]), "loud", True))
    for item in data.get("gracious") or []:
        rows.append((str(item["text"]), "gracious", False))
    for item in data.get("items") or []:
        rows.append(
            (str(item["text"]), str(item.get("category", "unknown")), bool(item["hostile"]))
        )
    if limit is None:
        return rows
    seen: dict[str, int] = defaultdict(int)
    kept = []
    for row in rows:
        seen[row[1]] += 1
        if seen[row[1]] <= limit:
            kept.append(row)
    return kept


def score_items(rows: list[tuple[str, str, bool]]) -> dict[str, Any]:
    """Recall over hostile items, false alarms over the rest, overall and per category."""
    per: dict[str, dict[str, int]] = defaultdict(lambda: {"n": 0, "flagged": 0})
    hostile_flags: list[bool] = []
    calm_flags: list[bool] = []
    missed: list[str] = []
    for text, category, hostile in rows:
        flagged = review(text).hostile
        per[category]["n"] += 1
        per[category]["flagged"] += int(flagged)
        (hostile_flags if hostile else calm_flags).append(flagged)
        if flagged != hostile:
            missed.append(category)
    categories: dict[str, Any] = {}
    kinds = {c: h for _, c, h in rows}
    for category, row in sorted(per.items()):
        rate = round(row["flagged"] / row["n"], 3)
        key = "recall" if kinds[category] else "false_alarms"
        categories[category] = {"n": row["n"], key: rate}
    return {
        "items": len(rows),
        "recall": round(sum(hostile_flags) / len(hostile_flags), 3) if hostile_flags else None,
        "false_alarms": round(sum(calm_flags) / len(calm_flags), 3) if calm_flags else None,
        "categories": categories,
        "wrong": len(missed),
    }


def _words(text: str) -> list[str]:
    text = re.sub(r"\b(?:once|twice|thrice)\b", lambda m: _ONCE[m.group(0)], text.lower())
    out = []
    for token in _TOKEN.findall(text):
        token = token.strip(".'")
        token = "time" if token == "times" else token
        out.append(_NUMBERS.get(token, token))
    return out


def point_kept(point: str, rewrite: str) -> bool:
    """All key words/numbers of `point` appear in `rewrite` (numbers as digits or words)."""
    have = set(_words(rewrite))
    have |= {part for w in have for part in w.split("-")}
    need = [w for w in _words(point) if w not in _STOP | _INTENSIFIERS] or _words(point)
    return all(w in have or all(p in have for p in w.split("-")) for w in need)


def score_rewrites(path: Path, limit: int | None, part: str | None = None) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    items = list(data.get("items") or [])
    if part is not None:
        items = items[{"even": 0, "odd": 1}[part] :: 2]
    items = items[:limit]
    passed = 0
    points = kept = 0
    flagged = carried = untrusted = 0
    failures = {"jab_survived": 0, "fact_dropped": 0, "ask_dropped": 0, "no_calmer_version": 0}
    for item in items:
        result = review(str(item["text"]))
        flagged += int(result.hostile)
        untrusted += int(not result.trusted)
        never = [str(w).lower() for w in item.get("never") or []]
        jab = any(w in result.rewrite.lower() for w in never)
        carried += int(jab)
        keep = [str(p) for p in item.get("keep") or []]
        ok = [point_kept(p, result.rewrite) for p in keep]
        lost = [p for p, k in zip(keep, ok, strict=True) if not k]
        failures["jab_survived"] += int(jab)
        failures["no_calmer_version"] += int(not result.trusted)
        failures["ask_dropped"] += int(result.trusted and any(_ASK_POINT.search(p) for p in lost))
        failures["fact_dropped"] += int(
            result.trusted and any(not _ASK_POINT.search(p) for p in lost)
        )
        points += len(ok)
        kept += sum(ok)
        passed += int(all(ok))
    return {
        "drafts": len(items),
        "flagged": flagged,
        "all_points_kept": passed,
        "pass_rate": round(passed / len(items), 3) if items else None,
        "points_kept": round(kept / points, 3) if points else None,
        "no_calmer_version": untrusted,
        "carried_over": carried,
        "failures": failures,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--test-set", type=Path, help="held-out drafts in the `items` format")
    parser.add_argument("--rewrite-set", type=Path, help="drafts with the points to keep")
    parser.add_argument("--dev", type=Path, default=DEV, help="development set (default: ours)")
    parser.add_argument("--limit", type=int, help="first N items of every category")
    parser.add_argument("--part", choices=("even", "odd"), help="half of the rewrite set")
    args = parser.parse_args(argv)
    for name, path in (
        ("--dev", args.dev),
        ("--test-set", args.test_set),
        ("--rewrite-set", args.rewrite_set),
    ):
        if path is not None and not path.is_file():
            print(f"{name}: no such file: {path}", file=sys.stderr)
            return 2
    started = time.perf_counter()
    dev = score_items(load_items(args.dev, args.limit))
    test = score_items(load_items(args.test_set, args.limit)) if args.test_set else None
    rewrite_path = args.rewrite_set or (DEV_REWRITE if DEV_REWRITE.is_file() else None)
    rewrites = score_rewrites(rewrite_path, args.limit, args.part) if rewrite_path else None
    elapsed = time.perf_counter() - started
    for label, result in (("dev", dev), ("test", test)):
        if result is None:
            continue
        print(
            f"{label}: recall {result['recall']}, false alarms {result['false_alarms']}, "
            f"{result['items']} items"
        )
        for category, row in result["categories"].items():
            print(f"  {category:20} {row}")
    if rewrites is not None:
        print(f"rewrite ({rewrite_path.name if rewrite_path else ''}): {rewrites}")
    summary = {
        "bench": "drafts_eval",
        "dev": dev,
        "test": test,
        "rewrite": rewrites,
        "seconds": round(elapsed, 3),
    }
    print(json.dumps(summary, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
