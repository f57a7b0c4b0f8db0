"""Installing Bounce Back into many Slack workspaces: OAuth settings and slack-bolt's install flow.

Owns `OAuthConfig` (read from `SLACK_CLIENT_ID`, `SLACK_CLIENT_SECRET`, optional `SLACK_SCOPES`
and `SLACK_REDIRECT_URI`; every value checked, a bad one is one line naming it) and
`build_oauth`, which wires slack-bolt's `AsyncOAuthFlow` (the install page at `/slack/install`,
the redirect at `/slack/oauth_redirect`) and its `AsyncInstallationStoreAuthorize` (the token of
the workspace each request comes from, refreshed first when token rotation is on) to the stores
in `bot.adapters.slack.installs`, with our Web API client, so every call (`oauth.v2.access`,
`auth.test`, the refresh) goes to `SLACK_API_URL`. The install page says what the bot is and what
it keeps before anyone clicks "Add to Slack".
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlparse

from slack_bolt.authorization.async_authorize import AsyncInstallationStoreAuthorize
from slack_bolt.oauth.async_oauth_flow import AsyncOAuthFlow
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.state_store.async_state_store import AsyncOAuthStateStore
from slack_sdk.oauth.token_rotation.async_rotator import AsyncTokenRotator
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.sender import pinned_logger
from bot.adapters.slack.workspaces import ROTATE_BEFORE_MINUTES

log = logging.getLogger(__name__)

INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
DEFAULT_SCOPES = (
    "chat:write",
    "im:history",
    "im:write",
    "app_mentions:read",
    "commands",
    "users:read",
    "files:write",
)
"""The bot scopes of deploy/slack/manifest-distribution.yaml (and the other manifests)."""

_CLIENT_ID = re.compile(r"^\d+\.\d+$")
_SCOPE = re.compile(r"^[a-z_]+(:[a-z_.]+)*$")
_SECRET = re.compile(r"^[A-Za-z0-9]{16,128}$")


class OAuthConfigError(ValueError):
    """An OAuth setting is missing or wrong; the message is one line naming it."""


@dataclass(frozen=True, slots=True)
class OAuthConfig:
    client_id: str
    client_secret: str
    scopes: tuple[str, ...] = DEFAULT_SCOPES
    redirect_uri: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> OAuthConfig | None:
        """The OAuth settings, or None when neither `SLACK_CLIENT_ID` nor `SLACK_CLIENT_SECRET`
        is set (one workspace, with `SLACK_BOT_TOKEN`)."""
        client_id = env.get("SLACK_CLIENT_ID", "").strip()
        secret = env.get("SLACK_CLIENT_SECRET", "").strip()
        if not client_id and not secret:
            return None
        where = "(Basic Information > App Credentials)"
        if not client_id:
            raise OAuthConfigError(f"SLACK_CLIENT_ID is not set: copy the Client ID {where}")
        if not _CLIENT_ID.match(client_id):
            raise OAuthConfigError(
                f"SLACK_CLIENT_ID must look like 1234567890.1234567890; copy the Client ID {where}"
            )
        if not secret:
            raise OAuthConfigError(
                f"SLACK_CLIENT_SECRET is not set: copy the Client Secret {where}"
            )
        if not _SECRET.match(secret):
            raise OAuthConfigError(
                "SLACK_CLIENT_SECRET must be letters and digits only; copy the Client Secret "
                f"{where}"
            )
        return cls(
            client_id=client_id,
            client_secret=secret,
            scopes=_scopes(env.get("SLACK_SCOPES", "")),
            redirect_uri=_redirect(env.get("SLACK_REDIRECT_URI", "")),
        )


def _scopes(raw: str) -> tuple[str, ...]:
    if not raw.strip():
        return DEFAULT_SCOPES
    scopes = tuple(s.strip() for s in raw.split(",") if s.strip())
    bad = [s for s in scopes if not _SCOPE.match(s)]
    if bad or not scopes:
        raise OAuthConfigError(
            f"SLACK_SCOPES must be bot scopes separated by commas (e.g. chat:write,im:history), "
            f"not {bad[0] if bad else raw!r}; unset it to use the manifest's scopes"
        )
    if "chat:write" not in scopes:
        raise OAuthConfigError("SLACK_SCOPES must include chat:write, or the bot cannot answer")
    return scopes


def _redirect(raw: str) -> str | None:
    url = raw.strip()
    if not url:
        return None
    parsed = urlparse(url)
    if parsed.scheme not in ("https", "http") or not parsed.netloc:
        raise OAuthConfigError(
            f"SLACK_REDIRECT_URI must be a full URL like https://bounceback.example.com"
            f"{REDIRECT_PATH}, got {url!r}"
        )
    if parsed.path != REDIRECT_PATH:
        raise OAuthConfigError(
            f"SLACK_REDIRECT_URI must end with {REDIRECT_PATH} (the path the bot answers), "
            f"got {parsed.path or '/'!r}; list the same URL under OAuth & Permissions > "
            "Redirect URLs"
        )
    return url


INSTALL_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Add Bounce Back to Slack</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: sans-serif; max-width: 36em; margin: 3em auto; line-height: 1.5">
<h1>Bounce Back</h1>
<p>A bot that offers a little first aid after a job rejection, in a private direct message:
a place to vent, a pause before replying, a kinder look at what happened, a plan for next steps,
and check-ins later if you want them. It is a bot, not a therapist or a crisis service.</p>
<p>What people tell it is encrypted, never shown to workspace admins, and never used to train
any model. Anyone can type <code>mydata</code> for a copy or <code>forget</code> to erase it.
Removing the app from a workspace erases everything kept about that workspace.</p>
<p><a href="{url}">Add to Slack</a></p>
</body></html>
"""


class BounceBackOAuthFlow(AsyncOAuthFlow):
    """slack-bolt's flow with our install page (no images or scripts from elsewhere)."""

    async def build_install_page_html(self, url: str, request: AsyncBoltRequest) -> str:
        return INSTALL_PAGE.format(url=html.escape(url))


def build_oauth(
    config: OAuthConfig,
    installs: AsyncInstallationStore,
    states: AsyncOAuthStateStore,
    client: AsyncWebClient,
) -> tuple[AsyncOAuthFlow, AsyncInstallationStoreAuthorize, AsyncTokenRotator]:
    """The install flow, the per-request authorize step and the token rotator, all on `client`
    (no token of its own: each call names the token it uses)."""
    settings = AsyncOAuthSettings(
        client_id=config.client_id,
        client_secret=config.client_secret,
        scopes=list(config.scopes),
        user_scopes=[],
        redirect_uri=config.redirect_uri,
        install_path=INSTALL_PATH,
        redirect_uri_path=REDIRECT_PATH,
        installation_store=installs,
        installation_store_bot_only=True,
        token_rotation_expiration_minutes=ROTATE_BEFORE_MINUTES,
        state_store=states,
        logger=pinned_logger("slack_bolt.bounceback.oauth"),
    )
    authorize = AsyncInstallationStoreAuthorize(
        logger=pinned_logger("slack_bolt.bounceback.authorize"),
        installation_store=installs,
        client_id=config.client_id,
        client_secret=config.client_secret,
        token_rotation_expiration_minutes=ROTATE_BEFORE_MINUTES,
        bot_only=True,
        cache_enabled=True,
        client=client,
    )
    settings.authorize = authorize
    flow = BounceBackOAuthFlow(client=client, settings=settings)
    rotator = AsyncTokenRotator(
        client_id=config.client_id, client_secret=config.client_secret, client=client
    )
    return flow, authorize, rotator
