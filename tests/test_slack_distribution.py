"""The listing documents agree with the code: the distribution manifest is the HTTP manifest plus
the OAuth redirect and token rotation, asks for the scopes the install flow asks for, and the data
statement and PRIVACY.md say the same about retention, encryption, training and uninstalling."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from bot.adapters.slack.oauth import DEFAULT_SCOPES, REDIRECT_PATH
from bot.settings import Settings

DEFAULT_RETENTION_DAYS = Settings.__dataclass_fields__["retention"].default.days
ROOT = Path(__file__).resolve().parent.parent
SLACK = ROOT / "deploy" / "slack"


def test_the_distribution_manifest_is_the_http_one_with_oauth() -> None:
    http = yaml.safe_load((SLACK / "manifest-http.yaml").read_text())
    dist = yaml.safe_load((SLACK / "manifest-distribution.yaml").read_text())
    [redirect] = dist["oauth_config"].pop("redirect_urls")
    assert redirect == f"https://bounceback.example.com{REDIRECT_PATH}"
    assert dist["settings"]["token_rotation_enabled"] is True
    assert dist["settings"]["org_deploy_enabled"] is False
    expected: dict[str, Any] = copy.deepcopy(http)
    expected["settings"]["token_rotation_enabled"] = True
    assert dist == expected
    assert sorted(dist["oauth_config"]["scopes"]["bot"]) == sorted(DEFAULT_SCOPES)
    assert "user" not in dist["oauth_config"]["scopes"]  # no person's token is ever asked for


def test_the_data_statement_and_the_privacy_page_agree() -> None:
    data = (SLACK / "DATA.md").read_text()
    privacy = (ROOT / "PRIVACY.md").read_text()
    for text in (data, privacy):
        assert f"after {DEFAULT_RETENTION_DAYS} days" in text
        assert "AES-256-GCM" in text and "slack" in text.lower()
        assert "train" in text
        assert "one transaction" in text
    assert "deploy/slack/DATA.md" in privacy and "PRIVACY.md" in data
    assert "No user tokens" in data and "no user token" in privacy
