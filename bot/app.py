"""The composition root: builds the store, the action registry, the services, the inspectors, the
flows and the engine from `Settings`, and closes them again.

This is the one place that knows every part. Each part offers `register(registry, services)` (its
actions and services) and, where it watches every message, an inspector; adapters and the CLI only
ever see the resulting `App`.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TextIO

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot import (
    anywhere,
    doubted,
    fitting,
    low_mood,
    option_meaning,
    plan_picks,
    reminding,
    saying_back,
)
from bot import listening as understanding
from bot.checkins import actions as checkin_actions
from bot.checkins import mood_again
from bot.checkins import moving as checkin_moving
from bot.checkins import notice as checkin_notice
from bot.checkins import put_right as checkin_put_right
from bot.checkins.config import CheckinSettings
from bot.checkins.senders import ConsoleSender
from bot.checkins.service import CheckinService
from bot.core import builtin_actions
from bot.core.actions import ActionRegistry
from bot.core.context import Services, TurnContext
from bot.core.engine import Engine, EngineConfig, Inspector
from bot.core.language import confirm_language
from bot.core.model import UserKey
from bot.core.ports import Sender
from bot.flows.loader import load_flows_or_raise
from bot.flows.model import FlowSet
from bot.flows.problems import FlowError
from bot.i18n.catalogs import QUESTIONS_DOMAIN
from bot.i18n.detect import detect_language, use_detector
from bot.i18n.person import SpokenFlows
from bot.i18n.sources import add_sources
from bot.privacy import actions as privacy_actions
from bot.privacy.retention import schedule_retention
from bot.questions import find_questions, question_texts
from bot.safety import (
    bare_command,
    care_actions,
    crisis,
    draft_actions,
    draft_asked,
    draft_sending,
    draft_talk,
    draft_unsent,
    going_back,
)
from bot.safety import language as safety_language
from bot.safety.inspector import (
    CARE_FLOWS,
    CHECK_FLOW,
    CrisisInspector,
    disclose_on_first_contact,
)
from bot.safety.resources import ResourcesError, load_resources
from bot.settings import Settings
from bot.startup import open_store
from bot.store.crypto import Cipher
from bot.store.faults import StoreRefused
from bot.store.sql import SqlStore
from bot.understanding import feelings

log = logging.getLogger(__name__)


@dataclass
class App:
    """A built bot: everything an adapter or a command needs."""

    settings: Settings
    store: SqlStore
    registry: ActionRegistry
    services: Services
    flows: FlowSet
    engine: Engine

    async def close(self) -> None:
        await self.store.close()
        gc.unfreeze()  # what start-up built may be garbage now: collectable again
        gc.set_threshold(*COLLECTOR_DEFAULTS)


NOTICE_EVERY = timedelta(minutes=5)
"""How often a person's undelivered check-ins are looked up while they talk (a query per turn
would double the cost of a turn; a failure is rare and is still mentioned within minutes)."""


def at_most_every(inspect: Inspector, every: timedelta, meta_key: str) -> Inspector:
    """Run `inspect` for a person at most once per `every`, remembering when in their meta."""

    async def gated(ctx: TurnContext, text: str) -> bool:
        last = ctx.meta.get(meta_key)
        if isinstance(last, str):
            with contextlib.suppress(ValueError):
                if ctx.now - datetime.fromisoformat(last) < every:
                    return False
        ctx.meta[meta_key] = ctx.now.isoformat()
        return await inspect(ctx, text)

    return gated


def returning_only(inspect: Inspector) -> Inspector:
    """Run `inspect` only for a person with a saved conversation. Check-ins are scheduled inside
    a conversation's turn and erased with it, so someone writing for the first time has none to
    be told about, and their first turn skips the lookup."""

    async def gated(ctx: TurnContext, text: str) -> bool:
        if ctx.conv.version == 0:
            return False
        return await inspect(ctx, text)

    return gated


def build_registry(services: Services) -> tuple[ActionRegistry, list[Inspector]]:
    """Every part's actions and inspectors; the crisis inspector always comes first."""
    use_detector(safety_language.detect)  # one detector for the crisis check and the language
    add_sources(QUESTIONS_DOMAIN, question_texts)  # `bounceback i18n` extracts the questions
    registry = ActionRegistry()
    inspectors: list[Inspector] = []
    inspectors.append(CrisisInspector(bare_command.remembering(crisis.assess)))  # crisis first
    inspectors.append(going_back.back_asked)  # "go back to what we were doing" around it
    inspectors.append(anywhere.stop_anywhere)  # "none. stop": the bot says type stop
    inspectors.append(anywhere.done_anywhere)  # a bare "im done": an offer to stop or pause
    inspectors.append(
        returning_only(at_most_every(checkin_notice.inspector, NOTICE_EVERY, "notice_checked_at"))
    )
    inspectors.append(anywhere.erase_confirmed)  # "fine, erase it" at the forget question
    inspectors.append(anywhere.forget_anywhere)  # "forget me" from any step, before answers
    inspectors.append(anywhere.resume_anywhere)
    inspectors.append(doubted.bot_doubted)  # "do you even read this": an honest answer
    inspectors.append(draft_unsent.no_reply)  # "not replying at all": never a send option
    inspectors.append(anywhere.not_a_draft)  # "i asked how long they take" is no draft
    inspectors.append(anywhere.draft_deleted)  # "delete the draft": that one, not everything
    inspectors.append(option_meaning.option_meaning)  # "what does calm down... mean?"
    inspectors.append(mood_again.mood_put_right)  # "no i am not 3, i feel bad" at a later question
    inspectors.append(low_mood.low_mood_said)  # "sin ganas de nada" at the plan: a feeling
    inspectors.append(draft_sending.send_said)  # "im sending the angry one": the brake
    inspectors.append(draft_asked.draft_asked)  # "can i paste it", "is my draft saved?"
    inspectors.append(checkin_moving.move_checkin)
    inspectors.append(checkin_put_right.booked_put_right)  # "actually no, make it friday"
    inspectors.append(fitting.notice_in_passing)
    inspectors.append(plan_picks.several_picked)  # "2 and 4": both steps added
    inspectors.append(plan_picks.hurried_plan)  # "just give me my plan": the short version
    inspectors.append(plan_picks.own_step_added)  # "pon ir a la profedet": their own step
    inspectors.append(plan_picks.wrong_one_ticked)  # "noo ese no!!" right after a tick
    inspectors.append(plan_picks.pointed_step_removed)  # "quítalo, acá no hay eso"
    inspectors.append(understanding.pick_up_situation)
    inspectors.append(draft_talk.talk_back)
    inspectors.append(reminding.reminder_put_right)  # a day said at the reminder's question
    inspectors.append(understanding.take_aside)
    inspectors.append(understanding.answer_questions)
    inspectors.append(reminding.offer_reminder)
    builtin_actions.register(registry)
    care_actions.register(registry, services)
    draft_actions.register(registry)
    checkin_actions.register(registry, services)
    privacy_actions.register(registry, services)
    understanding.register(registry, services)
    fitting.register(registry, services)
    saying_back.register(registry)
    return registry, inspectors


