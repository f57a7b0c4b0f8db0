"""Unit tests of the Discord adapter's translators: custom ids, events -> turns, replies ->
messages, settings, the install link and the classification of send failures. Real discord.py
objects are built from the shared payloads; no network."""

from __future__ import annotations

import logging
from typing import Any

import discord
import pytest

from bot.adapters.discord import interactions as ix
from bot.adapters.discord.commands import COMMANDS, build_tree
from bot.adapters.discord.config import (
    DiscordConfig,
    DiscordConfigError,
    apply_endpoints,
    current_endpoints,
)
from bot.adapters.discord.custom_ids import (
    MAX_CUSTOM_ID,
    NameBook,
    decode_choice,
    draft_modal_id,
    draft_modal_user,
    encode_choice,
)
from bot.adapters.discord.runner import invite_url, quiet_library_logs
from bot.adapters.discord.sender import classify
from bot.adapters.discord.views import ChoiceButton, chosen, load_escape, render
from bot.core.model import Attachment, Choices, Notify, Option, Part, StepRef, Text, UserKey
from bot.core.ports import PermanentSendError, TransientSendError
from bot.flows.model import ChoiceOption, Flow, FlowSet, Step, Target
from tests.fakes import discord_payloads as p

KEY = UserKey("discord", p.APP_ID, p.USER_ID)


def _client() -> discord.Client:
    client = discord.Client(intents=discord.Intents.none())
    client._connection.user = discord.ClientUser(state=client._connection, data=p.bot_user())  # type: ignore[attr-defined]
    return client


def _interaction(payload: dict[str, Any]) -> discord.Interaction[Any]:
    return discord.Interaction(data=payload, state=_client()._connection)  # type: ignore[arg-type]


# ---- custom ids ---------------------------------------------------------------------------------


def test_choice_id_round_trips_person_step_and_option() -> None:
    book = NameBook()
    cid = encode_choice(p.USER_ID, StepRef("welcome", "ask_mood"), "rough", book)
    assert cid == f"bb1:c:{p.USER_ID}:welcome:ask_mood:rough"
    got = decode_choice(cid, NameBook())  # a fresh book: nothing remembered, nothing needed
    assert got is not None
    assert (got.user, got.at, got.option) == (p.USER_ID, StepRef("welcome", "ask_mood"), "rough")


def test_choice_id_escapes_separators() -> None:
    book = NameBook()
    cid = encode_choice("1", StepRef("a:b", "c%d"), "x y", book)
    got = decode_choice(cid, book)
    assert got is not None and got.at == StepRef("a:b", "c%d") and got.option == "x y"


def test_long_names_fit_in_100_chars_and_resolve_after_a_restart() -> None:
    long_step = "s" * 70
    long_option = "o" * 60
    flows = FlowSet(
        {
            "welcome": Flow(
                id="welcome",
                title="t",
                start=long_step,
                steps={
                    long_step: Step(
                        id=long_step,
                        choices=(ChoiceOption(long_option, "Label", Target("end")),),
                    )
                },
            )
        }
    )
    before = NameBook()
    cid = encode_choice(p.USER_ID, StepRef("welcome", long_step), long_option, before)
    assert len(cid) <= MAX_CUSTOM_ID
    after_restart = NameBook()
    assert decode_choice(cid, after_restart) is None  # the digest means nothing yet
    after_restart.learn_flows(flows)
    got = decode_choice(cid, after_restart)
    assert got is not None
    assert got.at == StepRef("welcome", long_step) and got.option == long_option


def test_foreign_custom_ids_are_not_ours() -> None:
    assert decode_choice("someone-else:button", NameBook()) is None
    assert decode_choice("bb1:c:notanumber:a:b:c", NameBook()) is None
    assert draft_modal_user(draft_modal_id(p.USER_ID)) == p.USER_ID
    assert draft_modal_user("bb1:m:other:1") is None


# ---- replies -> messages --------------------------------------------------------------------


def test_text_a_person_typed_is_escaped_and_bot_text_is_not() -> None:
    reply = Text((Part("You said: **"), Part("@everyone *look* <@123456789012345678>", True)))
    [out] = render([reply], KEY, NameBook(), load_escape())
    assert out.content.startswith("You said: **")
    assert "@everyone" not in out.content and "@\u200beveryone" in out.content
    assert "\\*look\\*" in out.content
    assert "<@\u200b123456789012345678>" in out.content


