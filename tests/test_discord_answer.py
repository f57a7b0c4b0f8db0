"""A quick turn is answered in one request; a slow one is deferred and followed up; a refused
direct answer still reaches the person, once. The real discord.py client against the fake Discord.
"""

from __future__ import annotations

import asyncio
import re
from typing import Any

import discord
import pytest

from bot.adapters.discord import answering
from bot.adapters.discord.answering import RESCUED_NOTE
from bot.adapters.discord.delivery import message_kwargs
from bot.adapters.discord.views import Outgoing
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
        c for c in fake.message_calls(after) if c.ok and text in str(c.message_body.get("content"))
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
        sent = [c for c in fake.message_calls(mark) if c.ok]
        assert sent and all(re.fullmatch(r"/channels/\d+/messages", c.path) for c in sent)
        texts = [str(c.message_body.get("content")) for c in sent]
        assert len(texts) == len(set(texts))  # nothing shown twice


@pytest.mark.parametrize("in_guild", [False, True])
async def test_an_answer_carries_what_discord_py_would_send(
    app: App, fake: FakeDiscord, in_guild: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The answer is built without discord.py's view and message machinery; what it sends is
    the same, except that the new message is not asked back (Discord answers 204)."""
    async with running_bot(app.engine, fake) as client:
        handled = Handled(client)

        async def callback_of_menu(count: int) -> Call:
            mark = fake.mark()
            await fake.interaction(p.slash_command("menu", in_guild=in_guild))
            await handled.wait(count)
            [callback] = [c for c in fake.calls[mark:] if re.fullmatch(CALLBACK, c.path)]
            return callback

        await callback_of_menu(1)  # a first visit's notes said once
        ours = await callback_of_menu(2)

        async def library(
            interaction: discord.Interaction[Any], out: Outgoing, *, ephemeral: bool
        ) -> None:
            await interaction.response.send_message(ephemeral=ephemeral, **message_kwargs(out))

        monkeypatch.setattr(answering, "send_answer", library)
        theirs = await callback_of_menu(3)
    assert ours.json["data"]["components"]  # the menu's buttons
    # the same, but for how many times the question was asked (in the buttons' custom ids)
    assert asked_twice(ours.json) == theirs.json
    assert ours.ok and ours.status == 204 and "with_response" not in ours.query
    assert theirs.query == {"with_response": "1"}


def asked_twice(payload: Any) -> Any:
    """`payload` with each choice button's custom id counting one more asking of its question."""
    if isinstance(payload, dict):
        return {
            k: re.sub(r":(\d+)$", lambda m: f":{int(m.group(1)) + 1}", v)
            if k == "custom_id" and isinstance(v, str)
            else asked_twice(v)
            for k, v in payload.items()
        }
    if isinstance(payload, list):
        return [asked_twice(v) for v in payload]
    return payload
