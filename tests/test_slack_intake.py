"""How a Slack request comes in and a reply goes out, cheaply and the same as before.

The Slack libraries' loggers are pinned to the level in force when the adapter is built: below
DEBUG nothing builds the debug lines slack_sdk and slack-bolt would otherwise format for every
request (a Web API request's JSON holds what a reply says); at DEBUG their records are kept.
Message events go straight from a middleware to the DM handler and are acknowledged like any
listener's (an empty 200, nothing logged); in Socket Mode they do not become Bolt requests at all.
A person's first DM is answered in the IM it came in, without a `conversations.open`; replies
travel as JSON written by orjson, intact, posted exactly as slack_sdk's `chat_postMessage` would
post them."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from slack_bolt.middleware.async_middleware import AsyncMiddleware
from slack_sdk.errors import SlackApiError

from bot.adapters.slack.blocks import SlackMessage, section
from bot.adapters.slack.intake import DropRepeats, MessageIntake, SocketIntake
from bot.adapters.slack.outbox import DirectMessages, Outbox
from bot.adapters.slack.sender import make_client, send_error
from bot.app import App, build_app
from bot.core.ports import PermanentSendError
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


async def test_in_socket_mode_message_events_skip_bolt_and_the_rest_go_through_it(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with FakeSlack() as slack, slack_bot(app, slack, mode="socket") as bot:
        bolt = bot.bot.bolt
        assert bolt is not None
        dispatched: list[str] = []
        dispatch = bolt.async_dispatch

        async def counted(req: Any) -> Any:
            dispatched.append(str((req.body.get("event") or {}).get("type")))
            return await dispatch(req)

        monkeypatch.setattr(bolt, "async_dispatch", counted)
        body = p.dm_message("/echo", event_id="EvSOCKET01")
        first = await bot.event(body)
        again = await bot.event(body, retry=1)  # a redelivery: acknowledged, nothing run
        await tasks_finished(bot.bot.tasks, 1, 10)
        assert first.status == again.status == 200 and not first.body and not again.body
        assert bot.bot.tasks.started == 1
        [post] = await slack.wait_calls("chat.postMessage")
        assert post.params["channel"] == p.dm_channel()
        assert dispatched == []  # the message never became a Bolt request
        await bot.event(p.app_mention("hello"))
        await slack.wait_calls("chat.postEphemeral")
        assert dispatched == ["app_mention"]  # anything else is Bolt's, as before


async def test_a_failure_taking_a_socket_mode_message_is_acknowledged_and_logged_by_class(
    app: App, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    async with FakeSlack() as slack, slack_bot(app, slack, mode="socket") as bot:
        assert bot.bot.handlers is not None

        def broken(body: dict[str, Any], bot_user: str | None) -> None:
            raise ValueError("private words")

        intake = next(x for x in slack_listeners(bot.bot) if isinstance(x, SocketIntake))
        monkeypatch.setattr(intake, "take", broken)
        delivery = await bot.event(p.dm_message("private words"))
        assert delivery.status == 200
    failed = [r for r in caplog.records if r.getMessage() == "slack.listener_failed"]
    assert [getattr(r, "error", None) for r in failed] == ["ValueError"]
    assert "private words" not in caplog.text


def slack_listeners(bot: Any) -> list[Any]:
    return list(bot._socket.client.socket_mode_request_listeners)


async def test_a_first_dm_is_answered_in_its_im_without_opening_one(app: App) -> None:
    async with FakeSlack() as slack, slack_bot(app, slack, mode="socket") as bot:
        await bot.event(p.dm_message("/echo", user="UFIRST0001"))
        [post] = await slack.wait_calls("chat.postMessage")
        assert post.params["channel"] == p.dm_channel("UFIRST0001")
        assert not slack.calls_to("conversations.open")
        # A mention in a channel teaches nothing: that person's DM is asked of Slack.
        await bot.event(p.app_mention("I didn't get the job", user="UMENTION01"))
        [opened] = await slack.wait_calls("conversations.open")
        assert opened.params["users"] == "UMENTION01"


def test_only_an_im_is_learnt_as_someones_dm() -> None:
    dms = DirectMessages(make_client("xoxb-test", "http://127.0.0.1:9/api/"))
    dms.learn("U1", "C0SHARED")  # not an IM
    dms.learn("", "D0NOBODY")
    dms.learn("U2", "D0U2")
    dms.learn("U2", "D0OTHER")  # one already known is kept
    assert dms._by_user == {"U2": "D0U2"}


async def test_a_reply_is_posted_as_slack_sdk_posts_it(slack: FakeSlack) -> None:
    client = make_client("xoxb-test", slack.api_url)
    outbox = Outbox(client, DirectMessages(client))
    said = 'Ánimo, "café" &amp; más'
    msg = SlackMessage(text=said, blocks=[section(said)])
    assert (await outbox.post("D1", msg))["ok"] is True
    await client.chat_postMessage(
        channel="D1", text=said, blocks=[section(said)], unfurl_links=False
    )
    ours, theirs = slack.calls_to("chat.postMessage")
    assert ours.params == theirs.params and ours.params["blocks"][0]["text"]["text"] == said
    assert ours.token == theirs.token == "xoxb-test"
    slack.errors["chat.postMessage"] = "channel_not_found"
    with pytest.raises(SlackApiError) as refused:
        await outbox.post("D1", msg)
    assert refused.value.response["error"] == "channel_not_found"
    err = send_error(refused.value)
    assert isinstance(err, PermanentSendError) and err.code == "channel_not_found"


async def test_socket_mode_message_envelopes_are_taken_as_they_arrive(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A message event is taken and acknowledged off the socket (the ack slack_sdk would send),
    without slack_sdk's queue and request listeners; any other envelope goes through them."""
    async with FakeSlack() as slack, slack_bot(app, slack, mode="socket") as bot:
        client = bot.bot._socket.client  # type: ignore[union-attr]
        queued: list[str] = []
        run = client.run_message_listeners

        async def counted(message: dict[str, Any], raw: str) -> None:
            queued.append(str(message.get("type")))
            await run(message, raw)

        monkeypatch.setattr(client, "run_message_listeners", counted)
        env = await slack.push("events_api", p.dm_message("/echo", event_id="EvEARLY01"))
        assert await slack.wait_ack(env) == {"envelope_id": env}
        repeat = p.dm_message("/echo", event_id="EvEARLY01")
        again = await slack.push("events_api", repeat, retry_attempt=1)
        assert await slack.wait_ack(again) == {"envelope_id": again}
        await tasks_finished(bot.bot.tasks, 1, 10)
        assert bot.bot.tasks.started == 1  # the redelivery was only acknowledged
        assert queued == []
        await bot.event(p.app_mention("hello"))
        await slack.wait_calls("chat.postEphemeral")
        assert queued == ["events_api"]
        # A client with raw message listeners sees every envelope: nothing is taken early.
        seen: list[str] = []

        async def raw_listener(*args: Any) -> None:
            seen.append("raw")

        client.message_listeners.append(raw_listener)
        await bot.event(p.dm_message("/echo", event_id="EvEARLY02"))
        await tasks_finished(bot.bot.tasks, 2, 10)
        assert seen == ["raw"] and queued == ["events_api", "events_api"]