def test_long_text_is_split_under_the_limit_without_losing_words() -> None:
    words = [f"word{i}" for i in range(900)]
    outs = render([Text.of(" ".join(words))], KEY, NameBook(), load_escape())
    assert len(outs) > 1
    assert all(0 < len(o.content) <= 2000 for o in outs)
    assert " ".join(o.content for o in outs).split() == words


async def test_choices_become_buttons_on_the_last_piece() -> None:
    choices = Choices(
        Text.of("How are you feeling?"),
        (Option("rough", "Pretty rough"), Option("ok", "Okay")),
        StepRef("welcome", "ask_mood"),
    )
    [out] = render([choices], KEY, NameBook(), load_escape())
    assert out.content == "How are you feeling?"
    assert [label for _, label in out.buttons] == ["Pretty rough", "Okay"]
    view = out.view()
    assert view is not None and view.is_finished()  # not kept in the in-memory view store
    rows = view.to_components()
    ids = [c["custom_id"] for row in rows for c in row["components"]]
    assert ids == [
        f"bb1:c:{p.USER_ID}:welcome:ask_mood:rough",
        f"bb1:c:{p.USER_ID}:welcome:ask_mood:ok",
    ]
    assert all(ChoiceButton.__discord_ui_compiled_template__.fullmatch(i) for i in ids)


@pytest.mark.parametrize("count", [1, 5, 6, 11, 25])
async def test_the_buttons_sent_are_those_discord_py_builds_from_choice_buttons(
    count: int,
) -> None:
    options = tuple(Option(f"o{i}", f"Option {i} " + "x" * (i * 3)) for i in range(count))
    [out] = render(
        [Choices(Text.of("Pick"), options, StepRef("f", "s"))], KEY, NameBook(), load_escape()
    )
    built = discord.ui.View(timeout=None)
    for custom_id, label in out.buttons:
        built.add_item(ChoiceButton(custom_id, label))
    view = out.view()
    assert view is not None and view.is_finished() and not view.has_components_v2()
    assert view.to_components() == built.to_components()


def test_more_than_25_options_are_listed_and_capped_as_buttons() -> None:
    options = tuple(Option(f"o{i}", f"Option {i}") for i in range(30))
    [out] = render(
        [Choices(Text.of("Pick"), options, StepRef("f", "s"))], KEY, NameBook(), load_escape()
    )
    assert len(out.buttons) == 25
    assert "30. Option 29" in out.content


def test_button_labels_are_cut_to_discord_limit() -> None:
    choices = Choices(Text.of("?"), (Option("a", "x" * 120),), StepRef("f", "s"))
    [out] = render([choices], KEY, NameBook(), load_escape())
    assert len(out.buttons[0][1]) == 80


def test_attachment_and_notify_keep_their_payload() -> None:
    att = Attachment("bounceback-data.json", b'{"a": 1}', caption=Text.of("Your data"))
    note = Notify("channel:42", Text.of("Someone asked for a follow-up."))
    a, n = render([att, note], KEY, NameBook(), load_escape())
    assert a.attachment is att and a.content == "Your data"
    f = a.file()
    assert f is not None and f.filename == "bounceback-data.json"
    assert n.notify == "channel:42" and n.attachment is None


def test_answered_question_keeps_the_prompt_and_shows_the_choice() -> None:
    assert chosen("How are you?", "Okay") == "How are you?\n\n**You chose:** Okay"
    long = chosen("x" * 2000, "Okay")
    assert len(long) <= 2000 and long.endswith("**You chose:** Okay")


# ---- events -> turns ----------------------------------------------------------------------------


def test_slash_command_in_a_dm_is_a_private_command_turn() -> None:
    inter = _interaction(p.slash_command("vent", {"message": "they ghosted me"}))
    assert ix.is_bot_dm(inter)
    turn = ix.command_turn(inter, "vent", "they ghosted me")
    assert turn.key == KEY
    assert turn.text == "/vent they ghosted me"
    assert turn.event_id == f"discord:ix:{inter.id}"
    assert turn.locale == "en-US"


