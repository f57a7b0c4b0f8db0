"""Bounce Back installed into many Slack workspaces through OAuth, end to end on the fake Slack.

Real slack-bolt (`AsyncOAuthFlow`, its authorize step, HTTP mode) on a real SQLite file and on a
real PostgreSQL database: two workspaces install through `/slack/install` and
`/slack/oauth_redirect`, the same person id talks in both, each gets replies, the App Home and
check-ins with its own workspace's token only, `mydata` in one shows nothing of the other,
uninstalling one erases only its installation, conversations, check-ins and plans, and a
reinstall starts clean.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from bot.app import App, build_app
from bot.checkins.service import CheckinService
from bot.core.model import UserKey
from bot.store import tables as t
from tests.checkin_support import quiet_settings
from tests.conftest import DIALOGUES, make_settings
from tests.fakes import payloads as p
from tests.fakes.slack import Call, FakeSlack
from tests.fakes.slack_harness import tasks_finished
from tests.fakes.slack_oauth import OAuthHarness, oauth_bot
from tests.ops_support import scratch_database

pytestmark = pytest.mark.timeout(120)

SLACK_FLOWS = Path(__file__).resolve().parent / "data" / "slack_flows"
ALPHA, BRAVO = "TALPHA001", "TBRAVO002"
PERSON = "USAMEID01"
"""The same user id in both workspaces: only the workspace tells them apart."""


@pytest.fixture(params=["sqlite", "postgresql"])
async def app(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[App]:
    flows = f"{DIALOGUES},{SLACK_FLOWS}"
    if request.param == "sqlite":
        built = await build_app(make_settings(tmp_path, flows_dir=flows))
        yield built
        await built.close()
        return
    async with scratch_database(request.getfixturevalue("pg_url"), "bb_oauth") as url:
        built = await build_app(make_settings(tmp_path, flows_dir=flows, database_url=url))
        yield built
        await built.close()


@pytest.fixture
async def bot(app: App, slack: FakeSlack) -> AsyncIterator[OAuthHarness]:
    async with oauth_bot(app, slack) as harness:
        yield harness


def _posts(slack: FakeSlack, text: str) -> list[Call]:
    return [c for c in slack.calls_to("chat.postMessage") if text in str(c.params.get("text"))]


async def _said(slack: FakeSlack, text: str, n: int = 1) -> list[Call]:
    return await slack.wait_for(lambda: got if len(got := _posts(slack, text)) >= n else None)


async def _rows(app: App, team: str) -> int:
    total = 0
    async with app.store.transaction() as tx:
        for table in t.PERSONAL_TABLES:
            where = table.c.user_key.startswith(f"slack:{team}:")
            q = select(func.count()).select_from(table).where(where)
            total += int((await tx.handle.execute(q)).scalar_one())
    return total


async def _installs(app: App) -> dict[str, bytes]:
    async with app.store.transaction() as tx:
        rows = (await tx.handle.execute(select(t.slack_installations))).all()
    return {str(r.team_id): bytes(r.data) for r in rows}


async def _add_checkin(app: App, team: str, due: datetime) -> None:
    async with app.store.transaction() as tx:
        await tx.handle.execute(
            insert(t.checkins).values(
                user_key=str(UserKey("slack", team, PERSON)),
                flow="slack_echo",
                due_at=due,
                local_time=due.strftime("%Y-%m-%dT%H:%M"),
                tz="UTC",
                status="pending",
                attempts=0,
                requested=True,
                notified=False,
                created_at=due,
                updated_at=due,
            )
        )


async def _talk(bot: OAuthHarness, team: str, words: str) -> list[Call]:
    """`/echo`, its question answered, then `words`: the reply to them."""
    asked = len(_posts(bot.slack, "Say something"))
    await bot.event(p.dm_message("/echo", user=PERSON, team=team))
    await _said(bot.slack, "Say something", asked + 1)
    await bot.event(p.dm_message(words, user=PERSON, team=team))
    return await _said(bot.slack, f"You said: {words}")


async def test_two_workspaces_each_with_their_own_token_and_data(
    bot: OAuthHarness, app: App
) -> None:
    slack = bot.slack
    assert (await bot.install(ALPHA))[0] == 200
    assert (await bot.install(BRAVO))[0] == 200
    stored = await _installs(app)
    assert sorted(stored) == [ALPHA, BRAVO]
    for team in (ALPHA, BRAVO):  # the token is kept, encrypted
        [token] = slack.tokens_of(team)
        assert token.encode() not in stored[team]

    # Conversations: the same person id in two workspaces, each answered with its own token.
    [alpha] = await _talk(bot, ALPHA, "alpha secret words")
    [bravo] = await _talk(bot, BRAVO, "bravo words")
    assert alpha.team == ALPHA and bravo.team == BRAVO
    async with app.store.transaction() as tx:
        await tx.add_item(UserKey("slack", ALPHA, PERSON), "plan", {"text": "alpha plan step"})

    # `mydata` in Bravo holds Bravo's conversation and nothing of Alpha's.
    await bot.command(p.slash_command("mydata", user=PERSON, team=BRAVO))
    [done] = await slack.wait_calls("files.completeUploadExternal")
    assert done.team == BRAVO
    [export] = slack.uploads.values()
    assert b"bravo words" in export
    assert b"alpha" not in export.lower()

    # The App Home of Alpha, with Alpha's token.
    await bot.event(p.home_opened(user=PERSON, team=ALPHA))
    [home] = await slack.wait_calls("views.publish")
    assert home.team == ALPHA

    # Check-ins: one due in each workspace, each sent with its own token.
    # Midday, so the default quiet hours never hold them back whatever the hour of the run.
    now = datetime.now(UTC).replace(hour=12, minute=0, second=0, microsecond=0)
    await _add_checkin(app, ALPHA, now - timedelta(minutes=1))
    await _add_checkin(app, BRAVO, now - timedelta(minutes=1))
    await _add_checkin(app, ALPHA, now + timedelta(days=7))  # still ahead at uninstall
    assert bot.bot.sender is not None
    service = CheckinService(
        app.store,
        app.engine.prepare_flow,
        bot.bot.sender,
        settings=quiet_settings(),
        clock=lambda: now,
    )
    started = time.perf_counter()
    assert await service.run_due_once() == 2
    asked = await slack.wait_for(
        lambda: (
            got
            if len(got := _posts(slack, "Say something")[-2:]) == 2
            and all(c.at > started for c in got)
            else None
        )
    )
    assert sorted(str(c.team) for c in asked) == [ALPHA, BRAVO]
    assert all(c.team in (ALPHA, BRAVO) for c in slack.calls if c.token)

    # Uninstall Alpha: its installation, conversation, check-ins and plan go; Bravo keeps all.
    bravo_rows = await _rows(app, BRAVO)
    slack.uninstall(ALPHA)
    await bot.event(p.app_uninstalled(team=ALPHA))
    await tasks_finished(bot.bot.tasks, bot.bot.tasks.started, 10)
    assert await _rows(app, ALPHA) == 0
    assert sorted(await _installs(app)) == [BRAVO]
    assert await _rows(app, BRAVO) == bravo_rows
    await _talk(bot, BRAVO, "bravo again")

    # A reinstall starts clean, with a new token.
    assert (await bot.install(ALPHA))[0] == 200
    async with app.store.transaction() as tx:
        assert await tx.load(UserKey("slack", ALPHA, PERSON)) is None
    [again] = await _talk(bot, ALPHA, "alpha is back")
    assert again.token == slack.tokens_of(ALPHA)[-1] != alpha.token
    assert bot.bot.tasks.failed == 0


async def test_a_workspace_that_never_installed_gets_nothing(bot: OAuthHarness, app: App) -> None:
    await bot.install(ALPHA)
    delivery = await bot.event(p.dm_message("/echo", user=PERSON, team="TSTRANGER"))
    assert delivery.status in (200, 401)
    await bot.event(p.dm_message("/echo", user=PERSON, team=ALPHA))
    await _said(bot.slack, "Say something")
    assert all(c.team == ALPHA for c in bot.slack.calls_to("chat.postMessage"))
    assert await _rows(app, "TSTRANGER") == 0


async def test_a_forged_or_replayed_install_is_refused(bot: OAuthHarness, app: App) -> None:
    page = await bot.install_page()
    assert page.status == 200 and page.cookie
    assert page.query["client_id"] == [bot.slack.client_id]
    assert "chat:write" in page.query["scope"][0].split(",")
    code = bot.slack.grant(ALPHA, "UINSTALLER")
    status, _ = await bot.redirect(
        {"code": code, "state": "forged"}, "slack-app-oauth-state=forged"
    )
    assert status >= 400
    state = page.query["state"][0]
    status, _ = await bot.redirect({"code": code, "state": state}, page.cookie)
    assert status == 200
    status, _ = await bot.redirect({"code": code, "state": state}, page.cookie)  # replayed
    assert status >= 400
    assert sorted(await _installs(app)) == [ALPHA]


async def test_rotating_tokens_are_refreshed_before_they_expire(
    bot: OAuthHarness, app: App
) -> None:
    slack = bot.slack
    slack.token_lifetime = 600  # inside the rotation window: refreshed at first use
    await bot.install(ALPHA)
    [first] = slack.tokens_of(ALPHA)
    assert first.startswith("xoxe.xoxb-")
    slack.expire(first)
    [said] = await _talk(bot, ALPHA, "rotate me")
    refreshes = [
        c
        for c in slack.calls_to("oauth.v2.access")
        if c.params.get("grant_type") == "refresh_token"
    ]
    assert refreshes and all(c.result["ok"] for c in refreshes)
    assert said.token != first and said.token in slack.tokens_of(ALPHA)
    assert said.token.encode() not in (await _installs(app))[ALPHA]
    # A check-in later goes out with the refreshed token, without another refresh.
    assert bot.bot.sender is not None
    replies = await app.engine.open_flow(UserKey("slack", ALPHA, "UOTHER77"), "slack_echo")
    await bot.bot.sender.send(UserKey("slack", ALPHA, "UOTHER77"), replies)
    [checkin] = await slack.wait_for(
        lambda: [c for c in _posts(slack, "Say something") if c.params["channel"] == "DUOTHER77"]
    )
    assert checkin.token == said.token
    assert not [c for c in slack.calls if c.result.get("error") == "token_expired"]
    assert json.dumps([c.params for c in refreshes]).count(first) == 0
