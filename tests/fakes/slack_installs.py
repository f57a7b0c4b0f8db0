"""The OAuth side of the fake Slack: installs into many workspaces and token rotation.

`OAuthSide` is mixed into `FakeSlack`: `grant()` is a person clicking "Allow" for a workspace (it
returns the code Slack sends back to the redirect URL); `oauth.v2.access` trades that code, once,
for the workspace's own bot token after checking the client id and secret; with `token_lifetime`
set the tokens rotate (`xoxe.xoxb-` tokens with `expires_in` and a refresh token), and
`oauth.v2.access` with `grant_type=refresh_token` gives a fresh one. `uninstall()` makes every
token of a workspace answer `token_revoked`, `expire()` makes one answer `token_expired`.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass
from typing import Any

TEAM_ID = "T0BOUNCE"
BOT_USER_ID = "UBOTBB01"
BOT_ID = "BBOTBB01"
APP_ID = "ABOUNCE01"
CLIENT_ID = "1111111111.2222222222"
CLIENT_SECRET = "0123456789abcdef0123456789abcdef"


@dataclass
class Grant:
    """A person allowed the app in a workspace; the code is traded once for a token."""

    team: str
    team_name: str
    user: str
    scopes: list[str]
    used: bool = False


@dataclass
class Issued:
    """A bot token the fake issued for one workspace."""

    team: str
    expires_at: float | None = None
    refresh_token: str | None = None


class OAuthSide:
    """Installs and tokens; `FakeSlack` sets these attributes up in its constructor."""

    client_id: str
    client_secret: str
    token_lifetime: int | None
    refreshed_lifetime: int
    tokens: dict[str, Issued]
    uninstalled: set[str]
    _grants: dict[str, Grant]
    _serial: itertools.count[int]

    # ----- OAuth installs and token rotation -----------------------------------------------

    @staticmethod
    def bot_user_of(team: str) -> str:
        """The bot's user id in `team` (the default workspace keeps `BOT_USER_ID`)."""
        return BOT_USER_ID if team == TEAM_ID else f"UB{team}"

    def grant(
        self, team: str, user: str, *, scopes: list[str] | None = None, team_name: str = ""
    ) -> str:
        """A person in `team` clicked "Allow": the code Slack sends to the redirect URL."""
        code = f"code-{team}-{next(self._serial)}"
        self._grants[code] = Grant(team, team_name or f"Team {team}", user, scopes or [])
        self.uninstalled.discard(team)
        return code

    def uninstall(self, team: str) -> None:
        """The app was removed from `team`: every token of that workspace stops working."""
        self.uninstalled.add(team)

    def expire(self, token: str) -> None:
        """`token` runs out now (the refresh token still works)."""
        self.tokens[token].expires_at = time.time() - 1

    def tokens_of(self, team: str) -> list[str]:
        return [tok for tok, issued in self.tokens.items() if issued.team == team]

    def _refused(self, issued: Issued | None) -> str | None:
        if issued is None:
            return None
        if issued.team in self.uninstalled:
            return "token_revoked"
        if issued.expires_at is not None and issued.expires_at <= time.time():
            return "token_expired"
        return None

    def _issue(self, team: str, lifetime: int | None, refresh: str | None) -> dict[str, Any]:
        n = next(self._serial)
        if lifetime is None:
            token = f"xoxb-{team}-{n}"
            self.tokens[token] = Issued(team)
            return {"access_token": token}
        token = f"xoxe.xoxb-1-{team}-{n}"
        refresh = refresh or f"xoxe-1-{team}-{n}"
        self.tokens[token] = Issued(team, time.time() + lifetime, refresh)
        return {"access_token": token, "refresh_token": refresh, "expires_in": lifetime}

    def _oauth_access(self, p: dict[str, Any]) -> dict[str, Any]:
        if p.get("client_id") != self.client_id:
            return {"ok": False, "error": "invalid_client_id"}
        if p.get("client_secret") != self.client_secret:
            return {"ok": False, "error": "bad_client_secret"}
        if p.get("grant_type") == "refresh_token":
            refresh = str(p.get("refresh_token") or "")
            teams = {i.team for i in self.tokens.values() if i.refresh_token == refresh}
            if not refresh or len(teams) != 1 or teams & self.uninstalled:
                return {"ok": False, "error": "invalid_refresh_token"}
            team = teams.pop()
            fresh = self._issue(team, self.refreshed_lifetime, refresh)
            return {"ok": True, "token_type": "bot", "team": {"id": team}, **fresh}
        grant = self._grants.get(str(p.get("code") or ""))
        if grant is None or grant.used:
            return {"ok": False, "error": "invalid_code"}
        grant.used = True
        return {
            "ok": True,
            "app_id": APP_ID,
            "authed_user": {"id": grant.user},
            "scope": ",".join(grant.scopes),
            "token_type": "bot",
            "bot_user_id": self.bot_user_of(grant.team),
            "team": {"id": grant.team, "name": grant.team_name},
            "enterprise": None,
            "is_enterprise_install": False,
            **self._issue(grant.team, self.token_lifetime, None),
        }
