"""Two real `bounceback run slack` worker processes (HTTP mode) on one real PostgreSQL database,
behind one "load balancer" (this test, choosing the worker for each request), with the fake Slack.

One person's turns are interleaved between the workers, first one after the other and then two
at a time (one to each worker at once). The `count` flow keeps every note and says how many there
are, so a turn run on stale state would repeat or skip a number and a lost update would lose a
note: the numbers must come out 1..N exactly once, with N notes saved. A Slack retry of an event
that reaches the other worker is answered once. Both workers start together on an empty database
(the migration runs once, under its lock) and stop cleanly on SIGTERM.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import create_async_engine

from bot.store import tables
from tests.fakes import payloads as p
from tests.fakes.slack import TEAM_ID, FakeSlack
from tests.ops_support import (
    SECRET,
    BotProcess,
    free_port,
    running,
    scratch_database,
    slack_http_env,
)
from tests.test_ops_metrics import parse

pytestmark = pytest.mark.timeout(180)

OPS_FLOWS = Path(__file__).resolve().parent / "data" / "ops_flows"
PERSON = "UINTERLEAVE1"
COUNT = re.compile(r"That makes (\d+)\.")


@dataclass
class Cluster:
    slack: FakeSlack
    workers: list[BotProcess]
    database_url: str

    async def say(self, worker: int, text: str, **kw: object) -> None:
        body = kw.pop("body", None) or p.dm_message(text, user=PERSON)
        status, _ = await self.slack.post_http(
            self.workers[worker].events_url,
            body,
            secret=SECRET,
            **kw,  # type: ignore[arg-type]
        )
        assert status == 200

    def counts(self) -> list[int]:
        out: list[int] = []
        for call in self.slack.calls_to("chat.postMessage", channel=p.dm_channel(PERSON)):
            out += [int(n) for n in COUNT.findall(str(call.params.get("text")))]
        return out

    async def wait_counts(self, n: int) -> list[int]:
        return await self.slack.wait_for(
            lambda: got if len(got := self.counts()) >= n else None, within=30
        )


@pytest.fixture
async def cluster(pg_url: str, tmp_path: Path) -> AsyncIterator[Cluster]:
    async with scratch_database(pg_url) as db, FakeSlack() as slack:
        key = Fernet.generate_key().decode()
        workers = []
        for i in range(2):
            home = tmp_path / f"worker{i}"
            home.mkdir()
            env = slack_http_env(
                api_url=slack.api_url,
                port=free_port(),
                metrics_port=free_port(),
                database_url=db,
                secret_key=key,
                home=home,
                flows=str(OPS_FLOWS),
            )
            workers.append(BotProcess(env, tmp_path / f"worker{i}.log"))
        async with running(workers):
            yield Cluster(slack, workers, db)


async def test_one_persons_turns_interleaved_across_two_processes(cluster: Cluster) -> None:
    await cluster.say(0, "/count")
    await cluster.slack.wait_for(
        lambda: cluster.slack.calls_to("chat.postMessage", channel=p.dm_channel(PERSON))
    )

    # One after the other, alternating workers: each must see the turn before it.
    n = 0
    for i in range(10):
        n += 1
        await cluster.say(i % 2, f"note {n}")
        assert (await cluster.wait_counts(n))[-1] == n

    # Two at once, one to each worker: they must queue, not both run on the same state.
    for _ in range(10):
        await asyncio.gather(cluster.say(0, f"note {n + 1}"), cluster.say(1, f"note {n + 2}"))
        n += 2
        got = await cluster.wait_counts(n)
        assert sorted(got[-2:]) == [n - 1, n]

    # A retry of an answered event reaching the other worker is dropped there.
    first = p.dm_message("note retried", user=PERSON, event_id="EvSCALE0001")
    await cluster.say(0, "", body=first)
    n += 1
    await cluster.wait_counts(n)
    await cluster.say(1, "", body=first, retry_num=1)
    await cluster.say(1, "note last")
    n += 1
    await cluster.wait_counts(n)

    assert sorted(cluster.counts()) == list(range(1, n + 1))  # each number once: no stale turn
    engine = create_async_engine(cluster.database_url)
    try:
        async with engine.connect() as conn:
            user_key = f"slack:{TEAM_ID}:{PERSON}"
            notes = (
                await conn.execute(
                    select(func.count())
                    .select_from(tables.items)
                    .where(tables.items.c.user_key == user_key)
                )
            ).scalar_one()
            version = (
                await conn.execute(
                    select(tables.conversations.c.version).where(
                        tables.conversations.c.user_key == user_key
                    )
                )
            ).scalar_one()
    finally:
        await engine.dispose()
    assert notes == n
    assert version == 1 + n  # /count, then one saved turn per note: no update lost

    pages = [parse(await w.metrics()) for w in cluster.workers]
    ok = sum(pg['bounceback_turns_total{outcome="ok"}'] for pg in pages)
    replayed = sum(pg['bounceback_turns_total{outcome="conflict"}'] for pg in pages)
    assert ok + replayed == 1 + n
    print(f"turns replayed after a version conflict: {replayed:.0f}")
    assert pages[1]['bounceback_turns_total{outcome="duplicate"}'] == 1
    for pg in pages:
        assert pg['bounceback_turns_total{outcome="conflict_exhausted"}'] == 0
        assert pg['bounceback_turns_total{outcome="error"}'] == 0
        assert pg['bounceback_turns_total{outcome="store_unavailable"}'] == 0
