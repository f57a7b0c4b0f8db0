"""Putting rendered messages on Discord: interaction followups, DM channels, the notify contact.

A `Destination` sends one `Outgoing`; `FollowupDestination` answers an interaction (ephemeral
outside the bot DM), `ChannelDestination` posts to a channel (the person's DM, a moderator
channel). `Delivery.deliver` walks the messages: a `Notify` goes to its contact (a `channel:ID` or
`user:ID` target, a bare id as a channel, an empty or `moderator` target to the configured
channel), and a file goes to the person's DM even when the conversation is happening in a server.
Every send passes `allowed_mentions=AllowedMentions.none()`.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

import discord

from bot.adapters.discord.views import Outgoing
from bot.ops.events import platform_error

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()

FILE_SENT_TO_DM = "I've sent the file to our direct messages, where only you can see it."
FILE_DM_FAILED = (
    "I couldn't open a direct message to send your file. Please allow direct messages from "
    "server members (Privacy Settings), or use /mydata in a direct message with me."
)
NOTIFY_UNCONFIGURED = (
    "I wasn't able to pass that on, because no contact is set up for this server yet. If you need "
    "someone now, type help for people you can reach straight away."
)
NOTIFY_FAILED = (
    "I couldn't reach the contact just now. If you need someone now, type help for people you "
    "can reach straight away."
)


class Destination(Protocol):
    async def send(self, out: Outgoing) -> None: ...


def message_kwargs(out: Outgoing) -> dict[str, Any]:
    """The keyword arguments that send `out` (just `allowed_mentions` when it is empty)."""
    kwargs: dict[str, Any] = {"allowed_mentions": NO_MENTIONS}
    if out.content:
        kwargs["content"] = out.content
    view = out.view()
    if view is not None:
        kwargs["view"] = view
    file = out.file()
    if file is not None:
        kwargs["file"] = file
    return kwargs


class FollowupDestination:
    """Followup messages of a deferred interaction."""

    def __init__(self, interaction: discord.Interaction[Any], *, ephemeral: bool) -> None:
        self.interaction = interaction
        self.ephemeral = ephemeral
        self.sent = 0

    async def send(self, out: Outgoing) -> None:
        kwargs = message_kwargs(out)
        if len(kwargs) == 1:  # nothing but allowed_mentions: Discord rejects an empty message
            return
        await self.interaction.followup.send(ephemeral=self.ephemeral, wait=True, **kwargs)
        self.sent += 1


class ChannelDestination:
    """A channel: the person's DM with the bot, or a moderator channel."""

    def __init__(self, channel: discord.abc.Messageable) -> None:
        self.channel = channel
        self.sent = 0

    async def send(self, out: Outgoing) -> None:
        kwargs = message_kwargs(out)
        if len(kwargs) == 1:
            return
        await self.channel.send(**kwargs)
        self.sent += 1


class Delivery:
    """Sends rendered replies, routing files to the DM and notes to the configured contact."""

    def __init__(self, client: discord.Client, notify_channel_id: int | None) -> None:
        self.client = client
        self.notify_channel_id = notify_channel_id

    async def dm(self, user_id: int) -> discord.DMChannel:
        return await self.client.create_dm(discord.Object(id=user_id))

    async def deliver(
        self, outs: list[Outgoing], dest: Destination, *, user_id: int, dm_is_dest: bool
    ) -> None:
        """Send `outs` in order. `dm_is_dest` says `dest` already is the person's DM."""
        for out in outs:
            if out.notify is not None:
                note = await self._notify(out)
                if note:
                    await dest.send(Outgoing(note))
            elif out.attachment is not None and not dm_is_dest:
                try:
                    channel = await self.dm(user_id)
                    await ChannelDestination(channel).send(out)
                except discord.HTTPException as exc:
                    platform_error("discord")
                    log.warning("discord.file_dm_failed", extra={"status": exc.status})
                    await dest.send(Outgoing(FILE_DM_FAILED))
                else:
                    await dest.send(Outgoing(FILE_SENT_TO_DM))
            else:
                await dest.send(out)

    async def _notify(self, out: Outgoing) -> str | None:
        """Send a Notify message; return a note for the person when it could not be sent."""
        target = (out.notify or "").strip()
        kind, _, raw = target.partition(":") if ":" in target else ("channel", "", target)
        try:
            if raw in ("", "moderator"):
                if self.notify_channel_id is None:
                    log.warning("discord.notify_unconfigured")
                    return NOTIFY_UNCONFIGURED
                channel: discord.abc.Messageable = self.client.get_partial_messageable(
                    self.notify_channel_id
                )
            elif kind == "user" and raw.isdigit():
                channel = await self.dm(int(raw))
            elif kind == "channel" and raw.isdigit():
                channel = self.client.get_partial_messageable(int(raw))
            else:
                log.warning("discord.notify_bad_target")
                return NOTIFY_UNCONFIGURED
            await ChannelDestination(channel).send(Outgoing(out.content, attachment=out.attachment))
        except discord.HTTPException as exc:
            platform_error("discord")
            log.warning("discord.notify_failed", extra={"status": exc.status, "code": exc.code})
            return NOTIFY_FAILED
        log.info("discord.notify_sent")
        return None
