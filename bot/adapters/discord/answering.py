"""Answering an interaction: with the reply itself when the turn is quick, else defer and follow up.

Discord wants a first answer to every interaction within 3 seconds. The bridge starts the turn at
once and waits up to `QUICK_BUDGET` for it. A quick turn is answered in one request: with its first
message (callback type 4, CHANNEL_MESSAGE_WITH_SOURCE, sent by `send_answer` without asking for the
message back) or, for a button, by updating the clicked message (type 7, UPDATE_MESSAGE); any
further messages go as followups. A turn still running when
the budget is spent is deferred and followed up, as before.

The budget is 1.5 s, half the window: the other half covers the gateway's delay in delivering the
event to this process and the round trip of the deferral itself, even on a slow link. A turn
normally takes about a millisecond; one that takes over a second is waiting on a struggling
database, and the person sees "thinking..." instead of nothing.

If Discord refuses the direct answer, the reply still reaches the person, once: when the
interaction was already acknowledged (40060) the messages go as followups; when it expired (10062,
or the request failed, so nothing was shown) they go to the person's DM; whatever cannot be sent
now is held by `Later` and tried again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import Any, TypeVar

import discord
from discord.enums import InteractionResponseType
from discord.http import Route
from discord.webhook.async_ import async_context

from bot.adapters.discord.delivery import (
    NO_MENTIONS,
    ChannelDestination,
    Delivery,
    FollowupDestination,
)
from bot.adapters.discord.later import SEND_ERRORS, Held, Later, send_all
from bot.adapters.discord.views import Outgoing, button_rows
from bot.i18n import N_, _
from bot.ops.events import platform_error

log = logging.getLogger(__name__)

T = TypeVar("T")

QUICK_BUDGET = 1.5
"""Seconds a turn may take and still be answered in one request (see the module docstring)."""
ALREADY_ACKNOWLEDGED = 40060
EPHEMERAL = discord.MessageFlags(ephemeral=True).value
RESCUED_NOTE = N_(
    "Discord closed that conversation before I could answer there, so here's my reply in our "
    "direct messages, where only you can see it."
)


async def within(work: asyncio.Future[T], budget: float) -> bool:
    """Wait at most `budget` seconds for `work` (which goes on either way); True when it is done.
    What `asyncio.wait((work,), timeout=budget)` does for one future, without its sets."""
    if work.done() or budget <= 0:
        return work.done()
    loop = asyncio.get_running_loop()
    waiter: asyncio.Future[None] = loop.create_future()

    def wake(_: object = None) -> None:
        if not waiter.done():
            waiter.set_result(None)

    timer = loop.call_later(budget, wake)
    work.add_done_callback(wake)
    try:
        await waiter
    finally:
        timer.cancel()
        work.remove_done_callback(wake)
    return work.done()


def start(work: Awaitable[T]) -> asyncio.Future[T]:
    """Run `work` now, whoever waits for it and however long."""
    return asyncio.ensure_future(work)


async def send_answer(
    interaction: discord.Interaction[Any], out: Outgoing, *, ephemeral: bool
) -> None:
    """Answer `interaction` with `out` (callback type 4), through discord.py's webhook adapter as
    `InteractionResponse.send_message` does (its rate limits, retries and errors), with the same
    payload (the buttons are the components `out.view()` would give, no view object built for
    them), but without asking Discord to send the new message back (`with_response`): Discord
    then answers 204, and no message object is built from a reply nothing reads. `out` is
    answerable (no file)."""
    response = interaction.response
    if response.is_done():
        raise discord.InteractionResponded(interaction)
    state = interaction._state
    data: dict[str, Any] = {"tts": False}
    if out.content:
        data["content"] = out.content
    if out.buttons:
        data["components"] = button_rows(out.buttons)
    if ephemeral:
        data["flags"] = EPHEMERAL
    before = state.allowed_mentions
    data["allowed_mentions"] = (before.merge(NO_MENTIONS) if before else NO_MENTIONS).to_dict()
    route = Route(
        "POST",
        "/interactions/{webhook_id}/{webhook_token}/callback",
        webhook_id=interaction.id,
        webhook_token=interaction.token,
    )
    await async_context.get().request(
        route,
        session=interaction._session,
        proxy=state.http.proxy,
        proxy_auth=state.http.proxy_auth,
        payload={"type": InteractionResponseType.channel_message.value, "data": data},
    )
    response._response_type = InteractionResponseType.channel_message


def answerable(out: Outgoing) -> bool:
    """Whether `out` can be the interaction's own answer (not a note for a contact, not a file
    that belongs in the DM, not empty)."""
    return out.notify is None and out.attachment is None and bool(out.content or out.buttons)


class Answerer:
    """Sends a turn's messages as the answer to its interaction, never losing or doubling one."""

    def __init__(self, delivery: Delivery, later: Later) -> None:
        self.delivery = delivery
        self.later = later

    async def deliver(self, held: Held) -> None:
        """Send now; what fails to go out is held and tried again later."""
        held.outs = await send_all(self.delivery, held, held.dest, dm_is_dest=held.dm_is_dest)
        if held.outs:
            self.later.hold(held)

    async def defer(
        self, interaction: discord.Interaction[Any], *, ephemeral: bool = False, thinking: bool
    ) -> bool:
        """Acknowledge now, answer later; False when the interaction is already gone."""
        try:
            await interaction.response.defer(ephemeral=ephemeral, thinking=thinking)
        except discord.HTTPException as exc:
            platform_error("discord")
            log.warning("discord.defer_failed", extra={"status": exc.status, "code": exc.code})
            return False
        return True

    def held(
        self, interaction: discord.Interaction[Any], outs: list[Outgoing], *, private: bool
    ) -> Held:
        dest = FollowupDestination(interaction, ephemeral=not private)
        return Held(list(outs), interaction.user.id, dest, private)

    async def answer(
        self, interaction: discord.Interaction[Any], outs: list[Outgoing], *, private: bool
    ) -> FollowupDestination | None:
        """Answer with the first message and follow up with the rest. None when the interaction
        was gone (the messages then went to the DM)."""
        held = self.held(interaction, outs, private=private)
        dest = held.dest
        assert isinstance(dest, FollowupDestination)
        if not outs or not answerable(outs[0]):
            if not await self.defer(interaction, ephemeral=not private, thinking=True):
                await self.rescue(held)
                return None
            await self.deliver(held)
            return dest
        try:
            await send_answer(interaction, outs[0], ephemeral=not private)
        except SEND_ERRORS as exc:
            return await self.refused(exc, held)
        dest.sent += 1
        held.outs = held.outs[1:]
        await self.deliver(held)
        return dest

    async def update(
        self,
        interaction: discord.Interaction[Any],
        edit: dict[str, Any],
        outs: list[Outgoing],
        *,
        private: bool,
    ) -> FollowupDestination | None:
        """Answer a click by editing its message (`edit`), then follow up with `outs`."""
        held = self.held(interaction, outs, private=private)
        try:
            await interaction.response.edit_message(**edit)
        except SEND_ERRORS as exc:
            return await self.refused(exc, held, edit=edit)
        await self.deliver(held)
        dest = held.dest
        assert isinstance(dest, FollowupDestination)
        return dest

    async def refused(
        self, exc: BaseException, held: Held, *, edit: dict[str, Any] | None = None
    ) -> FollowupDestination | None:
        """The direct answer did not go out: deliver the messages another way, once."""
        platform_error("discord")
        code = getattr(exc, "code", None)
        log.warning("discord.answer_refused", extra={"code": code or type(exc).__name__})
        dest = held.dest
        if code == ALREADY_ACKNOWLEDGED and isinstance(dest, FollowupDestination):
            if edit is not None:
                try:
                    await dest.interaction.edit_original_response(**edit)
                except SEND_ERRORS:
                    log.info("discord.edit_failed")
            await self.deliver(held)
            return dest
        await self.rescue(held)
        return None

    async def rescue(self, held: Held) -> None:
        """The interaction is gone: send its messages to the person's DM (held if that fails)."""
        if not held.outs:
            return
        try:
            channel = await self.delivery.dm(held.user_id)
        except SEND_ERRORS:
            log.info("discord.reply_dm_unavailable")
            self.later.hold(held)
            return
        if not held.dm_is_dest:
            held.outs = [Outgoing(_(RESCUED_NOTE)), *held.outs]
        held.dest = ChannelDestination(channel)
        held.dm_is_dest = True
        await self.deliver(held)
