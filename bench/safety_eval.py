"""Safety benchmark: precision and recall of the crisis detector (and the draft review), and speed.

Runs the labelled crisis set (tests/data/crisis_eval.yaml) through `bot.safety.crisis.assess`,
carrying memory through multi-message conversations, the multilingual development lines
(tests/data/crisis_dev_multilingual.yaml), an optional held-out test set, and, when present, the
draft set (tests/data/drafts_eval.yaml: items with `text` and `hostile: bool`) through
`bot.safety.drafts.review`. Prints a readable summary, then ONE JSON line last:

    python bench/safety_eval.py [--repeat N] [--limit N] [--data PATH] [--drafts PATH]
                                [--multilingual PATH] [--test-set PATH] [--obfuscate]

`--repeat` runs the crisis set N times for a steadier messages/second figure; `--limit` keeps the
first N entries of every category (a quick smoke run). A `--test-set` file (and the multilingual
file) holds `items:` each with `text`, `language`, `category` and `crisis: bool`; recall and false
alarms are reported overall, per category and per language, with how many flags were "clear" or
"possible". `--obfuscate` also scores the crisis items with invisible and look-alike characters
put inside their words (zero-width spaces, soft hyphens, Cyrillic letters), as people do to slip
past filters. `latency_ms` gives the p50 and p99 time of one `assess` call.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

from bot.safety import lexicon
from bot.safety.crisis import Assessment, CrisisMemory, assess, update_memory

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crisis_sets import load_items, obfuscate, score_items, timings

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT / "tests" / "data" / "crisis_eval.yaml"
DEFAULT_DRAFTS = ROOT / "tests" / "data" / "drafts_eval.yaml"
DEFAULT_MULTILINGUAL = ROOT / "tests" / "data" / "crisis_dev_multilingual.yaml"
START = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Case:
    label: str
    """A crisis category, or "control"."""
    kind: str
    """The section heading in the data file."""
    messages: tuple[str, ...]


def load_cases(path: Path, limit: int | None) -> list[Case]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    cases = []
    for section, label_of in (("crisis", None), ("controls", "control")):
        for kind, items in (data.get(section) or {}).items():
            for item in list(items)[:limit]:
                messages = (item,) if isinstance(item, str) else tuple(item)
                cases.append(Case(label_of or kind, kind, messages))
    return cases


def run_case(case: Case) -> Assessment:
    memory = CrisisMemory()
    now = START
    result = Assessment()
    for text in case.messages:
        result = assess(text, memory, now)
        memory = update_memory(memory, result, now)
        now += timedelta(minutes=1)
    return result


def ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def score(cases: Sequence[Case], results: Sequence[Assessment]) -> dict[str, Any]:
    pairs = list(zip(cases, results, strict=True))
    per_category: dict[str, Any] = {}
    for category in lexicon.CATEGORIES:
        mine = [r for c, r in pairs if c.label == category]
        others = [r for c, r in pairs if c.label != category]
        found = sum(1 for r in mine if category in r.categories)
        wrongly = sum(1 for r in others if category in r.categories)
        per_category[category] = {
            "precision": ratio(found, found + wrongly),
            "recall": ratio(sum(1 for r in mine if r.crisis), len(mine)),
            "category_recall": ratio(found, len(mine)),
            "support": len(mine),
        }
    positives = [r.crisis for c, r in pairs if c.label != "control"]
    alarms = [r.crisis for c, r in pairs if c.label == "control"]
    flagged = sum(positives) + sum(alarms)
    return {
        "precision": ratio(sum(positives), flagged),
        "recall": ratio(sum(positives), len(positives)),
        "false_alarm_rate": ratio(sum(alarms), len(alarms)),
        "crisis_messages": len(positives),
        "controls": len(alarms),
        "categories": per_category,
    }


def load_draft_items(path: Path, limit: int | None) -> list[tuple[str, bool]]:
    """(text, hostile) pairs: from each item's `hostile`, else from its section's name."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    groups: list[tuple[bool | None, list[Any]]]
    if isinstance(data, list):
        groups = [(None, data)]
    elif isinstance(data, dict):
        groups = [(k == "hostile", v) for k, v in data.items() if isinstance(v, list)]
    else:
        groups = []
    items = []
    for section_hostile, group in groups:
        for item in group[:limit]:
            if not isinstance(item, dict) or "text" not in item:
                continue
            hostile = item.get("hostile", section_hostile)
            if hostile is not None:
                items.append((str(item["text"]), bool(hostile)))
    return items


