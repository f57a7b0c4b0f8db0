"""Running the real Slack adapter with OAuth installs against the fake Slack, and installing it.

`oauth_bot(app, slack)` starts a `SlackBot` in HTTP mode with `SLACK_CLIENT_ID` /
`SLACK_CLIENT_SECRET` settings (no bot token of its own) and yields an `OAuthHarness`: the usual
`Harness` (`event`, `command`, `click`, signed like Slack) plus `install(team, user)`, which plays
the installer's browser and Slack's consent screen: it opens `/slack/install`, keeps the state
cookie, reads the "Add to Slack" link (client id, scopes, state), lets the fake Slack grant a code
for `team`, and follows the redirect to `/slack/oauth_redirect` with that code and state.
"""

from __future__ import annotations

import html
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlparse

import aiohttp

from bot.adapters.slack.oauth import OAuthConfig
from bot.adapters.slack.runner import SlackBot, SlackSettings, bot_for_app
from tests.fakes.slack import FakeSlack
from tests.fakes.slack_harness import SECRET, Harness


@dataclass
class InstallPage:
    """What the installer's browser saw on `/slack/install`."""

    status: int
    cookie: str
    authorize_url: str
    query: dict[str, list[str]]


def oauth_settings(slack: FakeSlack, **kw: Any) -> SlackSettings:
    return SlackSettings(
        bot_token="",
        signing_secret=SECRET,
        api_url=slack.api_url,
        port=0,
        host="127.0.0.1",
        oauth=OAuthConfig(client_id=slack.client_id, client_secret=slack.client_secret, **kw),
    )


async def install_page(base: str) -> InstallPage:
    """Open `base`/slack/install as a browser would."""
    async with aiohttp.ClientSession() as http, http.get(base + "/slack/install") as r:
        page = await r.text()
        cookie = r.headers.get("Set-Cookie", "").split(";", 1)[0]
        status = r.status
    found = re.search(r'href="([^"]+)"', page)
    url = html.unescape(found.group(1)) if found else ""
    return InstallPage(status, cookie, url, parse_qs(urlparse(url).query))


async def redirect(base: str, query: dict[str, str], cookie: str) -> tuple[int, str]:
    """Slack sending the installer's browser back to `base`/slack/oauth_redirect."""
    async with (
        aiohttp.ClientSession() as http,
        http.get(
            base + "/slack/oauth_redirect",
            params=query,
            headers={"Cookie": cookie} if cookie else {},
            allow_redirects=False,
        ) as r,
    ):
        return r.status, await r.text()


async def install(
    slack: FakeSlack, team: str, user: str, start: str, finish: str | None = None
) -> tuple[int, str]:
    """The whole install into `team` as `user`: the install page of the bot at `start`, the
    redirect to the bot at `finish` (another worker, say; `start` by default)."""
    page = await install_page(start)
    code = slack.grant(team, user, scopes=page.query.get("scope", [""])[0].split(","))
    state = page.query.get("state", [""])[0]
    return await redirect(finish or start, {"code": code, "state": state}, page.cookie)


class OAuthHarness(Harness):
    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.bot.port}"

    async def install_page(self) -> InstallPage:
        return await install_page(self.base)

    async def redirect(self, query: dict[str, str], cookie: str) -> tuple[int, str]:
        return await redirect(self.base, query, cookie)

    async def install(self, team: str, user: str = "UINSTALLER") -> tuple[int, str]:
        """The whole install of the app into `team`, as `user`; (status, page) of the end."""
        return await install(self.slack, team, user, self.base)


@asynccontextmanager
async def oauth_bot(app: Any, slack: FakeSlack, **kw: Any) -> AsyncIterator[OAuthHarness]:
    """A started Slack adapter with OAuth installs for `app`, stopped on exit."""
    bot: SlackBot = bot_for_app(app, oauth_settings(slack, **kw))
    await bot.start()
    try:
        yield OAuthHarness(slack, bot, "http")
    finally:
        await bot.stop()
