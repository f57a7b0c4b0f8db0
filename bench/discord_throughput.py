"""Discord throughput: slash-command interactions through the real discord.py client and a local
fake Discord, for Bounce Back and, in the same run, for a bare discord.py echo bot.

Each interaction is a `/rejected` from a different person, pushed over the fake gateway. Bounce
Back runs the real engine on a SQLite file with the real flows and answers with the reply itself
(one request; it would defer and follow up only if the turn took over 1.5 s); the echo bot answers
with one message. Throughput is interactions fully answered per second;
callback latency is from the gateway event leaving the fake to the interaction callback reaching
it (the 3-second deadline Discord enforces). Prints one JSON line last, with process CPU time per
interaction for both bots and their `cpu_ratio` (steadier than the rates on a shared machine).
`--count 20` runs it tiny.

Where Bounce Back's time for an interaction goes (cProfile, 1,000 interactions, each a new
person's first turn; profiled milliseconds an interaction on a machine loaded to 3-4 times its
cores, so read them as proportions; "calls" are Python calls an interaction, fake included):

    before (4,525 calls): engine turn 9.2 (crisis check 2.8, of which the crisis model and
      language identifier loading inside the first turns; walker 1.8; check-in notice lookup
      1.0; Fernet 0.7; sqlite3 0.7), answering through discord.py 3.9 (its button view 1.0),
      rendering 0.4. Callback p99 3.2 s under that load: over Discord's 3-second deadline.
    after (4,233 calls): engine turn 5.5 (crisis check 1.4; walker 1.3; no notice lookup for
      someone new; Fernet 0.5; sqlite3 0.7), answering 4.3 (view 1.0), rendering 0.5. Callback
      p99 1.8 s under the same load. Still one request per quick interaction, like the echo bot.
    latest round (shares of the command handler, which the machine's load leaves comparable):
      before (4,275 calls): building the button view 19% (seven discord.py Button and
      DynamicItem objects a message), Fernet 12%, the place check 8%, walker 26%, crisis
      inspector 25%. After (3,587 calls): the view 10% (ready-made components, the same ones
      discord.py builds; what is left is discord.py's View itself), AES-GCM 4%, the place check
      1%. Side by side in one run on the loaded machine (load 15): Bounce Back's CPU 3.49 -> 2.97
      ms an interaction (echo 1.23 and 1.31); cpu_ratio 0.35 -> 0.44, ratio 0.36 -> 0.48.
    this round (py-spy sampling, 2,000 interactions; shares of `Engine._run` for a first turn;
      Python calls an interaction, fake and discord.py included): before (2,462 calls): walker
      29% (finding the flow of `/rejected` by folding every command word of every flow in
      every language 5%, action arguments 4%, buttons 3%), crisis inspector 17%, sqlite3
      statements 14%, transaction 11%, save 9%, situation 4%; and outside any one frame, full
      garbage collections walking everything start-up built: 0.50 s of the 2,000 interactions
      (five collections), with the echo bot's phase paying 0.34 s for the same heap.
      After (2,119 calls): walker 20% (commands found in an index built on the first lookup;
      plain action arguments used as written; buttons made once per question), crisis
      inspector 19%, sqlite3 18%, transaction 14%, save 11%; start-up's objects set aside from
      the collector at the end of `build_app` (`gc.freeze`, given back by `App.close`), so the
      five full collections took 0.04 s. Side by side, base and new at the same time, two
      rounds on the loaded machine (load 9.5-9.7): Bounce Back's CPU 1.68 and 1.48 -> 1.31 and
      1.12 ms an interaction (echo 0.84, 0.79 and 0.76, 0.64); cpu_ratio 0.50 and 0.54 -> 0.58
      and 0.57; ratio 0.52 and 0.31 -> 0.57 and 0.38; callback p99 1.43 and 1.91 s -> 0.99 and
      0.86 s. The echo bot runs afterwards in the same process, after `App.close` gave the
      objects back to the collector, so its figures move only with the load.
    adapter round (cProfile of the measured window, 2,000 interactions; shares of the whole
      process, fake included): before (2,279 calls an interaction): the engine turn 42%,
      answering 23% (discord.py's `send_message` 21%, of which the message Discord sent back,
      parsed with its buttons, 4%, and a discord.py View built per answer 2%), rendering 4%
      (each button's custom id and label worked out again), the gateway's parsing 3%, the
      fake's REST 10%. After (1,955 calls): the engine turn 46%, answering 19% (the callback
      still goes through discord.py's webhook adapter, with its rate limits, retries and errors,
      but without `with_response`, so Discord answers 204 and nothing is parsed; its payload is
      built directly, a test holding it to what `send_message` sends), rendering 2.5%, the
      gateway 3%, the fake's REST 10%. Side by side, base and new at the same time, two rounds on
      the loaded machine (load 5.8-6.2): Bounce Back's CPU 0.88 and 0.98 -> 0.81 and 0.78 ms an
      interaction (echo 0.44-0.49); cpu_ratio 0.50 and 0.50 -> 0.61 and 0.57; ratio 0.48 and
      0.41 -> 0.56 and 0.49; two more rounds at load 7.7-8.7: 0.96 and 0.92 -> 0.77 and 0.79 ms
      (echo 0.46-0.49), cpu_ratio 0.50 and 0.54 -> 0.60 and 0.61. Tried and dropped: checking
      whether the turn was over after one `sleep(0)` before setting up `asyncio.wait` (fewer
      Python calls, but 0.77 -> 0.95 ms an interaction: the event loop lost its batching). The
      echo's window used to pay for full collections of the heap Bounce Back's phase left behind
      (2-3 of them, 0.25-0.34 s, as many as that phase's garbage happened to trigger): both
      windows now start after a collection. Even so the echo bot
      shares a heap with everything Bounce Back imported, and each full collection of its
      window walks it (about 0.1 s a collection, two a run), so its CPU here is higher than a
      bare bot's alone. What is left for Bounce Back: the engine turn (0.35-0.4 ms), and
      discord.py's path, which costs what the echo bot's does.
    first-turn round (cProfile of the measured window, shares of the whole process; engine
      alone under callgrind, "Ir" machine instructions a turn, steady from run to run): before,
      each action's arguments were filled in by a closure calling itself, a reference cycle that
      kept the turn's whole context (84 objects: conversation, transaction, replies) for the
      collector: 594 young collections in 2,000 interactions, 13% of the CPU (young 0.05, middle
      0.06, full 0.04 ms an interaction); the command path 12%, crisis inspector 9%, situation
      reader 5%, commit 5%, save 4%, rendering 3%; engine 976 Python calls, 1.575M Ir a turn.
      After: a turn leaves no cycle (a test holds it), the youngest generation is collected
      after 10,000 new objects while the bot runs (22 collections, 8% of the CPU; `App.close`
      restores 700), the global command words, a locale's zone and plain flow messages are
      worked out once; the command path 8%, crisis inspector 11%, situation reader 6%, commit
      5%, save 4%, rendering 2%; engine 931 calls, 1.460M Ir a turn (-7%). Side by side,
      base and new alternating, four rounds on the loaded machine (load 3-9): Bounce Back's CPU
      1.31, 1.04, 0.89, 0.89 -> 1.02, 0.90, 0.81, 0.73 ms an interaction (echo 0.48-0.72);
      cpu_ratio 0.55-0.62 -> 0.61-0.66, ratio 0.33-0.61 -> 0.59-0.64. What is left: the crisis
      inspector and the other inspectors reading "/rejected", SQLite's commit, and discord.py's
      and aiohttp's path, which costs what the echo bot's does.
    second adapter round (counts of the measured window, steady however loaded the machine is:
      Python calls an interaction by cProfile, 2,000 interactions; machine instructions "Ir" an
      interaction by callgrind, 600; "adapter alone": the engine replaced by the replies it gave
      in a first run of the same process; fake included): before, every interaction started a
      task for an `on_interaction` handler only to find it was no modal submission, and the
      answer budget was waited for through `asyncio.wait` (its sets, `ensure_future`, a waiter
      callback); adapter alone 1,127 calls, 1.915M Ir (the echo bot: 969 calls, 1.879M Ir);
      whole run 2,038 calls, 3.161M Ir. After: modal submissions picked out in `dispatch` (a task
      only for them), the budget waited for on one future and one timer: adapter alone 1,093
      calls, 1.881M Ir (-1.8%); whole run 2,005 calls, 3.077M Ir (-2.7%), so the echo's Ir over
      Bounce Back's 0.59 -> 0.61. Still one request an interaction, its type 4 callback (300
      callbacks and no other request for 300 interactions). Quiet at the start (load 0.3), base:
      ratio 0.53, cpu_ratio 0.56 (1.09 ms against the echo's 0.61). Side by side, base then new,
      two rounds at load 8: ratio 0.73, 0.71 -> 0.78, 0.56; cpu_ratio 0.70, 0.76 -> 0.74, 0.63
      (Bounce Back 0.99, 0.91 -> 0.84, 1.00 ms an interaction): noise larger than the change.
      What is left: the engine turn (1.2M of the 3.08M Ir); the adapter's own path, fake
      included, costs what the echo bot's does (1.88M), most of it discord.py's gateway, command
      tree and webhook request through aiohttp, and the fake's answer; rendering the seven
      buttons about 2%.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import discord
from cryptography.fernet import Fernet
from discord import app_commands

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.adapters.discord.config import apply_endpoints  # noqa: E402
from bot.app import build_app  # noqa: E402
from bot.settings import Settings  # noqa: E402
from tests.fakes import discord_payloads as p  # noqa: E402
from tests.fakes.discord import Call, FakeDiscord  # noqa: E402
from tests.fakes.discord_harness import Handled, running_bot  # noqa: E402

FIRST_USER = 300_000_000_000_000_000


class EchoBot(discord.Client):
    """The baseline: a bare discord.py bot answering `/rejected` with one message."""

    def __init__(self) -> None:
        super().__init__(
            intents=discord.Intents.none(),
            allowed_mentions=discord.AllowedMentions.none(),
            max_messages=None,
            guild_ready_timeout=0.1,
        )
        self.done = 0
        self.changed = asyncio.Event()
        self.tree = app_commands.CommandTree(self)

        async def rejected(interaction: discord.Interaction[Any]) -> None:
            await interaction.response.send_message(
                "echo", allowed_mentions=discord.AllowedMentions.none()
            )
            self.done += 1
            self.changed.set()

        self.tree.add_command(
            app_commands.Command(name="rejected", description="echo", callback=rejected)
        )


def p99(values: list[float]) -> float:
    if not values:
        return 0.0
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[98]


async def drive(
    fake: FakeDiscord, count: int, window: int, done: Callable[[], int], changed: asyncio.Event
) -> dict[str, float]:
    """Push `count` interactions (at most `window` unanswered at once); time them."""
    sent_at: dict[str, float] = {}
    latencies: list[float] = []

    def on_call(call: Call) -> None:
        if call.path.endswith("/callback"):
            iid = call.path.split("/")[2]
            start = sent_at.get(iid)
            if start is not None:
                latencies.append(time.perf_counter() - start)

    fake.observers.append(on_call)
    base = done()

    async def wait_until(target: int) -> None:
        while done() - base < target:
            changed.clear()
            await changed.wait()

    gc.collect()  # neither bot pays, at a random point of its window, for what ran before it
    started, cpu_started = time.perf_counter(), time.process_time()
    for i in range(count):
        if i - (done() - base) >= window:
            await wait_until(i - window + 1)
        payload = p.slash_command("rejected", user_id=str(FIRST_USER + i))
        sent_at[payload["id"]] = time.perf_counter()
        await fake.interaction(payload)
    await wait_until(count)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    fake.observers.remove(on_call)
    return {
        "per_s": count / elapsed,
        "cpu_ms": cpu / count * 1000,
        "seconds": elapsed,
        "callback_p99_ms": p99(latencies) * 1000,
        "callback_p50_ms": statistics.median(latencies) * 1000 if latencies else 0.0,
        "callbacks": float(len(latencies)),
    }


async def bounceback(count: int, window: int, flows: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            database_url=f"sqlite+aiosqlite:///{tmp}/bench.db",
            secret_keys=[Fernet.generate_key().decode()],
            flows_dir=flows,
            seed=1,
            checkins=False,
        )
        app = await build_app(settings)
        try:
            async with FakeDiscord() as fake, running_bot(app.engine, fake) as client:
                handled = Handled(client)
                changed = asyncio.Event()
                client.bridge.observers.append(lambda kind, s: changed.set())
                return await drive(fake, count, window, lambda: len(handled.kinds), changed)
        finally:
            await app.close()


async def echo(count: int, window: int) -> dict[str, float]:
    async with FakeDiscord() as fake:
        apply_endpoints(fake.api_url, fake.gateway_url)
        client = EchoBot()
        task = asyncio.create_task(client.start("fake-token"))
        try:
            await asyncio.wait_for(client.wait_until_ready(), 10)
            return await drive(fake, count, window, lambda: client.done, client.changed)
        finally:
            await client.close()
            await task


async def run(count: int, window: int, flows: str) -> dict[str, Any]:
    bb = await bounceback(count, window, flows)
    base = await echo(count, window)
    return {
        "bench": "discord_throughput",
        "interactions": count,
        "window": window,
        "bounceback_interactions_per_s": round(bb["per_s"], 1),
        "echo_interactions_per_s": round(base["per_s"], 1),
        "ratio": round(bb["per_s"] / base["per_s"], 3) if base["per_s"] else 0.0,
        "bounceback_cpu_ms_per_interaction": round(bb["cpu_ms"], 3),
        "echo_cpu_ms_per_interaction": round(base["cpu_ms"], 3),
        "cpu_ratio": round(base["cpu_ms"] / bb["cpu_ms"], 3) if bb["cpu_ms"] else 0.0,
        "bounceback_callback_p99_ms": round(bb["callback_p99_ms"], 2),
        "echo_callback_p99_ms": round(base["callback_p99_ms"], 2),
        "bounceback_callback_p50_ms": round(bb["callback_p50_ms"], 2),
        "echo_callback_p50_ms": round(base["callback_p50_ms"], 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=2000, help="interactions per bot")
    parser.add_argument("--window", type=int, default=100, help="most unanswered at once")
    parser.add_argument("--flows", default=str(ROOT / "dialogues"), help="flow directory")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    result = asyncio.run(run(args.count, args.window, args.flows))
    print(
        f"Bounce Back: {result['bounceback_interactions_per_s']}/s, "
        f"callback p99 {result['bounceback_callback_p99_ms']} ms"
    )
    print(
        f"echo bot:    {result['echo_interactions_per_s']}/s, "
        f"callback p99 {result['echo_callback_p99_ms']} ms"
    )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
