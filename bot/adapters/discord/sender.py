"""Check-in delivery on Discord: replies sent to the person as a direct message.

`DiscordSender` implements `bot.core.ports.Sender`. It opens (or reuses) the DM channel and sends
the rendered replies there, with no mentions. Failures are classified for the check-in scheduler:
DMs closed or an unknown user are permanent (`PermanentSendError` with Discord's code, e.g.
"50007"); rate limits, server errors and network trouble are transient (`TransientSendError` with
`retry_after` in seconds when Discord gives one).
"""

from __future__ import annotations

import logging
from typing import Any

import aiohttp
import discord

from bot.adapters.discord.custom_ids import NameBook
from bot.adapters.discord.delivery import ChannelDestination, Delivery
from bot.adapters.discord.views import EscapeFn, render
from bot.core.model import Reply, UserKey
from bot.core.ports import PermanentSendError, TransientSendError
from bot.ops.events import platform_error

log = logging.getLogger(__name__)


def _retry_after(exc: discord.HTTPException) -> float | None:
    headers: Any = getattr(exc.response, "headers", None) or {}
    for name in ("Retry-After", "X-RateLimit-Reset-After"):
        value = headers.get(name)
        if value is not None:
            try:
                return float(value)
            except ValueError:
                continue
    return None


def classify(exc: BaseException) -> TransientSendError | PermanentSendError:
    """The scheduler's view of a failed send."""
    if isinstance(exc, discord.RateLimited):
        return TransientSendError("rate_limited", exc.retry_after)
    if isinstance(exc, discord.HTTPException):
        if exc.status == 429:
            return TransientSendError("rate_limited", _retry_after(exc))
        if exc.status >= 500:
            return TransientSendError(f"http_{exc.status}", _retry_after(exc))
        if exc.code:
            return PermanentSendError(str(exc.code))
        return PermanentSendError(f"http_{exc.status}")
    if isinstance(exc, (TimeoutError, aiohttp.ClientError, OSError)):
        return TransientSendError("network")
    return TransientSendError(type(exc).__name__)


class DiscordSender:
    """Sends check-in replies to a person's DMs."""

    def __init__(
        self,
        client: discord.Client,
        book: NameBook,
        escape: EscapeFn,
        notify_channel_id: int | None = None,
    ) -> None:
        self.client = client
        self.book = book
        self.escape = escape
        self.delivery = Delivery(client, notify_channel_id)

    async def send(self, key: UserKey, replies: list[Reply]) -> None:
        if key.platform != "discord" or not key.user.isdigit():
            raise PermanentSendError("not_a_discord_user")
        outs = render(replies, key, self.book, self.escape)
        try:
            channel = await self.delivery.dm(int(key.user))
            await self.delivery.deliver(
                outs,
                ChannelDestination(channel),
                user_id=int(key.user),
                dm_is_dest=True,
            )
        except (TimeoutError, discord.DiscordException, aiohttp.ClientError, OSError) as exc:
            err = classify(exc)
            platform_error("discord")
            log.warning(
                "discord.checkin_send_failed",
                extra={"kind": type(err).__name__, "reason": str(err)},
            )
            raise err from None
        log.info("discord.checkin_sent", extra={"messages": len(outs)})
