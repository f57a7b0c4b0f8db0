"""The Slack app manifests (Socket Mode and HTTP mode) ask for exactly what the adapter uses: every
bot scope is needed by a Web API call or event the adapter really makes or hears, and the two
manifests differ only in how Slack reaches the bot."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from tests.fakes import payloads as p
from tests.fakes.slack_harness import Harness, tasks_finished

MANIFEST = Path(__file__).resolve().parent.parent / "deploy" / "slack" / "manifest.yaml"
HTTP_MANIFEST = MANIFEST.with_name("manifest-http.yaml")
URL = "https://bounceback.example.com/slack/events"

SCOPE_OF_METHOD = {
    "auth.test": None,
    "apps.connections.open": None,  # the app-level token's connections:write, not a bot scope
    "chat.postMessage": "chat:write",
    "chat.update": "chat:write",
    "chat.postEphemeral": "chat:write",
    "conversations.open": "im:write",
    "users.info": "users:read",
    "views.publish": None,
    "files.getUploadURLExternal": "files:write",
    "files.completeUploadExternal": "files:write",
}
"""Slack's documented bot scope for each Web API method the adapter may call."""
SCOPE_OF_EVENT = {
    "message.im": "im:history",
    "app_mention": "app_mentions:read",
    "app_home_opened": None,
    "app_uninstalled": None,
    "tokens_revoked": None,
}
SCOPE_OF_FEATURE = {"slash_commands": "commands"}


def test_the_manifest_matches_what_the_adapter_needs() -> None:
    m = yaml.safe_load(MANIFEST.read_text())
    assert sorted(m["oauth_config"]["scopes"]["bot"]) == sorted(
        [
            "chat:write",
            "im:history",
            "im:write",
            "app_mentions:read",
            "commands",
            "users:read",
            "files:write",
        ]
    )
    assert sorted(m["settings"]["event_subscriptions"]["bot_events"]) == [
        "app_home_opened",
        "app_mention",
        "app_uninstalled",
        "message.im",
        "tokens_revoked",
    ]
    [command] = m["features"]["slash_commands"]
    assert command["command"] == "/bounceback"
    assert len(command["description"]) <= 100 and len(command["usage_hint"]) <= 100
    home = m["features"]["app_home"]
    assert home["home_tab_enabled"] and home["messages_tab_enabled"]
    assert not home["messages_tab_read_only_enabled"]
    assert m["settings"]["socket_mode_enabled"] is True
    assert m["settings"]["interactivity"]["is_enabled"] is True
    info = m["display_information"]
    assert len(info["description"]) <= 140
    assert 174 <= len(info["long_description"]) <= 4000


def test_the_http_manifest_differs_only_in_how_slack_reaches_the_bot() -> None:
    socket = yaml.safe_load(MANIFEST.read_text())
    http = yaml.safe_load(HTTP_MANIFEST.read_text())
    assert http["settings"]["socket_mode_enabled"] is False
    assert http["settings"]["event_subscriptions"].pop("request_url") == URL
    assert http["settings"]["interactivity"].pop("request_url") == URL
    assert http["features"]["slash_commands"][0].pop("url") == URL
    expected: dict[str, Any] = copy.deepcopy(socket)
    expected["settings"]["socket_mode_enabled"] = False
    assert http == expected


async def test_every_scope_is_used_and_every_call_is_covered(bot: Harness) -> None:
    """Drive every kind of traffic through the adapter; the scopes the calls and events need are
    exactly the manifest's."""
    await bot.event(p.dm_message("I didn't get the job"))
    await bot.event(p.app_mention("hello"))
    # someone who has never written to the bot: their DM is opened (`conversations.open`)
    await bot.event(p.app_mention("hello", user="UNEWCOMER1"))
    await bot.event(p.home_opened())
    await bot.command(
        p.slash_command("mydata", channel=p.CHANNEL_ID, response_url=bot.slack.response_url("m"))
    )
    await bot.slack.wait_calls("files.completeUploadExternal")
    question = next(c for c in bot.slack.calls_to("chat.postMessage") if p.buttons_of(c.params))
    await bot.click(p.block_actions(p.buttons_of(question.params)[0], message=question.message()))
    await bot.slack.wait_calls("chat.update")
    await tasks_finished(bot.bot.tasks, 6, 10)
    methods = {c.method for c in bot.slack.calls} - {"upload", "response_url"}  # not Web API
    assert methods <= set(SCOPE_OF_METHOD), methods - set(SCOPE_OF_METHOD)
    m = yaml.safe_load(MANIFEST.read_text())
    needed = {SCOPE_OF_METHOD[x] for x in methods}
    needed |= {SCOPE_OF_EVENT[e] for e in m["settings"]["event_subscriptions"]["bot_events"]}
    needed |= {SCOPE_OF_FEATURE[f] for f in m["features"] if f in SCOPE_OF_FEATURE}
    assert set(m["oauth_config"]["scopes"]["bot"]) == needed - {None}
