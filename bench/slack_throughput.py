"""Slack throughput: Bounce Back against a bare slack-bolt echo app, through the same fake Slack.

Pushes N direct-message events (default 2,000, spread over a number of people) through the fake
Socket Mode server to (1) the real Bounce Back Slack adapter on the real engine and a fresh SQLite
file, and (2) a bare Bolt app that echoes every message, in the same run on the same machine. The
time runs from the first push until every turn has been answered. Prints progress on stderr and ONE
JSON line last on stdout:

    {"events": 2000, "bounceback_events_per_s": ..., "echo_events_per_s": ..., "ratio": ...,
     "bounceback_ack_p99_ms": ..., "echo_ack_p99_ms": ..., ...}

`ratio` is Bounce Back's rate over the echo app's (how much the engine, the database and the
adapter cost compared with doing nothing); `cpu_ratio` is the same comparison in process CPU time
per event, which holds steadier when other work shares the machine. Usage:
`python bench/slack_throughput.py --events 50`.

Where Bounce Back's time for an event goes (cProfile, 1,000 DMs from 200 people; shares of
`SlackHandlers._dm`; "calls" are Python calls an event in the whole process, fake Slack included):

    before (6,917 calls an event): the engine turn 72% (its turn context 13%: the first message
      loaded the language identifier, 0.7 s with the event loop stalled, so acks waited too;
      typed-answer matching 15%, the crisis check 10%, walker 7%, save 6%), the replies
      (chat.postMessage through slack-sdk and aiohttp) 24%, users.info 3%, conversations.open 3%
    after (6,327 calls an event): the engine turn 65% (typed-answer matching 16%, the crisis
      check 12%, save 6%, walker 5%, nothing loaded in a turn), the replies 30%, users.info 2%,
      conversations.open 3%. One chat.postMessage per turn as before; users.info and
      conversations.open once per person (remembered), which the echo app never makes: 400 of
      the 2,400 requests with 200 people.
    latest round, before (6,359 calls an event): the engine turn 66% (typed-answer matching 20%,
      the crisis inspector 13% of which the crisis model 4% and the place check 3%, save 5% of
      which Fernet 3.5%, walker 5%, folding text 3%), the replies 29%
    latest round, after (5,868 calls an event): the engine turn 62% (typed-answer matching 20%,
      the crisis inspector 9%: model 2%, place check 1%; save 3%: AES-GCM under 1%; walker 6%;
      folding 0.2%), the replies 32%. Side by side in one run on the loaded machine (load 13):
      Bounce Back's CPU 6.35 -> 5.78 ms an event against the echo app's 3.45 and 3.44; cpu_ratio
      0.54 -> 0.60, ratio 0.60 -> 0.68.
    this round, before (1,000 DMs; 6,198 calls an event): the engine turn 74% (typed-answer
      matching 41%, of which building the matchers inside the first typed answers 15% (0.7 s
      with the event loop stalled) and the intent model 12%; crisis inspector 8%; a feelings
      lexicon read inside a turn 2%; the situation's facts read 2-3 times a turn 4%), the
      replies 22%, users.info 2%
    this round, after (4,021 calls an event): the engine turn 65% (matching 26%: matchers built
      with the engine, what they learn from all phrases shared within the process, each word's
      n-grams remembered so an answer's vector is 2.5 times quicker, option phrases' plain words
      worked out once; intent model 14%; crisis inspector 9%; facts read once a turn 2%), the
      replies 31%, users.info 3%. `bench/understanding.py` on the development set prints the
      same figures and misses before and after. Side by side, base then new, two rounds of the
      default 2,000 DMs (load 7-8): Bounce Back's CPU 2.86 and 2.68 -> 2.40 and 2.41 ms an
      event against the echo app's 1.50, 1.50, 1.46 and 1.47; cpu_ratio 0.53 and 0.56 -> 0.61
      and 0.61, ratio 0.49 and 0.60 -> 0.67 and 0.62.
    latest round (py-spy sampling, 2,000 DMs; shares of `SlackHandlers._dm`): before (4,901
      calls an event): the engine turn 67% (typed-answer matching 17%, of which the intent
      model 8% and matchers learned inside the first answers 3%; walker 9%; crisis inspector
      8%; `words_after` 2%, folding each option phrase and the message's words once per option
      tried), the replies 29%. After (4,197 calls an event): the engine turn 65% (matching 21%,
      intent model 13%: now the largest single part; walker 3%; crisis inspector 10%;
      `words_after` 1%: the message's words read once a turn, each phrase's words remembered;
      the check-in notice lookup a plain driver query), the replies 33%. Side by side, base and
      new at the same time, two rounds of 2,000 DMs on the loaded machine (load 9.5-10.5):
      Bounce Back's CPU 3.92 and 3.69 -> 3.69 and 3.66 ms an event (echo 1.88, 1.69 and 2.01,
      1.70); cpu_ratio 0.48 and 0.46 -> 0.55 and 0.47; ratio 0.57 and 0.36 -> 0.64 and 0.35.
    adapter round (cProfile of the measured window only, 2,000 DMs; shares of the whole process,
      fake Slack included; an engine turn on these messages and the real flows costs about
      0.65 ms, twice the engine benchmark's, mostly typed-answer matching): before (3,791 calls
      an event): the engine turn 44% (matching 13%), the replies 20%, Bolt's dispatch 10% (of
      which working out the arguments of our middleware, the message listener and its matcher
      4%), slack_sdk's request 14% (formatting two debug lines a request, the request's JSON and
      the response, that nothing printed: its logger's own level was unset), the fake's server
      7%. After (3,396 calls an event): the engine turn 50% (matching 16%), the replies 18%,
      Bolt's dispatch 4% (message events handed straight from a middleware object to the DM
      handler; nothing's arguments worked out), slack_sdk's request 12% (the libraries' loggers
      pinned to the level in force, so below DEBUG no debug line is built; request JSON through
      orjson). The echo app keeps slack_sdk as it comes. Quiet (load 1.1-1.3), Bounce Back's side
      alone: 1.71-1.77 -> 1.57-1.62 ms an event (echo 0.99-1.03). One full run each at load
      3.8-4.8: cpu_ratio 0.56 -> 0.66, ratio 0.52 -> 0.69. Side by side, base
      and new at the same time, three rounds (load 4.5-6.3): 3.39, 3.19, 2.32 -> 3.01, 2.77,
      2.05 ms an event (11-13% less; echo 1.12-1.80); cpu_ratio 0.41, 0.56, 0.48 -> 0.41, 0.64,
      0.57. What is left of the gap is the engine turn: without it, Bounce Back's path costs about
      what the echo app's does (0.9-1.0 ms an event; a kept connection instead of one a request,
      but a users.info and a conversations.open for each new person).
    engine-turn round (py-spy sampling of the engine alone: this benchmark's ten messages from
      200 people, 4,000 turns on the real flows and SQLite; shares of `Engine._run`): before:
      `Matcher.match` 27% (the intent model's scoring 14%; an English answer that missed was
      matched again in full at the same question in Spanish, 13%), crisis inspector 13%, walker
      8%, situation pick-up 7% (its expressions 6%), save 6%, transaction 6%, trigger phrases
      1.5%, a mood's insert built anew 1%. After: `Matcher.match` 20% (scoring 5%) and
      `Matcher.may_take` 14% (the other language's question is scored only when a sure match
      there is possible; half of it is learning that question inside the first answers, the same
      learning as before, now counted here), crisis inspector 12%, walker 7%, situation pick-up
      5%, trigger phrases 0.3%. An answer's reach (the length of its n-gram vector on the
      n-grams the question's phrases have) bounds every intent score, so a certain miss is known
      without scoring phrase by phrase; the situation reader runs an expression only on text
      holding one of the strings any match needs (`bot.primitives.regex_keys`); a trigger phrase
      is looked for as a substring before its pattern runs; a question learns a third quicker; a
      mood's insert is built once. What each turn answers is unchanged: the replies of 4,000
      turns hash the same before and after, and `bench/understanding.py` and
      `bench/safety_eval.py` print the same figures. Engine alone, side by side, three rounds
      (load 4-7): 0.67, 0.65, 0.63 -> 0.58, 0.59, 0.60 ms a turn. Whole benchmark, side by side,
      base then new, 1,000 DMs, five rounds (load 5-8): Bounce Back's CPU 2.12, 2.17, 2.06,
      2.02, 2.02 -> 2.02, 1.94, 1.96, 1.95, 1.98 ms an event (echo 1.05-1.10); cpu_ratio
      0.51-0.52 -> 0.53-0.55. What is left in a turn: matching (the phrases' scoring where an
      answer comes near, and learning each question inside the first answers typed at it), the
      crisis check, the walker, the transaction; none is more than a fifth.
    second adapter round (cProfile of the measured window, 2,000 DMs from 200 people; shares of
      the whole process, fake Slack included): before (3,520 calls an event): the engine turn
      51%, the replies 19% (chat.postMessage 16%), Socket Mode's listeners 7% (Bolt's dispatch
      of each message event 4%), the fake's Web API 8%, rendering Block Kit 2%, users.info 1%,
      conversations.open 1%. After (3,210 calls an event): the engine turn 55%, the replies 18%
      (chat.postMessage 16%), Socket Mode's listeners 3% (a message envelope is acknowledged and
      handed to the DM handler without becoming a Bolt request), the fake's Web API 8%,
      rendering 2%, users.info 1%, conversations.open gone (a person's first DM is answered in
      the IM it came in: 2,200 requests for 2,000 DMs, the echo app's 2,000). The adapter alone
      (a stub engine answering one line): 0.57-0.62 -> 0.47-0.51 ms an event. Side by side, base
      and new at the same time, two rounds of the default run on the loaded machine (load
      5.5-6.1; garbage collected before each clock, in both): Bounce Back's CPU 1.92 and 1.89 ->
      1.71 and 1.77 ms an event (echo 1.08-1.14); cpu_ratio 0.59 and 0.60 -> 0.63 and 0.64;
      ratio 0.61 and 0.56 -> 0.78 and 0.62. users.info still comes before a new person's first
      reply: the first reply's language and the crisis lines (by country) come from the
      profile's locale, and a first message may be a crisis. Then replies posted without
      slack_sdk's set-up of every call (its URL joined and user agent worked out once; the same
      JSON, session, retry handlers and errors, a test holding the request to `chat_postMessage`'s):
      Bounce Back's side alone, three rounds each (load 5.6-6.7), 1.73, 1.78, 1.77 -> 1.67,
      1.71, 1.71 ms an event; the stub-engine path 0.47-0.49 -> 0.44-0.45. What is left is the
      engine turn, about 1 ms of Bounce Back's 1.7 here; the adapter's own path costs under
      half the echo app's.
    feelings and lazy-model round (py-spy of the measured window, 2,000 DMs from 200 people;
      shares of the whole process, fake Slack included; calls counted by cProfile): before
      (3,194 calls an event): the engine turn 55% (crisis inspector 10%; typed-answer matching
      10%: `Matcher.match` 7%, `may_take` 4%, learning questions inside the first answers 2%,
      `StepModel.scores_of` 2.5%; the walker entering steps 6%, of which the welcome back 2%
      and the listening reply 1%: a message's feelings and VADER's scores read up to four times
      a turn, VADER's lexicon read inside the first turn needing it, a language's lexicon file
      looked up on every read), the replies 17%, users.info 1.4%, Block Kit 1.7%. After (3,099
      calls an event; the engine alone on these messages 1,945 -> 1,851 calls a turn): the
      engine turn 54-58% (matching 10-12%, learning 0.6%: a question's intent model is built
      when an answer is first scored phrase by phrase, 3 of the 9 questions met here; the reach
      needs only the n-grams the model will have), the walker entering steps 4-5% (welcome
      back under 1%: one reading of the message a turn, VADER loaded at start-up), the replies
      14-15%. What each turn answers is unchanged: the replies of 2,000 turns hash the same,
      and `bench/understanding.py` prints the same figures and misses. The machine was loaded
      (load 10-13): side by side, base and new, three rounds of the default run, Bounce Back's
      CPU 2.59, 2.69, 3.28 -> 2.52, 3.31, 2.61 ms an event (echo 1.54-1.86); cpu_ratio 0.60,
      0.69, 0.51 -> 0.61, 0.56, 0.70; ratio 0.54, 0.67, 0.53 -> 0.65, 0.53, 0.68: the change
      (3% of the calls) is inside the noise. What is left: the crisis inspector and the store
      (about a third of the turn), typed-answer matching (a fifth: the intent model's scoring,
      a pure-Python sparse product, and the answer's n-gram vector), the replies through
      aiohttp (as the echo app's), the walker.
    third adapter round (py-spy of the measured window, 2,000 DMs from 200 people; shares of the
      whole process, fake Slack included; calls counted by cProfile): before (3,169 calls an
      event): the engine turn 54% (dispatch 40%, typed-answer matching 9%, crisis inspector 6%,
      transaction 4%, walker 3%), the replies 16% (chat.postMessage 12%: aiohttp's request 7%,
      reading the answer with `json` 2.6%, aiohttp encoding again the JSON text orjson wrote
      0.8%, slack_sdk's response object 0.7%; Block Kit 2.8%), the fake's Web API 8%, its pushes
      3%, Socket Mode's listeners 2%. After (3,153 calls an event): the engine turn 56% (dispatch
      42%), the replies 13% (chat.postMessage 10%: the request's JSON written by orjson straight
      to bytes, the very bytes and headers slack_sdk's `chat_postMessage` sends, a test holds
      them; answers read through orjson, except one holding 19 digits in a row, which `json`
      reads as before, and what orjson refuses, a test holding every odd answer to aiohttp's own
      reading; a response object only for a refusal's error), Block Kit 2.5%. The adapter alone
      (the engine replaced by the replies it gave in a first run of the same process, so the same
      2,000 replies are packed and posted): 1,323 -> 1,301 calls an event; its CPU, base and new
      side by side at load 6-9, 1.01, 0.75, 1.03, 0.89, 0.95, 1.01 -> 1.00, 0.65, 1.03, 0.80,
      0.99, 0.95 ms an event: inside the noise. Fifteen such pairs (load 1.5-9) put the whole run
      at 1.79-2.74 ms an event (median 2.29) and the echo app at 1.39-1.85 (1.55): the engine turn
      is 1.07-1.95 ms (median 1.32, 60% of Bounce Back's CPU), 0.68-1.30 times the echo app's
      whole CPU (median 0.89), and the adapter with the fake 0.44-0.73 times it (0.58). A
      cpu_ratio of 0.8 asks Bounce Back for at most 1.25 times the echo app's CPU, so with the
      adapter where it is the engine turn has to come down to about 0.67 times the echo app's
      CPU: a quarter less than now. What the adapter leaves is aiohttp's request and the fake's
      answer to it (the fake writes every reply's blocks back, as Slack does, with `json`),
      Socket Mode's receive and ack, users.info for each new person, Block Kit (16 microseconds
      a turn): a few percent each; only users.info and Block Kit have no counterpart there.
      Quiet at the start of the round (load 0.5-1.6, four runs): ratio 0.71, 0.69, 1.07, 0.77;
      cpu_ratio 0.69, 0.71, 0.74, 0.66; Bounce Back 1.61-1.89 ms an event against the echo
      app's 1.13-1.39.
    fourth adapter round (counts of the measured window, steady however loaded the machine is:
      Python calls an event by cProfile, 2,000 DMs from 200 people; machine instructions "Ir" an
      event by callgrind, 600 DMs from 200 people, so more first turns than the default run;
      "adapter alone" as above; fake included): before, each Socket Mode envelope went through
      slack_sdk's queue, a task of its own, the standard `json`'s parse, a `SocketModeRequest`
      and the request listeners before `SocketIntake` took it; adapter alone 1,295 calls, 2.453M
      Ir (the echo app: 2,494 calls, 3.290M Ir: a new connection a request); whole run 3,173
      calls, 7.075M Ir. After: a message envelope is read (orjson, as `json` reads it), taken and
      acknowledged (the same ack) as it comes off the socket, in the socket's own reader;
      anything else goes through slack_sdk as before: adapter alone 1,206 calls, 2.358M Ir
      (-3.9%); whole run 3,084 calls, 6.978M Ir (-1.4%). Side by side, base then new, two rounds
      at load 8-10: ratio 0.74, 0.66 -> 0.75, 0.48; cpu_ratio 0.72, 0.73 -> 0.86, 0.56 (Bounce
      Back 3.50, 3.46 -> 3.01, 2.99 ms an event; the echo app 2.53, 2.53 -> 2.57, 1.66): the
      load moves the echo app's phase more than the change moves Bounce Back's. Quiet at the
      start (load 0.3), base: ratio 0.64, cpu_ratio 0.65 (1.64 ms against 1.06). What is left:
      the engine turn, about two thirds of Bounce Back's instructions; the adapter's path with
      the fake is under three quarters of the echo app's (aiohttp's request and the fake's answer
      to it, the Web API's retry bookkeeping on every answer, users.info for each new person,
      Block Kit).
    once-a-turn round (py-spy of Bounce Back's side alone, 2,000 DMs from 200 people; shares of
      `Engine.handle`, the engine turn being 76% of the DM handler; instructions "Ir" a turn by
      callgrind, the engine alone on this benchmark's ten messages from 40 people, hash seed 0,
      steady from run to run). Before (3,808,014 Ir a turn): typed-answer matching at the
      waiting question 15% (intent scoring 5.5%, the answer's n-gram vector 3%), the crisis
      inspector 14%, the walker entering steps 8%, COMMIT 6%, save 6%, the other language's
      question 5% (`may_take` 4.6%: its whole reach worked out, the last clause's too, before
      comparing it with "sure"), the situation reader 5%, the turn context 4% (the message's
      language 3%), a mood denial's expression built anew on every turn 1%, a mood's insert
      through SQLAlchemy 1%; and a message's number, yes/no opening, last clause, goodbye,
      question and language read again by each language's matcher and check (about one more
      reading of each a turn). After (3,642,109 Ir a turn, 4.4% fewer): those are read once a
      turn, the answer's n-grams counted once for both languages' vectors; `may_take` compares
      the reach part by part, skipping parts that cannot reach "sure" (a last clause's content
      words and phrases inside, at 0.9 times its score), a test holding the answer equal to the
      whole reach's at every floor; the denial built once per mood (0%); the mood inserted on
      the driver (0.1%, a test holding the row to SQLAlchemy's); turn context 3% (language 1%).
      The replies of the 400 turns hash the same, and `bench/understanding.py` prints the same
      figures (matching p50 0.100 -> 0.080 ms). Tried and dropped: the vector weighted and
      scaled by `map`/`zip` in C (186,000 -> 213,000 Ir a vector: more, not fewer); intent
      scoring phrase by phrase with C sums (eight times slower than the sparse loop) or with
      postings split in two (slower); the feelings lexicon behind `Keyed` prefilters (a tenth of
      a reading, 0.4% of a turn). Side by side, base then new, three rounds of the default run
      at load 8-9.5, the load drowned it: cpu_ratio 0.61, 0.74, 0.63 -> 0.74, 0.69, 0.59
      (Bounce Back 2.13-2.65 -> 2.15-3.10 ms an event, echo 1.54-1.83); at the round's start
      (load 0.6-12), base: cpu_ratio 0.745 and 0.751. With the engine about three quarters of
      Bounce Back's CPU here, 4.4% of its instructions is about 3% of the side: about 0.75 ->
      0.77 quiet, short of 0.8. What is left is spread thin: no part of a turn but matching and
      the crisis check is over a tenth, and each is already pruned by exact bounds.
    checkpoint round (each COMMIT of the measured window timed, 2,000 DMs from 200 people): before,
      2,001 commits took 123 ms in all, p50 29 microseconds, but about eight of them 4.4-5.7 ms
      each: SQLite checkpointing its log (1,000 pages) inside the commit that crossed the mark, on
      the event loop, every other person's turn and every ack waiting. After (the turn connection's
      automatic checkpoints off, a PASSIVE checkpoint every 200 commits in a worker thread): no
      commit above 0.4 ms on a quiet machine. py-spy of the window (shares of `SlackHandlers._dm`):
      the engine turn 76-78% (typed-answer matching 17%, `take_aside` 14%, the crisis inspector
      11%, the store's statements 9%, the other language's question 8%), the replies 20%. Side by
      side with the round's starting code, two pairs (load 1.3-1.5): ratio 0.722, 0.713 -> 0.712,
      0.736, ack p99 6.6 ms -> 4.0-4.2 ms, the round's new per-message checks included. Tried and
      dropped: intent scores summed by numpy's `bincount` (the same floats, but 23-41 against 25-62
      microseconds a question, too little to keep).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from cryptography.fernet import Fernet  # noqa: E402
from figures import log, percentile  # noqa: E402
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler  # noqa: E402
from slack_bolt.async_app import AsyncApp, AsyncSay  # noqa: E402
from slack_sdk.http_retry.builtin_async_handlers import (  # noqa: E402
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient  # noqa: E402

from bot.adapters.slack.runner import SlackBot, bot_for_app  # noqa: E402
from bot.adapters.slack.sender import api_url  # noqa: E402
from bot.app import build_app  # noqa: E402
from bot.settings import Settings  # noqa: E402
from tests.fakes import payloads  # noqa: E402
from tests.fakes.slack import FakeSlack  # noqa: E402
from tests.fakes.slack_harness import settings_for, tasks_finished  # noqa: E402

MESSAGES = (
    "hi",
    "I didn't get the job",
    "it stings, I really wanted that one",
    "menu",
    "they said they went with another candidate",
    "thanks",
    "help",
    "vent",
    "I keep replaying the interview in my head",
    "stop",
)


def events_for(n: int, users: int) -> list[dict[str, Any]]:
    out = []
    for i in range(n):
        user = f"UBENCH{i % users:05d}"
        out.append(payloads.dm_message(MESSAGES[(i // users) % len(MESSAGES)], user=user))
    return out


async def push_all(slack: FakeSlack, events: list[dict[str, Any]]) -> list[str]:
    return [await slack.push("events_api", body) for body in events]


def ack_p99_ms(slack: FakeSlack, envelopes: list[str]) -> float:
    lat = [slack.ack_at[e] - slack.pushed_at[e] for e in envelopes if e in slack.ack_at]
    return round(percentile(lat, 0.99) * 1000, 2)


async def run_bounceback(n: int, users: int, flows: str, within: float) -> dict[str, Any]:
    events = events_for(n, users)
    with tempfile.TemporaryDirectory() as tmp:
        app = await build_app(
            Settings(
                database_url=f"sqlite+aiosqlite:///{tmp}/bench.db",
                secret_keys=[Fernet.generate_key().decode()],
                flows_dir=flows,
                seed=1,
            )
        )
        try:
            async with FakeSlack() as slack:
                bot: SlackBot = bot_for_app(app, settings_for(slack, "socket"))
                await bot.start()
                try:
                    await slack.wait_for(lambda: slack.connected.is_set())
                    gc.collect()  # see `run_echo`
                    started, cpu_started = time.perf_counter(), time.process_time()
                    envelopes = await push_all(slack, events)
                    await tasks_finished(bot.tasks, n, within)
                    elapsed = time.perf_counter() - started
                    cpu = time.process_time() - cpu_started
                    await slack.wait_for(lambda: all(e in slack.acks for e in envelopes), within)
                finally:
                    await bot.stop()
                return {
                    "events_per_s": round(n / elapsed, 1),
                    "cpu_ms_per_event": round(cpu / n * 1000, 3),
                    "ack_p99_ms": ack_p99_ms(slack, envelopes),
                    "replies": len(slack.calls_to("chat.postMessage")),
                    "failed_turns": bot.tasks.failed,
                    "seconds": round(elapsed, 3),
                }
        finally:
            await app.close()


def echo_client(url: str) -> AsyncWebClient:
    """The echo app's Web API client: slack_sdk as it comes (its own logger), with the same
    retry handlers as the bot's."""
    return AsyncWebClient(
        token="xoxb-echo",
        base_url=api_url(url),
        timeout=30,
        retry_handlers=[
            AsyncConnectionErrorRetryHandler(max_retry_count=2),
            AsyncRateLimitErrorRetryHandler(max_retry_count=1),
            AsyncServerErrorRetryHandler(max_retry_count=2),
        ],
    )


