"""Running the Discord bot: the client, its start-up, `serve()` until stopped, and the install link.

`build_client` makes a discord.py `Client` (an `AutoShardedClient` with `shard_ids` when
DISCORD_SHARD_COUNT is set, so several processes can share one big bot) wired to a `Bridge`: the
slash-command tree (published at start unless BOUNCEBACK_DISCORD_SYNC_COMMANDS=0), the persistent
choice buttons, DM text and modal submissions. It asks for no privileged intent. It never caches
message contents (`max_messages=None`) and allows no mentions by default. `serve(app, env, stop)`
reads the settings, points discord.py at DISCORD_API_URL / DISCORD_GATEWAY_URL when set, runs until
`stop` is set, and closes cleanly. `invite_url` builds the install link.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Mapping
from typing import Any

import discord
from discord import app_commands

from bot.adapters.discord.bridge import Bridge, EngineLike
from bot.adapters.discord.commands import build_tree, sync_tree
from bot.adapters.discord.config import DiscordConfig, DiscordConfigError, apply_endpoints
from bot.adapters.discord.custom_ids import NameBook
from bot.adapters.discord.sender import DiscordSender
from bot.adapters.discord.translator import CatalogueTranslator
from bot.adapters.discord.views import ChoiceButton, EscapeFn, load_escape
from bot.app import App
from bot.checkins.senders import RoutingSender
from bot.ops.events import platform_error
from bot.ops.health import gateway_probe
from bot.ops.instrument import Ops

log = logging.getLogger(__name__)

INVITE_PERMISSIONS = discord.Permissions(view_channel=True, send_messages=True)
"""Only for posting to a moderator channel; everything else goes through interactions and DMs."""
SCOPES = ("bot", "applications.commands")


def intents() -> discord.Intents:
    """Servers (to resolve interaction context) and DMs; no privileged intent. The text of a
    message in a DM with the bot (and of a mention) arrives without the message content intent,
    and everything else happens through slash commands, buttons and modals."""
    value = discord.Intents.none()
    value.guilds = True
    value.dm_messages = True
    return value


class BounceBackClient(discord.Client):
    """A discord.py client that hands every event to the `Bridge`."""

    def __init__(
        self,
        engine: EngineLike,
        *,
        guild_id: int | None = None,
        notify_channel_id: int | None = None,
        escape: EscapeFn | None = None,
        sync_commands: bool = True,
        **options: Any,
    ) -> None:
        options.setdefault("intents", intents())
        options.setdefault("allowed_mentions", discord.AllowedMentions.none())
        options.setdefault("max_messages", None)
        options.setdefault("chunk_guilds_at_startup", False)
        options.setdefault("member_cache_flags", discord.MemberCacheFlags.none())
        options.setdefault("max_ratelimit_timeout", 30.0)
        discord.VoiceClient.warn_nacl = False  # the bot never joins voice: no warnings about it
        discord.VoiceClient.warn_dave = False
        super().__init__(**options)
        self.book = NameBook()
        self.book.learn_flows(engine.flows)
        escape_fn = escape or load_escape()
        self.bridge = Bridge(
            self, engine, self.book, escape_fn, notify_channel_id=notify_channel_id
        )
        self.click_handler = self.bridge
        self.sender = DiscordSender(self, self.book, escape_fn, notify_channel_id)
        self.guild_id = guild_id
        self.sync_commands = sync_commands
        self.tree: app_commands.CommandTree[Any] = build_tree(
            self, self.bridge.on_command, self.bridge.on_draft_command
        )
        self.synced = asyncio.Event()
        self.translator = CatalogueTranslator(engine.flows)

    async def setup_hook(self) -> None:
        self.add_dynamic_items(ChoiceButton)
        if not self.sync_commands:  # BOUNCEBACK_DISCORD_SYNC_COMMANDS=0: another process does it
            log.info("discord.commands_sync_skipped")
            self.synced.set()
            return
        try:
            await self.tree.set_translator(self.translator)
            count = await sync_tree(self.tree, self.guild_id)
        except discord.HTTPException as exc:
            platform_error("discord")
            log.error(
                "discord.sync_failed",
                extra={
                    "status": exc.status,
                    "code": exc.code,
                    "hint": "invite the bot with the applications.commands scope "
                    "(bounceback discord invite-url); check DISCORD_GUILD_ID",
                },
            )
        else:
            log.info(
                "discord.commands_synced", extra={"count": count, "guild": bool(self.guild_id)}
            )
        self.synced.set()

    async def close(self) -> None:
        await self.bridge.later.close()
        await super().close()

    async def on_ready(self) -> None:
        log.info("discord.ready", extra={"shards": self.shard_count or 1})

    async def on_message(self, message: discord.Message) -> None:
        await self.bridge.on_message(message)

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        """An event handler raised: counted, and logged by the error's class only."""
        platform_error("discord")
        log.error("discord.event_failed", extra={"handler": event_method}, exc_info=True)

    def dispatch(self, event: str, /, *args: Any, **kwargs: Any) -> None:
        """discord.py's dispatch; a modal submission also goes to the bridge (as an
        `on_interaction` handler would take it, its failure reaching `on_error`). No handler is
        defined for `interaction` itself, so the commands and buttons discord.py dispatches on
        its own do not each start a task that has nothing to do."""
        super().dispatch(event, *args, **kwargs)
        if event == "interaction" and args[0].type is discord.InteractionType.modal_submit:
            self._schedule_event(self.bridge.on_modal, "on_interaction", *args)


