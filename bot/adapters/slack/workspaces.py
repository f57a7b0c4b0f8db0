"""Which token talks to which Slack workspace.

Owns `Workspace` (one workspace's Web API client with its bot token, its DM-channel cache, its
outbox and its profile cache) and `Workspaces`, which every outbound call goes through: replies,
the App Home, check-ins and the consented contact alert all ask `await workspaces.get(team_id)`
for the workspace the person belongs to, so a message for workspace A never goes out with
workspace B's token, and a DM channel or profile learnt in one workspace is never used in another.

With one `SLACK_BOT_TOKEN` (`Workspaces.single`) every team gets the same workspace, exactly as
before. With OAuth installs (`Workspaces.installed`), the token comes from the installation
store; when the workspace uses token rotation and the token expires within the rotation window,
it is refreshed first (`oauth.v2.access` with the refresh token, the same rotator slack-bolt uses
for incoming requests) and saved. A workspace is remembered for `ttl` seconds at most (less when
its token expires sooner) and forgotten at once when it is erased; an unknown team is
`NotInstalled`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.token_rotation.async_rotator import AsyncTokenRotator
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.outbox import DirectMessages, Outbox
from bot.adapters.slack.tracking import Profiles

log = logging.getLogger(__name__)

ROTATE_BEFORE_MINUTES = 120
"""Refresh a rotating token when it expires within this many minutes (slack-bolt's default)."""


class NotInstalled(LookupError):
    """No installation is known for this workspace (never installed, or uninstalled)."""


@dataclass
class Workspace:
    """Everything that talks to one Slack workspace with its own bot token."""

    team_id: str
    client: AsyncWebClient
    dms: DirectMessages
    outbox: Outbox
    profiles: Profiles
    bot_user_id: str | None = None
    fresh_until: float = field(default=float("inf"))

    @classmethod
    def of(cls, team_id: str, client: AsyncWebClient, bot_user_id: str | None = None) -> Workspace:
        dms = DirectMessages(client)
        return cls(team_id, client, dms, Outbox(client, dms), Profiles(client), bot_user_id)


class Workspaces:
    """The `Workspace` for each team id (see the module docstring)."""

    def __init__(
        self,
        *,
        single: Workspace | None = None,
        installs: AsyncInstallationStore | None = None,
        rotator: AsyncTokenRotator | None = None,
        make_client: Callable[[str], AsyncWebClient] | None = None,
        ttl: float = 60.0,
    ) -> None:
        self._single = single
        self.installs = installs
        self._rotator = rotator
        self._make_client = make_client
        self._ttl = ttl
        self._known: dict[str, Workspace] = {}

    @classmethod
    def single(cls, client: AsyncWebClient, dms: DirectMessages | None = None) -> Workspaces:
        """One bot token for every team (`SLACK_BOT_TOKEN`)."""
        dms = dms or DirectMessages(client)
        one = Workspace("", client, dms, Outbox(client, dms), Profiles(client))
        return cls(single=one)

    @classmethod
    def installed(
        cls,
        installs: AsyncInstallationStore,
        make_client: Callable[[str], AsyncWebClient],
        rotator: AsyncTokenRotator | None,
        ttl: float = 60.0,
    ) -> Workspaces:
        """A token per workspace, from OAuth installs."""
        return cls(installs=installs, rotator=rotator, make_client=make_client, ttl=ttl)

    @property
    def is_single(self) -> bool:
        return self._single is not None

    async def get(self, team_id: str) -> Workspace:
        """The workspace of `team_id`; `NotInstalled` when it has no installation."""
        if self._single is not None:
            return self._single
        known = self._known.get(team_id)
        if known is not None and known.fresh_until > time.monotonic():
            return known
        assert self.installs is not None and self._make_client is not None
        bot = await self.installs.async_find_bot(enterprise_id=None, team_id=team_id)
        if bot is None or not bot.bot_token:
            self._known.pop(team_id, None)
            raise NotInstalled(team_id)
        if bot.bot_refresh_token is not None and self._rotator is not None:
            rotated = await self._rotator.perform_bot_token_rotation(
                bot=bot, minutes_before_expiration=ROTATE_BEFORE_MINUTES
            )
            if rotated is not None:
                await self.installs.async_save_bot(rotated)
                bot = rotated
                log.info("slack.token_rotated")
        fresh_until = time.monotonic() + self._ttl
        if bot.bot_token_expires_at is not None:
            left = bot.bot_token_expires_at - time.time() - ROTATE_BEFORE_MINUTES * 60
            fresh_until = min(fresh_until, time.monotonic() + max(left, 0.0))
        if known is not None and known.client.token == bot.bot_token:
            known.fresh_until = fresh_until
            return known
        if known is not None:  # same workspace, new token: keep what was learnt about it
            known.client.token = bot.bot_token
            known.bot_user_id = bot.bot_user_id
            known.fresh_until = fresh_until
            return known
        workspace = Workspace.of(team_id, self._make_client(bot.bot_token), bot.bot_user_id)
        workspace.fresh_until = fresh_until
        self._known[team_id] = workspace
        return workspace

    def forget(self, team_id: str) -> None:
        """Drop what is remembered about a workspace (it was erased)."""
        self._known.pop(team_id, None)