def score_drafts(path: Path, limit: int | None) -> dict[str, Any] | None:
    if not path.exists():
        return None
    try:
        from bot.safety import drafts
    except ImportError:
        return {"skipped": "bot.safety.drafts is not available"}
    items = load_draft_items(path, limit)
    started = time.perf_counter()
    verdicts = [bool(drafts.review(text).hostile) for text, _ in items]
    elapsed = time.perf_counter() - started
    pairs = list(zip((want for _, want in items), verdicts, strict=True))
    tp = sum(1 for want, got in pairs if want and got)
    fp = sum(1 for want, got in pairs if not want and got)
    positives = sum(1 for _, want in items if want)
    return {
        "precision": ratio(tp, tp + fp),
        "recall": ratio(tp, positives),
        "items": len(items),
        "messages_per_second": round(len(items) / elapsed, 1) if elapsed > 0 else None,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs of the crisis set (speed)")
    parser.add_argument("--limit", type=int, default=None, help="first N entries per category")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--drafts", type=Path, default=DEFAULT_DRAFTS)
    parser.add_argument("--multilingual", type=Path, default=DEFAULT_MULTILINGUAL)
    parser.add_argument("--test-set", type=Path, default=None, help="a held-out set (items:)")
    parser.add_argument(
        "--obfuscate",
        action="store_true",
        help="also score crisis items with hidden characters inside words",
    )
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be 1 or more")
    if not args.data.exists():
        parser.error(f"no labelled set at {args.data}; pass --data PATH")
    if args.test_set is not None and not args.test_set.exists():
        parser.error(f"no test set at {args.test_set}; pass --test-set PATH")

    cases = load_cases(args.data, args.limit)
    messages = sum(len(c.messages) for c in cases)
    started = time.perf_counter()
    for _ in range(args.repeat):
        results = [run_case(c) for c in cases]
    elapsed = time.perf_counter() - started
    crisis = score(cases, results)
    hostile = score_drafts(args.drafts, args.limit)
    sets: dict[str, Any] = {}
    named = [("dev_multilingual", args.multilingual), ("test", args.test_set)]
    for name, path in named:
        if path is None or not path.exists():
            continue
        items = load_items(path, args.limit)
        sets[name] = score_items(items)
        if args.obfuscate:
            sets[name + "_obfuscated"] = score_items(obfuscate(items), positives_only=True)
    if args.obfuscate:
        english = [
            {"text": c.messages[-1], "language": "en", "category": c.label, "crisis": True}
            for c in cases
            if c.label != "control" and len(c.messages) == 1
        ]
        sets["dev_obfuscated"] = score_items(obfuscate(english), positives_only=True)
    latency = timings([m for c in cases for m in c.messages])

    print(
        f"crisis: precision {crisis['precision']}  recall {crisis['recall']}  "
        f"false alarms {crisis['false_alarm_rate']}"
    )
    for category, row in crisis["categories"].items():
        print(
            f"  {category:<18} precision {row['precision']}  recall {row['recall']}  "
            f"(n={row['support']})"
        )
    for name, row in sets.items():
        print(
            f"{name}: recall {row['recall']}  false alarms {row.get('false_alarm_rate')}  "
            f"(n={row['items']})"
        )
        for language, lrow in row["languages"].items():
            print(
                f"  {language}: recall {lrow['recall']}  "
                f"false alarms {lrow.get('false_alarm_rate')}"
            )
    print(f"assess latency: p50 {latency['p50']} ms  p99 {latency['p99']} ms")
    if hostile is not None:
        print(f"hostile drafts: {hostile}")
    summary = {
        "bench": "safety_eval",
        "crisis": crisis,
        "sets": sets,
        "latency_ms": latency,
        "hostile": hostile,
        "messages": messages,
        "repeat": args.repeat,
        "seconds": round(elapsed, 4),
        "messages_per_second": round(messages * args.repeat / elapsed, 1) if elapsed > 0 else None,
    }
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
