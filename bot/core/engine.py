"""The dialogue engine: `handle(turn) -> list[Reply]`, pure of any platform.

For each turn: take the person's lock, open one store transaction, drop a redelivered event, load
the conversation (after the lock: aiogram issue 1317), set up the turn's context and language, let
the dispatcher answer it (`bot.core.dispatch`: every inspector, the crisis check first, sees the
text before any flow logic), let the finishers see it, then save with an optimistic version and
commit. A version conflict (another process got there first) rolls everything back and replays the
turn on fresh state. A database outage or a bug gives the person a short apology, never silence,
and nothing half-saved.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
import weakref
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.core.actions import ActionRegistry
from bot.core.answers import GOODBYE, Answers
from bot.core.config import EngineConfig
from bot.core.context import OWN_TZ, Services, TurnContext
from bot.core.dispatch import Dispatcher, Inspector
from bot.core.last_flow import last_flow
from bot.core.match_memo import new_turn
from bot.core.model import Conversation, Opened, Reply, Text, Turn, Understood, UserKey
from bot.core.notices import SORRY_BUG, SORRY_STORE, STALE_CHOICE, UPDATED
from bot.core.outcomes import TurnOutcome
from bot.core.ports import Store, StoreUnavailable, VersionConflict
from bot.core.pseudonym import key_digest
from bot.core.triggers import phrase_index
from bot.core.walker import StepObserver, Walker
from bot.flows.model import FlowSet
from bot.i18n import _
from bot.i18n.person import turn_language
from bot.i18n.zones import locale_zone

__all__ = [
    "SORRY_BUG",
    "SORRY_STORE",
    "STALE_CHOICE",
    "UPDATED",
    "Engine",
    "EngineConfig",
    "Finisher",
    "Handled",
    "Inspector",
    "Opened",
    "key_digest",
    "phrase_index",
]

log = logging.getLogger(__name__)

DEFAULT_CONFIG = EngineConfig()

Finisher = Callable[[TurnContext], None]
"""Sees every turn after the flows have answered, before it is saved (may add replies)."""


@dataclass(frozen=True, slots=True)
class Handled:
    """The outcome of one turn: what to show the person, and what the turn was taken as."""

    replies: list[Reply]
    understood: Understood | None = None
    place: Conversation | None = None
    """A prepared flow's unsaved conversation (`Engine.prepare_flow`); None otherwise."""


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
        config: EngineConfig = DEFAULT_CONFIG,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        seed: int | None = None,
        on_step: StepObserver | None = None,
    ) -> None:
        self.store = store
        self.registry = registry
        self.services = services or Services()
        self._inspectors = list(inspectors)
        self.finishers = list(finishers)
        self.config = config
        self.clock = clock
        self._rng = random.Random(seed)
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()
        self.walker = Walker(
            flows,
            registry,
            menu_flow=config.menu_flow,
            on_step=on_step,
            varied_flows=config.varied_flows,
        )
        self.answers = Answers(
            self.walker,
            patient_flows=config.patient_flows,
            menu_flow=config.menu_flow,
            careful_flows=config.closed_flows,
        )
        self.turn_observers: list[Callable[[TurnOutcome, float], None]] = []
        self.dispatcher = Dispatcher(self.walker, self.answers, config, self.inspectors)

    @property
    def inspectors(self) -> list[Inspector]:
        """Every inspector, in order (the crisis check first); ops wraps them in place."""
        return self._inspectors

    @inspectors.setter
    def inspectors(self, value: list[Inspector]) -> None:
        self._inspectors = value
        self.dispatcher.inspectors = value

    @property
    def flows(self) -> FlowSet:
        return self.walker.base

    def replace_flows(self, flows: FlowSet) -> None:
        """Swap in reloaded flows; people on vanished steps go to the menu on their next turn."""
        self.walker.base = flows

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
        return await self._run(turn.key, turn, self._answer, turn.event_id)

    async def _answer(self, ctx: TurnContext) -> None:
        """A person's turn: the inspectors and the flows answer it. A flow that ended without a
        word ("That's all" at a last question) still gets a goodbye: nobody is left unanswered."""
        await self.dispatcher.dispatch(ctx)
        if not ctx.replies and ctx.conv.flow is None and not ctx.erase:
            ctx.say(_(GOODBYE))

    async def open_flow(
        self, key: UserKey, flow_id: str, *, event_id: str | None = None
    ) -> list[Reply]:
        """Start `flow_id` for a person proactively and save it as their place; their old place
        is kept to return to."""
        turn = Turn(key=key, event_id=event_id)
        return (await self._run(key, turn, self._opening(flow_id), event_id)).replies

    async def prepare_flow(self, key: UserKey, flow_id: str) -> Opened:
        """Open `flow_id` for a person proactively without moving them: its actions' writes
        commit, its messages come back, and their saved place stays where it is until the
        caller saves `Opened.place` (a check-in does so once the message was sent). What goes
        wrong is raised (`StoreUnavailable`, or the error), never turned into an apology: nobody
        wrote, so a check-in has nothing to answer."""
        handled = await self._run(key, Turn(key=key), self._opening(flow_id), None, save=False)
        return Opened(handled.replies, handled.place)

    def _opening(self, flow_id: str) -> Callable[[TurnContext], Awaitable[None]]:
        """The body of a proactive turn: note the old place to return to, begin `flow_id`."""

        async def go(ctx: TurnContext) -> None:
            if ctx.conv.flow and ctx.conv.step:
                ctx.meta["resume"] = [ctx.conv.flow, ctx.conv.step]
            await self.walker.begin(ctx, flow_id)

        return go

    # ----- the transaction -------------------------------------------------------------------

    async def _run(
        self,
        key: UserKey,
        turn: Turn,
        body: Callable[[TurnContext], Awaitable[None]],
        event_id: str | None,
        *,
        save: bool = True,
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
                            if not save:
                                return Handled(ctx.replies, ctx.understood, conv)
                            await tx.save(key, conv)
                        return Handled(ctx.replies, ctx.understood)
                    except VersionConflict:
                        outcome = TurnOutcome.CONFLICT
                        await asyncio.sleep(self._rng.uniform(0, 0.01))
                        continue
                outcome = TurnOutcome.CONFLICT_EXHAUSTED
                log.error("turn.conflict_exhausted", extra={"user": key_digest(key)})
                if not save:
                    raise StoreUnavailable("conflict")
                return Handled([Text.of(_(SORRY_STORE))])
            except StoreUnavailable:
                if outcome is not TurnOutcome.CONFLICT_EXHAUSTED:
                    outcome = TurnOutcome.STORE_UNAVAILABLE
                if not save:
                    raise  # nobody wrote: the caller tries again later, without an apology
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
                if not save:
                    raise  # nobody wrote: the caller records the failure, without an apology
                return Handled([Text.of(_(SORRY_BUG))])
            finally:
                elapsed = time.perf_counter() - started
                if log.isEnabledFor(logging.DEBUG):  # the pseudonym is a hash: only when logged
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
        new_turn()  # typed answers are matched once per turn (`bot.core.match_memo`)
        locale = turn.locale or str(conv.meta.get("locale") or self.config.default_locale)
        own = str(conv.meta.get(OWN_TZ) or "")  # the zone the person chose wins over hints
        hinted = turn.tz or str(conv.meta.get("tz") or "")
        tz = own or hinted or locale_zone(locale) or self.config.default_tz
        if turn.locale:
            conv.meta["locale"] = turn.locale
        if turn.tz:
            conv.meta["tz"] = turn.tz
        turn_language(conv.meta, turn.text, turn.locale, self.walker.base)
        conv.vars["is_returning"] = "yes" if conv.version > 0 else "no"
        conv.vars["platform"] = key.platform
        conv.vars.setdefault("command_args", "")
        conv.vars.setdefault("last_choice", "")
        conv.vars["last_flow_id"], conv.vars["last_flow"] = last_flow(conv.meta, self.walker.base)
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
