"""Slack payloads to neutral turns: which messages count, markup to plain text, button ids."""

from __future__ import annotations

from typing import Any, cast

from bot.adapters.slack import events as ev
from bot.adapters.slack.handlers import delivery_id
from bot.core.model import StepRef, UserKey
from tests.fakes import payloads as p
from tests.fakes.slack import BOT_USER_ID, TEAM_ID


def _event(body: dict[str, Any]) -> ev.MessageEvent:
    return cast(ev.MessageEvent, body["event"])


def test_a_plain_dm_from_a_person_carries_the_conversation() -> None:
    body = p.dm_message("they went with someone else")
    assert ev.is_conversation_message(_event(body), BOT_USER_ID)


def test_edits_joins_bots_and_channels_are_ignored() -> None:
    ignored = [
        p.dm_edit("edited words"),
        p.dm_message("joined", subtype="channel_join"),
        p.dm_message("hello from a bot", user="UOTHERBOT", bot_id="B999"),
        p.bot_echo("my own message"),
        p.dm_message("   "),
    ]
    for body in ignored:
        assert not ev.is_conversation_message(_event(body), BOT_USER_ID), body["event"]
    in_channel = p.dm_message("hi")
    in_channel["event"]["channel_type"] = "channel"
    assert not ev.is_conversation_message(_event(in_channel), BOT_USER_ID)
    # Even before auth.test told us our own id, our own user id is never a person.
    own = p.dm_message("echo", user=BOT_USER_ID)
    assert not ev.is_conversation_message(_event(own), BOT_USER_ID)


def test_slack_markup_becomes_what_the_person_typed() -> None:
    raw = (
        "ask <@U123> and <@U456|sam> in <#C1|jobs> &lt;!channel&gt; &amp; see "
        "<https://ex.com/a|the post> or <mailto:a@b.co|a@b.co> <!here> <!subteam^S1|@hiring>"
    )
    assert ev.slack_to_plain(raw) == (
        "ask @U123 and @sam in #jobs <!channel> & see the post or a@b.co @here @hiring"
    )
    assert ev.slack_to_plain("<https://ex.com>") == "https://ex.com"
    assert ev.slack_to_plain("a &amp;lt; b") == "a &lt; b"


def test_message_turn_names_the_person_and_the_delivery() -> None:
    body = p.dm_message("I didn&apos;t get it &lt;3", event_id="Ev42")
    turn = ev.message_turn(
        cast(ev.EventCallback, body), _event(body), locale="en-GB", tz="Europe/London"
    )
    assert turn.key == UserKey("slack", TEAM_ID, p.USER_ID)
    assert turn.text == "I didn&apos;t get it <3"
    assert turn.event_id == "slack:Ev42"
    assert (turn.locale, turn.tz) == ("en-GB", "Europe/London")
    assert turn.choice is None and turn.received_at is not None


def test_slash_command_words_become_engine_commands() -> None:
    assert ev.command_text("") == "/menu"
    assert ev.command_text(None) == "/menu"
    assert ev.command_text("vent") == "/vent"
    assert ev.command_text("  pause 2 weeks ") == "/pause 2 weeks"
    assert ev.command_text("/help") == "/help"
    known = {"vent", "help", "menu"}.__contains__
    assert ev.command_text("VENT it out", known) == "/VENT it out"
    assert ev.command_text("I didn't get the job", known) == "I didn't get the job"
    assert ev.command_text("&lt;!channel&gt; hi", known) == "<!channel> hi"
    turn = ev.command_turn(cast(ev.SlashCommand, p.slash_command("plan")))
    assert turn.text == "/plan" and turn.key.user == p.USER_ID
    assert turn.event_id and turn.event_id.startswith("slack:cmd:trig.")


def test_buttons_round_trip_flow_step_and_option() -> None:
    at = StepRef("welcome", "how_feel")
    action_id, value = ev.encode_button(at, "rough", 0)
    assert action_id == "bb|welcome|how_feel|rough"
    assert ev.decode_button(action_id, value) == (at, "rough")
    # The action id alone is enough when the value is lost.
    assert ev.decode_button(action_id, None) == (at, "rough")
    assert ev.decode_button("other_app_button", value) is None


def test_long_ids_fall_back_to_the_index_and_the_value_carries_them() -> None:
    at = StepRef("f" * 150, "s" * 150)
    action_id, value = ev.encode_button(at, "opt", 3)
    assert action_id == "bb|#3" and len(action_id) <= ev.ACTION_ID_LIMIT
    assert len(value) < 2000
    assert ev.decode_button(action_id, value) == (at, "opt")
    assert ev.decode_button(action_id, "not json") is None


def test_action_turn_reads_the_click() -> None:
    action_id, value = ev.encode_button(StepRef("vent", "heard"), "done", 1)
    button = {
        "action_id": action_id,
        "value": value,
        "text": {"type": "plain_text", "text": "I'm done"},
    }
    body = p.block_actions(button)
    parsed = ev.action_turn(cast(ev.BlockActions, body), tz="Asia/Tokyo")
    assert parsed is not None
    turn, label = parsed
    assert label == "I'm done"
    assert turn.choice == "done" and turn.at == StepRef("vent", "heard")
    assert turn.key == UserKey("slack", TEAM_ID, p.USER_ID) and turn.tz == "Asia/Tokyo"
    assert turn.event_id and turn.event_id.startswith(f"slack:act:{p.USER_ID}:")
    foreign = p.block_actions({"action_id": "x", "text": {"text": "x"}})
    assert ev.action_turn(cast(ev.BlockActions, foreign)) is None


def test_mentions_are_stripped_from_the_text() -> None:
    assert ev.strip_mention(f"<@{BOT_USER_ID}> I need to talk", BOT_USER_ID) == "I need to talk"
    assert ev.strip_mention(f"hey <@{BOT_USER_ID}|bb>", BOT_USER_ID) == "hey"
    assert ev.strip_mention("<@UOTHER> hi", BOT_USER_ID) == "<@UOTHER> hi"


def test_home_actions_round_trip() -> None:
    assert ev.decode_home_action(ev.encode_home_action("cancel", "42")) == ("cancel", "42")
    assert ev.decode_home_action(ev.encode_home_action("pause")) == ("pause", "")
    assert ev.decode_home_action("bb|x|y|z") is None


def test_each_kind_of_delivery_has_its_own_id() -> None:
    assert delivery_id(p.dm_message("x", event_id="Ev1")) == "ev:Ev1"
    cmd = p.slash_command("vent")
    assert delivery_id(cmd) == f"cmd:{cmd['trigger_id']}"
    click = p.block_actions({"action_id": "bb|a|b|c", "text": {"text": "c"}})
    again = dict(click)
    assert delivery_id(click) == delivery_id(again) is not None
    other = p.block_actions({"action_id": "bb|a|b|c", "text": {"text": "c"}})
    assert delivery_id(other) != delivery_id(click)
    assert delivery_id({"type": "view_submission"}) is None
