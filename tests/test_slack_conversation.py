"""The real first-aid conversation through Slack, in Socket Mode and HTTP mode: the real flows in
dialogues/, the real engine, crisis check and SQLite store, slack-bolt and slack_sdk against the
fake Slack. The person talks by DM and answers with buttons, as they would in Slack."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.adapters.slack.events import decode_button
from bot.app import App, build_app
from bot.core.model import StepRef
from tests.conftest import make_settings
from tests.fakes import payloads as p
from tests.fakes.slack import Call, FakeSlack
from tests.fakes.slack_harness import Harness

DM = p.dm_channel()


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    built = await build_app(make_settings(tmp_path))
    yield built
    await built.close()


def _question_at(call: Call) -> StepRef | None:
    """The flow and step a message's buttons answer (which asking it was is left out)."""
    for button in p.buttons_of(call.params):
        decoded = decode_button(button["action_id"], button.get("value"))
        if decoded is not None:
            return StepRef(decoded[0].flow, decoded[0].step)
    return None


async def _question(slack: FakeSlack, flow: str, step: str) -> Call:
    """The message asking the question of `flow`.`step` (waits for it)."""
    want = StepRef(flow, step)
    got = await slack.wait_for(
        lambda: [c for c in slack.calls_to("chat.postMessage") if _question_at(c) == want]
    )
    return got[-1]


def _option(call: Call, option_id: str) -> dict[str, Any]:
    for button in p.buttons_of(call.params):
        decoded = decode_button(button["action_id"], button.get("value"))
        if decoded is not None and decoded[1] == option_id:
            return button
    raise AssertionError(f"no button {option_id!r} in {p.buttons_of(call.params)}")


async def _answer(bot: Harness, flow: str, step: str, option_id: str) -> None:
    """Click `option_id` on the question of `flow`.`step` and check the message was updated."""
    question = await _question(bot.slack, flow, step)
    updates = len(bot.slack.calls_to("chat.update"))
    delivery = await bot.click(
        p.block_actions(_option(question, option_id), message=question.message())
    )
    assert delivery.status == 200
    [*_, update] = await bot.slack.wait_calls("chat.update", updates + 1)
    assert update.params["ts"] == question.result["ts"]
    assert all(b["type"] != "actions" for b in update.params["blocks"])


def _all_text(slack: FakeSlack) -> str:
    return "\n".join(slack.posted_texts())


async def test_a_whole_first_aid_conversation_through_buttons(bot: Harness) -> None:
    await bot.event(p.dm_message("I didn't get the job"))
    first = await _question(bot.slack, "welcome", "ask_mood")
    intro = _all_text(bot.slack)
    assert "bot" in intro and "not a therapist" in intro
    assert first.params["channel"] == DM
    await _answer(bot, "welcome", "ask_mood", "m2")
    await _answer(bot, "welcome", "ask_stage", "interview")
    await _answer(bot, "welcome", "ask_heard", "email")
    await _answer(bot, "welcome", "offer", "vent")
    await bot.slack.wait_for(lambda: "What's on your mind?" in _all_text(bot.slack))
    await bot.event(p.dm_message("four rounds and then a two-line email. <!channel> &lt;!here&gt;"))
    await _answer(bot, "vent", "heard", "done")
    await _answer(bot, "vent", "let_go", "forget")
    await _answer(bot, "vent", "after", "reframe")
    await _question(bot.slack, "reframe", "intro_more")
    text = _all_text(bot.slack)
    assert "<!channel>" not in text and "<!here>" not in text
    # Every message went to the person's DM, nowhere else.
    assert {c.params["channel"] for c in bot.slack.calls_to("chat.postMessage")} == {DM}
    assert bot.bot.tasks.failed == 0


async def test_a_crisis_message_mid_flow_interrupts_with_resources(bot: Harness) -> None:
    await bot.event(p.dm_message("I didn't get the job"))
    await _answer(bot, "welcome", "ask_mood", "m1")
    await _question(bot.slack, "welcome", "ask_stage")
    await bot.event(p.dm_message("honestly I just want to end it all"))
    safe = await _question(bot.slack, "crisis", "lines")
    text = _all_text(bot.slack)
    # US resources (the profile's locale is en-US), a text or chat option first.
    assert "988" in text and "741741" in text
    assert text.index("988") < text.index("741741")
    assert "not a therapist or a crisis service" in text
    assert safe.params["channel"] == DM
    # The old question is gone: clicking it now gets a gentle note, not an error.
    stale = await _question(bot.slack, "welcome", "ask_stage")
    await bot.click(p.block_actions(_option(stale, "interview"), message=stale.message()))
    await bot.slack.wait_for(lambda: "already passed" in _all_text(bot.slack))
    assert bot.bot.tasks.failed == 0


async def test_a_crisis_in_a_slash_command_in_a_channel_stays_ephemeral(bot: Harness) -> None:
    url = bot.slack.response_url("crisis")
    await bot.command(
        p.slash_command(
            "vent I don't want to be here anymore", channel=p.CHANNEL_ID, response_url=url
        )
    )
    replies = await bot.slack.wait_calls("response_url")
    assert all(r.params["response_type"] == "ephemeral" for r in replies)
    await bot.slack.wait_for(
        lambda: (
            "988"
            in "\n".join(str(c.params.get("text")) for c in bot.slack.calls_to("response_url"))
        )
    )
    assert not [
        c for c in bot.slack.calls_to("chat.postMessage") if c.params["channel"] == p.CHANNEL_ID
    ]


async def test_help_always_shows_crisis_resources(bot: Harness) -> None:
    await bot.command(p.slash_command("help", response_url=bot.slack.response_url("h")))
    await bot.slack.wait_for(lambda: "988" in _all_text(bot.slack))
    assert {c.params["channel"] for c in bot.slack.calls_to("chat.postMessage")} == {DM}


async def test_mydata_arrives_as_a_file_in_the_dm(bot: Harness) -> None:
    await bot.event(p.dm_message("I didn't get the job"))
    await _question(bot.slack, "welcome", "ask_mood")
    await bot.event(p.dm_message("/mydata"))
    [done] = await bot.slack.wait_calls("files.completeUploadExternal")
    assert done.params["channel_id"] == DM
    [upload] = bot.slack.calls_to("upload")
    export = json.loads(bot.slack.uploads[upload.params["file_id"]])
    assert export
    methods = [c.method for c in bot.slack.calls]
    assert (
        methods.index("files.getUploadURLExternal")
        < methods.index("upload")
        < methods.index("files.completeUploadExternal")
    )