async def run_echo(n: int, users: int, within: float) -> dict[str, Any]:
    events = events_for(n, users)
    async with FakeSlack() as slack:
        bolt = AsyncApp(client=echo_client(slack.api_url), logger=logging.getLogger("bench.echo"))

        @bolt.event("message")
        async def echo(event: dict[str, Any], say: AsyncSay) -> None:
            await say(event.get("text", ""))

        handler = AsyncSocketModeHandler(bolt, "xapp-1-echo")
        await handler.connect_async()  # type: ignore[no-untyped-call]
        try:
            await slack.wait_for(lambda: slack.connected.is_set())
            gc.collect()  # neither app pays, at a random point of its window, for what ran before
            started, cpu_started = time.perf_counter(), time.process_time()
            envelopes = await push_all(slack, events)
            await slack.wait_calls("chat.postMessage", n, within)
            elapsed = time.perf_counter() - started
            cpu = time.process_time() - cpu_started
            await slack.wait_for(lambda: all(e in slack.acks for e in envelopes), within)
        finally:
            await handler.close_async()  # type: ignore[no-untyped-call]
        return {
            "events_per_s": round(n / elapsed, 1),
            "cpu_ms_per_event": round(cpu / n * 1000, 3),
            "ack_p99_ms": ack_p99_ms(slack, envelopes),
            "replies": len(slack.calls_to("chat.postMessage")),
            "seconds": round(elapsed, 3),
        }


