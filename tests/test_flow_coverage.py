"""The first-aid conversations, tested as people meet them.

Every transcript in `dialogues/tests/` runs against the real bot (real flows, real actions, a fresh
SQLite file per conversation) and must pass; together the transcripts must reach every step of
every first-aid flow, which a step-visit recorder on the engine proves (check-in flows are
reached with `open: flow_id` turns, as the scheduler opens them). The content rules of the flows
are checked here too: every question offers a way out, check-ins say who is writing, check-ins
that flows schedule exist, and messages stay short.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, cast

import pytest
import yaml

from bot.app import App, build_app
from bot.flows.model import Flow, Message, Step
from bot.testing.transcripts import Result, run_conversation, transcript_files
from tests.conftest import DIALOGUES, make_settings

TRANSCRIPTS = DIALOGUES / "tests"

FIRST_AID_FLOWS = (
    "welcome",
    "menu",
    "help",
    "vent",
    "draft",
    "reframe",
    "plan",
    "ghosted",
    "checkin_mood",
    "checkin_feedback",
    "checkin_reconnect",
    "checkin_weekly",
    "checkin_draft",
)
CHECKIN_FLOWS = tuple(f for f in FIRST_AID_FLOWS if f.startswith("checkin_"))

MAX_MESSAGE = 330
"""Longest message, in characters: a few short sentences. Ready-to-adapt templates are exempt."""


def _conversations() -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    for file in transcript_files([str(TRANSCRIPTS)]):
        for conv in yaml.safe_load(file.read_text(encoding="utf-8")) or []:
            out.append((file.name, conv))
    return out


CONVERSATIONS = _conversations()


@asynccontextmanager
async def _bot(
    db: Path, seed: int | None, on_step: Callable[[str, str], None] | None = None
) -> AsyncIterator[App]:
    settings = make_settings(
        db.parent,
        database_url=f"sqlite+aiosqlite:///{db}",
        seed=1 if seed is None else seed,
        checkins=False,
    )
    app = await build_app(settings)
    app.engine.walker.on_step = on_step
    try:
        yield app
    finally:
        await app.close()


async def _run(
    db: Path, file: str, conv: dict[str, Any], on_step: Callable[[str, str], None] | None
) -> Result:
    async with _bot(db, conv.get("seed"), on_step) as app:
        return await run_conversation(app.engine, conv, file)


@pytest.mark.parametrize(
    ("file", "conv"),
    CONVERSATIONS,
    ids=[f"{file}::{conv.get('name', 'unnamed')}" for file, conv in CONVERSATIONS],
)
async def test_transcript(tmp_path: Path, file: str, conv: dict[str, Any]) -> None:
    result = await _run(tmp_path / "bb.db", file, conv, None)
    assert result.ok, "\n".join(result.failures)


async def test_transcripts_reach_every_step_of_every_first_aid_flow(tmp_path: Path) -> None:
    visited: set[tuple[str, str]] = set()

    def record(flow: str, step: str) -> None:
        visited.add((flow, step))

    async with _bot(tmp_path / "bb.db", None, record) as app:
        for n, (file, conv) in enumerate(CONVERSATIONS):
            # one bot, one person per conversation: each starts as a first contact
            await run_conversation(app.engine, conv, file, key_prefix=f"c{n}")
        flows = app.flows
    missing = [
        f"{fid}.{sid}"
        for fid in FIRST_AID_FLOWS
        for sid in _flow(flows.flows, fid).steps
        if (fid, sid) not in visited
    ]
    assert not missing, "no transcript in dialogues/tests/ reaches: " + ", ".join(missing)
    assert visited, "the step recorder saw nothing: is Engine.walker.on_step still called?"


async def test_the_recorder_sees_exactly_the_steps_a_conversation_visits(tmp_path: Path) -> None:
    visited: set[tuple[str, str]] = set()
    only_menu = {"name": "menu only", "turns": [{"user": "menu"}, {"click": "done"}]}
    await _run(tmp_path / "bb.db", "inline", only_menu, lambda f, s: visited.add((f, s)))
    assert visited == {("menu", "choose"), ("goodbye", "check"), ("goodbye", "plain")}


# ----- content rules -------------------------------------------------------------------------


def _flow(flows: Any, flow_id: str) -> Flow:
    flow = flows.get(flow_id)
    assert flow is not None, f"flow {flow_id!r} is missing from {DIALOGUES.name}/"
    return cast(Flow, flow)


def _texts(step: Step) -> list[str]:
    messages: list[Message] = list(step.say)
    if step.ask is not None:
        messages.append(step.ask)
    if step.capture is not None and step.capture.invalid is not None:
        messages.append(step.capture.invalid)
    return [v for m in messages for v in m.variants]


def test_every_transcript_file_has_conversations() -> None:
    files = transcript_files([str(TRANSCRIPTS)])
    assert files, f"no transcripts in {TRANSCRIPTS}"
    names = {file for file, _ in CONVERSATIONS}
    assert names == {f.name for f in files}


async def test_every_question_offers_a_way_out(app: App) -> None:
    problems = []
    for fid in FIRST_AID_FLOWS:
        for step in _flow(app.flows.flows, fid).steps.values():
            where = f"{fid}.{step.id}"
            if step.choices and fid != "menu":
                to_menu = [
                    o for o in step.choices if o.target.kind == "flow" and o.target.flow == "menu"
                ]
                if not to_menu:
                    problems.append(f"{where}: no option with goto: menu")
            if step.capture is not None:
                assert step.ask is not None, f"{where}: a capture without a question"
                for variant in step.ask.variants:
                    if "menu" not in variant or "stop" not in variant:
                        problems.append(f"{where}: the question does not mention menu and stop")
    menu_options = {o.id for o in _flow(app.flows.flows, "menu").steps["choose"].choices}
    assert "done" in menu_options, "the menu itself needs a way to leave"
    assert not problems, "\n".join(problems)


async def test_checkins_say_who_is_writing(app: App) -> None:
    for fid in CHECKIN_FLOWS:
        flow = _flow(app.flows.flows, fid)
        first = " ".join(_texts(flow.steps[flow.start]))
        assert "Bounce Back" in first and "bot" in first, (
            f"{fid}: the first message must say "
            "it is Bounce Back, the bot (a check-in arrives out of the blue)"
        )
        assert not flow.triggers.commands and not flow.triggers.phrases, (
            f"{fid}: check-ins are opened by the scheduler, not by words people type"
        )


async def test_first_contact_and_help_say_it_is_a_bot_not_a_therapist(app: App) -> None:
    for fid, sid in (("welcome", "first_time"), ("help", "about")):
        step = _flow(app.flows.flows, fid).steps[sid]
        text = " ".join(_texts(step))
        assert "bot" in text and "not a therapist or a crisis service" in text, fid
        assert "mark_disclosed" in [a.name for a in step.actions], fid
    help_actions = [
        a.name for s in _flow(app.flows.flows, "help").steps.values() for a in s.actions
    ]
    assert "crisis_resources" in help_actions


async def test_scheduled_checkins_open_existing_flows(app: App) -> None:
    scheduled = set()
    for fid in FIRST_AID_FLOWS:
        for step in _flow(app.flows.flows, fid).steps.values():
            for call in step.actions:
                if call.name == "schedule_checkin":
                    target = str(call.args["flow"])
                    assert app.flows.get(target) is not None, f"{fid}.{step.id}: no flow {target}"
                    scheduled.add(target)
    assert set(CHECKIN_FLOWS) <= scheduled, set(CHECKIN_FLOWS) - scheduled


async def test_messages_stay_short(app: App) -> None:
    long = []
    for fid in FIRST_AID_FLOWS:
        for step in _flow(app.flows.flows, fid).steps.values():
            for text in _texts(step):
                if len(text) > MAX_MESSAGE and "[your name]" not in text:
                    long.append(f"{fid}.{step.id}: {len(text)} characters: {text[:40]}...")
    assert not long, "\n".join(long)
