"""Two real `bounceback run slack` processes with OAuth installs on one PostgreSQL database.

Each install starts on one worker and finishes on the other (the OAuth state is in the shared
database), requests for each workspace alternate between the workers, and every reply goes out
with its own workspace's token. Uninstalling one workspace through one worker leaves the other
worker unable to answer it (its installation is gone for both), while the other workspace goes on
being answered by both. Both workers stop cleanly on SIGTERM.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import select
from sqlalchemy.ext.asyncio import create_async_engine

from bot.store import tables as t
from tests.fakes import payloads as p
from tests.fakes.slack import FakeSlack
from tests.fakes.slack_oauth import install
from tests.ops_support import SECRET, BotProcess, bot_env, free_port, running, scratch_database

pytestmark = pytest.mark.timeout(180)

SLACK_FLOWS = Path(__file__).resolve().parent / "data" / "slack_flows"
ALPHA, BRAVO = "TALPHA001", "TBRAVO002"
PERSON = "USAMEID01"


@dataclass
class Pair:
    slack: FakeSlack
    workers: list[BotProcess]
    database_url: str

    def base(self, i: int) -> str:
        return f"http://127.0.0.1:{self.workers[i].env['PORT']}"

    async def say(self, worker: int, team: str, text: str) -> None:
        body = p.dm_message(text, user=PERSON, team=team)
        status, _ = await self.slack.post_http(self.workers[worker].events_url, body, secret=SECRET)
        assert status == 200

    async def reply(self, team: str, text: str) -> str | None:
        """The token the reply containing `text` went out with."""
        calls = await self.slack.wait_for(
            lambda: [
                c
                for c in self.slack.calls_to("chat.postMessage")
                if text in str(c.params.get("text")) and c.team == team
            ],
            within=30,
        )
        return calls[0].token


@pytest.fixture
async def pair(pg_url: str, tmp_path: Path) -> AsyncIterator[Pair]:
    async with scratch_database(pg_url, "bb_oauth") as db, FakeSlack() as slack:
        key = Fernet.generate_key().decode()
        workers = []
        for i in range(2):
            home = tmp_path / f"worker{i}"
            home.mkdir()
            env = bot_env(
                metrics_port=free_port(),
                database_url=db,
                secret_key=key,
                home=home,
                flows=str(SLACK_FLOWS),
                SLACK_CLIENT_ID=slack.client_id,
                SLACK_CLIENT_SECRET=slack.client_secret,
                SLACK_SIGNING_SECRET=SECRET,
                SLACK_API_URL=slack.api_url,
                PORT=str(free_port()),
                BOUNCEBACK_HTTP_HOST="127.0.0.1",
            )
            workers.append(BotProcess(env, tmp_path / f"worker{i}.log"))
        async with running(workers):
            yield Pair(slack, workers, db)


async def _installed(url: str) -> list[str]:
    engine = create_async_engine(url)
    try:
        async with engine.connect() as conn:
            rows = (await conn.execute(select(t.slack_installations.c.team_id))).all()
    finally:
        await engine.dispose()
    return sorted(str(r.team_id) for r in rows)


async def test_two_processes_serve_installs_from_several_workspaces(pair: Pair) -> None:
    slack = pair.slack
    assert (await install(slack, ALPHA, "UADMIN1", pair.base(0), pair.base(1)))[0] == 200
    assert (await install(slack, BRAVO, "UADMIN2", pair.base(1), pair.base(0)))[0] == 200
    assert await _installed(pair.database_url) == [ALPHA, BRAVO]
    [alpha_token] = slack.tokens_of(ALPHA)
    [bravo_token] = slack.tokens_of(BRAVO)

    # Each workspace's turns alternate between the workers; each reply uses its own token.
    for i, (team, token) in enumerate([(ALPHA, alpha_token), (BRAVO, bravo_token)]):
        await pair.say(i % 2, team, "/echo")
        assert await pair.reply(team, "Say something") == token
        await pair.say((i + 1) % 2, team, f"hello from {team}")
        assert await pair.reply(team, f"You said: hello from {team}") == token
    assert all(c.team in (ALPHA, BRAVO) for c in slack.calls if c.token)

    # Alpha uninstalls through worker 0; worker 1 no longer answers Alpha, still answers Bravo.
    slack.uninstall(ALPHA)
    status, _ = await slack.post_http(
        pair.workers[0].events_url, p.app_uninstalled(team=ALPHA), secret=SECRET
    )
    assert status == 200
    for _ in range(200):
        if await _installed(pair.database_url) == [BRAVO]:
            break
        await asyncio.sleep(0.05)
    assert await _installed(pair.database_url) == [BRAVO]
    await pair.say(1, ALPHA, "/echo")
    await pair.say(1, BRAVO, "/echo")
    bravo_asked = await slack.wait_for(
        lambda: (
            got
            if len(
                got := [
                    c
                    for c in slack.calls_to("chat.postMessage")
                    if c.team == BRAVO and "Say something" in str(c.params.get("text"))
                ]
            )
            == 2
            else None
        ),
        within=30,
    )
    assert bravo_asked[-1].token == bravo_token
    posts_for_alpha = [c for c in slack.calls_to("chat.postMessage") if c.team == ALPHA]
    assert len(posts_for_alpha) == 2  # only the two answers from before the uninstall
