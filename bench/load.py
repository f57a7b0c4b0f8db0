"""Load test: many people talking at once through Slack HTTP mode to several worker processes.

Starts the fake Slack in this process and `--workers` real `bounceback run slack` processes (HTTP
mode) on a scratch PostgreSQL database created for the run (and dropped after it, unless
`--keep-db`). Every simulated person opens the `count` flow and sends `--turns` notes, waiting for
each answer before the next, like a person would. This process plays the load balancer: it sends
each request to the next worker in turn, so one person's turns hop between processes. A share of
events (`--retry-share`) is also redelivered the way Slack retries, to the *other* worker.

Checked for every turn: the acknowledgement (HTTP 200), the answer arriving, and its number (the
`count` flow says how many notes the person has, so an answer from stale state shows up as a wrong
number). Afterwards, the workers' `/metrics` must account for every delivery. Prints progress on
stderr and ONE JSON line last on stdout:

    {"people": 1000, "workers": 2, "turns": 6000, "seconds": ..., "turns_per_s": ...,
     "p50_ms": ..., "p99_ms": ..., "ack_p99_ms": ..., "errors": 0, "duplicates": 0, ...}

`errors` and `duplicates` must be 0 (the exit code is 1 otherwise). Needs PostgreSQL:
`--db URL` or BOUNCEBACK_TEST_DATABASE_URL (e.g. postgresql+asyncpg://postgres@127.0.0.1:5432/test;
the user must be allowed to create databases). Usage: `python bench/load.py --people 20`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402
from cryptography.fernet import Fernet  # noqa: E402
from figures import log, percentile  # noqa: E402

from tests.fakes import payloads  # noqa: E402
from tests.fakes.slack import Call, FakeSlack  # noqa: E402
from tests.ops_support import (  # noqa: E402
    SECRET,
    BotProcess,
    free_port,
    scratch_database,
    slack_http_env,
)

FLOWS = ROOT / "tests" / "data" / "ops_flows"
COUNT = re.compile(r"That makes (\d+)\.")
PROMPT = "Send a note."
SORRY = "Sorry, "
OUTCOME = re.compile(r'^bounceback_turns_total\{outcome="([a-z_]+)"\} (\S+)$', re.M)


class LoadSlack(FakeSlack):
    """The fake Slack, also routing every posted message to its channel's inbox."""

    def __init__(self) -> None:
        super().__init__()
        self.inbox: defaultdict[str, asyncio.Queue[str]] = defaultdict(asyncio.Queue)

    async def _record(self, call: Call) -> None:
        await super()._record(call)
        if call.method == "chat.postMessage":
            self.inbox[str(call.params.get("channel"))].put_nowait(str(call.params.get("text")))


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    acks: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    retries: int = 0
    turns: int = 0


