"""Running the real Slack adapter against the fake Slack, the same way in Socket Mode and HTTP mode.

`slack_bot(app, slack, mode=...)` starts a `SlackBot` on a built app (Socket Mode: connected to the
fake's WebSocket; HTTP mode: listening on 127.0.0.1 port 0) and yields a `Harness` whose `event`,
`command` and `click` deliver a payload the way Slack would in that mode and return once Slack
would have its acknowledgement. Tests then await the fake's recorded Web API calls.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from bot.adapters.slack.runner import SlackBot, SlackSettings, bot_for_app
from bot.adapters.slack.tracking import InFlight
from tests.fakes.slack import FakeSlack

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
BOT_TOKEN = "xoxb-test-token"
APP_TOKEN = "xapp-1-test-token"
MODES = ("socket", "http")


@dataclass
class Delivery:
    """What Slack saw of one delivery: the HTTP status (200 in Socket Mode once acked) and the
    ack's body (the envelope ack's payload in Socket Mode, the response text in HTTP mode)."""

    status: int
    body: Any


class Harness:
    def __init__(self, slack: FakeSlack, bot: SlackBot, mode: str) -> None:
        self.slack = slack
        self.bot = bot
        self.mode = mode

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.bot.port}/slack/events"

    async def _send(
        self,
        kind: str,
        payload: dict[str, Any],
        *,
        retry: int | None = None,
        form: bool = False,
        interactive: bool = False,
        bad_signature: bool = False,
        timestamp: int | None = None,
    ) -> Delivery:
        if self.mode == "socket":
            env = await self.slack.push(kind, payload, retry_attempt=retry)
            ack = await self.slack.wait_ack(env)
            return Delivery(200, ack.get("payload"))
        status, text = await self.slack.post_http(
            self.url,
            payload,
            secret=SECRET,
            form=form,
            interactive=interactive,
            bad_signature=bad_signature,
            retry_num=retry,
            timestamp=timestamp,
        )
        return Delivery(status, text)

    async def event(self, body: dict[str, Any], *, retry: int | None = None) -> Delivery:
        return await self._send("events_api", body, retry=retry)

    async def command(self, form: dict[str, Any]) -> Delivery:
        return await self._send("slash_commands", form, form=True)

    async def click(self, payload: dict[str, Any]) -> Delivery:
        return await self._send("interactive", payload, interactive=True)


def settings_for(slack: FakeSlack, mode: str) -> SlackSettings:
    return SlackSettings(
        bot_token=BOT_TOKEN,
        app_token=APP_TOKEN if mode == "socket" else None,
        signing_secret=SECRET,
        api_url=slack.api_url,
        port=0,
        host="127.0.0.1",
    )


@asynccontextmanager
async def slack_bot(app: Any, slack: FakeSlack, *, mode: str) -> AsyncIterator[Harness]:
    """A started Slack adapter for `app` (a built `bot.app.App`), stopped on exit."""
    bot = bot_for_app(app, settings_for(slack, mode))
    await bot.start()
    try:
        if mode == "socket":
            await slack.wait_for(lambda: slack.connected.is_set())
        yield Harness(slack, bot, mode)
    finally:
        await bot.stop()


async def tasks_finished(tasks: InFlight, count: int, within: float) -> None:
    """Wait until `count` of the adapter's background turns have finished (polled: the
    adapter keeps a count, not an event, as nothing but tests and benchmarks waits on it)."""
    async with asyncio.timeout(within):
        while tasks.finished < count:  # noqa: ASYNC110
            await asyncio.sleep(0.005)
