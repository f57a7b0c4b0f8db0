"""The platform connection drops and comes back: nothing is lost.

The Socket Mode WebSocket (real slack-sdk client) and the Discord gateway (real discord.py client)
each run through a TCP proxy the test controls, so the drop is a real one: every byte stops and
the sockets close without a goodbye. A turn under way when it happens still finishes and is
answered; an event sent while the bot is away arrives after it reconnects and is answered; a
redelivery of an event already answered is dropped; the person's place in the conversation holds.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from bot.app import App, build_app
from bot.core.model import Reply, Turn, UserKey
from bot.ops.health import Health, gateway_probe, socket_mode_probe
from tests.conftest import make_settings
from tests.fakes import discord_payloads as dp
from tests.fakes import payloads as sp
from tests.fakes.discord import FakeDiscord
from tests.fakes.discord_harness import Handled, running_bot
from tests.fakes.slack import TEAM_ID, FakeSlack
from tests.fakes.slack_harness import slack_bot, tasks_finished
from tests.fakes.tcp_proxy import TcpProxy

pytestmark = pytest.mark.timeout(90)

SLACK_FLOWS = Path(__file__).resolve().parent / "data" / "slack_flows"


# ----- Slack Socket Mode ------------------------------------------------------------------------


class ProxiedSlack(FakeSlack):
    """The fake Slack, handing out a Socket Mode URL that goes through `proxy`, and holding
    `chat.postMessage` calls while `gate` is closed."""

    def __init__(self) -> None:
        super().__init__()
        self.proxy: TcpProxy | None = None
        self.gate = asyncio.Event()
        self.gate.set()
        self.held = 0

    def _answer(self, method: str, p: dict[str, Any]) -> dict[str, Any]:
        if method == "apps.connections.open" and self.proxy is not None:
            return {"ok": True, "url": f"ws://127.0.0.1:{self.proxy.port}/link/"}
        return super()._answer(method, p)

    async def _api(self, request: web.Request) -> web.Response:
        if request.match_info["method"] == "chat.postMessage" and not self.gate.is_set():
            self.held += 1
            await self._poke()
            await self.gate.wait()
        return await super()._api(request)

    def said(self) -> list[str]:
        return [str(c.params.get("text")) for c in self.calls_to("chat.postMessage")]


@pytest.fixture
async def slack_app(tmp_path: Path) -> AsyncIterator[App]:
    built = await build_app(make_settings(tmp_path, flows_dir=str(SLACK_FLOWS)))
    yield built
    await built.close()


@pytest.fixture
async def slack() -> AsyncIterator[ProxiedSlack]:
    fake = ProxiedSlack()
    async with fake:
        async with TcpProxy("127.0.0.1", fake.port) as proxy:
            fake.proxy = proxy
            yield fake


async def place(app: App, key: UserKey) -> tuple[str | None, str | None, int]:
    async with app.store.transaction() as tx:
        conv = await tx.load(key)
    assert conv is not None
    return conv.flow, conv.step, conv.version


async def test_a_socket_mode_drop_loses_nothing(slack_app: App, slack: ProxiedSlack) -> None:
    key = UserKey("slack", TEAM_ID, sp.USER_ID)
    proxy = slack.proxy
    assert proxy is not None
    async with slack_bot(slack_app, slack, mode="socket") as bot:
        await bot.event(sp.dm_message("/echo"))
        await slack.wait_calls("chat.postMessage", 1)
        assert slack.connections == 1

        assert bot.bot._socket is not None
        health = Health(timeout=2)
        health.watch("slack_connection", socket_mode_probe(bot.bot._socket.client))
        assert (await health.check()).ok

        # A turn is under way (its reply held in transit) when the connection drops.
        slack.gate.clear()
        first = sp.dm_message("first words", event_id="EvDROP0001")
        await bot.event(first)
        await slack.wait_for(lambda: slack.held >= 1)
        await proxy.cut()
        await slack.wait_for(lambda: not slack.connected.is_set())
        assert not (await health.check()).ok
        slack.gate.set()
        await slack.wait_for(lambda: any("You said: first words" in t for t in slack.said()))

        # Slack holds what happens while the bot is away and sends it once it is back (the
        # client notices a silent drop by its pings, so that may take a few seconds).
        async def deliver_when_back() -> str:
            await slack.wait_for(lambda: slack.connected.is_set(), 45)
            return await slack.push("events_api", sp.dm_message("again"))

        queued = asyncio.create_task(deliver_when_back())
        await proxy.restore()
        await asyncio.wait_for(queued, 50)
        assert slack.connections >= 2
        await slack.wait_calls("chat.postMessage", 3, within=30)
        assert slack.said()[2] == "Say something and I'll repeat it."
        assert (await health.check()).ok

        # Slack never got the first event's ack as far as it knows: it redelivers it.
        await slack.push("events_api", first, retry_attempt=1)
        await bot.event(sp.dm_message("second words"))
        await slack.wait_for(lambda: any("You said: second words" in t for t in slack.said()))
        await tasks_finished(bot.bot.tasks, bot.bot.tasks.started, 10)
    said = slack.said()
    assert len(said) == 4 and sum("You said: first words" in t for t in said) == 1
    assert await place(slack_app, key) == ("slack_echo", "repeat", 4)


# ----- Discord gateway --------------------------------------------------------------------------


class ProxiedDiscord(FakeDiscord):
    """The fake Discord with its gateway (including the resume URL) behind a TCP proxy."""

    proxy_port = 0

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.proxy_port}/gateway"


class GatedEngine:
    """The real engine, holding each turn at the start while `gate` is closed."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.gate = asyncio.Event()
        self.gate.set()
        self.entered = asyncio.Event()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.engine, name)

    async def handle(self, turn: Turn) -> list[Reply]:
        self.entered.set()
        await self.gate.wait()
        replies: list[Reply] = await self.engine.handle(turn)
        return replies