WARM_UP_TEXT = "the interview went well but they never wrote back to me"
"""A plain sentence with nothing alarming in it, written once at start-up (see `warm_up`)."""


def warm_up() -> None:
    """Load what the first message would otherwise load: the language identifier (half a
    second: numpy and a compressed model), the crisis model and the feelings lexicons. Loading
    them inside a turn stalls the event loop, so every person waiting behind the first message
    waits too."""
    detect_language(WARM_UP_TEXT)
    crisis.assess(WARM_UP_TEXT)
    feelings.load_every()


COLLECTOR_DEFAULTS = gc.get_threshold()
YOUNG_OBJECTS = 10_000
"""New objects (less those freed) between two collections of the youngest generation."""


def settle_heap() -> None:
    """Set what start-up built (flows, matchers, models, lexicons, imported modules: most of
    the process's objects, all of them kept for its life) aside from the garbage collector. A
    full collection otherwise walks all of them every few thousand turns, and a new person's
    first turn leaves enough objects behind to trigger one often: about a fifth of a Discord
    first turn's CPU went to it. `App.close` gives them back to the collector.

    The youngest generation is collected after `YOUNG_OBJECTS` new objects, not 700: a bot
    answering a hundred people at once holds thousands of objects for a moment each (their
    events, requests and replies), and each young collection walked them all again. With 700,
    the collector took 13% of a Discord first turn's CPU; with 10,000, 8%. `App.close` sets the
    collector back."""
    gc.freeze()
    gc.set_threshold(YOUNG_OBJECTS, *COLLECTOR_DEFAULTS[1:])


