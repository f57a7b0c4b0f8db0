"""The composition root: builds the store, the action registry, the services, the inspectors, the
flows and the engine from `Settings`, and closes them again.

This is the one place that knows every part. Each part offers `register(registry, services)` (its
actions and services) and, where it watches every message, an inspector; adapters and the CLI only
ever see the resulting `App`.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from bot.core import builtin_actions
from bot.core.actions import ActionRegistry
from bot.core.context import Services
from bot.core.engine import Engine, EngineConfig, Inspector
from bot.core.model import UserKey
from bot.core.ports import Sender
from bot.flows.loader import load_flows_or_raise
from bot.flows.model import FlowSet
from bot.settings import Settings
from bot.store import migrate
from bot.store.crypto import Cipher
from bot.store.sql import SqlStore

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
    closers: list[object] = field(default_factory=list)

    async def close(self) -> None:
        await self.store.close()


def build_registry(services: Services) -> tuple[ActionRegistry, list[Inspector]]:
    """Every part's actions and inspectors; the crisis inspector always comes first."""
    registry = ActionRegistry()
    inspectors: list[Inspector] = []
    builtin_actions.register(registry)
    return registry, inspectors


def flow_paths(settings: Settings) -> list[Path]:
    return [Path(p) for p in settings.flows_dir.split(",") if p]


async def build_app(settings: Settings) -> App:
    """Build the bot; raises FlowError (every problem listed) when the flows are invalid."""
    cipher = Cipher(settings.secret_keys)
    services = Services()
    services.add(cipher)
    services.add(settings)
    registry, inspectors = build_registry(services)
    flows = load_flows_or_raise(flow_paths(settings), registry)
    store = SqlStore.open(settings.database_url, cipher)
    try:
        if settings.migrate:
            await migrate.upgrade(store.engine)
    except BaseException:
        await store.close()
        raise
    services.add(store)
    engine = Engine(
        flows,
        store,
        registry,
        services,
        inspectors=inspectors,
        config=EngineConfig(
            idle_after=settings.idle_after, default_locale=settings.locale, default_tz=settings.tz
        ),
        seed=settings.seed,
    )
    services.add(engine)
    return App(settings, store, registry, services, flows, engine)


class Background:
    """Jobs that run beside the conversation: check-in delivery, the retention purge."""

    def __init__(self) -> None:
        self.stoppers: list[Callable[[], Awaitable[None]]] = []

    async def stop(self) -> None:
        for stop in reversed(self.stoppers):
            await stop()
        self.stoppers.clear()


async def start_background(
    app: App,
    *,
    sender: Sender | None = None,
    console_key: UserKey | None = None,
    out: TextIO | None = None,
) -> Background:
    """Start the background jobs for `app`; `sender` delivers check-ins on a platform."""
    background = Background()
    return background
