"""The OAuth settings (`SLACK_CLIENT_ID`, `SLACK_CLIENT_SECRET`, `SLACK_SCOPES`,
`SLACK_REDIRECT_URI`): a bad, missing or contradictory one stops `bounceback run slack` with exit
status 2 and one line naming it, and good ones select OAuth installs in HTTP mode."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.adapters.slack.oauth import DEFAULT_SCOPES
from bot.adapters.slack.runner import SlackConfigError, SlackSettings
from tests.test_cli import bb
from tests.test_settings_errors import KEY, _env, assert_one_line

ID, SECRET = "1111111111.2222222222", "0123456789abcdef0123456789abcdef"
OAUTH = {"SLACK_CLIENT_ID": ID, "SLACK_CLIENT_SECRET": SECRET, "SLACK_SIGNING_SECRET": "s"}

CASES: list[tuple[str, dict[str, str], str]] = [
    ("secret missing", {"SLACK_CLIENT_ID": ID, "SLACK_SIGNING_SECRET": "s"}, "SLACK_CLIENT_SECRET"),
    ("id missing", {"SLACK_CLIENT_SECRET": SECRET, "SLACK_SIGNING_SECRET": "s"}, "SLACK_CLIENT_ID"),
    ("id malformed", {**OAUTH, "SLACK_CLIENT_ID": "my-app"}, "SLACK_CLIENT_ID"),
    ("secret malformed", {**OAUTH, "SLACK_CLIENT_SECRET": "has spaces in"}, "SLACK_CLIENT_SECRET"),
    ("both modes", {**OAUTH, "SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_BOT_TOKEN"),
    ("socket mode", {**OAUTH, "SLACK_APP_TOKEN": "xapp-1"}, "SLACK_APP_TOKEN"),
    ("no signing secret", {**OAUTH, "SLACK_SIGNING_SECRET": ""}, "SLACK_SIGNING_SECRET"),
    ("scopes", {**OAUTH, "SLACK_SCOPES": "chat:write, Bad Scope"}, "SLACK_SCOPES"),
    ("scopes without chat:write", {**OAUTH, "SLACK_SCOPES": "im:history"}, "SLACK_SCOPES"),
    ("redirect", {**OAUTH, "SLACK_REDIRECT_URI": "bounceback.example.com"}, "SLACK_REDIRECT_URI"),
    (
        "redirect path",
        {**OAUTH, "SLACK_REDIRECT_URI": "https://bb.example.com/oauth"},
        "SLACK_REDIRECT_URI",
    ),
]


@pytest.mark.parametrize(("env", "setting"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_bad_oauth_setting_exits_2_with_one_line(
    tmp_path: Path, env: dict[str, str], setting: str
) -> None:
    out = bb("run", "slack", env=_env({**env, "KEY": KEY}), tmp=tmp_path)
    assert_one_line(out.returncode, out.stderr, setting)


@pytest.mark.parametrize(("env", "setting"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_bad_setting_is_named_by_the_settings_themselves(
    env: dict[str, str], setting: str
) -> None:
    with pytest.raises(SlackConfigError, match=setting):
        SlackSettings.from_env(env)


def test_good_oauth_settings_select_installs_in_http_mode() -> None:
    settings = SlackSettings.from_env(
        {**OAUTH, "SLACK_REDIRECT_URI": "https://bb.example.com/slack/oauth_redirect"}
    )
    assert settings.oauth is not None and not settings.socket_mode
    assert settings.oauth.scopes == DEFAULT_SCOPES and settings.bot_token == ""
    assert settings.oauth.redirect_uri == "https://bb.example.com/slack/oauth_redirect"
    custom = SlackSettings.from_env({**OAUTH, "SLACK_SCOPES": "chat:write,im:history"})
    assert custom.oauth is not None and custom.oauth.scopes == ("chat:write", "im:history")
    single = SlackSettings.from_env({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"})
    assert single.oauth is None and single.bot_token == "xoxb-1"