class Crowd:
    """The simulated people and the load balancer in front of the workers."""

    def __init__(
        self,
        slack: LoadSlack,
        workers: list[BotProcess],
        http: aiohttp.ClientSession,
        turns: int,
        retry_every: int,
        wait: float,
        *,
        ramp: float = 0.0,
        think: float = 0.0,
        seed: int = 1,
    ) -> None:
        self.slack = slack
        self.ramp = ramp
        self.think = think
        self.rng = random.Random(seed)
        self.urls = [w.events_url for w in workers]
        self.http = http
        self.turns = turns
        self.retry_every = retry_every
        self.wait = wait
        self.tally = Tally()
        self._next = 0
        self._retries: set[asyncio.Task[None]] = set()

    def _worker(self) -> int:
        self._next = (self._next + 1) % len(self.urls)
        return self._next

    async def post(self, worker: int, body: dict[str, Any], retry: bool = False) -> int:
        raw = json.dumps(body)
        ts = str(int(time.time()))
        headers = {
            "Content-Type": "application/json",
            "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": FakeSlack.sign(SECRET, ts, raw),
        }
        if retry:
            headers.update({"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
        started = time.perf_counter()
        try:
            async with self.http.post(
                self.urls[worker], data=raw.encode(), headers=headers
            ) as resp:
                await resp.read()
                status = resp.status
        except aiohttp.ClientError:
            status = 0
        self.tally.acks.append(time.perf_counter() - started)
        return status

    async def _answer(self, inbox: asyncio.Queue[str], want: int | None) -> str | None:
        """The next message with a count (or the prompt, when `want` is None)."""
        try:
            async with asyncio.timeout(self.wait):
                while True:
                    text = await inbox.get()
                    if text.startswith(SORRY):
                        return text
                    if want is None and PROMPT in text:
                        return text
                    if want is not None and COUNT.search(text):
                        return text
        except TimeoutError:
            return None

    async def _redeliver(self, worker: int, body: dict[str, Any]) -> None:
        if await self.post(worker, body, retry=True) != 200:
            self.tally.errors["retry_not_acked"] += 1

    async def person(self, n: int) -> None:
        user = f"ULOAD{n:06d}"
        inbox = self.slack.inbox[payloads.dm_channel(user)]
        await asyncio.sleep(self.rng.uniform(0, self.ramp))
        for turn in range(self.turns + 1):
            if turn and self.think:
                await asyncio.sleep(self.think * self.rng.uniform(0.5, 1.5))
            text = "/count" if turn == 0 else f"note {turn}"
            body = payloads.dm_message(text, user=user)
            worker = self._worker()
            started = time.perf_counter()
            status = await self.post(worker, body)
            if status != 200:
                self.tally.errors[f"ack_{status}"] += 1
                return
            if turn and self.retry_every and (n + turn) % self.retry_every == 0:
                self.tally.retries += 1
                other = (worker + 1) % len(self.urls)
                task = asyncio.create_task(self._redeliver(other, body))
                self._retries.add(task)
                task.add_done_callback(self._retries.discard)
            got = await self._answer(inbox, turn or None)
            self.tally.turns += 1
            if got is None:
                self.tally.errors["no_answer"] += 1
                return
            if got.startswith(SORRY):
                self.tally.errors["apology"] += 1
                return
            self.tally.latencies.append(time.perf_counter() - started)
            m = COUNT.search(got)
            if turn and (m is None or int(m.group(1)) != turn):
                self.tally.errors["stale_answer"] += 1
                return

    async def finish_retries(self) -> None:
        if self._retries:
            await asyncio.gather(*self._retries)


def duplicates(slack: LoadSlack, people: int) -> int:
    """Answers seen more than once (the same count twice for one person)."""
    seen: Counter[tuple[str, str]] = Counter()
    for call in slack.calls_to("chat.postMessage"):
        for number in COUNT.findall(str(call.params.get("text"))):
            seen[(str(call.params.get("channel")), number)] += 1
    return sum(n - 1 for n in seen.values() if n > 1)


async def outcomes(workers: list[BotProcess]) -> Counter[str]:
    total: Counter[str] = Counter()
    for w in workers:
        for name, value in OUTCOME.findall(await w.metrics()):
            total[name] += int(float(value))
    return total


async def settle(workers: list[BotProcess], expected: int, within: float) -> Counter[str]:
    """Wait until the workers have finished `expected` engine turns (or `within` passes)."""
    deadline = time.monotonic() + within
    while True:
        got = await outcomes(workers)
        if sum(got.values()) >= expected or time.monotonic() > deadline:
            return got
        await asyncio.sleep(0.1)


def keep_logs(workers: list[BotProcess], into: Path) -> None:
    into.mkdir(parents=True, exist_ok=True)
    for w in workers:
        (into / w.log_file.name).write_bytes(w.log_file.read_bytes())


async def run(args: argparse.Namespace, url: str) -> dict[str, Any]:
    key = Fernet.generate_key().decode()
    with tempfile.TemporaryDirectory() as tmp:
        slack = LoadSlack()
        async with scratch_database(url, prefix="bb_load") as db, slack:
            workers = []
            for i in range(args.workers):
                home = Path(tmp) / f"worker{i}"
                home.mkdir()
                env = slack_http_env(
                    api_url=slack.api_url,
                    port=free_port(),
                    metrics_port=free_port(),
                    database_url=db,
                    secret_key=key,
                    home=home,
                    flows=str(FLOWS),
                )
                workers.append(BotProcess(env, Path(tmp) / f"worker{i}.log", log_level="WARNING"))
            try:
                await asyncio.gather(*(w.start() for w in workers))
                await asyncio.gather(*(w.wait_ready() for w in workers))
                log(f"{args.workers} workers ready; {args.people} people, {args.turns} notes each")
                connector = aiohttp.TCPConnector(limit=args.connections)
                async with aiohttp.ClientSession(connector=connector) as http:
                    crowd = Crowd(
                        slack,
                        workers,
                        http,
                        args.turns,
                        round(1 / args.retry_share) if args.retry_share > 0 else 0,
                        args.wait,
                        ramp=args.ramp,
                        think=args.think,
                    )
                    started = time.perf_counter()
                    await asyncio.gather(*(crowd.person(n) for n in range(args.people)))
                    seconds = time.perf_counter() - started
                    await crowd.finish_retries()
                tally = crowd.tally
                expected = tally.turns + (tally.retries if args.workers > 1 else 0)
                counted = await settle(workers, expected, args.wait)
                for name in ("error", "conflict_exhausted", "store_unavailable"):
                    if counted[name]:
                        tally.errors[f"engine_{name}"] += counted[name]
                if sum(counted.values()) < expected:
                    tally.errors["unaccounted"] += expected - sum(counted.values())
                dup = duplicates(slack, args.people)
                for w in workers:
                    w.terminate()
                codes = await asyncio.gather(*(w.wait(15) for w in workers))
                if any(codes):
                    tally.errors["worker_exit"] += sum(1 for c in codes if c)
                    for w in workers:
                        log(w.log_text()[-2000:])
            finally:
                for w in workers:
                    await w.kill()
                if args.logs:
                    keep_logs(workers, Path(args.logs))
    lat = tally.latencies
    return {
        "people": args.people,
        "workers": args.workers,
        "think_s": args.think,
        "ramp_s": args.ramp,
        "turns": tally.turns,
        "seconds": round(seconds, 3),
        "turns_per_s": round(tally.turns / seconds, 1) if seconds else 0.0,
        "p50_ms": round(percentile(lat, 0.50) * 1000, 2),
        "p99_ms": round(percentile(lat, 0.99) * 1000, 2),
        "ack_p99_ms": round(percentile(tally.acks, 0.99) * 1000, 2),
        "errors": sum(tally.errors.values()),
        "error_kinds": dict(tally.errors),
        "duplicates": dup,
        "retries_sent": tally.retries,
        "replayed_after_conflict": counted["conflict"],
        "dropped_as_duplicate": counted["duplicate"],
    }


async def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=1000, help="simulated people")
    parser.add_argument("--turns", type=int, default=5, help="notes each person sends")
    parser.add_argument("--workers", type=int, default=2, help="bot processes")
    parser.add_argument(
        "--ramp",
        type=float,
        default=30.0,
        help="seconds over which people arrive (each at a random moment)",
    )
    parser.add_argument(
        "--think",
        type=float,
        default=10.0,
        help="mean seconds a person takes to write each message (0: at once; "
        "with --ramp 0 that finds the most the workers can take)",
    )
    parser.add_argument(
        "--retry-share",
        type=float,
        default=0.1,
        help="share of events also redelivered as a Slack retry (0 for none)",
    )
    parser.add_argument(
        "--connections", type=int, default=64, help="HTTP connections the load balancer keeps open"
    )
    parser.add_argument(
        "--wait", type=float, default=60.0, help="seconds to wait for any one answer"
    )
    parser.add_argument("--logs", help="directory to keep the workers' logs in")
    parser.add_argument(
        "--db",
        help="PostgreSQL URL of a server where a scratch database may "
        "be created (default: BOUNCEBACK_TEST_DATABASE_URL)",
    )
    args = parser.parse_args(argv)
    url = args.db or os.environ.get("BOUNCEBACK_TEST_DATABASE_URL")
    if not url or not url.startswith("postgresql"):
        print(
            "load: needs PostgreSQL: pass --db postgresql+asyncpg://USER@HOST:5432/DB or set "
            "BOUNCEBACK_TEST_DATABASE_URL",
            file=sys.stderr,
        )
        return 2
    if args.workers < 1 or args.people < 1 or args.turns < 1:
        print("load: --workers, --people and --turns must be at least 1", file=sys.stderr)
        return 2
    result = await run(args, url)
    log(f"  {result}")
    print(json.dumps(result))
    return 0 if result["errors"] == 0 and result["duplicates"] == 0 else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