class ShardedBounceBackClient(BounceBackClient, discord.AutoShardedClient):
    """The same bot on several gateway shards (only `shard_ids` of them in this process)."""


def quiet_library_logs() -> None:
    """Keep discord.py's loggers at INFO or above: at DEBUG they print request bodies and gateway
    events, which carry what people wrote."""
    library = logging.getLogger("discord")
    if library.getEffectiveLevel() < logging.INFO:
        library.setLevel(logging.INFO)


def build_client(engine: EngineLike, config: DiscordConfig, **options: Any) -> BounceBackClient:
    """The client for `config` (sharded when DISCORD_SHARD_COUNT is set)."""
    common: dict[str, Any] = {
        "guild_id": config.guild_id,
        "notify_channel_id": config.notify_channel_id,
        "sync_commands": config.sync_commands,
        **options,
    }
    if config.shard_count is not None:
        ids = list(config.shard_ids) if config.shard_ids else None
        return ShardedBounceBackClient(
            engine, shard_count=config.shard_count, shard_ids=ids, **common
        )
    return BounceBackClient(engine, **common)


async def serve(
    app: App, env: Mapping[str, str], stop: asyncio.Event, **client_options: Any
) -> None:
    """Run the Discord bot for `app` (an `App`: its `.engine` is used) until `stop` is set.

    Registers the check-in sender (as `DiscordSender`, and for "discord" keys with the
    `bot.runner.RoutingSender` the check-in scheduler uses). Raises
    `DiscordConfigError` (its message says what to fix) for bad settings or a refused token.
    """
    config = DiscordConfig.from_env(env)
    quiet_library_logs()
    apply_endpoints(config.api_url, config.gateway_url)
    client = build_client(app.engine, config, **client_options)
    _register_sender(app, client.sender)
    ops = app.services.find(Ops)
    if ops is not None:
        ops.health.watch("discord_gateway", gateway_probe(client))
    runner = asyncio.create_task(client.start(config.token), name="discord-client")
    waiter = asyncio.create_task(stop.wait(), name="discord-stop")
    try:
        await asyncio.wait({runner, waiter}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        waiter.cancel()
        await client.close()
        if not runner.done():
            runner.cancel()
        try:
            await runner
        except asyncio.CancelledError:
            pass
        except discord.LoginFailure:
            raise DiscordConfigError(
                "Discord refused DISCORD_TOKEN; copy a fresh bot token from the developer "
                "portal (your application > Bot > Reset Token)"
            ) from None
    log.info("discord.stopped")


def _register_sender(app: App, sender: DiscordSender) -> None:
    """Give the check-in scheduler a way to DM Discord users (`RoutingSender`, when running)."""
    app.services.add(sender, as_type=DiscordSender)
    router = app.services.find(RoutingSender)
    if router is not None:
        router.register("discord", sender)


def invite_url(client_id: str | int | None = None, *, user_install: bool = False) -> str:
    """The link that installs the bot to a server (or, with `user_install`, to an account)."""
    cid = str(client_id or os.environ.get("DISCORD_CLIENT_ID") or "").strip()
    if not cid.isdigit():
        raise ValueError(
            "a Discord application id is needed: set DISCORD_CLIENT_ID or pass it (the numeric "
            "Application ID from the developer portal, General Information)"
        )
    if user_install:
        return discord.utils.oauth_url(cid, scopes=("applications.commands",)) + (
            "&integration_type=1"
        )
    return discord.utils.oauth_url(cid, permissions=INVITE_PERMISSIONS, scopes=SCOPES) + (
        "&integration_type=0"
    )