async def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=2000, help="DM events per app")
    parser.add_argument("--users", type=int, default=200, help="people sending them")
    parser.add_argument("--flows", default=str(ROOT / "dialogues"), help="flow directories")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per app")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    users = max(1, min(args.users, args.events))
    log(f"bounce back: {args.events} DM events from {users} people")
    bb = await run_bounceback(args.events, users, args.flows, args.timeout)
    log(f"  {bb}")
    log(f"bare bolt echo: {args.events} DM events")
    echo = await run_echo(args.events, users, args.timeout)
    log(f"  {echo}")
    print(
        json.dumps(
            {
                "events": args.events,
                "users": users,
                "bounceback_events_per_s": bb["events_per_s"],
                "echo_events_per_s": echo["events_per_s"],
                "ratio": round(bb["events_per_s"] / echo["events_per_s"], 3),
                "bounceback_cpu_ms_per_event": bb["cpu_ms_per_event"],
                "echo_cpu_ms_per_event": echo["cpu_ms_per_event"],
                "cpu_ratio": round(echo["cpu_ms_per_event"] / bb["cpu_ms_per_event"], 3),
                "bounceback_ack_p99_ms": bb["ack_p99_ms"],
                "echo_ack_p99_ms": echo["ack_p99_ms"],
                "bounceback_replies": bb["replies"],
                "bounceback_failed_turns": bb["failed_turns"],
                "echo_replies": echo["replies"],
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
