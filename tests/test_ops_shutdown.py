"""SIGTERM on a real `bounceback run slack` process (HTTP mode, the fake Slack, SQLite): health
turns to "stopping", no new events are taken, the turn under way finishes and is delivered, the
check-in scheduler stops, the database closes, and the process exits 0 within 10 seconds; a turn
that never finishes is cut off in time."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from cryptography.fernet import Fernet

from bot.core.model import UserKey
from bot.store.crypto import Cipher
from bot.store.sql import SqlStore
from tests.fakes import payloads as p
from tests.fakes.slack import TEAM_ID, FakeSlack
from tests.ops_support import SECRET, BotProcess, free_port, slack_http_env

ROOT = Path(__file__).resolve().parent.parent
SLACK_FLOWS = ROOT / "tests" / "data" / "slack_flows"
BUDGET = 10.0


class GatedSlack(FakeSlack):
    """The fake Slack, holding every `chat.postMessage` while `gate` is closed."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = asyncio.Event()
        self.gate.set()
        self.held = 0
        self.released_at = 0.0
        """Wall-clock time the last held call was let through."""

    async def _api(self, request: web.Request) -> web.Response:
        if request.match_info["method"] == "chat.postMessage" and not self.gate.is_set():
            self.held += 1
            await self._poke()
            await self.gate.wait()
            self.released_at = time.time()
        return await super()._api(request)


@pytest.fixture
async def slack() -> AsyncIterator[GatedSlack]:
    fake = GatedSlack()
    async with fake:
        yield fake


@pytest.fixture
async def bot(slack: GatedSlack, tmp_path: Path) -> AsyncIterator[tuple[BotProcess, str, str]]:
    key = Fernet.generate_key().decode()
    db = "sqlite+aiosqlite:///" + str(tmp_path / "bb.db")
    env = slack_http_env(
        api_url=slack.api_url,
        port=free_port(),
        metrics_port=free_port(),
        database_url=db,
        secret_key=key,
        home=tmp_path,
        flows=str(SLACK_FLOWS),
    )
    proc = BotProcess(env, tmp_path / "bot.log")
    await proc.start()
    try:
        await proc.wait_ready()
        yield proc, db, key
    finally:
        await proc.kill()


async def _refused(url: str) -> bool:
    try:
        async with aiohttp.ClientSession() as http, http.post(url, data=b"{}") as resp:
            await resp.read()
            return False
    except aiohttp.ClientConnectionError:
        return True


async def _until(check: Callable[[], Awaitable[bool]], within: float = 10.0) -> None:
    """Poll an async condition (another process's state) every few milliseconds."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if await check():
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"condition not met within {within}s")


def _order(events: list[str], *names: str) -> list[int]:
    return [next(i for i, e in enumerate(events) if e.startswith(n)) for n in names]


async def test_sigterm_finishes_the_turn_under_way_and_stops_in_order(
    slack: GatedSlack, bot: tuple[BotProcess, str, str]
) -> None:
    proc, db, key = bot
    slack.gate.clear()
    status, _ = await slack.post_http(proc.events_url, p.dm_message("/echo"), secret=SECRET)
    assert status == 200
    await slack.wait_for(lambda: slack.held >= 1)  # the turn is under way, its reply in transit

    proc.terminate()
    sent_at = time.monotonic()

    async def stopping() -> bool:
        status, body = await proc.health()
        return status == 503 and body["status"] == "stopping"

    await _until(stopping)
    await _until(lambda: _refused(proc.events_url))  # no new events once stopping
    assert proc.proc is not None and proc.proc.returncode is None  # still finishing the turn

    slack.gate.set()
    code = await proc.wait(BUDGET)
    took = time.monotonic() - sent_at
    assert code == 0, proc.log_text()[-3000:]
    assert took < BUDGET
    [post] = slack.calls_to("chat.postMessage")
    assert post.params["text"].endswith("Say something and I'll repeat it.")

    records = proc.events()
    events = [str(e.get("event")) for e in records]
    stopping_at, checkins_at, slack_at, stopped_at = _order(
        events, "bot.stopping", "checkins.stopped", "slack.stopped", "bot.stopped"
    )
    assert stopping_at < checkins_at < slack_at < stopped_at
    assert "slack.shutdown_cancelled" not in " ".join(events)
    # Slack was let go only after the held reply went through (log times are in milliseconds).
    slack_stopped = datetime.fromisoformat(str(records[slack_at]["ts"])).timestamp()
    assert slack_stopped >= slack.released_at - 0.002

    # The turn was saved before it was delivered: the person is waiting at the echo question.
    store = SqlStore.open(db, Cipher([key]))
    try:
        async with store.transaction() as tx:
            conv = await tx.load(UserKey("slack", TEAM_ID, p.USER_ID))
        assert conv is not None and (conv.flow, conv.step) == ("slack_echo", "ask")
    finally:
        await store.close()


async def test_a_turn_that_never_finishes_does_not_hold_up_the_stop(
    slack: GatedSlack, bot: tuple[BotProcess, str, str]
) -> None:
    proc, _db, _key = bot
    slack.gate.clear()
    await slack.post_http(proc.events_url, p.dm_message("/echo"), secret=SECRET)
    await slack.wait_for(lambda: slack.held >= 1)
    proc.terminate()
    sent_at = time.monotonic()
    code = await proc.wait(BUDGET + 2)
    assert code == 0, proc.log_text()[-3000:]
    assert time.monotonic() - sent_at < BUDGET
    events = [str(e.get("event")) for e in proc.events()]
    assert any(e.startswith("slack.shutdown_cancelled") for e in events)
    assert events[-1] == "bot.stopped"
    slack.gate.set()
