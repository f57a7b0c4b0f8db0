"""Discord without the privileged message content intent: the real discord.py client identifies
without it against the fake Discord (which, like Discord, blanks server messages for such a bot),
and DMs, slash commands (the new ones too) and buttons still work. Also the switch that leaves
command publishing to one process, and the install link for a person's own account."""

from __future__ import annotations

from collections.abc import AsyncIterator
from urllib.parse import parse_qs, urlparse

import discord
import pytest

from bot.adapters.discord.config import DiscordConfig, DiscordConfigError
from bot.adapters.discord.runner import BounceBackClient
from bot.app import App
from bot.cli import main
from tests.fakes import discord_payloads as p
from tests.fakes.discord import FakeDiscord
from tests.fakes.discord_harness import Handled, running_bot

pytestmark = pytest.mark.timeout(60)

NEW_COMMANDS = ("ghosted", "mood", "grounding", "safetyplan", "settings", "resume")


@pytest.fixture
async def bot(app: App, fake: FakeDiscord) -> AsyncIterator[BounceBackClient]:
    async with running_bot(app.engine, fake) as client:
        yield client


async def test_the_bot_identifies_without_any_privileged_intent(
    fake: FakeDiscord, bot: BounceBackClient
) -> None:
    intents = discord.Intents._from_value(fake.identify_payloads[0]["intents"])
    assert not intents.message_content and not intents.members and not intents.presences
    assert intents.guilds and intents.dm_messages


async def test_a_dm_is_read_and_answered_with_the_intent_off(
    fake: FakeDiscord, bot: BounceBackClient
) -> None:
    handled = Handled(bot)
    mark = fake.mark()
    await fake.dispatch("MESSAGE_CREATE", p.dm_message("menu"))
    await handled.wait(1)
    assert handled.kinds == ["message"]
    assert any("What would you like to do?" in t for t in fake.texts(mark))
    # A server message that does not mention the bot arrives blank, and is left alone.
    server = p.message(content="menu", channel_id=p.GUILD_CHANNEL_ID, guild_id=p.GUILD_ID)
    mark = fake.mark()
    await fake.dispatch("MESSAGE_CREATE", server)
    await handled.wait(2)
    assert handled.kinds[1] == "message_ignored" and not fake.message_calls(mark)


@pytest.mark.parametrize("name", NEW_COMMANDS)
async def test_each_new_slash_command_starts_its_flow(
    app: App, fake: FakeDiscord, bot: BounceBackClient, name: str
) -> None:
    assert name in {c.name for c in bot.tree.get_commands()}
    handled = Handled(bot)
    mark = fake.mark()
    await fake.interaction(p.slash_command(name))
    await handled.wait(1)
    sent = fake.message_calls(mark)
    assert sent and all(c.ok for c in sent)
    assert any(str(c.message_body.get("content") or "").strip() for c in sent)
    word = bot.bridge.command_word(name)
    assert app.flows.by_command(word) is not None


async def test_without_the_sync_switch_no_commands_are_published(
    app: App, fake: FakeDiscord
) -> None:
    async with running_bot(app.engine, fake, sync_commands=False) as client:
        handled = Handled(client)
        await fake.interaction(p.slash_command("mood"))  # commands published elsewhere still work
        await handled.wait(1)
    assert not [c for c in fake.calls if c.method == "PUT" and "/commands" in c.path]


def test_the_sync_switch_is_read_from_the_environment() -> None:
    env = {"DISCORD_TOKEN": "t"}
    assert DiscordConfig.from_env(env).sync_commands is True
    for off in ("0", "false", "no", "OFF"):
        assert (
            DiscordConfig.from_env({**env, "BOUNCEBACK_DISCORD_SYNC_COMMANDS": off}).sync_commands
            is False
        )
    assert DiscordConfig.from_env({**env, "BOUNCEBACK_DISCORD_SYNC_COMMANDS": "1"}).sync_commands
    with pytest.raises(DiscordConfigError, match="BOUNCEBACK_DISCORD_SYNC_COMMANDS"):
        DiscordConfig.from_env({**env, "BOUNCEBACK_DISCORD_SYNC_COMMANDS": "maybe"})


def test_invite_url_for_a_user_install(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DISCORD_CLIENT_ID", raising=False)
    assert main(["discord", "invite-url", "--user-install", "--client-id", "123456789"]) == 0
    query = parse_qs(urlparse(capsys.readouterr().out.strip()).query)
    assert query["client_id"] == ["123456789"] and query["integration_type"] == ["1"]
    assert query["scope"] == ["applications.commands"] and "permissions" not in query
    assert main(["discord", "invite-url", "--client-id", "123456789"]) == 0
    query = parse_qs(urlparse(capsys.readouterr().out.strip()).query)
    assert query["integration_type"] == ["0"] and query["scope"] == ["bot applications.commands"]
    assert main(["discord", "invite-url", "--user-install"]) == 2
    assert "DISCORD_CLIENT_ID" in capsys.readouterr().err
