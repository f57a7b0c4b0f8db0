"""The database drops every connection mid-run (cut through a TCP proxy the test controls, in
front of the real PostgreSQL): people get a short apology instead of silence, health says the
database is failing, nothing is half-saved, and everything works again once it returns."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from bot.app import App, build_app
from bot.core.engine import SORRY_STORE
from bot.core.model import Conversation, Reply, Turn, UserKey
from bot.ops.instrument import Ops
from bot.ops.server import ops_for
from tests.conftest import make_settings
from tests.fakes import payloads as p
from tests.fakes.slack import TEAM_ID, FakeSlack
from tests.fakes.slack_harness import slack_bot
from tests.fakes.tcp_proxy import TcpProxy
from tests.ops_support import scratch_database

SLACK_FLOWS = Path(__file__).resolve().parent / "data" / "slack_flows"
KEY = UserKey("slack", TEAM_ID, p.USER_ID)


@dataclass
class Rig:
    app: App
    proxy: TcpProxy
    ops: Ops


@pytest.fixture
async def rig(pg_url: str, tmp_path: Path) -> AsyncIterator[Rig]:
    async with scratch_database(pg_url) as url:
        target = make_url(url)
        async with TcpProxy(target.host or "127.0.0.1", target.port or 5432) as proxy:
            app = await build_app(
                make_settings(tmp_path, database_url=proxy.url_for(url), flows_dir=str(SLACK_FLOWS))
            )
            ops = ops_for(app)
            try:
                yield Rig(app, proxy, ops)
            finally:
                ops.close()
                await app.close()


def texts(replies: list[Reply]) -> list[str]:
    return [
        str(getattr(r, "plain", "")) or str(getattr(getattr(r, "prompt", None), "plain", ""))
        for r in replies
    ]


async def load(app: App, key: UserKey = KEY) -> Conversation:
    async with app.store.transaction() as tx:
        conv = await tx.load(key)
    assert conv is not None
    return conv


async def test_an_outage_gets_an_apology_on_slack_and_the_conversation_survives(rig: Rig) -> None:
    async with FakeSlack() as slack, slack_bot(rig.app, slack, mode="http") as bot:
        await bot.event(p.dm_message("/echo"))
        await slack.wait_calls("chat.postMessage", 1)
        before = await load(rig.app)
        assert (before.flow, before.step) == ("slack_echo", "ask")

        await rig.proxy.cut()
        assert (await rig.ops.health.check()).checks["database"] is False
        await bot.event(p.dm_message("words during the outage"))
        [_, sorry] = await slack.wait_calls("chat.postMessage", 2)
        assert sorry.params["text"] == SORRY_STORE
        assert rig.ops.metrics.value("bounceback_turns_total", outcome="store_unavailable") == 1

        await rig.proxy.restore()
        assert (await rig.ops.health.check()).ok
        await bot.event(p.dm_message("words after it came back"))
        calls = await slack.wait_calls("chat.postMessage", 3)
        assert "You said: words after it came back" in calls[2].params["text"]
        after = await load(rig.app)
        assert after.version == before.version + 1  # the failed turn saved nothing
        assert after.vars["said"] == "words after it came back"
    assert rig.proxy.refused >= 1  # the bot really tried the database while it was down


async def test_connections_cut_in_the_middle_of_a_turn(rig: Rig) -> None:
    engine = rig.app.engine
    assert "Say something" in " ".join(texts(await engine.handle(Turn(key=KEY, text="/echo"))))
    before = await load(rig.app)

    await rig.proxy.stall()  # the next turn's queries hang mid-transaction...
    held = rig.proxy.held
    stuck = asyncio.create_task(engine.handle(Turn(key=KEY, text="lost words", event_id="EvCUT1")))
    await rig.proxy.wait_for(lambda: rig.proxy.held > held)
    assert not stuck.done()
    await rig.proxy.cut()  # ...and then every connection drops
    replies = await asyncio.wait_for(stuck, 10)
    assert texts(replies) == [SORRY_STORE]

    await rig.proxy.restore()
    # The event's claim was rolled back with the turn, so a redelivery is not taken for a repeat.
    again = await engine.handle(Turn(key=KEY, text="lost words", event_id="EvCUT1"))
    assert "You said: lost words" in texts(again)
    after = await load(rig.app)
    assert after.version == before.version + 1
    assert rig.ops.metrics.value("bounceback_turns_total", outcome="store_unavailable") == 1
    assert rig.ops.metrics.value("bounceback_turns_total", outcome="ok") == 2


async def test_repeated_outages_each_recover(rig: Rig) -> None:
    engine = rig.app.engine
    await engine.handle(Turn(key=KEY, text="/echo"))
    for n in range(3):
        await rig.proxy.cut()
        assert texts(await engine.handle(Turn(key=KEY, text=f"down {n}"))) == [SORRY_STORE]
        await rig.proxy.restore()
        said = texts(await engine.handle(Turn(key=KEY, text=f"up {n}")))
        assert f"You said: up {n}" in said
        await engine.handle(Turn(key=KEY, choice="again"))
    conv = await load(rig.app)
    assert conv.version == 1 + 3 * 2 and (conv.flow, conv.step) == ("slack_echo", "ask")
