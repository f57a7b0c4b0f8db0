"""Discord events -> neutral `Turn`s: slash commands, button clicks, the draft modal, DM text.

Each function reads only what it needs from a discord.py object and returns a `Turn` keyed by
`UserKey("discord", application_id, user_id)`, with the platform's id as `event_id` so a
redelivered event is dropped by the engine. `is_bot_dm` decides privacy: only the direct-message
channel between the person and the bot is private; a server channel, a group DM or a DM between two
people (where a user-installed app can be used) is not, and gets ephemeral replies.
"""

from __future__ import annotations

from typing import Any

import discord

from bot.adapters.discord.custom_ids import DRAFT_FIELD_ID, ChoiceId
from bot.core.model import Turn, UserKey

PLATFORM = "discord"


def user_key(application_id: int | str, user_id: int | str) -> UserKey:
    return UserKey(PLATFORM, str(application_id), str(user_id))


def interaction_key(interaction: discord.Interaction[Any]) -> UserKey:
    return user_key(interaction.application_id, interaction.user.id)


def is_bot_dm(interaction: discord.Interaction[Any]) -> bool:
    """True only in the person's direct messages with the bot."""
    ctx = interaction.context
    if ctx.guild or ctx.dm_channel or ctx.private_channel:  # Discord sent the context: trust it
        return bool(ctx.dm_channel) and not ctx.guild and not ctx.private_channel
    channel = interaction.channel
    return interaction.guild_id is None and isinstance(channel, discord.DMChannel)


def _locale(interaction: discord.Interaction[Any]) -> str | None:
    value = str(interaction.locale) if interaction.locale is not None else ""
    return value or None


def command_turn(interaction: discord.Interaction[Any], word: str, text: str | None = None) -> Turn:
    """`/word text` as typed words: the engine treats it like the command typed in a chat."""
    words = f"/{word} {text.strip()}" if text and text.strip() else f"/{word}"
    return Turn(
        key=interaction_key(interaction),
        text=words,
        event_id=f"discord:ix:{interaction.id}",
        locale=_locale(interaction),
        received_at=interaction.created_at,
    )


def choice_turn(interaction: discord.Interaction[Any], choice: ChoiceId) -> Turn:
    return Turn(
        key=interaction_key(interaction),
        choice=choice.option,
        at=choice.at,
        event_id=f"discord:ix:{interaction.id}",
        locale=_locale(interaction),
        received_at=interaction.created_at,
    )


def modal_text(interaction: discord.Interaction[Any]) -> str:
    """The pasted text of the draft modal (text inputs may sit in action rows or labels)."""
    data: Any = interaction.data or {}
    found: list[str] = []

    def walk(components: Any) -> None:
        for comp in components or []:
            if not isinstance(comp, dict):
                continue
            if comp.get("custom_id") == DRAFT_FIELD_ID and isinstance(comp.get("value"), str):
                found.append(comp["value"])
            walk(comp.get("components"))
            if isinstance(comp.get("component"), dict):
                walk([comp["component"]])

    walk(data.get("components"))
    return found[0] if found else ""


def modal_turn(interaction: discord.Interaction[Any], text: str) -> Turn:
    return Turn(
        key=interaction_key(interaction),
        text=text,
        event_id=f"discord:ix:{interaction.id}:text",
        locale=_locale(interaction),
        received_at=interaction.created_at,
    )


def message_turn(application_id: int, me: int | None, message: discord.Message) -> Turn | None:
    """A direct message to the bot as a turn; None for anything the bot must not read.

    Ignored: messages in servers (the conversation happens in DMs), from bots (and from the bot
    itself), system messages, and messages with neither text nor a file or sticker (a file alone
    becomes an empty text, which the engine answers by asking for words).
    """
    if message.guild is not None or not isinstance(message.channel, discord.DMChannel):
        return None
    if message.author.bot or (me is not None and message.author.id == me):
        return None
    if message.type not in (discord.MessageType.default, discord.MessageType.reply):
        return None
    text = message.content.strip()
    if not text and not (message.attachments or message.stickers):
        return None  # nothing to answer (an empty edit, an embed-only message)
    # A picture or file with no words still gets an answer: the engine asks for words.
    return Turn(
        key=user_key(application_id, message.author.id),
        text=text,
        event_id=f"discord:msg:{message.id}",
        received_at=message.created_at,
    )