@pytest.fixture
async def discord() -> AsyncIterator[tuple[ProxiedDiscord, TcpProxy]]:
    fake = ProxiedDiscord()
    await fake.start()
    try:
        async with TcpProxy("127.0.0.1", fake.port) as proxy:
            fake.proxy_port = proxy.port
            yield fake, proxy
    finally:
        await fake.close()


async def test_a_discord_gateway_drop_loses_nothing(
    app: App, discord: tuple[ProxiedDiscord, TcpProxy]
) -> None:
    fake, proxy = discord
    key = UserKey("discord", dp.APP_ID, dp.USER_ID)
    engine = GatedEngine(app.engine)
    async with running_bot(engine, fake) as client:
        handled = Handled(client)
        health = Health(timeout=2)
        health.watch("discord_gateway", gateway_probe(client))
        assert (await health.check()).ok
        await fake.dispatch("MESSAGE_CREATE", dp.dm_message("/vent"))
        await handled.wait(1)
        assert (await place(app, key))[:2] == ("vent", "open")

        # The person's answer is being handled when the gateway connection drops.
        engine.gate.clear()
        engine.entered.clear()
        await fake.dispatch("MESSAGE_CREATE", dp.dm_message("It stings. I really wanted that."))
        await asyncio.wait_for(engine.entered.wait(), 10)
        await proxy.cut()
        await fake.wait_until(lambda: not any(s.identified for s in fake.sessions))
        assert not (await health.check()).ok
        engine.gate.set()
        await handled.wait(2)  # answered over REST while the gateway is down
        assert (await place(app, key))[:2] == ("vent", "heard")

        await proxy.restore()
        await fake.wait_until(lambda: fake.resumes + fake.identifies >= 2, within=60)
        await fake.wait_until(lambda: any(s.identified for s in fake.sessions), within=60)
        await fake.dispatch("MESSAGE_CREATE", dp.dm_message("menu"))
        await handled.wait(3)
        assert (await health.check()).ok
    flow, _step, version = await place(app, key)
    assert flow == "menu" and version == 3
    async with app.store.transaction() as tx:
        conv = await tx.load(key)
    assert conv is not None and conv.vars["vent_text"] == "It stings. I really wanted that."
