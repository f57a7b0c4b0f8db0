"""The dialogue engine: `handle(turn) -> list[Reply]`, pure of any platform.

For each turn: take the person's lock, open one store transaction, drop a redelivered event, load
the conversation (after the lock: aiogram issue 1317), let every inspector (the crisis check
first) see the text before any flow logic, then apply a global command, answer the waiting
question, or start a flow; save with an optimistic version and commit. A version conflict (another
process got there first) rolls everything back and replays the turn on fresh state. A database
outage or a bug gives the person a short apology, never silence, and nothing half-saved. A
message an inspector held back (`Redirect.replay`) is answered at its place at the end of the turn.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import random
import re
import time
import weakref
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.core.actions import ActionRegistry
from bot.core.answers import Answers
from bot.core.commands import GLOBAL_COMMANDS, parse_command
from bot.core.context import Services, TurnContext
from bot.core.inbound import InboundProblem, check_inbound
from bot.core.model import (
    Conversation,
    Reply,
    StepRef,
    Text,
    Turn,
    Understood,
    UnderstoodKind,
    UserKey,
)
from bot.core.outcomes import TurnOutcome
from bot.core.ports import Store, StoreUnavailable, VersionConflict
from bot.core.text import fold
from bot.core.walker import REPROMPT, FlowBroken, StepObserver, Walker
from bot.flows.model import FlowSet
from bot.i18n import N_, _
from bot.i18n.person import turn_language

log = logging.getLogger(__name__)

Inspector = Callable[[TurnContext, str], Awaitable[bool]]
"""Sees every inbound text before flow logic; True means it handled the turn."""

Finisher = Callable[[TurnContext], None]
"""Sees every turn after the flows have answered, before it is saved (may add replies)."""

SORRY_STORE = N_(
    "Sorry, I'm having trouble on my side and couldn't save that. Please try again in a minute; "
    "if you need someone right now, type help to see helplines and people you can reach."
)
STALE_CHOICE = N_("That question has already passed, so I've left it as it was.")
SORRY_BUG = N_(
    "Sorry, something went wrong on my side. Type menu to start again, or help for support options."
)

UPDATED = N_("I've been updated since we last talked, so I've lost our place. Here's the menu.")


@dataclass(frozen=True, slots=True)
class EngineConfig:
    """Tunable behaviour; the defaults suit a community deployment."""

    welcome_flow: str = "welcome"
    menu_flow: str = "menu"
    help_flow: str = "help"
    idle_after: timedelta = timedelta(hours=12)
    max_text: int = 4000
    max_retries: int = 8
    default_locale: str = "en"
    default_tz: str = "UTC"
    patient_flows: frozenset[str] = frozenset()
    """Flows whose questions are re-asked however often they are missed, never left for the
    menu (the crisis conversation must not drop someone for typing something unexpected)."""


@dataclass(frozen=True, slots=True)
class Handled:
    """The outcome of one turn: what to show the person, and what the turn was taken as."""

    replies: list[Reply]
    understood: Understood | None = None


def phrase_index(flows: FlowSet) -> list[tuple[str, re.Pattern[str]]]:
    """Every trigger phrase, folded once, as a word-bounded pattern with its flow id."""
    out = []
    for flow in flows.flows.values():
        for phrase in flow.triggers.phrases:
            folded = fold(phrase)
            if folded:
                out.append((flow.id, re.compile(r"(?<!\w)" + re.escape(folded) + r"(?!\w)")))
    return out


def key_digest(key: UserKey) -> str:
    """A short, stable pseudonym for logs: never the platform id itself."""
    return hashlib.sha256(str(key).encode()).hexdigest()[:12]


class Engine:
    """Runs conversations for every person; safe to share across tasks."""

    def __init__(
        self,
        flows: FlowSet,
        store: Store,
        registry: ActionRegistry,
        services: Services | None = None,
        *,
        inspectors: Sequence[Inspector] = (),
        finishers: Sequence[Finisher] = (),
        config: EngineConfig = EngineConfig(),
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        seed: int | None = None,
        on_step: StepObserver | None = None,
    ) -> None:
        self.store = store
        self.registry = registry
        self.services = services or Services()
        self.inspectors = list(inspectors)
        self.finishers = list(finishers)
        self.config = config
        self.clock = clock
        self._rng = random.Random(seed)
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()
        self.walker = Walker(flows, registry, menu_flow=config.menu_flow, on_step=on_step)
        self.answers = Answers(
            self.walker, patient_flows=config.patient_flows, menu_flow=config.menu_flow
        )
        self.turn_observers: list[Callable[[TurnOutcome, float], None]] = []
        self._phrases: tuple[FlowSet, list[tuple[str, re.Pattern[str]]]] = (
            flows,
            phrase_index(flows),
        )

    @property
    def flows(self) -> FlowSet:
        return self.walker.flows

    def replace_flows(self, flows: FlowSet) -> None:
        """Swap in reloaded flows; people on vanished steps go to the menu on their next turn."""
        self.walker.flows = flows

    def _lock(self, key: UserKey) -> asyncio.Lock:
        name = str(key)
        lock = self._locks.get(name)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[name] = lock
        return lock

    # ----- entry points ----------------------------------------------------------------------

    async def handle(self, turn: Turn) -> list[Reply]:
        """Process one inbound turn and return what to show the person."""
        return (await self.handle_detailed(turn)).replies

    async def handle_detailed(self, turn: Turn) -> Handled:
        """Process one inbound turn: the replies, and what the engine understood it as."""
        return await self._run(turn.key, turn, self._dispatch, turn.event_id)

    async def open_flow(
        self, key: UserKey, flow_id: str, *, event_id: str | None = None
    ) -> list[Reply]:
        """Start `flow_id` for a person proactively (a check-in); their old place is kept."""

        async def go(ctx: TurnContext) -> None:
            if ctx.conv.flow and ctx.conv.step:
                ctx.meta["resume"] = [ctx.conv.flow, ctx.conv.step]
            await self.walker.begin(ctx, flow_id)

        turn = Turn(key=key, event_id=event_id)
        return (await self._run(key, turn, go, event_id)).replies

    # ----- the transaction -------------------------------------------------------------------

    async def _run(
        self,
        key: UserKey,
        turn: Turn,
        body: Callable[[TurnContext], Awaitable[None]],
        event_id: str | None,
    ) -> Handled:
        started = time.perf_counter()
        outcome = TurnOutcome.OK
        async with self._lock(key):
            try:
                for _attempt in range(self.config.max_retries):
                    try:
                        async with self.store.transaction() as tx:
                            if event_id and not await tx.claim_event(key, event_id):
                                outcome = TurnOutcome.DUPLICATE
                                return Handled([])
                            conv = await tx.load(key) or Conversation()
                            ctx = self._context(key, turn, conv, tx)
                            await body(ctx)
                            for finish in self.finishers:
                                finish(ctx)
                            if ctx.erase:
                                await tx.delete_user(key)
                                return Handled(ctx.replies, ctx.understood)
                            ctx.meta["seen_at"] = ctx.now.isoformat()
                            await tx.save(key, conv)
                        return Handled(ctx.replies, ctx.understood)
                    except VersionConflict:
                        outcome = TurnOutcome.CONFLICT
                        await asyncio.sleep(self._rng.uniform(0, 0.01))
                        continue
                outcome = TurnOutcome.CONFLICT_EXHAUSTED
                log.error("turn.conflict_exhausted", extra={"user": key_digest(key)})
                return Handled([Text.of(_(SORRY_STORE))])
            except StoreUnavailable:
                outcome = TurnOutcome.STORE_UNAVAILABLE
                return Handled([Text.of(_(SORRY_STORE))])
            except Exception as exc:  # a bug must never leave the person without an answer
                outcome = TurnOutcome.ERROR
                tb = exc.__traceback__
                while tb is not None and tb.tb_next is not None:
                    tb = tb.tb_next
                where = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}" if tb else ""
                log.error(
                    "turn.failed",
                    extra={"user": key_digest(key), "error": type(exc).__name__, "where": where},
                )
                return Handled([Text.of(_(SORRY_BUG))])
            finally:
                elapsed = time.perf_counter() - started
                log.debug(
                    "turn",
                    extra={
                        "user": key_digest(key),
                        "outcome": outcome,
                        "ms": round(elapsed * 1000, 2),
                    },
                )
                for observe in self.turn_observers:
                    observe(outcome, elapsed)

    def _context(self, key: UserKey, turn: Turn, conv: Conversation, tx: object) -> TurnContext:
        now = self.clock()
        locale = turn.locale or str(conv.meta.get("locale") or self.config.default_locale)
        tz = turn.tz or str(conv.meta.get("tz") or self.config.default_tz)
        if turn.locale:
            conv.meta["locale"] = turn.locale
        if turn.tz:
            conv.meta["tz"] = turn.tz
        turn_language(conv, turn, self.walker.base)
        conv.vars["is_returning"] = "yes" if conv.version > 0 else "no"
        conv.vars["platform"] = key.platform
        conv.vars.setdefault("command_args", "")
        conv.vars.setdefault("last_choice", "")
        conv.vars["last_flow"] = str(conv.meta.get("last_flow_title") or "")
        waiting_step = self.flows.step(conv.flow, conv.step)
        waiting = None
        if waiting_step is not None and waiting_step.kind in ("choices", "capture"):
            waiting = (conv.flow or "", conv.step or "")
        return TurnContext(
            key=key,
            turn=turn,
            conv=conv,
            tx=tx,  # type: ignore[arg-type]
            now=now,
            rng=self._rng,
            services=self.services,
            locale=locale,
            tz=tz,
            waiting=waiting,
        )

    # ----- dispatch --------------------------------------------------------------------------

    async def _dispatch(self, ctx: TurnContext) -> None:
        turn = ctx.turn
        try:
            if turn.text is not None:
                await self._on_text(ctx, turn.text)
            elif turn.choice is not None:
                await self._on_choice(ctx, turn.choice)
            if ctx.replay is not None:  # a held-back message, answered where it was written
                text, ctx.replay = ctx.replay, None
                understood = ctx.understood
                await self._on_text(ctx, text)
                ctx.understood = understood
        except FlowBroken as exc:
            log.error("flow.broken", extra={"user": key_digest(ctx.key), "error": str(exc)})
            self.walker.finish(ctx)
            ctx.say(_("Sorry, I lost my place in that conversation. Here's the menu."))
            await self._begin_or_note(ctx, self.config.menu_flow)

    def _place_valid(self, ctx: TurnContext) -> bool:
        """False when a reload removed the step the person was on (they go to the menu)."""
        if ctx.conv.flow is None:
            return True
        if self.walker.current(ctx) is not None:
            return True
        self.walker.finish(ctx)
        ctx.meta.pop("resume", None)
        return False

    async def _on_text(self, ctx: TurnContext, raw: str) -> None:
        text, problem = check_inbound(raw, self.config.max_text)
        if problem is InboundProblem.EMPTY:
            ctx.understand(UnderstoodKind.FALLBACK)
            ctx.say(
                _("I didn't catch any words there. Write whatever is on your mind, or type help.")
            )
            self.walker.reprompt(ctx)
            return
        for inspect in self.inspectors:
            if await inspect(ctx, text):
                if ctx.redirect is not None:
                    await self.walker.apply_redirect(ctx, ctx.redirect)
                return
            if ctx.redirect is not None:
                await self.walker.apply_redirect(ctx, ctx.redirect)
                return
        if problem is InboundProblem.BINARY:
            ctx.understand(UnderstoodKind.FALLBACK)
            ctx.say(
                _(
                    "That looks like a file or unreadable characters, so I couldn't read it. "
                    "Could you type it as plain words?"
                )
            )
            self.walker.reprompt(ctx)
            return
        if problem is InboundProblem.TOO_LONG:
            ctx.understand(UnderstoodKind.FALLBACK)
            ctx.say(
                _(
                    "That's a lot to take in at once, and I can read up to {limit} "
                    "characters in a message. Could you send it in shorter parts?"
                ).format(limit=self.config.max_text)
            )
            self.walker.reprompt(ctx)
            return
        if not self._place_valid(ctx):
            ctx.understand(UnderstoodKind.FALLBACK)
            ctx.say(_(UPDATED))
            await self._begin_or_note(ctx, self.config.menu_flow)
            return
        idle = self._idle(ctx)
        cmd = parse_command(text)
        if cmd is not None and (cmd.explicit or cmd.word in GLOBAL_COMMANDS):
            ctx.understand(UnderstoodKind.COMMAND)
            await self._command(ctx, cmd.word, cmd.args, explicit=cmd.explicit)
            return
        step = None if idle else self.walker.current(ctx)
        if (step is None or step.kind == "capture") and await self.answers.leaving(ctx, text):
            return
        if step is not None and step.kind == "capture":
            taken = await self.walker.capture(ctx, step, text)
            ctx.understand(UnderstoodKind.ANSWER if taken else UnderstoodKind.FALLBACK)
            return
        choices = step if step is not None and step.kind == "choices" else None
        found = None
        if choices is not None:
            found = self.answers.match(ctx, choices, text)
            command_word = (
                cmd is not None and not cmd.args and self.flows.by_command(cmd.word) is not None
            )
            if found.option is not None and not (command_word and (found.score or 0) < 1.0):
                await self.answers.take(ctx, found.option, found.score)
                return  # a command word on its own beats a loose match ("idioma" is not a mood)
        if cmd is not None and self.flows.by_command(cmd.word) is not None:
            ctx.understand(UnderstoodKind.COMMAND)
            await self._command(ctx, cmd.word, cmd.args, explicit=False)
            return
        if choices is not None and await self.answers.free_text(ctx, choices, text):
            return
        if choices is not None and await self.answers.spill(ctx, choices, text):
            return
        triggered = self._triggered_flow(text)
        if triggered and choices and await self.answers.confirm(ctx, choices, triggered):
            return
        if triggered is not None:
            ctx.understand(UnderstoodKind.FLOW)
            await self._start_flow(ctx, triggered, "")
            return
        ctx.understand(UnderstoodKind.FALLBACK)
        if choices is not None and found is not None:
            await self.answers.repair(ctx, choices, found)
            return
        if idle and self.flows.get(self.config.welcome_flow) is None:
            ctx.say(_("Welcome back. It's been a little while, so let's start fresh."))
        await self._start_flow(ctx, self.config.welcome_flow, "")

    def _triggered_flow(self, text: str) -> str | None:
        """The first flow one of whose trigger phrases appears in `text`."""
        flows = self.flows
        if self._phrases[0] is not flows:
            self._phrases = (flows, phrase_index(flows))
        said = f" {fold(text)} "
        for flow_id, pattern in self._phrases[1]:
            if pattern.search(said):
                return flow_id
        return None

    def _idle(self, ctx: TurnContext) -> bool:
        seen = ctx.meta.get("seen_at")
        if not ctx.conv.flow or not isinstance(seen, str):
            return False
        try:
            last = datetime.fromisoformat(seen)
        except ValueError:
            return False
        if ctx.now - last <= self.config.idle_after:
            return False
        self.walker.finish(ctx)
        ctx.conv.vars["last_flow"] = str(ctx.meta.get("last_flow_title") or "")
        return True

    async def _on_choice(self, ctx: TurnContext, choice: str) -> None:
        at = ctx.turn.at
        if at is not None and at.flow == "" and at.step == "":
            await self._on_text(ctx, choice)  # an action's ad-hoc button: its id is the answer
            return
        if not self._place_valid(ctx):
            ctx.understand(UnderstoodKind.FALLBACK)
            ctx.say(_(UPDATED))
            await self._begin_or_note(ctx, self.config.menu_flow)
            return
        step = self.walker.current(ctx)
        option = None
        if step is not None and step.kind == "choices" and self._still_asked(ctx, at):
            option = next((o for o in step.choices if o.id == choice), None)
        if option is None:
            ctx.understand(UnderstoodKind.FALLBACK)
            ctx.say(_(STALE_CHOICE))
            self.walker.reprompt(ctx)
            return
        label = self.walker.render_label(ctx, option)
        ctx.understand(UnderstoodKind.CHOICE, choice=label, score=1.0)
        await self.walker.pick(ctx, option)

    @staticmethod
    def _still_asked(ctx: TurnContext, at: StepRef | None) -> bool:
        """Whether a button shown at `at` answers the question the person is at now: the same
        step, and (when the button knows) the same asking of it, not an earlier one."""
        if at is None:
            return True
        if (at.flow, at.step) != (ctx.conv.flow, ctx.conv.step):
            return False
        return not at.asked or at.asked == ctx.meta.get("asked")

    # ----- commands --------------------------------------------------------------------------

    async def _command(self, ctx: TurnContext, word: str, args: str, *, explicit: bool) -> None:
        if word == "stop":
            self.walker.finish(ctx)
            ctx.meta.pop("resume", None)
            ctx.say(
                _(
                    "Okay, I'll stop here. I'm around whenever you want to talk: type menu or "
                    "help any time."
                )
            )
            return
        if word == "menu":
            await self._start_flow(ctx, self.config.menu_flow, args)
            return
        if word == "help":
            help_flow = self.config.help_flow
            if ctx.conv.flow and ctx.conv.step and ctx.conv.flow != help_flow:
                ctx.conv.stack.append((ctx.conv.flow, REPROMPT + ctx.conv.step))
                ctx.conv.vars["command_args"] = args
                await self.walker.begin(ctx, help_flow, keep_stack=True)
            else:
                await self._start_flow(ctx, help_flow, args)
            return
        flow = self.flows.by_command(word)
        if flow is None:
            ctx.say(
                _("I don't know the command /{word}. Type help to see what I can do.").format(
                    word=word[:40]
                )
            )
            self.walker.reprompt(ctx)
            return
        await self._start_flow(ctx, flow.id, args)

    async def _start_flow(self, ctx: TurnContext, flow_id: str, args: str) -> None:
        ctx.conv.vars["command_args"] = args
        await self._begin_or_note(ctx, flow_id)

    async def _begin_or_note(self, ctx: TurnContext, flow_id: str) -> None:
        if self.flows.get(flow_id) is None:
            self.walker.finish(ctx)
            ctx.say(_("I'm here. Type help to see what I can do."))
            return
        await self.walker.begin(ctx, flow_id)