def flow_paths(settings: Settings) -> list[Path]:
    return [Path(p) for p in settings.flows_dir.split(",") if p]


async def build_app(settings: Settings) -> App:
    """Build the bot; raises FlowError (every problem listed) when the flows are invalid, and
    StoreRefused (one line) when the store or its keys cannot be used."""
    services = Services()
    services.add(settings)
    services.add(CheckinSettings(grace=settings.checkin_grace, instance=settings.instance))
    for base in flow_paths(settings):
        resources_file = (base if base.is_dir() else base.parent) / "resources.yaml"
        if resources_file.exists():
            try:
                services.add(load_resources(resources_file))
            except ResourcesError as exc:  # reported like flow problems: file:line:col each
                raise FlowError(exc.problems) from None
            break
    questions = find_questions(flow_paths(settings))  # raises FlowError, file:line:col each
    if questions is not None:
        services.add(questions)
    registry, inspectors = build_registry(services)
    warm_up()
    flows = load_flows_or_raise(flow_paths(settings), registry)
    store = await open_store(settings)
    services.add(store.cipher, Cipher)
    services.add(store)
    engine = Engine(
        flows,
        store,
        registry,
        services,
        inspectors=inspectors,
        finishers=[disclose_on_first_contact, confirm_language],
        config=EngineConfig(
            patient_flows=CARE_FLOWS,
            closed_flows=CARE_FLOWS | {CHECK_FLOW},
            varied_flows=CARE_FLOWS | {CHECK_FLOW},
            venting_flows=frozenset({understanding.VENT_FLOW}),
            idle_after=settings.idle_after,
            default_locale=settings.locale,
            default_tz=settings.tz,
        ),
        seed=settings.seed,
    )
    services.add(engine)
    services.add(engine.walker)
    services.add(engine.walker, SpokenFlows)  # the flows of every language, for the language
    settle_heap()
    return App(settings, store, registry, services, flows, engine)


async def build_app_or_explain(settings: Settings, err: TextIO) -> App | None:
    """`build_app` for a command: on invalid flows, say why the bot will not start (every
    problem, file:line:col) and return None. When the store or its keys cannot be used, say
    what to do in one line and exit 2."""
    try:
        return await build_app(settings)
    except FlowError as exc:
        err.write(f"bounceback: the flows are invalid, so the bot will not start:\n{exc}\n")
        return None
    except StoreRefused as exc:
        err.write(f"bounceback: {exc}\n")
        raise SystemExit(2) from None


class Background:
    """Jobs that run beside the conversation, on one scheduler: check-in delivery and the
    retention purge."""

    def __init__(self, scheduler: AsyncIOScheduler) -> None:
        self.scheduler = scheduler
        self.stoppers: list[Callable[[], Awaitable[None]]] = []

    async def stop(self) -> None:
        for stop in reversed(self.stoppers):
            await stop()
        self.stoppers.clear()
        if self.scheduler.running:
            # last: shutting down cancels the jobs still running
            self.scheduler.shutdown(wait=False)
            await asyncio.sleep(0)  # the shutdown runs on the event loop


async def start_background(
    app: App,
    *,
    sender: Sender | None = None,
    console_key: UserKey | None = None,
    out: TextIO | None = None,
) -> Background:
    """Start the background jobs for `app`; `sender` delivers check-ins on a platform (the
    console prints them when no sender is given)."""
    scheduler = AsyncIOScheduler(event_loop=asyncio.get_running_loop(), timezone=UTC)
    background = Background(scheduler)
    schedule_retention(scheduler, app.store, app.settings.retention)
    scheduler.start()
    if app.settings.checkins:
        config = app.services.get(CheckinSettings)
        if sender is None:
            config = replace(config, pacing=None)
        chosen: Sender = sender or (ConsoleSender(out) if out is not None else ConsoleSender())
        service = CheckinService(
            app.store, app.engine.prepare_flow, chosen, settings=config, scheduler=scheduler
        )
        app.services.add(service)
        await service.start()
        background.stoppers.append(service.stop)
    return background
