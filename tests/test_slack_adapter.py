"""The Slack adapter end to end: the real slack-bolt AsyncApp and slack_sdk client, in Socket Mode
and in HTTP mode, against the fake Slack on 127.0.0.1, on the real engine and a real SQLite file.

These tests use a tiny echo flow (tests/data/slack_flows) next to the real dialogues, so that what
they assert about escaping, buttons and delivery does not move when the wording of the real flows
changes. `test_slack_conversation.py` walks the real first-aid conversation.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.app import App, build_app
from bot.checkins import repo
from bot.core.model import UserKey
from tests.conftest import DIALOGUES, make_settings
from tests.fakes import payloads as p
from tests.fakes.slack import TEAM_ID, Call, FakeSlack
from tests.fakes.slack_harness import Harness, tasks_finished

SLACK_FLOWS = Path(__file__).resolve().parent / "data" / "slack_flows"
DM = p.dm_channel()


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    built = await build_app(make_settings(tmp_path, flows_dir=f"{DIALOGUES},{SLACK_FLOWS}"))
    yield built
    await built.close()


def _posts(slack: FakeSlack, contains: str) -> list[Call]:
    return [c for c in slack.calls_to("chat.postMessage") if contains in str(c.params["text"])]


async def _wait_post(slack: FakeSlack, contains: str, n: int = 1) -> Call:
    got = await slack.wait_for(lambda: x if len(x := _posts(slack, contains)) >= n else None)
    return got[n - 1]


def _button(call: Call, label: str) -> dict[str, Any]:
    buttons = p.buttons_of(call.params)
    return next(b for b in buttons if b["text"]["text"] == label)


async def _echo(bot: Harness, said: str) -> Call:
    """Run the echo flow once; returns the message asking 'Again?'."""
    before = len(_posts(bot.slack, "Again?"))
    await bot.event(p.dm_message("/echo"))
    await bot.event(p.dm_message(said))
    return await _wait_post(bot.slack, "Again?", before + 1)


async def test_a_dm_is_answered_in_the_dm_and_user_text_is_escaped(bot: Harness) -> None:
    delivery = await bot.event(p.dm_message("/echo"))
    assert delivery.status == 200
    asked = await _wait_post(bot.slack, "Say something")
    assert asked.params["channel"] == DM and asked.token == "xoxb-test-token"
    # A real @channel arrives as <!channel>; typed angle brackets arrive as &lt; &gt;.
    await bot.event(p.dm_message("<!channel> &lt;!here&gt; &lt;@U999&gt; &amp; you"))
    said = await _wait_post(bot.slack, "You said")
    sections = [b["text"]["text"] for b in said.params["blocks"] if b["type"] == "section"]
    assert "You said: @channel &lt;!here&gt; &lt;@U999&gt; &amp; you" in sections
    assert "You said: @channel &lt;!here&gt;" in said.params["text"]
    for text in bot.slack.posted_texts():
        assert "<!channel>" not in text and "<!here>" not in text and "<@U999>" not in text
    # The profile's time zone and locale reached the engine as hints.
    assert bot.slack.calls_to("users.info")[0].params["user"] == p.USER_ID


async def test_a_click_updates_the_message_then_continues(bot: Harness) -> None:
    again = await _echo(bot, "first")
    done = _button(again, "Done")
    await bot.click(p.block_actions(done, message=again.message()))
    [update] = await bot.slack.wait_calls("chat.update")
    assert update.params["channel"] == DM and update.params["ts"] == again.result["ts"]
    types = [b["type"] for b in update.params["blocks"]]
    assert "actions" not in types and types[-1] == "context"
    assert "Done" in update.params["blocks"][-1]["elements"][0]["text"]
    await _wait_post(bot.slack, "Okay, done.")


async def test_the_same_message_cannot_be_answered_twice(bot: Harness) -> None:
    again = await _echo(bot, "one")
    await bot.click(p.block_actions(_button(again, "Again"), message=again.message()))
    await _wait_post(bot.slack, "Say something", 2)
    started = bot.bot.tasks.started
    await bot.click(p.block_actions(_button(again, "Done"), message=again.message()))
    await tasks_finished(bot.bot.tasks, started + 1, 10)
    assert len(bot.slack.calls_to("chat.update")) == 1
    assert not _posts(bot.slack, "Okay, done.")


async def test_a_click_on_a_question_that_has_passed_gets_a_gentle_note(bot: Harness) -> None:
    first = await _echo(bot, "one")
    await bot.event(p.dm_message("/echo"))  # the person moved on: the question is now old
    await _wait_post(bot.slack, "Say something", 2)
    await bot.click(p.block_actions(_button(first, "Done"), message=first.message()))
    note = await _wait_post(bot.slack, "already passed")
    assert note.params["channel"] == DM
    assert not _posts(bot.slack, "Okay, done.")


async def test_a_redelivered_event_is_answered_once(bot: Harness) -> None:
    body = p.dm_message("/echo", event_id="EvSAME0001")
    await bot.event(body)
    await _wait_post(bot.slack, "Say something")
    started = bot.bot.tasks.started
    again = await bot.event(body, retry=1)
    assert again.status == 200
    assert bot.bot.tasks.started == started
    await bot.event(p.dm_message("/help"))
    await tasks_finished(bot.bot.tasks, started + 1, 10)
    assert len(_posts(bot.slack, "Say something")) == 1


async def test_edits_joins_and_the_bots_own_messages_are_ignored(bot: Harness) -> None:
    for body in (
        p.dm_edit("changed"),
        p.dm_message("joined", subtype="channel_join"),
        p.bot_echo("You said: hi"),
        p.dm_message("from another bot", bot_id="B2"),
    ):
        assert (await bot.event(body)).status == 200
    assert bot.bot.tasks.started == 0
    assert not bot.slack.calls_to("chat.postMessage")


async def test_slash_command_in_the_dm_answers_in_the_dm(bot: Harness) -> None:
    form = p.slash_command("echo", response_url=bot.slack.response_url("cmd1"))
    started = time.perf_counter()
    delivery = await bot.command(form)
    assert delivery.status == 200 and time.perf_counter() - started < 3
    asked = await _wait_post(bot.slack, "Say something")
    assert asked.params["channel"] == DM
    assert not bot.slack.calls_to("response_url")


async def test_slash_command_in_a_channel_answers_only_ephemerally(bot: Harness) -> None:
    url = bot.slack.response_url("cmd2")
    await bot.command(p.slash_command("echo", channel=p.CHANNEL_ID, response_url=url))
    [reply] = await bot.slack.wait_calls("response_url")
    assert reply.params["response_type"] == "ephemeral"
    assert reply.params["replace_original"] is False
    assert "Say something" in reply.params["text"]
    # Words that are no command answer the question, as they would in the DM.
    await bot.command(
        p.slash_command(
            "&lt;!channel&gt; hello",
            channel=p.CHANNEL_ID,
            response_url=bot.slack.response_url("cmd3"),
        )
    )
    [_, said] = await bot.slack.wait_calls("response_url", 2)
    assert said.params["tag"] == "cmd3"
    assert "You said: &lt;!channel&gt; hello" in said.params["text"]
    # Its buttons answer ephemerally too: the question is replaced, the reply is ephemeral.
    click_url = bot.slack.response_url("click")
    await bot.click(
        p.block_actions(
            _button(Call("x", said.params, None), "Done"), ephemeral=True, response_url=click_url
        )
    )
    clicks = await bot.slack.wait_calls("response_url", 2, tag="click")
    assert clicks[0].params["replace_original"] is True
    assert all(b["type"] != "actions" for b in clicks[0].params["blocks"])
    assert clicks[1].params["response_type"] == "ephemeral"
    assert "Okay, done." in clicks[1].params["text"]
    assert not bot.slack.calls_to("chat.update")
    assert not [
        c for c in bot.slack.calls_to("chat.postMessage") if c.params["channel"] == p.CHANNEL_ID
    ]
    assert all("<!channel>" not in t for t in bot.slack.posted_texts())


async def test_a_mention_in_a_channel_gets_an_ephemeral_invitation(bot: Harness) -> None:
    await bot.event(p.app_mention("/echo"))
    [eph] = await bot.slack.wait_calls("chat.postEphemeral")
    assert eph.params["channel"] == p.CHANNEL_ID and eph.params["user"] == p.USER_ID
    assert "direct message" in eph.params["text"] and "bot" in eph.params["text"]
    asked = await _wait_post(bot.slack, "Say something")
    assert asked.params["channel"] == DM
    assert not [
        c for c in bot.slack.calls_to("chat.postMessage") if c.params["channel"] == p.CHANNEL_ID
    ]


async def test_a_bare_mention_only_invites(bot: Harness) -> None:
    await bot.event(p.app_mention(""))
    [eph] = await bot.slack.wait_calls("chat.postEphemeral")
    assert "Send me a direct message" in eph.params["text"]
    assert not bot.slack.calls_to("chat.postMessage")


async def test_opening_the_app_home_publishes_it(bot: Harness, app: App) -> None:
    key = UserKey("slack", TEAM_ID, p.USER_ID)
    async with app.store.transaction() as tx:
        await tx.add_item(key, "plan", {"text": "<!channel> ask for feedback", "done": False})
        await tx.add_mood(key, 2, None)
        await tx.add_mood(key, 4, None)
    await bot.event(p.home_opened())
    [pub] = await bot.slack.wait_calls("views.publish")
    assert pub.params["user_id"] == p.USER_ID
    view = pub.params["view"]
    assert view["type"] == "home"
    text = str(view)
    assert "workspace admins can't see" in text
    assert "&lt;!channel&gt; ask for feedback" in text and "<!channel>" not in text
    assert "New York, United States" in text  # from users.info, as a person reads it
    # The messages tab does not publish.
    await bot.event(p.home_opened(tab="messages"))
    await bot.event(p.home_opened())
    await bot.slack.wait_calls("views.publish", 2)


async def test_the_home_lists_checkins_and_cancels_one(bot: Harness, app: App) -> None:
    key = UserKey("slack", TEAM_ID, p.USER_ID)
    now = datetime.now(UTC)
    async with app.store.transaction() as tx:
        row = await repo.insert_checkin(
            tx.handle,
            user_key=str(key),
            flow="slack_echo",
            due_at=now + timedelta(days=2),
            local_time="2031-03-04T10:00",
            tz="America/New_York",
            requested=True,
            now=now,
        )
    await bot.event(p.home_opened())
    [pub] = await bot.slack.wait_calls("views.publish")
    text = str(pub.params["view"])
    assert "Echo for the Slack tests" in text and "Tue 4 Mar, 10:00" in text
    assert "988" in text  # the crisis lines for the profile's locale (en-US)
    await bot.click(p.home_click(f"bbhome|cancel|{row}"))
    [_, again] = await bot.slack.wait_calls("views.publish", 2)
    assert "Echo for the Slack tests" not in str(again.params["view"])
    async with app.store.transaction() as tx:
        assert await repo.upcoming(tx.handle, str(key)) == []
    assert not bot.slack.calls_to("chat.postMessage")


async def test_a_home_button_runs_its_command_in_the_dm_and_refreshes(bot: Harness) -> None:
    await bot.click(p.home_click("bbhome|help|"))
    await bot.slack.wait_calls("views.publish")
    posts = await bot.slack.wait_calls("chat.postMessage")
    assert posts[0].params["channel"] == DM


async def test_a_rate_limited_reply_is_retried_and_delivered(bot: Harness) -> None:
    bot.slack.fail_next("chat.postMessage", status=429, retry_after=0)
    await bot.event(p.dm_message("/echo"))
    posts = await bot.slack.wait_calls("chat.postMessage", 2)
    assert posts[0].result["ok"] is False and posts[1].result["ok"] is True
    assert posts[0].params == posts[1].params
    assert len(_posts(bot.slack, "Say something")) == 2  # one refused, one delivered


async def test_a_checkin_is_delivered_as_a_dm(bot: Harness, app: App) -> None:
    key = UserKey("slack", TEAM_ID, "UCHECKIN9")
    replies = await app.engine.open_flow(key, "slack_echo")
    assert bot.bot.sender is not None
    await bot.bot.sender.send(key, replies)
    opened = await bot.slack.wait_calls("conversations.open", users="UCHECKIN9")
    assert opened
    asked = await _wait_post(bot.slack, "Say something")
    assert asked.params["channel"] == "DUCHECKIN9"
    # The person answers the check-in in the DM, like any conversation.
    await bot.event(p.dm_message("thanks", user="UCHECKIN9"))
    said = await _wait_post(bot.slack, "You said: thanks")
    assert said.params["channel"] == "DUCHECKIN9"
