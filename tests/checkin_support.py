"""Shared pieces of the check-in tests: a settable clock, a database with the real tables, an
engine on the check-in flows, scripted senders and a row factory."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet
from sqlalchemy import insert, select

from bot.checkins import actions
from bot.checkins.config import CheckinSettings
from bot.checkins.timing import format_wall, to_wall, zone
from bot.core import builtin_actions
from bot.core.actions import ActionRegistry
from bot.core.context import Services
from bot.core.engine import Engine
from bot.core.model import Opened, Reply, Text, UserKey
from bot.core.ports import SendError
from bot.flows.loader import load_flows_or_raise
from bot.i18n.person import SpokenFlows
from bot.store import tables
from bot.store.crypto import Cipher
from bot.store.sql import SqlStore, make_engine
from tests.replies import said as said

ROOT = Path(__file__).resolve().parent.parent
TEST_FLOWS = Path(__file__).parent / "data" / "checkin_flows"
OUR_FLOWS = [
    ROOT / "dialogues" / f"{n}.yaml" for n in ("checkins", "pause", "resume", "settings", "mood")
]


class FakeClock:
    """`clock()` returns `now`; tests move it by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


async def open_store(url: str) -> SqlStore:
    store = SqlStore(make_engine(url), Cipher([Fernet.generate_key().decode()]))
    async with store.engine.begin() as conn:
        await conn.run_sync(tables.metadata.create_all)
    return store


def sqlite_url(tmp_path: Path, name: str = "checkins.db") -> str:
    return f"sqlite+aiosqlite:///{tmp_path / name}"


def quiet_settings(**kw: Any) -> CheckinSettings:
    """Settings for tests: no pacing unless asked, no real backoff jitter surprises."""
    kw.setdefault("pacing", None)
    kw.setdefault("instance", "test-a")
    return CheckinSettings(**kw)


async def add_row(
    store: SqlStore,
    key: UserKey,
    due_at: datetime,
    *,
    tz: str = "UTC",
    flow: str = "checkin_test",
    status: str = "pending",
    requested: bool = False,
    **extra: Any,
) -> int:
    wall = to_wall(due_at, zone(tz))
    async with store.engine.begin() as conn:
        result = await conn.execute(
            insert(tables.checkins)
            .values(
                user_key=str(key),
                flow=flow,
                due_at=due_at,
                local_time=format_wall(wall),
                tz=tz,
                status=status,
                attempts=0,
                requested=requested,
                notified=False,
                created_at=due_at,
                updated_at=due_at,
                **extra,
            )
            .returning(tables.checkins.c.id)
        )
        return int(result.scalar_one())


async def rows(store: SqlStore, key: UserKey | None = None) -> list[Any]:
    q = select(tables.checkins).order_by(tables.checkins.c.id)
    if key is not None:
        q = q.where(tables.checkins.c.user_key == str(key))
    async with store.engine.connect() as conn:
        return list((await conn.execute(q)).all())


async def row(store: SqlStore, row_id: int) -> Any:
    return next(r for r in await rows(store) if r.id == row_id)


class FlowOpener:
    """Stands in for `engine.prepare_flow`: records calls, returns one greeting."""

    def __init__(self) -> None:
        self.calls: list[tuple[UserKey, str]] = []

    async def __call__(self, key: UserKey, flow: str) -> Opened:
        self.calls.append((key, flow))
        return Opened([Text.of(f"checking in: {flow}")])


class ScriptedSender:
    """Raises the scripted errors in order (None = deliver), then delivers; records deliveries."""

    def __init__(
        self,
        script: list[SendError | None] | None = None,
        on_send: Callable[[UserKey], Awaitable[None]] | None = None,
    ) -> None:
        self.script = list(script or [])
        self.sent: list[tuple[UserKey, list[Reply], datetime]] = []
        self.attempts = 0
        self.on_send = on_send

    async def send(self, key: UserKey, replies: list[Reply]) -> None:
        self.attempts += 1
        if self.on_send is not None:
            await self.on_send(key)
        if self.script:
            err = self.script.pop(0)
            if err is not None:
                raise err
        self.sent.append((key, replies, datetime.now(UTC)))


def checkin_registry() -> ActionRegistry:
    reg = ActionRegistry()
    builtin_actions.register(reg)
    actions.register(reg, Services())
    return reg


def make_bot(
    store: SqlStore, clock: FakeClock, services: Services | None = None, **kw: Any
) -> Engine:
    reg = checkin_registry()
    flows = load_flows_or_raise([*OUR_FLOWS, TEST_FLOWS], reg)
    services = services or Services()
    engine = Engine(flows, store, reg, services, clock=clock, seed=1, **kw)
    services.add(engine)  # as the app does: actions find flow titles through it
    services.add(engine.walker)
    services.add(engine.walker, SpokenFlows)
    return engine


async def wait_for(cond: Callable[[], bool], within: float = 5.0) -> None:
    """Await a condition, checked on every turn of the event loop, failing after `within` s."""
    async with asyncio.timeout(within):
        while not cond():  # noqa: ASYNC110 - the condition is plain state, nothing to wait on
            await asyncio.sleep(0.005)
