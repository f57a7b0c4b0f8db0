"""The lifecycle of each Discord event: start the turn, answer in time, deliver the replies.

A slash command, a modal submission or a button click starts its engine turn at once. A quick turn
(the usual case) is answered in one request with the reply itself; a slow one is deferred when the
answer budget runs out and followed up (see `bot.adapters.discord.answering`), so the 3-second
deadline is met however long the engine takes. Outside the bot DM replies are ephemeral. A button
click is checked against the person it was shown to, and its message is updated to show the choice
without buttons (or, for a question that has passed, just loses its buttons while a note goes out
privately). `/draft` answers at once with a modal; its text is then given to the cool-off flow. In
a server the bot also opens a DM and offers to continue there. Direct-message text is a turn like
any other. Replies that fail to send are held by `Later` and delivered afterwards, so a saved turn
is never left unseen.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

import discord

from bot.adapters.discord import interactions as ix
from bot.adapters.discord.answering import QUICK_BUDGET, Answerer, start, within
from bot.adapters.discord.custom_ids import (
    DRAFT_FIELD_ID,
    NameBook,
    decode_choice,
    draft_modal_id,
    draft_modal_user,
)
from bot.adapters.discord.delivery import (
    NO_MENTIONS,
    ChannelDestination,
    Delivery,
    FollowupDestination,
)
from bot.adapters.discord.later import Held, Later
from bot.adapters.discord.views import EscapeFn, Outgoing, chosen, render
from bot.core.engine import STALE_CHOICE
from bot.core.model import Reply, Text, Turn, UserKey
from bot.flows.model import FlowSet
from bot.i18n import N_, _
from bot.i18n.current import SOURCE, use_language
from bot.i18n.person import primary
from bot.ops.events import platform_error

log = logging.getLogger(__name__)

NOT_YOURS = N_(
    "That question belongs to someone else's private conversation, so I've left it alone. "
    "Use /rejected to start your own; only you will see it."
)
UNKNOWN_BUTTON = N_("That button no longer works. Type menu (or use /menu) to carry on.")
DM_OFFER = N_(
    "Only you can see my replies here. For more privacy, let's carry on in our direct messages: "
    "I've sent you one. Just type there."
)
DM_BLOCKED = N_(
    "Only you can see my replies here. I couldn't open a direct message with you (your privacy "
    "settings may block it), so let's keep going here with the commands and buttons."
)
DM_HELLO = N_(
    "Hi, it's Bounce Back, the bot you just used. I'm a bot, not a person. This chat is just "
    "between us, so you can carry on here whenever you're ready: just type."
)
DRAFT_TITLE = N_("Check a message before you send it")
DRAFT_LABEL = N_("Your draft")
DRAFT_PLACEHOLDER = N_("Paste what you'd like to send. I never send anything; only you can.")
DRAFT_MAX = 4000


class EngineLike(Protocol):
    @property
    def flows(self) -> FlowSet: ...

    async def handle(self, turn: Turn) -> list[Reply]: ...


Observer = Callable[[str, float], None]
"""Told (event kind, seconds from receipt to the last message sent) after each handled event."""


def is_stale_note(reply: Reply) -> bool:
    return isinstance(reply, Text) and reply.plain.startswith(STALE_CHOICE)


class Bridge:
    """Turns discord.py events into engine turns and the replies into Discord messages."""

    def __init__(
        self,
        client: discord.Client,
        engine: EngineLike,
        book: NameBook,
        escape: EscapeFn,
        *,
        notify_channel_id: int | None = None,
        dm_offer_memory: int = 10_000,
        answer_budget: float = QUICK_BUDGET,
    ) -> None:
        self.client = client
        self.engine = engine
        self.book = book
        self.escape = escape
        self.delivery = Delivery(client, notify_channel_id)
        self.later = Later(self.delivery)
        self.answerer = Answerer(self.delivery, self.later)
        self.answer_budget = answer_budget
        """Seconds a turn may take and still be the interaction's own answer (0: always defer)."""
        self._offered: OrderedDict[int, None] = OrderedDict()
        self._offer_limit = dm_offer_memory
        self.observers: list[Observer] = []

    def _done(self, kind: str, started: float) -> None:
        elapsed = time.perf_counter() - started
        for observe in self.observers:
            observe(kind, elapsed)

    # ---- shared -------------------------------------------------------------------------------

    def command_word(self, name: str) -> str:
        """The engine command for a slash command; `/rejected` falls back to the welcome flow's."""
        flows = self.engine.flows
        if flows.by_command(name) is not None or name in ("help", "menu", "stop"):
            return name
        if name == "rejected":
            welcome = flows.get("welcome")
            if welcome is not None and welcome.triggers.commands:
                return welcome.triggers.commands[0]
        return name

    def _render(self, replies: list[Reply], key: UserKey) -> list[Outgoing]:
        return render(replies, key, self.book, self.escape)

    async def _reply(
        self, interaction: discord.Interaction[Any], replies: list[Reply], *, private: bool
    ) -> FollowupDestination:
        dest = FollowupDestination(interaction, ephemeral=not private)
        key = ix.interaction_key(interaction)
        await self._deliver(Held(self._render(replies, key), interaction.user.id, dest, private))
        return dest

    async def _deliver(self, held: Held) -> None:
        """Send now; what fails to go out is held and tried again later."""
        await self.answerer.deliver(held)

    async def _defer(
        self,
        interaction: discord.Interaction[Any],
        *,
        ephemeral: bool = False,
        thinking: bool = False,
    ) -> bool:
        """Acknowledge within Discord's 3 seconds; False when the interaction is already gone."""
        return await self.answerer.defer(interaction, ephemeral=ephemeral, thinking=thinking)

    async def _answer(
        self, interaction: discord.Interaction[Any], work: Awaitable[list[Reply]], *, private: bool
    ) -> FollowupDestination | None:
        """Run the turn; answer with its replies if it is quick, else defer and follow up.
        None when the interaction was gone (the replies then went to the person's DM)."""
        running = start(work)
        key = ix.interaction_key(interaction)
        if await within(running, self.answer_budget):
            outs = self._render(running.result(), key)
            return await self.answerer.answer(interaction, outs, private=private)
        deferred = await self._defer(interaction, ephemeral=not private, thinking=True)
        replies = await running
        if not deferred:
            held = self.answerer.held(interaction, self._render(replies, key), private=private)
            await self.answerer.rescue(held)
            return None
        return await self._reply(interaction, replies, private=private)

    async def _note(self, interaction: discord.Interaction[Any], text: str) -> None:
        """A private note answering the interaction itself (no engine turn)."""
        await interaction.response.send_message(
            _(text), ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    def _speak(self, interaction: discord.Interaction[Any]) -> None:
        """The bridge's own notes (not the flows') in the language of the person's Discord
        client, when the flows speak it; English otherwise."""
        flows = self.engine.flows
        code = primary(str(interaction.locale) if interaction.locale is not None else "")
        code = code if code in flows.languages else SOURCE
        use_language(code, flows.code_texts.get(code))

    async def _offer_dm(self, interaction: discord.Interaction[Any]) -> bool:
        """Once per person (per process): open a DM, say hello there, and point to it.
        True when a note was sent."""
        user_id = interaction.user.id
        if user_id in self._offered:
            return False
        self._offered[user_id] = None
        while len(self._offered) > self._offer_limit:
            self._offered.popitem(last=False)
        view = discord.utils.MISSING
        try:
            channel = await self.delivery.dm(user_id)
            await ChannelDestination(channel).send(Outgoing(_(DM_HELLO)))
            note = _(DM_OFFER)
            view = discord.ui.View(timeout=None)
            view.add_item(
                discord.ui.Button(
                    label=_("Open our DM"), url=f"https://discord.com/channels/@me/{channel.id}"
                )
            )
            view.stop()
        except discord.HTTPException as exc:
            log.info("discord.dm_offer_blocked", extra={"status": exc.status, "code": exc.code})
            note = _(DM_BLOCKED)
        await interaction.followup.send(
            note, ephemeral=True, allowed_mentions=NO_MENTIONS, view=view, wait=True
        )
        return True

    async def _finish(
        self, interaction: discord.Interaction[Any], dest: FollowupDestination, private: bool
    ) -> None:
        if not private:
            try:
                if await self._offer_dm(interaction):
                    dest.sent += 1
            except discord.HTTPException as exc:
                platform_error("discord")
                log.warning("discord.offer_failed", extra={"status": exc.status})
        if dest.sent == 0:  # nothing to say (a repeated event): clear the "thinking" state
            try:
                await interaction.delete_original_response()
            except discord.HTTPException:
                pass

    # ---- slash commands -----------------------------------------------------------------------

    async def on_command(
        self, interaction: discord.Interaction[Any], name: str, text: str | None = None
    ) -> None:
        started = time.perf_counter()
        self._speak(interaction)
        private = ix.is_bot_dm(interaction)
        log.info("discord.command", extra={"command": name})
        turn = ix.command_turn(interaction, self.command_word(name), text)
        dest = await self._answer(interaction, self.engine.handle(turn), private=private)
        if dest is None:
            self._done("expired", started)
            return
        await self._finish(interaction, dest, private)
        self._done("command", started)

    async def on_draft_command(self, interaction: discord.Interaction[Any]) -> None:
        """`/draft`: answer with the modal straight away (a modal cannot follow a defer)."""
        self._speak(interaction)
        modal = discord.ui.Modal(
            title=_(DRAFT_TITLE), custom_id=draft_modal_id(str(interaction.user.id))
        )
        modal.add_item(
            discord.ui.TextInput(
                label=_(DRAFT_LABEL),
                custom_id=DRAFT_FIELD_ID,
                style=discord.TextStyle.paragraph,
                placeholder=_(DRAFT_PLACEHOLDER),
                max_length=DRAFT_MAX,
                required=True,
            )
        )
        modal.stop()  # submissions are handled by custom id (`on_modal`), even after a restart
        await interaction.response.send_modal(modal)
        self._done("draft_modal", time.perf_counter())

    async def on_modal(self, interaction: discord.Interaction[Any]) -> None:
        started = time.perf_counter()
        self._speak(interaction)
        data: Any = interaction.data or {}
        custom_id = str(data.get("custom_id") or "")
        owner = draft_modal_user(custom_id)
        if owner is None:
            return
        if owner != str(interaction.user.id):
            await self._note(interaction, NOT_YOURS)
            return
        private = ix.is_bot_dm(interaction)
        log.info("discord.draft_submitted")
        start_turn = ix.command_turn(interaction, self.command_word("draft"))
        start_turn = Turn(
            key=start_turn.key,
            text=start_turn.text,
            event_id=f"discord:ix:{interaction.id}:cmd",
            locale=start_turn.locale,
            received_at=start_turn.received_at,
        )

        async def both() -> list[Reply]:
            opened = await self.engine.handle(start_turn)
            text = ix.modal_turn(interaction, ix.modal_text(interaction))
            replies = await self.engine.handle(text)
            # The modal already asked for the draft, so the flow's own opening is not repeated.
            return replies if replies else opened

        dest = await self._answer(interaction, both(), private=private)
        if dest is None:
            self._done("expired", started)
            return
        await self._finish(interaction, dest, private)
        self._done("modal", started)

    # ---- buttons ------------------------------------------------------------------------------

    async def on_click(
        self, interaction: discord.Interaction[Any], custom_id: str, label: str
    ) -> None:
        started = time.perf_counter()
        self._speak(interaction)
        choice = decode_choice(custom_id, self.book)
        if choice is None:
            await self._note(interaction, UNKNOWN_BUTTON)
            self._done("click_unknown", started)
            return
        if choice.user != str(interaction.user.id):
            log.info("discord.click_not_owner")
            await self._note(interaction, NOT_YOURS)
            self._done("click_not_owner", started)
            return
        private = ix.is_bot_dm(interaction)
        running = start(self.engine.handle(ix.choice_turn(interaction, choice)))
        quick = await within(running, self.answer_budget)
        if not quick and not await self._defer(interaction):
            replies = await running
            held = self.answerer.held(
                interaction, self._render(replies, ix.interaction_key(interaction)), private=private
            )
            await self.answerer.rescue(held)
            self._done("expired", started)
            return
        replies = await running
        if not replies:
            if quick:
                await self._defer(interaction)  # nothing to say (a repeated click): acknowledge
            self._done("click", started)
            return
        content = interaction.message.content if interaction.message is not None else ""
        stale = is_stale_note(replies[0])
        seen_by_others = not private and not (
            interaction.message is not None and interaction.message.flags.ephemeral
        )
        edit: dict[str, Any] | None = None
        if seen_by_others:  # never show someone's pick on a message others can read
            log.info("discord.click_on_shared_message")
        elif stale:
            edit = {"view": None, "allowed_mentions": NO_MENTIONS}
        else:
            edit = {
                "content": chosen(content, label),
                "view": None,
                "allowed_mentions": NO_MENTIONS,
            }
        kind = "click_stale" if stale else "click"
        if quick:
            outs = self._render(replies, ix.interaction_key(interaction))
            keep = private and not stale
            if edit is None:
                dest = await self.answerer.answer(interaction, outs, private=keep)
            else:
                dest = await self.answerer.update(interaction, edit, outs, private=keep)
            self._done(kind if dest is not None else "expired", started)
            return
        if edit is not None:
            try:
                await interaction.edit_original_response(**edit)
            except discord.HTTPException as exc:
                platform_error("discord")
                log.warning("discord.edit_failed", extra={"status": exc.status, "code": exc.code})
        await self._reply(interaction, replies, private=private and not stale)
        self._done(kind, started)

    # ---- direct messages ----------------------------------------------------------------------

    async def on_message(self, message: discord.Message) -> None:
        started = time.perf_counter()
        me = self.client.user.id if self.client.user is not None else None
        app_id = self.client.application_id
        if app_id is None:
            return
        turn = ix.message_turn(app_id, me, message)
        if turn is None:
            self._done("message_ignored", started)
            return
        replies = await self.engine.handle(turn)
        dest = ChannelDestination(message.channel)
        await self._deliver(Held(self._render(replies, turn.key), message.author.id, dest, True))
        self._done("message", started)