def test_server_group_dm_and_user_dm_are_not_private() -> None:
    assert not ix.is_bot_dm(_interaction(p.slash_command("vent", in_guild=True)))
    assert not ix.is_bot_dm(_interaction(p.slash_command("vent", context=2)))
    no_context = p.slash_command("vent", in_guild=True)
    del no_context["context"]
    assert not ix.is_bot_dm(_interaction(no_context))
    dm_no_context = p.slash_command("vent")
    del dm_no_context["context"]
    assert ix.is_bot_dm(_interaction(dm_no_context))


def test_click_turn_carries_the_step() -> None:
    sent = p.message(content="?", author=p.bot_user())
    inter = _interaction(p.button_click(sent, "bb1:c:1:welcome:ask_mood:ok"))
    choice = decode_choice("bb1:c:1:welcome:ask_mood:ok", NameBook())
    assert choice is not None
    turn = ix.choice_turn(inter, choice)
    assert turn.choice == "ok" and turn.at == StepRef("welcome", "ask_mood")
    assert turn.text is None


def test_modal_text_is_read_from_rows_and_labels() -> None:
    inter = _interaction(p.modal_submit(draft_modal_id(p.USER_ID), {"draft_text": "Dear Sam"}))
    assert ix.modal_text(inter) == "Dear Sam"
    label_layout = p.modal_submit(draft_modal_id(p.USER_ID), {})
    label_layout["data"]["components"] = [
        {"type": 18, "component": {"type": 4, "custom_id": "draft_text", "value": "Hi"}}
    ]
    assert ix.modal_text(_interaction(label_layout)) == "Hi"


def _message(payload: dict[str, Any]) -> discord.Message:
    client = _client()
    state = client._connection  # type: ignore[attr-defined]
    channel, _ = state._get_guild_channel(payload)
    return discord.Message(state=state, channel=channel, data=payload)  # type: ignore[arg-type]


def test_dm_text_becomes_a_turn_and_everything_else_is_ignored() -> None:
    app_id, me = int(p.APP_ID), int(p.BOT_ID)
    turn = ix.message_turn(app_id, me, _message(p.dm_message("  I didn't get the job ")))
    assert turn is not None and turn.text == "I didn't get the job" and turn.key == KEY
    assert turn.event_id is not None and turn.event_id.startswith("discord:msg:")
    assert ix.message_turn(app_id, me, _message(p.dm_message("hi", bot=True))) is None
    own = p.message(content="hi", author=p.bot_user())
    assert ix.message_turn(app_id, me, _message(own)) is None
    in_server = p.message(content="hi", channel_id=p.GUILD_CHANNEL_ID, guild_id=p.GUILD_ID)
    assert ix.message_turn(app_id, me, _message(in_server)) is None
    assert ix.message_turn(app_id, me, _message(p.dm_message("   "))) is None


# ---- commands, settings, install link, failures ------------------------------------------------


def test_command_tree_has_every_command_installable_everywhere() -> None:
    async def on_command(i: Any, name: str, text: str | None) -> None: ...

    async def on_draft(i: Any) -> None: ...

    tree = build_tree(_client(), on_command, on_draft)
    payload = {c.name: c.to_dict(tree) for c in tree.get_commands()}
    assert set(payload) == {
        "rejected", "vent", "reframe", "plan", "draft", "checkins",
        "help", "forget", "mydata", "menu", "pause", "ghosted", "mood",
        "grounding", "safetyplan", "settings", "resume",
    }  # fmt: skip
    assert len(COMMANDS) == len(payload)
    for body in payload.values():
        assert sorted(body["integration_types"]) == [0, 1]
        assert sorted(body["contexts"]) == [0, 1, 2]
    pause_opts = payload["pause"]["options"]
    assert pause_opts[0]["name"] == "how_long" and pause_opts[0]["required"] is False
    assert payload["vent"]["options"][0]["name"] == "message"
    assert payload["plan"]["options"] == []


def test_settings_report_every_problem_with_a_fix() -> None:
    with pytest.raises(DiscordConfigError) as err:
        DiscordConfig.from_env(
            {"DISCORD_SHARD_IDS": "0,5", "DISCORD_GUILD_ID": "abc", "DISCORD_API_URL": "x"}
        )
    text = str(err.value)
    assert "DISCORD_TOKEN is not set" in text
    assert "DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT" in text
    assert "DISCORD_GUILD_ID must be a numeric" in text
    assert "DISCORD_API_URL must start with http" in text
    assert "abc" not in text  # values are never echoed


