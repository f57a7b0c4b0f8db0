"""Understanding benchmark: how often free-text answers are understood, and how fast matching is.

Reads a development set (`tests/data/understanding_dev.yaml`) and, with `--test-set PATH`, a
held-out set in the same format:

    items:
      - flow: vent
        step: heard
        text: "nah im good thats all"
        expect: "I'm done for now"   # the option's label, or null when no option fits

Each item puts a fresh person at that flow and step, sends the text through the real engine
(built as the bot builds itself, on a throw-away SQLite file) and reads what the engine
understood (an item named at a flow's opening step is put at the question that step leads to).
An item is understood when the option taken is the expected one (tapped, typed or, at an
`any_text` step, the text kept as that option; `expect` names the English label, and an answer
written in another language the bot speaks is answered in it, where the same option's label in
that language counts; so does the option's id, which the direct safety question reports), or,
for `null`, when no option was taken (the question is asked again or answered as a question).
A typed command or trigger phrase that takes the person where the expected option leads
(typing "menu" at a step whose option "Back to menu" goes to the menu flow) counts as
understood. The fallback share counts turns taken as not
understood; `fallback_when_meant` counts them only among answers that meant an option (for a
`null` item, falling back is the right reply). Matching latency: every text of the sets is
matched against every question step of every flow (the option matcher, then the common
questions), and p50/p99 are reported in milliseconds (each sample the best of three runs).
Prints one JSON line last; misses on the development set are listed before it (never those of
the test set, which stays unseen).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml
from cryptography.fernet import Fernet

from bot.app import build_app
from bot.core.engine import Engine
from bot.core.model import Conversation, Turn, UnderstoodKind, UserKey
from bot.settings import Settings
from bot.understanding.matcher import Matcher
from bot.understanding.questions import QuestionBook

ROOT = Path(__file__).resolve().parent.parent
DEV_SET = ROOT / "tests" / "data" / "understanding_dev.yaml"
FLOWS = ROOT / "dialogues"
REPEATS = 3
"""Each latency sample is the best of this many runs, so that a busy machine's scheduling
pauses are not counted as matching time."""


def read_set(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    items = data.get("items") or []
    return [i for i in items if isinstance(i, dict) and {"flow", "step", "text"} <= set(i)]


def question_step(engine: Engine, flow_id: str, step_id: str) -> str:
    """The question a person meets from `step_id`: itself if it waits for an answer, else the one
    every path of plain and branching steps from it leads to (a flow's opening `say` step)."""
    flow = engine.flows.flows.get(flow_id)
    seen: set[str] = set()
    todo = [step_id]
    found: set[str] = set()
    while todo and flow is not None:
        sid = todo.pop()
        step = flow.steps.get(sid)
        if step is None or sid in seen:
            continue
        seen.add(sid)
        if step.kind in ("choices", "capture"):
            found.add(sid)
            continue
        targets = [c.target for c in step.branch] + ([step.next] if step.next else [])
        todo += [t.step for t in targets if t is not None and t.kind == "step" and t.step]
    return found.pop() if len(found) == 1 else step_id


async def run_item(engine: Engine, n: int, item: dict[str, Any]) -> tuple[bool, bool, str]:
    """(understood correctly, fell back, what was taken) for one item, on a fresh person."""
    key = UserKey("console", "bench", f"p{n}")
    step = question_step(engine, str(item["flow"]), str(item["step"]))
    async with engine.store.transaction() as tx:
        conv = Conversation(flow=str(item["flow"]), step=step, meta={"asked": 1})
        conv.vars["is_returning"] = "yes"
        await tx.save(key, conv)
    handled = await engine.handle_detailed(Turn(key, text=str(item["text"])))
    u = handled.understood
    kind = u.kind if u else UnderstoodKind.FALLBACK
    expect = item.get("expect")
    taken = u.choice if u and kind in (UnderstoodKind.CHOICE, UnderstoodKind.ANSWER) else None
    if expect is None:
        right = kind in (UnderstoodKind.FALLBACK, UnderstoodKind.QUESTION)
    else:
        pattern = _pattern(str(expect))
        right = taken is not None and any(
            re.fullmatch(p, taken) for p in (pattern, *_translated(engine, item, step))
        )
        if not right and kind in (UnderstoodKind.COMMAND, UnderstoodKind.FLOW):
            right = await _arrived(engine, key, str(item["flow"]), step, pattern)
    return right, kind is UnderstoodKind.FALLBACK, taken or kind.value


def _pattern(label: str) -> str:
    return re.sub(r"\\\{\w+\\\}", ".*", re.escape(label))  # "Let {name} know"


def _translated(engine: Engine, item: dict[str, Any], step_id: str) -> list[str]:
    """The expected option's label in each other language of the flows: an answer written in
    Spanish is answered in Spanish, and is right when it takes the same option."""
    flows = engine.walker.base  # the English flows, whatever language the last turn spoke
    step = flows.step(str(item["flow"]), step_id)
    wanted = _pattern(str(item["expect"]))
    ids = {o.id for o in (step.choices if step else ()) if re.fullmatch(wanted, o.label)}
    out = []
    for other in flows.languages.values():
        there = other.step(str(item["flow"]), step_id)
        out += [_pattern(o.label) for o in (there.choices if there else ()) if o.id in ids]
    return out + [re.escape(i) for i in ids]  # the direct safety question reports the option id


async def _arrived(engine: Engine, key: UserKey, flow_id: str, step_id: str, pattern: str) -> bool:
    """Whether a typed command or trigger phrase ("menu", "i got rejected again and want to talk
    about it") took the person where the expected option leads: the same flow, or the menu."""
    flow = engine.flows.flows.get(flow_id)
    step = flow.steps.get(step_id) if flow is not None else None
    option = next(
        (o for o in (step.choices if step else ()) if re.fullmatch(pattern, o.label)), None
    )
    if option is None or option.target.kind not in ("flow", "call") or not option.target.flow:
        return False
    async with engine.store.transaction() as tx:
        conv = await tx.load(key)
    return conv is not None and conv.flow == option.target.flow


def match_latencies(engine: Engine, texts: list[str]) -> list[float]:
    """Milliseconds to match each text at each question step (options, then questions)."""
    book = engine.services.find(QuestionBook)
    steps = [
        (f.id, s)
        for f in engine.flows.flows.values()
        for s in f.steps.values()
        if s.kind == "choices"
    ]
    matcher = engine.answers.matcher
    match = Matcher.match  # the matching itself: never an answer remembered from a bench turn
    for text in texts:  # warm up caches before timing
        if book is not None:
            book.match(text)
    out: list[float] = []
    for text in texts:
        for flow_id, step in steps:
            best = float("inf")
            for _ in range(REPEATS):
                start = time.perf_counter()
                if match(matcher, flow_id, step, text).option is None and book is not None:
                    book.match(text)
                best = min(best, (time.perf_counter() - start) * 1000)
            out.append(best)
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def main(
    dev: Path, test: Path | None, size: int | None, part: str | None = None
) -> dict[str, object]:
    items = read_set(dev)
    if part is not None:  # half of the set, to check tuning on one half against the other
        items = items[(0 if part == "even" else 1) :: 2]
    sets = {"dev": items[:size] if size else items}
    if test is not None:
        sets["test"] = read_set(test)[:size] if size else read_set(test)
    figures: dict[str, object] = {"benchmark": "understanding"}
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            database_url=f"sqlite+aiosqlite:///{tmp}/bench.db",
            secret_keys=[Fernet.generate_key().decode()],
            flows_dir=str(FLOWS),
            checkins=False,
            seed=1,
        )
        app = await build_app(settings)
        try:
            counter = 0
            for name, items in sets.items():
                right = fell = meant = fell_meant = 0
                for item in items:
                    counter += 1
                    ok, fallback, taken = await run_item(app.engine, counter, item)
                    right += ok
                    fell += fallback
                    meant += item.get("expect") is not None
                    fell_meant += fallback and item.get("expect") is not None
                    if not ok and name == "dev":
                        print(
                            f"miss {item['flow']}.{item['step']}: {item['text']!r} -> {taken!r}"
                            f" (expected {item.get('expect')!r})",
                            file=sys.stderr,
                        )
                total = max(1, len(items))
                figures[name] = {
                    "items": len(items),
                    "understood": round(right / total, 4),
                    "fallback": round(fell / total, 4),
                    "fallback_when_meant": round(fell_meant / max(1, meant), 4),
                }
            texts = [str(i["text"]) for items in sets.values() for i in items]
            latencies = match_latencies(app.engine, texts)
        finally:
            await app.close()
    figures["match_p50_ms"] = round(statistics.median(latencies), 4) if latencies else 0.0
    figures["match_p99_ms"] = round(percentile(latencies, 0.99), 4) if latencies else 0.0
    figures["match_samples"] = len(latencies)
    return figures


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dev-set", type=Path, default=DEV_SET)
    parser.add_argument("--test-set", type=Path, help="a held-out set in the same format")
    parser.add_argument("--size", type=int, help="only the first N items of each set")
    parser.add_argument("--part", choices=["even", "odd"], help="only the even or odd dev items")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(main(args.dev_set, args.test_set, args.size, args.part))))
