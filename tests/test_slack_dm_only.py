"""Replies reach only their person on Slack: the DM is the one Slack's `conversations.open` gives,
never a channel named in a payload. A signed click as one person inside another channel must not
put their replies, their export or their check-ins into that channel, then or later."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import App, build_app
from bot.core.model import Text, UserKey
from tests.conftest import DIALOGUES, make_settings
from tests.fakes import payloads as p
from tests.fakes.slack import TEAM_ID, Call, FakeSlack
from tests.fakes.slack_harness import Harness

SLACK_FLOWS = Path(__file__).resolve().parent / "data" / "slack_flows"
DM = p.dm_channel()
ELSEWHERE = "CSHARED42"


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    built = await build_app(make_settings(tmp_path, flows_dir=f"{DIALOGUES},{SLACK_FLOWS}"))
    yield built
    await built.close()


def _in(slack: FakeSlack, channel: str) -> list[Call]:
    """Every call that put something into `channel` (messages, updates, files)."""
    return [
        c
        for c in slack.calls
        if channel in (c.params.get("channel"), c.params.get("channel_id"))
        and c.method != "chat.postEphemeral"
    ]


async def _again_question(bot: Harness) -> Call:
    await bot.event(p.dm_message("/echo"))
    await bot.event(p.dm_message("private words"))
    return await bot.slack.wait_for(
        lambda: next(
            (
                c
                for c in bot.slack.calls_to("chat.postMessage")
                if "Again?" in str(c.params["text"])
            ),
            None,
        )
    )


def _button(call: Call, label: str) -> dict[str, Any]:
    return next(b for b in p.buttons_of(call.params) if b["text"]["text"] == label)


async def test_a_click_in_another_channel_is_answered_in_the_dm_only(bot: Harness) -> None:
    question = await _again_question(bot)
    moved = {**question.message(), "channel": ELSEWHERE}
    url = bot.slack.response_url("elsewhere")
    await bot.click(p.block_actions(_button(question, "Again"), message=moved, response_url=url))
    # The reply went to the DM Slack gave for the person; the shared message was not touched.
    await bot.slack.wait_for(
        lambda: [
            c
            for c in bot.slack.calls_to("chat.postMessage")
            if "Say something" in str(c.params["text"]) and c.params["channel"] == DM
        ][1:]
    )
    pointer = await bot.slack.wait_calls("response_url", tag="elsewhere")
    assert pointer[0].params["response_type"] == "ephemeral"
    assert "direct messages" in pointer[0].params["text"]
    assert not _in(bot.slack, ELSEWHERE)
    # Later the export and a check-in still go to the DM, never to the channel of that click.
    await bot.command(
        p.slash_command("mydata", channel=p.CHANNEL_ID, response_url=bot.slack.response_url("data"))
    )
    [done] = await bot.slack.wait_calls("files.completeUploadExternal")
    assert done.params["channel_id"] == DM
    sender = bot.bot.sender
    assert sender is not None
    await sender.send(UserKey("slack", TEAM_ID, p.USER_ID), [Text.of("checking in")])
    [checkin] = await bot.slack.wait_for(
        lambda: [
            c for c in bot.slack.calls_to("chat.postMessage") if c.params["text"] == "checking in"
        ]
    )
    assert checkin.params["channel"] == DM
    assert not _in(bot.slack, ELSEWHERE)
    assert bot.bot.tasks.failed == 0


async def test_a_message_click_in_the_dm_still_updates_its_message(bot: Harness) -> None:
    question = await _again_question(bot)
    await bot.click(p.block_actions(_button(question, "Done"), message=question.message()))
    [update] = await bot.slack.wait_calls("chat.update")
    assert update.params["channel"] == DM
    assert not bot.slack.calls_to("response_url")