def test_settings_for_shards_and_endpoints() -> None:
    cfg = DiscordConfig.from_env(
        {
            "DISCORD_TOKEN": "t",
            "DISCORD_SHARD_COUNT": "4",
            "DISCORD_SHARD_IDS": "3, 1",
            "DISCORD_GUILD_ID": "42",
            "DISCORD_API_URL": "http://127.0.0.1:1/api/v10",
            "DISCORD_GATEWAY_URL": "ws://127.0.0.1:1/gateway",
        }
    )
    assert cfg.shard_count == 4 and cfg.shard_ids == (1, 3) and cfg.guild_id == 42
    with pytest.raises(DiscordConfigError, match="below DISCORD_SHARD_COUNT"):
        DiscordConfig.from_env(
            {"DISCORD_TOKEN": "t", "DISCORD_SHARD_COUNT": "2", "DISCORD_SHARD_IDS": "2"}
        )
    saved = current_endpoints()
    try:
        apply_endpoints(cfg.api_url, cfg.gateway_url)
        assert discord.http.Route.BASE == "http://127.0.0.1:1/api/v10"
        assert str(discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY) == "ws://127.0.0.1:1/gateway"
    finally:
        apply_endpoints(*saved)
    assert current_endpoints() == saved


def test_invite_url_asks_for_bot_and_commands_scopes(monkeypatch: pytest.MonkeyPatch) -> None:
    url = invite_url("123456789012345678")
    assert url.startswith("https://discord.com/oauth2/authorize?client_id=123456789012345678")
    assert "scope=bot+applications.commands" in url
    assert "integration_type=0" in url
    user = invite_url("123456789012345678", user_install=True)
    assert "scope=applications.commands" in user and "integration_type=1" in user
    monkeypatch.setenv("DISCORD_CLIENT_ID", "987654321098765432")
    assert "client_id=987654321098765432" in invite_url()
    monkeypatch.delenv("DISCORD_CLIENT_ID")
    with pytest.raises(ValueError, match="DISCORD_CLIENT_ID"):
        invite_url()


class _Resp:
    def __init__(self, status: int, headers: dict[str, str] | None = None) -> None:
        self.status = status
        self.reason = "x"
        self.headers = headers or {}


def test_send_failures_are_classified_for_the_scheduler() -> None:
    closed = classify(discord.Forbidden(_Resp(403), p.error(50007, "Cannot send messages")))  # type: ignore[arg-type]
    assert isinstance(closed, PermanentSendError) and closed.code == "50007"
    limited = classify(discord.RateLimited(120.0))
    assert isinstance(limited, TransientSendError) and limited.retry_after == 120.0
    raw429 = classify(
        discord.HTTPException(_Resp(429, {"Retry-After": "7"}), p.rate_limited(7.0))  # type: ignore[arg-type]
    )
    assert isinstance(raw429, TransientSendError) and raw429.retry_after == 7.0
    down = classify(discord.DiscordServerError(_Resp(503), "unavailable"))  # type: ignore[arg-type]
    assert isinstance(down, TransientSendError) and down.reason == "http_503"
    net = classify(OSError("reset"))
    assert isinstance(net, TransientSendError) and net.reason == "network"


def test_a_turn_reads_as_few_messages() -> None:
    replies = [
        Text.of("Hi, I'm Bounce Back."),
        Text.of("I'm a bot."),
        Choices(Text.of("How are you?"), (Option("ok", "Okay"),), StepRef("f", "s")),
        Text.of("After the question."),
    ]
    outs = render(replies, KEY, NameBook(), load_escape())
    assert [o.content for o in outs] == [
        "Hi, I'm Bounce Back.\n\nI'm a bot.\n\nHow are you?",
        "After the question.",
    ]
    assert outs[0].buttons and not outs[1].buttons


def test_library_debug_logs_are_kept_quiet() -> None:
    library = logging.getLogger("discord")
    saved = library.level
    try:
        library.setLevel(logging.DEBUG)
        quiet_library_logs()
        assert not logging.getLogger("discord.http").isEnabledFor(logging.DEBUG)
        assert not logging.getLogger("discord.gateway").isEnabledFor(logging.DEBUG)
    finally:
        library.setLevel(saved)
