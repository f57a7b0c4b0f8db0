"""The Slack app manifest asks for exactly what the adapter uses."""

from __future__ import annotations

from pathlib import Path

import yaml

MANIFEST = Path(__file__).resolve().parent.parent / "deploy" / "slack" / "manifest.yaml"


def test_the_manifest_matches_what_the_adapter_needs() -> None:
    m = yaml.safe_load(MANIFEST.read_text())
    assert sorted(m["oauth_config"]["scopes"]["bot"]) == sorted([
        "chat:write", "im:history", "im:read", "im:write", "app_mentions:read", "commands",
        "users:read", "files:write",
    ])
    assert sorted(m["settings"]["event_subscriptions"]["bot_events"]) == [
        "app_home_opened", "app_mention", "message.im",
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
