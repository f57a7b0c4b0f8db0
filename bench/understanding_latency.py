"""Understanding latency: how long matching a typed answer to a question's options takes.

Loads the real flows, learns them once (as the engine does), then matches a spread of answers at
every question with options: each option's label, a typo of it, its number, a yes/no opening, a
number word inside a sentence, and a free sentence that names nothing. A first pass learns each
question (as the first answer typed there does in a running bot); then each `Matcher.match` call
is timed on its own. Prints one JSON line last: calls, p50/p99/max in milliseconds, the time to
learn the vocabulary and the first pass.
`--rounds 1` runs it tiny; the done-when target is p99 under 1 ms on a quiet machine.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from figures import percentile  # noqa: E402

from bot.flows.loader import load_flows_or_raise  # noqa: E402
from bot.flows.model import FlowSet, Step  # noqa: E402
from bot.understanding.matcher import Matcher  # noqa: E402

SENTENCES = (
    "honestly I'm not sure, it has been a long week",
    "yeah the second one I think",
    "nah",
    "I didn't get the job and I keep replaying the interview in my head",
    "maybe later",
)


def typo(text: str) -> str:
    """`text` with two neighbouring letters swapped in its middle."""
    if len(text) < 4:
        return text + text[-1:]
    i = len(text) // 2
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def answers(step: Step) -> list[str]:
    out: list[str] = []
    for n, option in enumerate(step.choices, 1):
        out += [option.label, typo(option.label.lower()), str(n), f"I'd say {option.label} really"]
    return out + list(SENTENCES)


def questions(flows: FlowSet) -> list[tuple[str, Step]]:
    return [
        (flow.id, step)
        for flow in flows.flows.values()
        for step in flow.steps.values()
        if step.choices
    ]


def run(flows_dir: str, rounds: int) -> dict[str, object]:
    flows = load_flows_or_raise([Path(p) for p in flows_dir.split(",") if p])
    t0 = time.perf_counter()
    matcher = Matcher(flows)
    learn_ms = (time.perf_counter() - t0) * 1000
    asked = questions(flows)
    work = [(flow_id, step, text) for flow_id, step in asked for text in answers(step)]
    t0 = time.perf_counter()
    for flow_id, step, text in work:  # the first pass also learns each question
        matcher.match(flow_id, step, text)
    first_pass_ms = (time.perf_counter() - t0) * 1000
    timings: list[float] = []
    clock = time.perf_counter
    for _ in range(rounds):
        for flow_id, step, text in work:
            t = clock()
            matcher.match(flow_id, step, text)
            timings.append(clock() - t)
    return {
        "benchmark": "understanding_latency",
        "questions": len(asked),
        "calls": len(timings),
        "p50_ms": round(percentile(timings, 0.50) * 1000, 4),
        "p99_ms": round(percentile(timings, 0.99) * 1000, 4),
        "max_ms": round(max(timings, default=0.0) * 1000, 3),
        "learn_ms": round(learn_ms, 1),
        "first_pass_ms": round(first_pass_ms, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=20, help="passes over every answer")
    parser.add_argument("--flows", default=str(ROOT / "dialogues"), help="flow directories")
    args = parser.parse_args(argv)
    print(json.dumps(run(args.flows, args.rounds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
