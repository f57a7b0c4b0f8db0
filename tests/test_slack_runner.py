"""Running the Slack adapter: settings from the environment, ack before the engine, a clean stop
that finishes in-flight turns, and `serve()` handing check-ins a Slack sender."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp
import pytest

from bot.adapters.slack.runner import SlackBot, SlackConfigError, SlackSettings, serve
from bot.app import build_app
from bot.core.model import Reply, Text, Turn, UserKey
from bot.runner import RoutingSender
from tests.conftest import make_settings
from tests.fakes import payloads as p
from tests.fakes.slack import FakeSlack
from tests.fakes.slack_harness import APP_TOKEN, BOT_TOKEN, Harness, settings_for

SLACK_FLOWS = Path(__file__).resolve().parent / "data" / "slack_flows"


class GatedEngine:
    """An engine that holds every turn until the test opens the gate."""

    def __init__(self) -> None:
        self.gate = asyncio.Event()
        self.entered = asyncio.Event()
        self.turns: list[Turn] = []

    async def handle(self, turn: Turn) -> list[Reply]:
        self.turns.append(turn)
        self.entered.set()
        await self.gate.wait()
        return [Text.of(f"handled {len(self.turns)}")]


def test_settings_choose_socket_mode_with_an_app_token() -> None:
    s = SlackSettings.from_env({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1-x"})
    assert s.socket_mode and s.bot_token == "xoxb-1" and s.port == 3000
    h = SlackSettings.from_env(
        {
            "SLACK_BOT_TOKEN": "xoxb-1",
            "SLACK_SIGNING_SECRET": "sec",
            "PORT": "8080",
            "SLACK_API_URL": "http://127.0.0.1:9/api/",
        }
    )
    assert not h.socket_mode and h.port == 8080 and h.signing_secret == "sec"
    assert h.api_url == "http://127.0.0.1:9/api/" and h.path == "/slack/events"
    b = SlackSettings.from_env(
        {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "BOUNCEBACK_HTTP_PORT": "3100"}
    )
    assert b.port == 3100


@pytest.mark.parametrize(
    ("env", "names"),
    [
        ({}, "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_SIGNING_SECRET"),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xoxb-wrong"}, "xapp-"),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "PORT": "http"}, "PORT"),
    ],
)
def test_incomplete_settings_say_what_to_set(env: dict[str, str], names: str) -> None:
    with pytest.raises(SlackConfigError, match=names):
        SlackSettings.from_env(env)


@pytest.mark.parametrize("mode", ["socket", "http"])
async def test_slack_is_acknowledged_before_the_engine_finishes(
    slack: FakeSlack, mode: str
) -> None:
    engine = GatedEngine()
    bot = SlackBot(engine, settings_for(slack, mode))
    await bot.start()
    try:
        if mode == "socket":
            await slack.wait_for(lambda: slack.connected.is_set())
        harness = Harness(slack, bot, mode)
        form = p.slash_command("vent", channel=p.CHANNEL_ID, response_url=slack.response_url("c"))
        for deliver in (harness.event(p.dm_message("hello")), harness.command(form)):
            delivery = await asyncio.wait_for(deliver, 3)
            assert delivery.status == 200
        await asyncio.wait_for(engine.entered.wait(), 5)
        assert not slack.calls_to("chat.postMessage") and len(bot.tasks) == 2
        engine.gate.set()
        await slack.wait_calls("chat.postMessage")
        await slack.wait_calls("response_url")
    finally:
        engine.gate.set()
        await bot.stop()


async def test_stopping_finishes_turns_already_under_way(slack: FakeSlack) -> None:
    engine = GatedEngine()
    bot = SlackBot(engine, settings_for(slack, "socket"))
    await bot.start()
    await slack.wait_for(lambda: slack.connected.is_set())
    await Harness(slack, bot, "socket").event(p.dm_message("hello"))
    await asyncio.wait_for(engine.entered.wait(), 5)
    stopping = asyncio.create_task(bot.stop(grace=10))
    await slack.wait_for(lambda: not slack.connected.is_set())  # no new events accepted
    assert not stopping.done()
    engine.gate.set()
    await asyncio.wait_for(stopping, 10)
    [post] = slack.calls_to("chat.postMessage")
    assert post.params["text"] == "handled 1"


async def test_stopping_in_http_mode_closes_the_port_then_finishes_turns(slack: FakeSlack) -> None:
    engine = GatedEngine()
    bot = SlackBot(engine, settings_for(slack, "http"))
    await bot.start()
    harness = Harness(slack, bot, "http")
    await harness.event(p.dm_message("hello"))
    await asyncio.wait_for(engine.entered.wait(), 5)
    stopping = asyncio.create_task(bot.stop(grace=10))

    async def refused() -> bool:
        async with aiohttp.ClientSession() as fresh:
            try:
                async with fresh.get(f"http://127.0.0.1:{bot.port}/healthz"):
                    return False
            except aiohttp.ClientConnectionError:
                return True

    async def until_refused() -> None:
        while not await refused():  # each probe is a real connection attempt
            pass

    await asyncio.wait_for(until_refused(), 5)  # the port closes as soon as stop() starts
    assert not stopping.done()
    engine.gate.set()
    await asyncio.wait_for(stopping, 10)
    [post] = slack.calls_to("chat.postMessage")
    assert post.params["text"] == "handled 1"


async def test_a_turn_still_running_after_the_grace_is_cancelled(slack: FakeSlack) -> None:
    engine = GatedEngine()
    bot = SlackBot(engine, settings_for(slack, "socket"))
    await bot.start()
    await slack.wait_for(lambda: slack.connected.is_set())
    await Harness(slack, bot, "socket").event(p.dm_message("hello"))
    await asyncio.wait_for(engine.entered.wait(), 5)
    await asyncio.wait_for(bot.stop(grace=0.05), 5)
    assert len(bot.tasks) == 0 and not slack.calls_to("chat.postMessage")


async def test_serve_runs_until_stopped_and_offers_a_checkin_sender(
    slack: FakeSlack, tmp_path: Path
) -> None:
    app = await build_app(make_settings(tmp_path, flows_dir=str(SLACK_FLOWS)))
    router = RoutingSender()
    app.services.add(router, RoutingSender)
    env = {
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_APP_TOKEN": APP_TOKEN,
        "SLACK_API_URL": slack.api_url,
    }
    stop = asyncio.Event()
    task = asyncio.create_task(serve(app, env, stop))
    try:
        await slack.wait_for(lambda: slack.connected.is_set())
        assert "slack" in router.by_platform
        await slack.push("events_api", p.dm_message("/echo"))
        await slack.wait_calls("chat.postMessage")
        assert slack.calls_to("apps.connections.open")[0].token == APP_TOKEN
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)
        await app.close()
    assert not slack.connected.is_set()
    # A check-in fired while the bot shuts down still goes out (slack_sdk opens a new session).
    await router.send(UserKey("slack", "T0BOUNCE", "ULATE001"), [Text.of("late check-in")])
    [late] = slack.calls_to("chat.postMessage", channel="DULATE001")
    assert late.params["text"] == "late check-in"


@pytest.mark.parametrize(
    ("method", "variable"),
    [("auth.test", "SLACK_BOT_TOKEN"), ("apps.connections.open", "SLACK_APP_TOKEN")],
)
async def test_a_refused_token_stops_start_up_with_what_to_fix(
    slack: FakeSlack, method: str, variable: str
) -> None:
    slack.errors[method] = "invalid_auth"
    bot = SlackBot(GatedEngine(), settings_for(slack, "socket"))
    try:
        with pytest.raises(SlackConfigError, match=f"{variable} \\(invalid_auth\\)"):
            await bot.start()
    finally:
        await bot.stop()
