"""The engine on real SQLite with small test flows: choices, captures, branches, calls, commands,
re-asks, idle restarts, late clicks, inspectors, deduplication, conflicts and failures."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet

from bot.core import builtin_actions
from bot.core.actions import ActionRegistry
from bot.core.context import Services, TurnContext
from bot.core.engine import SORRY_BUG, SORRY_STORE, Engine, EngineConfig
from bot.core.model import Choices, Reply, Text, Turn, UserKey
from bot.core.ports import StoreUnavailable
from bot.flows.loader import load_flows_or_raise
from bot.store import migrate
from bot.store.crypto import Cipher
from bot.store.sql import SqlStore
from tests.replies import said

FLOWS = Path(__file__).parent / "data" / "engine_flows"
KEY = UserKey("console", "local", "ana")


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def registry() -> ActionRegistry:
    reg = ActionRegistry()
    builtin_actions.register(reg)
    return reg


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqlStore]:
    st = SqlStore.open(
        f"sqlite+aiosqlite:///{tmp_path / 'e.db'}", Cipher([Fernet.generate_key().decode()])
    )
    await migrate.upgrade(st.engine)
    yield st
    await st.close()


def make_engine(store: Any, **kw: Any) -> Engine:
    reg = kw.pop("reg", None) or registry()
    return Engine(load_flows_or_raise([FLOWS], reg), store, reg, Services(), seed=3, **kw)


async def place(
    store: SqlStore, key: UserKey = KEY
) -> tuple[str | None, str | None, dict[str, Any]]:
    async with store.transaction() as tx:
        conv = await tx.load(key)
    assert conv is not None
    return conv.flow, conv.step, conv.vars


async def text(engine: Engine, words: str, key: UserKey = KEY, **kw: Any) -> list[Reply]:
    return await engine.handle(Turn(key, text=words, **kw))


async def test_first_contact_starts_welcome_and_choices_match_number_label_synonym(
    store: SqlStore,
) -> None:
    engine = make_engine(store)
    first = await text(engine, "hello")
    assert "I'm a test bot" in said(first)
    choices = [r for r in first if isinstance(r, Choices)]
    assert choices and [o.label for o in choices[0].options] == ["Pretty low", "Okay", "Menu"]
    assert choices[0].at.flow == "welcome" and choices[0].at.step == "hello"
    # accent- and case-insensitive synonym
    await text(engine, "  TRES MAL! ")
    assert (await place(store))[:2] == ("welcome", "name")
    assert (await place(store))[2]["feeling"] == "low"


@pytest.mark.parametrize("answer", ["2", "okay", "OKAY.", "ok"])
async def test_typed_answer_by_number_label_or_id(store: SqlStore, answer: str) -> None:
    engine = make_engine(store)
    await text(engine, "hi")
    await text(engine, answer)
    flow, step, vars_ = await place(store)
    assert (flow, step, vars_["feeling"]) == ("welcome", "name", "ok")


async def test_capture_checks_branch_call_and_return(store: SqlStore) -> None:
    engine = make_engine(store)
    await text(engine, "hi")
    await text(engine, "1")
    too_long = await text(engine, "x" * 21)
    assert "more than I can keep" in said(too_long)
    assert (await place(store))[1] == "name"
    await text(engine, "Acme Corp")
    bad = await text(engine, "seven")
    assert "A number from 1 to 5" in said(bad)
    out = await text(engine, "4")
    assert said(out).splitlines() == [
        "A side trip.",
        "Back from the side trip.",
        "Thanks, low noted.",
    ]
    flow, _step, vars_ = await place(store)
    assert flow is None and vars_["visited"] == "yes" and vars_["score"] == 4


async def test_low_score_branch_renders_user_text_as_user_part(store: SqlStore) -> None:
    engine = make_engine(store)
    await text(engine, "hi")
    await text(engine, "1")
    await text(engine, "<!channel> Inc")
    out = await text(engine, "1")
    msg = next(r for r in out if isinstance(r, Text) and "rough day" in r.plain)
    user_parts = [p.text for p in msg.parts if p.from_user]
    assert user_parts == ["<!channel> Inc"]
    assert msg.render(lambda s: s.replace("<", "&lt;")).count("&lt;") == 1


async def test_unmatched_answer_gets_kind_reask_then_menu(store: SqlStore) -> None:
    engine = make_engine(store)
    await text(engine, "hi")
    first = await text(engine, "purple elephants")
    assert "didn't quite get that" in said(first)
    assert any(isinstance(r, Choices) for r in first)
    assert (await place(store))[:2] == ("welcome", "hello")
    second = await text(engine, "still purple")
    assert "Menu:" in said(second)
    assert (await place(store))[:2] == ("menu", "choose")


async def test_global_commands_help_returns_to_the_question(store: SqlStore) -> None:
    engine = make_engine(store)
    await text(engine, "hi")
    await text(engine, "2")
    out = await text(engine, "help")
    assert "This is help" in said(out) and "Which company?" in said(out)
    assert (await place(store))[:2] == ("welcome", "name")
    out = await text(engine, "/menu")
    assert "Menu:" in said(out)
    out = await text(engine, "stop")
    assert "stop here" in said(out)
    assert (await place(store))[:2] == (None, None)


async def test_flow_commands_phrases_and_unknown_command(store: SqlStore) -> None:
    engine = make_engine(store)
    out = await text(engine, "/vent")
    assert "What's on your mind?" in said(out)
    # a bare command word at a capture step is the person's words, not a command
    out = await text(engine, "vent")
    assert said(out) in ("Heard you.", "Thank you for telling me.")
    out = await text(engine, "I didn't get the job again")
    assert "I'm a test bot" in said(out)
    out = await text(engine, "/frobnicate")
    assert "don't know the command /frobnicate" in said(out)


async def test_click_on_passed_step_gets_gentle_note(store: SqlStore) -> None:
    engine = make_engine(store)
    first = await text(engine, "hi")
    ask = next(r for r in first if isinstance(r, Choices))
    await engine.handle(Turn(KEY, choice="ok", at=ask.at))
    late = await engine.handle(Turn(KEY, choice="low", at=ask.at))
    assert "already passed" in said(late) and "Which company?" in said(late)
    assert (await place(store))[2]["feeling"] == "ok"


async def test_idle_conversation_restarts_with_welcome_back(store: SqlStore) -> None:
    clock = Clock()
    engine = make_engine(store, clock=clock, config=EngineConfig(idle_after=timedelta(hours=1)))
    await text(engine, "/vent")
    clock.now += timedelta(hours=2)
    out = await text(engine, "anyone there?")
    assert "I'm a test bot" in said(out)  # the welcome flow greets a returning person itself
    assert (await place(store))[2]["last_flow"] == "Vent"


async def test_redelivered_event_gets_no_second_reply(store: SqlStore) -> None:
    engine = make_engine(store)
    first = await text(engine, "hi", event_id="Ev1")
    again = await text(engine, "hi", event_id="Ev1")
    assert first and again == []


async def test_two_engines_on_one_database_lose_no_update(tmp_path: Path, store: SqlStore) -> None:
    other = SqlStore(store.engine, store.cipher)
    a, b = make_engine(store), make_engine(other)
    await text(a, "/vent")
    # Both engines answer turns of one person concurrently; every turn lands on fresh state.
    results = await asyncio.gather(*[text(a if i % 2 else b, "/vent") for i in range(10)])
    assert all("What's on your mind?" in said(r) for r in results)
    async with store.transaction() as tx:
        conv = await tx.load(KEY)
    assert conv is not None and conv.version == 11


async def test_inspector_sees_every_text_first_and_can_interrupt(store: SqlStore) -> None:
    seen: list[str] = []

    async def inspector(ctx: TurnContext, words: str) -> bool:
        seen.append(words)
        if "danger" in words:
            ctx.say("Interrupted for safety.")
            ctx.start_flow("help", remember=True)
            return True
        return False

    engine = make_engine(store, inspectors=[inspector])
    await text(engine, "hi")
    await text(engine, "2")
    out = await text(engine, "danger ahead")
    assert said(out).splitlines() == ["Interrupted for safety.", "This is help. I'm a bot."]
    async with store.transaction() as tx:
        conv = await tx.load(KEY)
    assert conv is not None and conv.meta["resume"] == ["welcome", "name"]
    assert "company" not in conv.vars  # the flow never saw the text
    assert seen == ["hi", "2", "danger ahead"]


class DownStore:
    def transaction(self) -> Any:
        raise StoreUnavailable("OperationalError")

    async def close(self) -> None:
        return None


async def test_database_outage_gets_an_apology_not_silence() -> None:
    engine = make_engine(DownStore())
    assert said(await text(engine, "hi")) == SORRY_STORE


async def test_a_bug_in_an_action_gets_an_apology_and_saves_nothing(store: SqlStore) -> None:
    reg = ActionRegistry()
    builtin_actions.register(reg)

    async def boom(ctx: TurnContext, args: Any) -> None:
        raise RuntimeError("secret words")

    reg._specs["set"] = reg._specs["set"].__class__("set", boom, lambda a: [a["name"]])
    engine = make_engine(store, reg=reg)
    await text(engine, "hi")
    await text(engine, "2")
    await text(engine, "Acme")
    out = await text(engine, "5")
    assert said(out) == SORRY_BUG
    assert (await place(store))[:2] == ("welcome", "score")


@pytest.mark.parametrize(
    ("raw", "reply"),
    [
        ("   \n\t ", "didn't catch any words"),
        ("\x00\x01\x02\x03\x04\x05\x06\x07\x08" * 5, "unreadable characters"),
        ("word " * 2000, "shorter parts"),
    ],
)
async def test_empty_binary_and_huge_messages_get_calm_replies(
    store: SqlStore, raw: str, reply: str
) -> None:
    engine = make_engine(store)
    await text(engine, "/vent")
    out = await text(engine, raw)
    assert reply in said(out) and "What's on your mind?" in said(out)
    assert (await place(store))[:2] == ("vent", "open")


async def test_reload_moves_people_on_vanished_steps_to_the_menu(
    store: SqlStore, tmp_path: Path
) -> None:
    engine = make_engine(store)
    await text(engine, "/vent")
    changed = tmp_path / "flows"
    changed.mkdir()
    for f in FLOWS.glob("*.yaml"):
        body = f.read_text()
        if f.name == "vent.yaml":
            body = body.replace("open:", "opening:")
        (changed / f.name).write_text(body)
    engine.replace_flows(load_flows_or_raise([changed], registry()))
    out = await text(engine, "some words")
    assert "lost our place" in said(out) and "Menu:" in said(out)


async def test_open_flow_is_proactive_and_keeps_the_old_place(store: SqlStore) -> None:
    engine = make_engine(store)
    await text(engine, "/vent")
    out = await engine.open_flow(KEY, "help")
    assert "This is help" in said(out)
    async with store.transaction() as tx:
        conv = await tx.load(KEY)
    assert conv is not None and conv.meta["resume"] == ["vent", "open"]


async def test_patient_flows_never_drop_the_person_for_a_miss(store: SqlStore) -> None:
    engine = make_engine(store, config=EngineConfig(patient_flows=frozenset({"welcome"})))
    await text(engine, "hi")
    for _ in range(4):
        out = await text(engine, "purple elephants")
        assert "You could say" in said(out)  # worded differently each time, never dropped
    assert (await place(store))[:2] == ("welcome", "hello")


async def test_a_button_from_an_earlier_asking_of_the_same_step_has_passed(
    store: SqlStore,
) -> None:
    engine = make_engine(store)
    first = await text(engine, "hi")
    old = next(r for r in first if isinstance(r, Choices))
    await engine.handle(Turn(KEY, choice="menu", at=old.at))
    menu = next(r for r in await text(engine, "/menu") if isinstance(r, Choices))
    again = await engine.handle(Turn(KEY, choice="welcome", at=menu.at))
    new = next(r for r in again if isinstance(r, Choices))
    assert (new.at.flow, new.at.step) == (old.at.flow, old.at.step) and new.at.asked > old.at.asked
    late = await engine.handle(Turn(KEY, choice="ok", at=old.at))
    assert "already passed" in said(late)
    assert (await place(store))[:2] == ("welcome", "hello")
    await engine.handle(Turn(KEY, choice="ok", at=new.at))
    assert (await place(store))[:2] == ("welcome", "name")
