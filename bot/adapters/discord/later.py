"""Replies that could not be shown, delivered later instead of lost: the Discord adapter's outbox.

By the time replies go out, the engine has already saved the turn (the person's place has moved
on). When sending them fails (Discord down for a moment, an interaction followup refused), the
unsent messages are held here and tried again after each of `DELAYS`: first the way they were
meant to go (the interaction's followups, valid for 15 minutes, or the DM channel), then the
person's DM. What still fails after the last try is logged as lost, by count only. The outbox
lives in this process's memory and holds at most `LIMIT` deliveries (the oldest is dropped first);
stopping the bot cancels what it still holds.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

import aiohttp
import discord

from bot.adapters.discord.delivery import ChannelDestination, Delivery, Destination
from bot.adapters.discord.views import Outgoing
from bot.ops.events import platform_error

log = logging.getLogger(__name__)

DELAYS: tuple[float, ...] = (2.0, 15.0, 60.0, 300.0)
LIMIT = 1000

SEND_ERRORS = (discord.DiscordException, aiohttp.ClientError, TimeoutError, OSError)
"""What a failed send raises: Discord's answer, or the network's."""


@dataclass
class Held:
    """Messages still to show one person, and where they were meant to go."""

    outs: list[Outgoing]
    user_id: int
    dest: Destination
    dm_is_dest: bool


async def send_all(
    delivery: Delivery, held: Held, dest: Destination, *, dm_is_dest: bool
) -> list[Outgoing]:
    """Send `held.outs` in order to `dest`; return those not sent when one fails (none if all
    went out)."""
    for i, out in enumerate(held.outs):
        try:
            await delivery.deliver([out], dest, user_id=held.user_id, dm_is_dest=dm_is_dest)
        except SEND_ERRORS as exc:
            platform_error("discord")
            status = getattr(exc, "status", None)
            log.warning("discord.reply_failed", extra={"status": status or type(exc).__name__})
            return held.outs[i:]
    return []


class Later:
    """Tries again, in the background, to deliver replies whose sending failed."""

    def __init__(
        self,
        delivery: Delivery,
        delays: Sequence[float] = DELAYS,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.delivery = delivery
        self.delays: tuple[float, ...] = tuple(delays)
        self._sleep = sleep
        self._tasks: dict[asyncio.Task[None], None] = {}
        self.delivered = 0
        self.lost = 0

    def __len__(self) -> int:
        return len(self._tasks)

    def hold(self, held: Held) -> None:
        """Deliver `held` later (dropping the oldest held delivery when full)."""
        while len(self._tasks) >= LIMIT:
            oldest = next(iter(self._tasks))
            oldest.cancel()
            self._tasks.pop(oldest, None)
            self.lost += 1
            log.warning("discord.reply_lost", extra={"reason": "outbox_full"})
        log.info("discord.reply_held", extra={"messages": len(held.outs)})
        task = asyncio.create_task(self._retry(held), name="discord.later")
        self._tasks[task] = None
        task.add_done_callback(lambda t: self._tasks.pop(t, None))

    async def _retry(self, held: Held) -> None:
        for delay in self.delays:
            await self._sleep(delay)
            held.outs = await send_all(self.delivery, held, held.dest, dm_is_dest=held.dm_is_dest)
            if held.outs and not held.dm_is_dest:
                try:
                    channel = await self.delivery.dm(held.user_id)
                except SEND_ERRORS:
                    log.info("discord.reply_dm_unavailable")
                else:
                    held.outs = await send_all(
                        self.delivery, held, ChannelDestination(channel), dm_is_dest=True
                    )
            if not held.outs:
                self.delivered += 1
                log.info("discord.reply_delivered_late")
                return
        self.lost += 1
        log.warning("discord.reply_lost", extra={"messages": len(held.outs)})

    async def idle(self, within: float) -> bool:
        """Wait until nothing is held (for tests and shutdown); False if `within` ran out."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        while self._tasks and (left := deadline - loop.time()) > 0:
            await asyncio.wait(set(self._tasks), timeout=left)
        return not self._tasks

    async def close(self) -> None:
        """Cancel what is still held (on shutdown)."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            log.warning("discord.replies_dropped_at_stop", extra={"count": len(tasks)})
            await asyncio.gather(*tasks, return_exceptions=True)
