"""`serve()` as `bounceback run discord` runs it (settings from the environment, endpoints
overridden, commands synced, stopped by an event), sharding across processes, and the crisis check
on Discord input, all against the fake Discord."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import discord
import pytest

from bot.adapters.discord.config import DiscordConfigError, apply_endpoints, current_endpoints
from bot.adapters.discord.runner import serve
from bot.adapters.discord.sender import DiscordSender
from bot.app import App
from bot.core.model import UserKey
from bot.runner import RoutingSender
from tests.fakes import discord_payloads as p
from tests.fakes.discord import FakeDiscord
from tests.fakes.discord_harness import Handled, running_bot

pytestmark = pytest.mark.timeout(60)

KEY = UserKey("discord", p.APP_ID, p.USER_ID)
CRISIS_MARKERS = ("988", "findahelpline", "116 123", "741741")


@pytest.fixture(autouse=True)
def restore_endpoints() -> Iterator[None]:
    saved = current_endpoints()
    yield
    apply_endpoints(*saved)


def env_for(fake: FakeDiscord, **extra: str) -> dict[str, str]:
    return {
        "DISCORD_TOKEN": "fake-token",
        "DISCORD_API_URL": fake.api_url,
        "DISCORD_GATEWAY_URL": fake.gateway_url,
        **extra,
    }


async def test_serve_syncs_to_one_server_answers_and_stops_cleanly(
    app: App, fake: FakeDiscord
) -> None:
    router = RoutingSender()
    app.services.add(router, RoutingSender)
    stop = asyncio.Event()
    task = asyncio.create_task(
        serve(app, env_for(fake, DISCORD_GUILD_ID=p.GUILD_ID), stop, guild_ready_timeout=0.1)
    )
    [sync] = await fake.wait_for(
        lambda c: c.method == "PUT" and c.path.endswith(f"/guilds/{p.GUILD_ID}/commands")
    )
    assert sync.path == f"/applications/{p.APP_ID}/guilds/{p.GUILD_ID}/commands"
    names = {cmd["name"] for cmd in sync.json}
    assert {"rejected", "vent", "draft", "forget", "mydata", "pause", "menu"} <= names
    assert all(sorted(cmd["integration_types"]) == [0, 1] for cmd in sync.json)
    await fake.wait_connected()
    intents = discord.Intents._from_value(fake.identify_payloads[0]["intents"])
    assert intents.dm_messages and intents.guilds and not intents.message_content
    assert not intents.members and not intents.presences
    sender = app.services.get(DiscordSender)
    assert router.by_platform["discord"] is sender  # check-ins for Discord people go through it
    assert sender.client.allowed_mentions is not None
    assert sender.client.allowed_mentions.to_dict() == {"parse": []}  # the client-wide default

    mark = fake.mark()
    await fake.dispatch("MESSAGE_CREATE", p.dm_message("/vent"))
    await fake.wait_for(lambda c: c.path == f"/channels/{p.DM_CHANNEL_ID}/messages", after=mark)

    stop.set()
    await asyncio.wait_for(task, 10)
    assert sender.client.is_closed()


async def test_serve_reports_every_settings_problem(app: App) -> None:
    with pytest.raises(DiscordConfigError, match="DISCORD_TOKEN is not set"):
        await serve(app, {"DISCORD_SHARD_COUNT": "x"}, asyncio.Event())


async def test_a_refused_token_stops_with_a_fix(app: App, fake: FakeDiscord) -> None:
    fake.fail("GET", "/users/@me", 401, p.error(0, "401: Unauthorized"))
    with pytest.raises(DiscordConfigError, match="Reset Token"):
        await asyncio.wait_for(serve(app, env_for(fake), asyncio.Event()), 10)


async def test_shards_split_servers_between_processes(app: App, fake: FakeDiscord) -> None:
    guild_on = {(g >> 22) % 2: g for g in (int(p.GUILD_ID), int(p.GUILD_ID) + (1 << 22))}
    async with (
        running_bot(app.engine, fake, shard_count=2, shard_ids=(0,)) as first,
        running_bot(app.engine, fake, shard_count=2, shard_ids=(1,)) as second,
    ):
        assert sorted(tuple(x["shard"]) for x in fake.identify_payloads) == [(0, 2), (1, 2)]
        seen = {0: Handled(first), 1: Handled(second)}
        for shard, guild in guild_on.items():
            payload = p.slash_command("help", in_guild=True)
            payload["guild_id"] = str(guild)
            await fake.interaction(payload)
            assert await seen[shard].wait(1) == ["command"]
        assert len(seen[0].kinds) == 1 and len(seen[1].kinds) == 1


async def test_a_crisis_in_dm_text_interrupts_the_flow(app: App, fake: FakeDiscord) -> None:
    async with running_bot(app.engine, fake) as client:
        handled = Handled(client)
        await fake.dispatch("MESSAGE_CREATE", p.dm_message("/vent"))
        await handled.wait(1)
        mark = fake.mark()
        await fake.dispatch(
            "MESSAGE_CREATE", p.dm_message("I can't do this anymore, I want to kill myself")
        )
        await handled.wait(2)
    said = " ".join(fake.texts(mark))
    assert any(m in said for m in CRISIS_MARKERS), said
    async with app.store.transaction() as tx:
        conv = await tx.load(KEY)
    assert conv is not None and conv.vars.get("vent_text") is None  # not taken as a vent


async def test_a_crisis_in_a_slash_command_option_is_answered_privately(
    app: App, fake: FakeDiscord
) -> None:
    async with running_bot(app.engine, fake) as client:
        handled = Handled(client)
        await fake.interaction(
            p.slash_command("vent", {"message": "honestly I want to end my life"}, in_guild=True)
        )
        await handled.wait(1)
    said = " ".join(fake.texts())
    assert any(m in said for m in CRISIS_MARKERS), said
    followups = [c for c in fake.calls if c.path.startswith("/webhooks/")]
    assert followups and all(c.json["flags"] & 64 for c in followups)
