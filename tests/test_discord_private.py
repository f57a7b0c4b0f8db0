"""Discord replies reach only their person: in a server, answers are ephemeral and files go to
the DM; a click on a message others can read never writes the person's pick onto it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.adapters.discord.runner import BounceBackClient
from bot.app import App
from tests.fakes import discord_payloads as p
from tests.fakes.discord import FakeDiscord
from tests.fakes.discord_harness import Handled, running_bot

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
async def bot(app: App, fake: FakeDiscord) -> AsyncIterator[BounceBackClient]:
    async with running_bot(app.engine, fake) as client:
        yield client


async def test_a_click_on_a_shared_message_in_a_server_stays_private(
    fake: FakeDiscord, bot: BounceBackClient
) -> None:
    handled = Handled(bot)
    await fake.interaction(p.slash_command("menu", in_guild=True))
    await handled.wait(1)
    asked = next(c for c in fake.message_calls() if p.buttons_of(c.message_body))
    message = asked.sent_message
    assert message is not None and message["flags"] & 64
    shared = {**message, "flags": 0, "channel_id": p.GUILD_CHANNEL_ID}
    button = p.buttons_of(asked.message_body)[0]["custom_id"]
    mark = fake.mark()
    await fake.interaction(p.button_click(shared, button, in_guild=True))
    await handled.wait(2)
    assert not [c for c in fake.calls[mark:] if c.method == "PATCH"]
    replies = fake.message_calls(mark)
    assert replies and all(c.message_body["flags"] & 64 for c in replies)
    assert all(c.json["type"] == 4 for c in replies if c.path.endswith("/callback"))  # no update
    # The same click on the person's own ephemeral copy updates it (the question has passed).
    mark = fake.mark()
    await fake.interaction(p.button_click(message, button, in_guild=True))
    await handled.wait(3)
    [update] = [c for c in fake.calls[mark:] if c.path.endswith("/callback")]
    assert update.json["type"] == 7 and update.message_body["components"] == []
