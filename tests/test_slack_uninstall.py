"""When Bounce Back is removed from a Slack workspace (`app_uninstalled`, or `tokens_revoked` for
the bot's token), everything kept about that workspace is erased at once; other workspaces keep
theirs. Real slack-bolt in both modes against the fake Slack, on a real SQLite store."""

from __future__ import annotations

from sqlalchemy import func, select

from bot.app import App
from bot.core.model import UserKey
from bot.store import tables as t
from tests.fakes import payloads as p
from tests.fakes.slack import TEAM_ID
from tests.fakes.slack_harness import Harness, tasks_finished

HERE = UserKey("slack", TEAM_ID, p.USER_ID)
OTHER = UserKey("slack", "TOTHER99", p.USER_ID)


async def _rows(app: App, key: UserKey) -> int:
    total = 0
    async with app.store.transaction() as tx:
        for table in t.PERSONAL_TABLES:
            query = select(func.count()).select_from(table).where(table.c.user_key == str(key))
            total += int((await tx.handle.execute(query)).scalar_one())
    return total


async def _talked(bot: Harness, app: App) -> None:
    """A conversation in this workspace, and something kept in another one."""
    await bot.event(p.dm_message("I didn't get the job"))
    await bot.slack.wait_calls("chat.postMessage")
    await tasks_finished(bot.bot.tasks, 1, 10)
    async with app.store.transaction() as tx:
        await tx.add_item(HERE, "safety_plan", {"text": "call my sister"})
        await tx.add_mood(OTHER, 2, None)
    assert await _rows(app, HERE) >= 3 and await _rows(app, OTHER) == 1


async def test_uninstalling_erases_that_workspace(bot: Harness, app: App) -> None:
    await _talked(bot, app)
    assert (await bot.event(p.app_uninstalled())).status == 200
    await tasks_finished(bot.bot.tasks, 2, 10)
    assert await _rows(app, HERE) == 0
    assert await _rows(app, OTHER) == 1
    assert bot.bot.tasks.failed == 0


async def test_revoking_the_bot_token_erases_but_a_user_token_does_not(
    bot: Harness, app: App
) -> None:
    await _talked(bot, app)
    before = await _rows(app, HERE)
    await bot.event(p.tokens_revoked(bot=False, oauth=True))
    await bot.event(p.dm_message("/menu"))  # handled after the revocation was
    await tasks_finished(bot.bot.tasks, 2, 10)
    assert await _rows(app, HERE) >= before
    await bot.event(p.tokens_revoked())
    await tasks_finished(bot.bot.tasks, 3, 10)
    assert await _rows(app, HERE) == 0 and await _rows(app, OTHER) == 1
