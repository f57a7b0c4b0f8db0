"""A Discord turn is saved before its replies go out; when sending them fails, they are held and
delivered later (through the interaction's followups, else the person's DM), never left unseen.
Runs the real discord.py client against the fake Discord, made to refuse sends."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest

from bot.adapters.discord.runner import BounceBackClient
from bot.app import App
from bot.core.model import UserKey
from tests.fakes import discord_payloads as p
from tests.fakes.discord import Call, FakeDiscord
from tests.fakes.discord_harness import Handled, running_bot

pytestmark = pytest.mark.timeout(60)

FOLLOWUP = r"/webhooks/\d+/[^/]+"
CHANNEL_MESSAGES = r"/channels/\d+/messages"
MENU = "What would you like to do?"
KEY = UserKey("discord", p.APP_ID, p.USER_ID)


@pytest.fixture
async def bot(app: App, fake: FakeDiscord) -> AsyncIterator[BounceBackClient]:
    async with running_bot(app.engine, fake) as client:
        client.bridge.later.delays = (0.05, 0.05, 0.05)
        client.bridge.answer_budget = 0  # every answer deferred: replies go out as followups
        yield client


def _shown(fake: FakeDiscord, path: str, after: int) -> list[Call]:
    """Successful sends to `path` from `after` on that carry the menu question."""
    return [
        c
        for c in fake.calls[after:]
        if c.method == "POST"
        and re.fullmatch(path, c.path)
        and c.ok
        and MENU in str(c.message_body.get("content"))
    ]


async def _flow(app: App) -> str | None:
    async with app.store.transaction() as tx:
        conv = await tx.load(KEY)
    return conv.flow if conv is not None else None


async def test_a_failed_followup_is_sent_again(
    app: App, fake: FakeDiscord, bot: BounceBackClient
) -> None:
    handled = Handled(bot)
    fake.fail("POST", FOLLOWUP, 404, p.error(10015, "Unknown Webhook"), times=1)
    mark = fake.mark()
    await fake.interaction(p.slash_command("menu"))
    await handled.wait(1)
    assert await _flow(app) == "menu"  # the turn was saved...
    await fake.wait_until(lambda: bool(_shown(fake, FOLLOWUP, mark)))  # ...and is shown
    assert next(c.status for c in fake.calls[mark:] if re.fullmatch(FOLLOWUP, c.path)) == 404
    assert await bot.bridge.later.idle(10)
    assert bot.bridge.later.delivered == 1 and bot.bridge.later.lost == 0


async def test_replies_whose_followups_keep_failing_arrive_in_the_dm(
    fake: FakeDiscord, bot: BounceBackClient
) -> None:
    handled = Handled(bot)
    fake.fail("POST", FOLLOWUP, 404, p.error(10015, "Unknown Webhook"), times=1000)
    mark = fake.mark()
    await fake.interaction(p.slash_command("menu", in_guild=True))
    await handled.wait(1)
    [shown] = await fake.wait_for(
        lambda c: (
            c.ok
            and MENU in str(c.message_body.get("content"))
            and bool(re.fullmatch(CHANNEL_MESSAGES, c.path))
        ),
        after=mark,
    )
    dm = next(c.response["id"] for c in fake.calls[mark:] if c.path == "/users/@me/channels")
    assert shown.path == f"/channels/{dm}/messages"  # the person's DM, not the server channel
    assert not _shown(fake, FOLLOWUP, mark)


async def test_a_failed_dm_reply_is_sent_again(
    app: App, fake: FakeDiscord, bot: BounceBackClient
) -> None:
    handled = Handled(bot)
    fake.fail("POST", CHANNEL_MESSAGES, 503, p.error(0, "upstream unavailable"), times=1)
    mark = fake.mark()
    await fake.dispatch("MESSAGE_CREATE", p.dm_message("menu"))
    await handled.wait(1)
    await fake.wait_until(lambda: bool(_shown(fake, CHANNEL_MESSAGES, mark)), within=20)
    assert await _flow(app) == "menu"


async def test_what_cannot_be_delivered_is_counted_as_lost(
    fake: FakeDiscord, bot: BounceBackClient
) -> None:
    handled = Handled(bot)
    fake.fail("POST", FOLLOWUP, 404, p.error(10015, "Unknown Webhook"), times=1000)
    fake.fail("POST", CHANNEL_MESSAGES, 403, p.error(50007, "Cannot send messages"), times=1000)
    await fake.interaction(p.slash_command("menu"))
    await handled.wait(1)
    assert await bot.bridge.later.idle(10)
    assert bot.bridge.later.lost == 1 and bot.bridge.later.delivered == 0
