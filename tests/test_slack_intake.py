"""How a Slack request comes in and a reply goes out, cheaply and the same as before.

The Slack libraries' loggers are pinned to the level in force when the adapter is built: below
DEBUG nothing builds the debug lines slack_sdk and slack-bolt would otherwise format for every
request (a Web API request's JSON holds what a reply says); at DEBUG their records are kept.
Message events go straight from a middleware to the DM handler and are acknowledged like any
listener's (an empty 200, nothing logged); replies travel as JSON written by orjson, intact."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from slack_bolt.middleware.async_middleware import AsyncMiddleware

from bot.adapters.slack.intake import DropRepeats, MessageIntake
from bot.adapters.slack.sender import make_client
from bot.app import App, build_app
from tests.conftest import make_settings
from tests.fakes import payloads as p
from tests.fakes.payloads import event_callback
from tests.fakes.slack import FakeSlack
from tests.fakes.slack_harness import slack_bot, tasks_finished

SLACK_FLOWS = Path(__file__).resolve().parent / "data" / "slack_flows"
LIBRARIES = ("slack_sdk", "slack_bolt")


@pytest.fixture
def library_level() -> Iterator[None]:
    """Put the libraries' and the root's levels back after a test changes them."""
    root = logging.getLogger()
    loggers = [root, *(logging.getLogger(name) for name in LIBRARIES)]
    before = [lg.level for lg in loggers]
    yield
    for lg, level in zip(loggers, before, strict=True):
        lg.setLevel(level)


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    built = await build_app(make_settings(tmp_path, flows_dir=str(SLACK_FLOWS)))
    yield built
    await built.close()


def _count_debug(logger: logging.Logger, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    built: list[str] = []

    def debug(msg: Any, *args: Any, **kwargs: Any) -> None:
        built.append(str(msg))

    monkeypatch.setattr(logger, "debug", debug)
    return built


async def test_no_debug_line_is_built_for_a_request_when_debug_is_off(
    slack: FakeSlack, library_level: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    logging.getLogger("slack_sdk").setLevel(logging.WARNING)
    client = make_client("xoxb-test", slack.api_url)
    assert client.logger.level == logging.WARNING
    built = _count_debug(client.logger, monkeypatch)
    await client.chat_postMessage(channel="D1", text="a reply")
    assert built == []


async def test_debug_lines_are_kept_when_debug_is_on(
    slack: FakeSlack, library_level: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    logging.getLogger().setLevel(logging.DEBUG)
    logging.getLogger("slack_sdk").setLevel(logging.NOTSET)
    client = make_client("xoxb-test", slack.api_url)
    assert client.logger.level == logging.DEBUG
    built = _count_debug(client.logger, monkeypatch)
    await client.chat_postMessage(channel="D1", text="a reply")
    assert built  # the request and the response, for the log's redaction to handle


async def test_the_bolt_app_logger_follows_the_level_in_force(
    app: App, library_level: None
) -> None:
    logging.getLogger("slack_bolt").setLevel(logging.WARNING)
    async with FakeSlack() as slack, slack_bot(app, slack, mode="socket") as bot:
        assert bot.bot.bolt is not None
        assert bot.bot.bolt.logger.level == logging.WARNING
        # the redelivery check and the message intake are middleware objects, called directly
        kinds = [type(m) for m in bot.bot.bolt._async_middleware_list]
        assert kinds[-2:] == [DropRepeats, MessageIntake]
        assert issubclass(MessageIntake, AsyncMiddleware)


async def test_a_reply_keeps_every_character(app: App) -> None:
    said = 'Ánimo, "café" y 💪 &amp; más'
    async with FakeSlack() as slack, slack_bot(app, slack, mode="socket") as bot:
        await bot.event(p.dm_message("/echo"))
        await bot.event(p.dm_message(said))
        await tasks_finished(bot.bot.tasks, 2, 10)
        posts = slack.calls_to("chat.postMessage")
    assert 'You said: Ánimo, "café" y 💪 &amp; más' in posts[-1].params["text"]


@pytest.mark.parametrize("mode", ["socket", "http"])
async def test_message_events_are_acknowledged_quietly(
    app: App, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    channel_message = event_callback(
        {"type": "message", "channel": "C1", "channel_type": "channel", "user": "U9",
         "text": "hello all", "ts": "1700000000.000100"}
    )  # fmt: skip
    async with FakeSlack() as slack, slack_bot(app, slack, mode=mode) as bot:
        dm = await bot.event(p.dm_message("/echo"))
        other = await bot.event(channel_message)
        edit = await bot.event(p.dm_message("x", subtype="message_changed"))
        await tasks_finished(bot.bot.tasks, 1, 10)
        assert bot.bot.tasks.started == 1  # only the person's own DM is a turn
        assert len(slack.calls_to("chat.postMessage")) == 1
    for delivery in (dm, other, edit):
        assert delivery.status == 200 and not delivery.body
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
