"""A quick turn is answered in one request; a slow one is deferred and followed up; a refused
direct answer still reaches the person, once. The real discord.py client against the fake Discord.
"""

from __future__ import annotations

import asyncio
import re

import pytest

from bot.adapters.discord.answering import RESCUED_NOTE
from bot.app import App
from bot.core.model import Reply, Turn
from bot.flows.model import FlowSet
from tests.fakes import discord_payloads as p
from tests.fakes.discord import Call, FakeDiscord
from tests.fakes.discord_harness import Handled, running_bot

pytestmark = pytest.mark.timeout(60)

EPHEMERAL = 64
CALLBACK = r"/interactions/\d+/[^/]+/callback"
FOLLOWUP = re.compile(r"/webhooks/\d+/[^/]+")
MENU = "What would you like to do?"


class SlowEngine:
    """The real engine, with every turn taking `delay` seconds longer."""

    def __init__(self, app: App, delay: float) -> None:
        self.engine = app.engine
        self.delay = delay

    @property
    def flows(self) -> FlowSet:
        return self.engine.flows

    async def handle(self, turn: Turn) -> list[Reply]:
        await asyncio.sleep(self.delay)
        return await self.engine.handle(turn)


def shown(fake: FakeDiscord, text: str, after: int = 0) -> list[Call]:
    """Accepted requests from `after` on that showed `text`."""
    return [
        c
        for c in fake.message_calls(after)
        if c.status == 200 and text in str(c.message_body.get("content"))
    ]


async def test_a_quick_command_is_answered_in_one_request(app: App, fake: FakeDiscord) -> None:
    async with running_bot(app.engine, fake) as client:
        handled = Handled(client)
        mark = fake.mark()
        await fake.interaction(p.slash_command("menu"))
        assert await handled.wait(1) == ["command"]
        [only] = fake.calls[mark:]
        assert re.fullmatch(CALLBACK, only.path) and only.json["type"] == 4
        assert MENU in only.message_body["content"] and p.buttons_of(only.message_body)
        assert only.message_body["allowed_mentions"] == {"parse": []}

        message = only.sent_message
        assert message is not None
        button = p.buttons_of(only.message_body)[0]["custom_id"]
        mark = fake.mark()
        await fake.interaction(p.button_click(message, button))
        await handled.wait(2)
        [update] = [c for c in fake.calls[mark:] if re.fullmatch(CALLBACK, c.path)]
        assert update.json["type"] == 7 and "**You chose:**" in update.message_body["content"]
        assert not [c for c in fake.calls[mark:] if c.method == "PATCH"]  # no separate edit


async def test_a_slow_turn_is_deferred_then_followed_up(app: App, fake: FakeDiscord) -> None:
    async with running_bot(SlowEngine(app, 0.3), fake) as client:
        client.bridge.answer_budget = 0.05
        handled = Handled(client)
        mark = fake.mark()
        await fake.interaction(p.slash_command("menu", in_guild=True))
        await handled.wait(1)
        [ack] = [c for c in fake.calls[mark:] if re.fullmatch(CALLBACK, c.path)]
        assert ack.json == {"type": 5, "data": {"flags": EPHEMERAL}}  # thinking, privately
        [menu] = shown(fake, MENU, mark)
        assert FOLLOWUP.fullmatch(menu.path) and menu.json["flags"] & EPHEMERAL
        assert fake.calls.index(ack) < fake.calls.index(menu)

        message = menu.sent_message
        assert message is not None
        mark = fake.mark()
        await fake.interaction(
            p.button_click(message, p.buttons_of(menu.json)[0]["custom_id"], in_guild=True)
        )
        await handled.wait(2)
        [ack] = [c for c in fake.calls[mark:] if re.fullmatch(CALLBACK, c.path)]
        assert ack.json == {"type": 6}  # a deferred update; the pick is shown by an edit
        [edit] = [c for c in fake.calls[mark:] if c.method == "PATCH"]
        assert "**You chose:**" in edit.json["content"]


async def test_an_already_acknowledged_answer_is_followed_up_once(
    app: App, fake: FakeDiscord
) -> None:
    async with running_bot(app.engine, fake) as client:
        handled = Handled(client)
        fake.fail(
            "POST", CALLBACK, 400, p.error(40060, "Interaction has already been acknowledged")
        )
        mark = fake.mark()
        await fake.interaction(p.slash_command("menu", in_guild=True))
        await handled.wait(1)
        [menu] = shown(fake, MENU, mark)
        assert FOLLOWUP.fullmatch(menu.path) and menu.json["flags"] & EPHEMERAL
        assert not [c for c in fake.calls[mark:] if c.path == "/users/@me/channels"][1:]


async def test_an_expired_answer_arrives_in_the_dm_once(app: App, fake: FakeDiscord) -> None:
    async with running_bot(app.engine, fake) as client:
        handled = Handled(client)
        fake.fail("POST", CALLBACK, 404, p.error(10062, "Unknown interaction"))
        mark = fake.mark()
        await fake.interaction(p.slash_command("menu", in_guild=True))
        assert await handled.wait(1) == ["expired"]
        [menu] = shown(fake, MENU, mark)
        dm = next(c.response["id"] for c in fake.calls[mark:] if c.path == "/users/@me/channels")
        assert menu.path == f"/channels/{dm}/messages"  # the DM, never the server channel
        assert shown(fake, RESCUED_NOTE, mark)  # with a word on why it arrives there
        assert not [c for c in fake.calls[mark:] if FOLLOWUP.fullmatch(c.path)]


async def test_an_expired_click_still_moves_on_and_answers_in_the_dm(
    app: App, fake: FakeDiscord
) -> None:
    async with running_bot(app.engine, fake) as client:
        handled = Handled(client)
        await fake.interaction(p.slash_command("menu"))
        await handled.wait(1)
        [asked] = [c for c in fake.message_calls() if p.buttons_of(c.message_body)]
        message = asked.sent_message
        assert message is not None
        fake.fail("POST", CALLBACK, 404, p.error(10062, "Unknown interaction"))
        mark = fake.mark()
        await fake.interaction(
            p.button_click(message, p.buttons_of(asked.message_body)[0]["custom_id"])
        )
        assert await handled.wait(2) == ["command", "expired"]
        sent = [c for c in fake.message_calls(mark) if c.status == 200]
        assert sent and all(re.fullmatch(r"/channels/\d+/messages", c.path) for c in sent)
        texts = [str(c.message_body.get("content")) for c in sent]
        assert len(texts) == len(set(texts))  # nothing shown twice
