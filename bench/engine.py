"""Engine benchmark: N people x T turns through the real engine on the SQLite store.

Every turn goes through the whole path a platform message takes: the crisis check and other
inspectors, the per-person lock, a transaction on a real SQLite file with the state encrypted and
saved under an optimistic version. Prints one JSON line last: turns per second, p50/p99 turn
latency, process CPU time per turn (steadier than the rate on a shared machine), peak RSS and how
many turns failed (an apology instead of an answer; must be 0).
`--people 20 --turns 4` runs it tiny; `--db URL --concurrency N` measures PostgreSQL.

Where a turn's time goes (cProfile, 300 people x 10 turns on SQLite after 50 people to warm up;
shares of `Engine._run`, since the shared 2-core machine makes absolute times vary twofold and
more between runs; "calls" are Python function calls a turn, which do not vary):

    earlier round, before (912 calls a turn; 4.1 statements through SQLAlchemy Core):
      store.save 22% (Fernet encrypt 7%)   store.load 17% (Fernet decrypt 7%)
      transaction enter/exit 18%   crisis inspector 15%   check-in notice query 6% (built per turn)
    earlier round, after: one kept connection, the turn's statements straight on the driver, the
      state just saved not decrypted again, rules with no candidate pattern skipped.
    this round, before (870 calls a turn; the first free text of the run loaded the language
      identifier inside a turn: 0.7 s with the event loop stalled, a third of a 3,000-turn run):
      crisis inspector 29% (model 11%)   store.save 15% (Fernet 8%, JSON 2%)   store.load 6%
      transaction enter/exit 7%   sqlite3 execute 5%   walker 7%   situation pick-up 6%
      check-in notice lookup 4%   turn context 4%
    this round, after (772 calls a turn; identifier and crisis model loaded at start-up):
      crisis inspector 30% (model 13%)   store.save 17% (Fernet 10%; JSON through orjson, under 1%)
      store.load 4%   transaction enter/exit 7%   sqlite3 execute 5%   walker 7% (plain labels
      and messages no longer gather the variables and parse a template)   situation pick-up 6%
      check-in notice lookup 4% (moved to a person's second turn: nobody new has check-ins)
      turn context 4%
    With the real flows and the Slack benchmark's messages (`dialogues/`): 1,683 -> 1,277 calls a
    turn; typed-answer matching 28% -> 24% (the same words at the same question matched once per
    turn, not up to three times). A new person's first turn (a Discord `/rejected`): 1,000 -> 717
    calls. Most of what is left is the crisis check, Fernet and the understanding code.
    latest round, before (925 calls a turn; the place check added since ran on every message):
      crisis inspector 38% (crisis assess 25%, model 12%; the place check 11%, of which looking
      for a country name with 94 patterns 9%)   store.save 16% (Fernet encrypt 10%)
      transaction enter/exit 7%   walker 5%   situation pick-up 4%   store.load 4%
    latest round, after (668 calls a turn): crisis inspector 35% (assess 30%, model 10%: the
      same scores, buckets of feature names remembered and weights read from an array; the place
      check 2%: country names are looked for only in a message that says where someone is or
      asks for a number)   store.save 7% (AES-GCM encrypt 2%: new records are AES-256-GCM,
      Fernet ones from before still read)   transaction enter/exit 9%   store.load 6%   walker 6%
      situation pick-up 6%   turn context 4%. Text folded once is remembered (a message is
      folded by several checks a turn). Process CPU a turn, base and new side by side on the
      loaded machine: 1.49 -> 0.94 ms (3,000 people x 10 turns, one run each, load 8-10).
    this round, before (300 people x 10 turns after 50 to warm up; 679 calls a turn): crisis
      inspector 39% (assess 33%: model 11%, the cue check in other languages 5% (a 200-branch
      expression run over every English message), rules 6%, normalise 3%)   transaction
      enter/exit 9%   store.save 6%   store.load 5%   sqlite3 execute 6%   walker 6%
      situation pick-up 6%   turn context 6%
    this round, after (605 calls a turn): crisis inspector 34% (assess 26%: model 7%, the letter
      n-grams bucketed a word's window at a time with the windows remembered; cue check 2%,
      skipped when none of its key strings is in the text; rules 6%; normalise 4%)
      transaction 8%   store.save 7%   store.load 6%   sqlite3 execute 6% (4 statements a turn,
      the least a locked read-modify-write takes)   walker 8%   situation pick-up 8% (its facts
      now read once a turn)   turn context 6%. Outputs unchanged: the crisis model's buckets and
      scores and the cue check's answers are compared bit for bit on the crisis development sets
      (tests/test_crisis_model_dev_sets.py, tests/test_foreign_cues_prefilter.py).
      Side by side, base then new, two rounds of 1,000 people x 10 turns on the loaded machine
      (load 7-8): process CPU a turn 0.430 and 0.466 -> 0.402 and 0.402 ms (7-14% less);
      turns/s 1,115 and 851 -> 1,521 and 916. The rate is the machine's load, not the turn: at
      0.40 ms of CPU a turn is about 2,500 a second on an idle core, and here a plain CPU loop
      loses about 4 ms to other processes in one 0.4 ms slice out of five.
    latest round, before (py-spy sampling, so no profiler overhead; 1,000 people x 10 turns;
      shares of `Engine._run`; 720 Python calls a turn, counted around `Engine.handle`):
      crisis inspector 28% (assess 23%: rules 6%, model 6%, pattern prefilter 3%, normalise 2%;
      place check 2%)   store.save 11%   transaction enter/exit 10%   store.load 5% (sqlite3
      statements themselves 13%)   situation pick-up 8%   typed answers taken aside 6%
      check-in notice lookup 5% (a SQLAlchemy query built and run on every returning person's
      turn, once in five minutes)   walker 5%   turn context 5%
    latest round, after (663 calls a turn): crisis inspector 31% (assess 26%: the rules with no
      pattern that may match are no longer visited one by one; the place check folds a message
      once a turn, not once per check)   check-in notice lookup 1% (on a SQLite file the driver
      is asked first whether any failed check-in waits; the query runs only then)   store.save
      11%   transaction 11%   store.load 5%   situation pick-up 9%   walker 5% (a question's
      buttons made once when every label is plain text). Start-up's objects (flows, matchers,
      models, modules) are set aside from the garbage collector (`gc.freeze`), so a full
      collection no longer walks them. Side by side, base and new at the same time, three
      rounds of 1,000 people x 10 turns on the loaded machine (load 9-9.5): process CPU a turn
      0.463, 0.460, 0.454 -> 0.423, 0.451, 0.406 ms (2-11% less); turns/s 254, 258, 305 ->
      276, 260, 336 (the load's rate, not the bot's).
    engine-turn round (py-spy sampling, 1,000 people x 10 turns; shares of `Engine._run`):
      before: crisis inspector 26% (assess 22%, model 5%), situation pick-up 13% (its
      expressions 11%: some thirty searches over every message), transaction 10%, save 10%, turn
      context 5%, typed answers taken aside 5%, walker 5%, load 4%. After: crisis inspector 26%,
      situation pick-up 13% (an expression runs only on text holding one of the strings any
      match of it needs, read from the parsed expression: `bot.primitives.regex_keys`; on a long
      message a fifth to two fifths fewer instructions, on "1" or "/loop" up to a sixth more: a
      short text runs every expression, through the wrapper), transaction 10%, save 10%. The
      machine's load (5-7) hides the difference in CPU time (0.318 and 0.313 -> 0.323 and 0.322
      ms a turn, side by side), so it was counted instead: callgrind, the same script at 41 and
      1 people, 1,764,002 -> 1,686,350 instructions a turn (4.4% less). The turn is now mostly
      the crisis check, the transaction and the situation reader; on a quiet machine at the
      start of this round the benchmark ran 2,466 turns a second (0.29 ms of CPU a turn), short
      of 3,000.
    regex round (cProfile, 300 people x 10 turns after 50; shares of `Engine._run`): before
      (1,008 calls, 55 regex searches a turn): crisis inspector 29% (assess 25%: the risk-topic
      expression 7%, a 1,250-branch alternation with 416 capture groups run on every message;
      model 6%, rules 4%)   situation pick-up 14%   store.save 6%   transaction 6%   typed
      answers taken aside 6%   turn context 5%   walker 4%. After (1,072 calls, 48 searches):
      crisis inspector 22% (assess 19%: the risk topics 0%, looked for only when the score sits
      where naming one changes it, and a tenth of the time when it does: `bot.primitives.
      alternation`, groups that capture nothing and alternatives grouped by first letter;
      model 5%, rules 5%, each rule running only its live patterns)   situation pick-up 17%
      (Python calls weigh more under cProfile; counted, the reader runs 391,000 -> 350,000
      instructions a turn, the Spanish counts and times keyed)   store.save 7%   transaction
      6%   walker 6%. The cue check in other languages, the said-lightly and everyday-clause
      expressions keep no groups either (same spans; the everyday one 425 -> 36 us on a long
      message). Callgrind,
      the script at 31 and 1 people: 2,393,159 -> 1,767,870 instructions a turn (26% fewer).
      Side by side on the loaded machine (load 9-10), 2,000 people x 10 turns, base and new at
      once, two rounds: process CPU a turn 0.688, 0.705 -> 0.567, 0.566 ms (18-20% less).
    bare-number round (py-spy, 2,000 people x 10 turns; shares of `Engine._run`; 1,053 -> 864
      Python calls a turn, cProfile, 300 people after 50). Before: crisis inspector 25% (assess
      20%: model 5%, rules scanned 4% (29 patterns run on "the interview went long and they
      never said why"), pattern prefilter 3%, normalise 2%)   situation pick-up 14% (facts
      11%)   words at the waiting step 13%   typed answers taken aside 5% (the matcher 3%)
      store.save 9%   transaction enter/exit 9%   store.load 4%   turn context 5%. After:
      crisis inspector 22% (assess 17%: pattern prefilter 6%, model 5%, rules scanned 1%: a
      pattern runs only on a text holding one string of each part its matches need, 29 -> 2
      patterns on that sentence)   situation pick-up 13%   words at the waiting step 13%   taken
      aside 3%   store.save 11%   transaction 8%   store.load 6%   turn context 4% (shares of
      a smaller whole). Half the script's turns are "2", a numbered button typed: a bare number's
      crisis check, facts, words, tone and match at a question are now kept across turns (each
      held equal to a fresh reading for every such number: tests/test_crisis_bare_command.py,
      tests/test_turn_memo.py, tests/test_match_memo.py). Expressions read every turn are
      compiled once, a language check reuses the words it found, and a SQLite turn's
      transaction is one context layer. Side by side, base and new at once, five rounds of
      2,000 people x 10 turns on the loaded machine (load 1.5-10): process CPU a turn 0.584,
      0.458, 0.519, 0.545, 0.445 -> 0.490, 0.376, 0.436, 0.442, 0.365 ms (16-19% less). Alone,
      at load 1.6: 0.364-0.378 ms and 2,617-2,701 turns a second, what the base gave at load
      0.4 at the start of the round (0.362-0.376 ms, 2,589-2,718 a second); 3,000 a second
      wants the quiet machine, not measured again this round.
    early-out round (py-spy, 2,000 people x 10 turns; shares of `Engine._run`). Before: crisis
      inspector 26% (assess 21%: model 6%, pattern prefilter 5.5%, normalise 2%, rules 2%)
      situation pick-up 13% (facts 11%: the three "how did you hear" expressions 2.4%, the
      time said 1.8%)   words at the waiting step 13.5% (goodbye check 2%)   store.save 10%
      transaction enter/exit 8%   store.load 6%   small inspectors 12% (money and follow-up
      words 2.2%, stop 1.2%). After: crisis inspector 25% (assess 20%: model 6%, prefilter
      4.4%: a part's short keys looked for inline, no call a part)   situation pick-up 13%
      (facts 11%)   words at the waiting step 13%   store.save 10%   transaction 10%
      store.load 5%. Checks that most messages cannot satisfy now stop at a plain string test:
      "stop" (or the person's word for it) must be in the text, an amount of time needs a unit
      word, a goodbye-only message needs two parts, and the money, mortgage, follow-up,
      job-lost and no-contact expressions run only on text holding their key strings (the money
      ones look for their keys one by one: nothing else cuts that text in pieces). Each held
      equal to the unshortened check (tests/test_message_early_outs.py, tests/test_regex_keys.py).
      Counted, callgrind over the turns of 40 people after 20 to warm up: 1,468,435 ->
      1,407,617 instructions a turn (4.1% fewer). On the machine at load 2.3-2.4, base and new
      taking turns, three rounds: process CPU a turn 0.333, 0.333, 0.315 -> 0.315, 0.307, 0.312
      ms; turns/s 2,967, 2,932, 3,021 -> 3,140, 3,212, 2,893.
    per-message checks round (py-spy, 2,000 people x 10 turns; shares of `Engine._run`). Before:
      crisis inspector 27% (assess 23%: model 7%, pattern prefilter 6%, rules 2%, normalise 2%)
      situation pick-up 12% (facts 10%)   transaction enter/exit 11% (BEGIN IMMEDIATE and
      COMMIT themselves 8.5%, the generator context manager around them 2%)   store.save 8%
      store.load 5%   walker 13%   small inspectors 10% (forget 1.3%, stop 1.3%, money words
      1.6%, moving a check-in 1.1%, going back 1.0%). After: crisis inspector 27.5% (model 8%,
      prefilter 6%)   situation pick-up 11%   transaction 9% (one plain object: `bot.store.
      inline_tx`)   store.save 10%   store.load 4%   walker 16%   small inspectors 9% (forget
      0.6%, stop 0.3%, going back 0.6%: the forget, resume and moving expressions run only on
      text holding one of their keys, the words read before the engine is looked up). Shares
      move little: the saving is spread over the turn. Also: the three "how did you hear"
      expressions run with alternatives grouped by first letter (the same texts match:
      tests/test_inspector_keys.py), a keyed expression checks its keys on texts over 8
      characters instead of 24 (over a dozen short messages, facts and money words: 217,000 ->
      190,000 instructions a message, callgrind), and a bare slash command's facts, words and
      tone are kept across turns like a bare number's (tests/test_turn_memo.py). A new
      person's first "/rejected" (the Discord benchmark's turn; engine alone, real flows):
      0.335 -> 0.26-0.27 ms of CPU, the situation reader 20% -> 2% of its inspectors. Replies
      hash the same before and after (4,000 turns of the Slack benchmark's messages, 2,000
      first "/rejected"). Side by side, base and new at once, four rounds on the loaded machine
      (load 8.8-9.8): process CPU a turn 0.544, 0.481, 0.535, 0.538 -> 0.493, 0.454, 0.499,
      0.499 ms (5-9% less). At the start of the round, quiet (load 0.25): 0.324 ms, 2,880 turns
      a second; the machine was not quiet again before the round ended. The platform
      benchmarks, one run each side by side (load 9.3-9.4): Slack, Bounce Back's CPU 3.31 ->
      3.07 ms an event, cpu_ratio 0.65 -> 0.69, ratio 0.64 -> 0.70; Discord, 1.18 -> 1.05 ms an
      interaction, cpu_ratio 0.57 -> 0.63, ratio 0.60 -> 0.66.
    matcher round (py-spy, the Slack benchmark's ten messages as a new person's first ten turns,
      engine alone with the real flows; shares of `Engine._run`). Before: typed answers taken
      aside 14% (the matcher 12%: `StepModel.scores_of` 5-8%, a Python loop over each of the
      ~730 (n-gram, row) weights an answer touches and then over each of ~150 rows for an
      option's nearest phrase; other-language check 5%)   crisis inspector 11% (pattern
      prefilter 2.5%, idioms blanked 0.2-0.8%: 52 idioms visited to skip them)   walker 5%
      store.save 5%   situation pick-up 4%. After: `scores_of` 4.6% (each option's nearest
      phrase is one `max` over its run of rows), idioms 0% (skipped at once when no idiom
      may match). Both held equal bit for bit (tests/test_intent_scores_fast.py over every
      development-set answer, tests/test_idioms_skip.py over every crisis development text);
      the understanding and crisis development figures are the same. Tried and dropped: numpy
      for the weights (not a dependency; 121 -> 87 us a call, not worth it) and `filter(text.
      __contains__, keys)` for the prefilter's short keys (slower than the `in` loop in 3.11:
      7.9 against 3.2 us). Side by side on the loaded machine (load 7-10), three rounds of
      2,000 people x 10 turns: process CPU a turn 0.596, 0.549, 0.407 -> 0.591, 0.500, 0.408
      ms; the Slack messages as new people's first ten turns (300 people, real flows, engine
      alone): 1.220, 1.180, 1.262 -> 1.189, 1.201, 1.273 ms. Both within the machine's noise:
      these two are a few percent of a turn at most. What is left is spread thin: the scoring
      loop itself (each weight an answer's n-grams touch is one Python multiply-add), the
      other-language check (5%), the crisis model (3-8%) and the prefilter (2.5%), the store
      (save 3-5%, sqlite3 statements 5%).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from pathlib import Path

from cryptography.fernet import Fernet
from figures import peak_rss_mb

from bot.app import build_app
from bot.core.engine import SORRY_BUG, SORRY_STORE
from bot.core.model import Text, Turn, UserKey
from bot.settings import Settings

HERE = Path(__file__).parent
APOLOGIES = (SORRY_STORE, SORRY_BUG)


def script(turns: int) -> list[str]:
    moves = ["/loop"]
    while len(moves) < turns:
        moves += ["2" if len(moves) % 4 else "1", "the interview went long and they never said why"]
    return moves[:turns]


async def main(people: int, turns: int, concurrency: int, db: str | None) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            database_url=db or f"sqlite+aiosqlite:///{tmp}/bench.db",
            secret_keys=[Fernet.generate_key().decode()],
            flows_dir=str(HERE / "flows"),
            seed=1,
            checkins=False,
        )
        app = await build_app(settings)
        latencies: list[float] = []
        failed = 0
        moves = script(turns)
        queue: asyncio.Queue[int] = asyncio.Queue()
        for p in range(people):
            queue.put_nowait(p)

        async def worker() -> None:
            nonlocal failed
            while not queue.empty():
                p = queue.get_nowait()
                key = UserKey("bench", "w", f"u{p}")
                for move in moves:
                    t0 = time.perf_counter()
                    replies = await app.engine.handle(Turn(key, text=move))
                    latencies.append(time.perf_counter() - t0)
                    assert replies, "every turn gets an answer"
                    first = replies[0]
                    if isinstance(first, Text) and first.plain.startswith(APOLOGIES):
                        failed += 1

        started, cpu_started = time.perf_counter(), time.process_time()
        await asyncio.gather(*[worker() for _ in range(concurrency)])
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        await app.close()
    latencies.sort()
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 99
    return {
        "benchmark": "engine",
        "people": people,
        "turns_per_person": turns,
        "turns": len(latencies),
        "turns_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": round(q[49] * 1000, 3),
        "p99_ms": round(q[98] * 1000, 3),
        "cpu_ms_per_turn": round(cpu / len(latencies) * 1000, 4),
        "peak_rss_mb": peak_rss_mb(),
        "failed_turns": failed,
        "concurrency": concurrency,
        "store": (db or "sqlite").split("+")[0].split(":")[0],
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--turns", type=int, default=10)
    parser.add_argument("--concurrency", type=int, default=1, help="people talking at once")
    parser.add_argument("--db", help="a database URL instead of a fresh SQLite file")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(main(args.people, args.turns, args.concurrency, args.db))))
