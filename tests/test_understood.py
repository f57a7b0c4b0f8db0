"""The engine reports what it understood each turn as: a choice, an answer, a command, a flow
started by a phrase, a crisis, or a fallback, against the question that was waiting."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet

from bot.core import builtin_actions
from bot.core.actions import ActionRegistry
from bot.core.context import Services, TurnContext
from bot.core.engine import Engine, Handled
from bot.core.model import StepRef, Turn, Understood, UnderstoodKind, UserKey
from bot.flows.loader import load_flows_or_raise
from bot.safety.inspector import CrisisInspector
from bot.store import migrate
from bot.store.crypto import Cipher
from bot.store.sql import SqlStore
from tests.replies import said

FLOWS = Path(__file__).parent / "data" / "engine_flows"
KEY = UserKey("console", "local", "uma")


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqlStore]:
    st = SqlStore.open(
        f"sqlite+aiosqlite:///{tmp_path / 'u.db'}", Cipher([Fernet.generate_key().decode()])
    )
    await migrate.upgrade(st.engine)
    yield st
    await st.close()


def make_engine(store: Any, **kw: Any) -> Engine:
    reg = ActionRegistry()
    builtin_actions.register(reg)
    return Engine(load_flows_or_raise([FLOWS], reg), store, reg, Services(), seed=3, **kw)


async def text(engine: Engine, words: str) -> Handled:
    return await engine.handle_detailed(Turn(KEY, text=words))


async def test_each_path_reports_what_it_understood(store: SqlStore) -> None:
    engine = make_engine(store)
    first = await text(engine, "hello there")
    assert first.understood == Understood(UnderstoodKind.FALLBACK)  # nothing waiting: welcome
    assert "I'm a test bot" in said(first.replies)
    typed = await text(engine, "okay")
    assert typed.understood == Understood(UnderstoodKind.CHOICE, "welcome", "hello", "Okay", 1.0)
    answer = await text(engine, "Acme")
    assert answer.understood == Understood(UnderstoodKind.ANSWER, "welcome", "name")
    refused = await text(engine, "seven")
    assert refused.understood == Understood(UnderstoodKind.FALLBACK, "welcome", "score")
    command = await text(engine, "menu")
    assert command.understood == Understood(UnderstoodKind.COMMAND, "welcome", "score")
    phrase = await text(engine, "I didn't get the job")
    assert phrase.understood is not None and phrase.understood.kind is UnderstoodKind.FLOW
    asked = int((await _meta(store))["asked"])
    clicked = await engine.handle_detailed(
        Turn(KEY, choice="low", at=StepRef("welcome", "hello", asked))
    )
    assert clicked.understood == Understood(
        UnderstoodKind.CHOICE, "welcome", "hello", "Pretty low", 1.0
    )
    replies = await engine.handle(Turn(KEY, text="Globex"))  # the list API is unchanged
    assert isinstance(replies, list) and "From 1 to 5?" in said(replies)


async def test_an_inspector_taking_the_turn_reports_crisis(store: SqlStore) -> None:
    async def inspector(ctx: TurnContext, words: str) -> bool:
        if "danger" in words:
            ctx.understand(UnderstoodKind.CRISIS)
            ctx.start_flow("help", remember=True)
            return True
        return False

    engine = make_engine(store, inspectors=[inspector])
    await text(engine, "hi")
    out = await text(engine, "danger")
    assert out.understood == Understood(UnderstoodKind.CRISIS, "welcome", "hello")


async def _meta(store: SqlStore) -> dict[str, Any]:
    async with store.transaction() as tx:
        conv = await tx.load(KEY)
    assert conv is not None
    return conv.meta


async def test_the_crisis_inspector_reports_crisis(store: SqlStore) -> None:
    engine = make_engine(store, inspectors=[CrisisInspector()])
    await text(engine, "hi")
    out = await text(engine, "I want to kill myself")
    assert out.understood == Understood(UnderstoodKind.CRISIS, "welcome", "hello")
