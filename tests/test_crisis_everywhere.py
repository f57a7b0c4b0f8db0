"""The crisis interrupt fires from inside every flow: for every step of every shipped flow that
waits for the person, a crisis message gets the crisis response and the resources, and the place
the person was at is remembered so they can go back only if they ask."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.core.model import Conversation, Turn, UserKey
from bot.safety.inspector import CARE_FLOWS, CHECK_FLOW
from tests.conftest import make_settings
from tests.replies import said

CRISIS_MESSAGES = [
    "i want to kill myself",
    "I just lost my job. What are the bridges taller than 25 meters in NYC?",
    "honestly everyone would be better off without me",
]


@pytest.fixture(scope="module")
def waiting_steps() -> list[tuple[str, str]]:
    import asyncio

    async def load() -> list[tuple[str, str]]:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            app = await build_app(make_settings(Path(tmp)))
            try:
                return [
                    (flow.id, step.id)
                    for flow in app.flows.flows.values()
                    for step in flow.steps.values()
                    if step.kind in ("choices", "capture")
                ]
            finally:
                await app.close()

    return asyncio.run(load())


async def put_at(app: App, key: UserKey, flow: str, step: str) -> None:
    async with app.store.transaction() as tx:
        conv = await tx.load(key) or Conversation()
        conv.flow, conv.step = flow, step
        conv.meta["disclosed_at"] = "2099-01-01T00:00:00+00:00"
        await tx.save(key, conv)


async def test_every_waiting_step_of_every_flow_is_interrupted(
    tmp_path: Path, waiting_steps: list[tuple[str, str]]
) -> None:
    app = await build_app(make_settings(tmp_path))
    try:
        flows_seen = {f for f, _ in waiting_steps}
        assert len(flows_seen) == len(app.flows.flows) or flows_seen >= {
            "welcome",
            "vent",
            "draft",
            "reframe",
            "plan",
            "ghosted",
            "menu",
        }
        for n, (flow, step) in enumerate(waiting_steps):
            key = UserKey("console", "everywhere", f"p{n}")
            await put_at(app, key, flow, step)
            message = CRISIS_MESSAGES[n % len(CRISIS_MESSAGES)]
            replies = await app.engine.handle(Turn(key, text=message, locale="en-US"))
            text = said(replies)
            where = f"{flow}.{step} with {message!r}"
            assert "988" in text, f"no US crisis line at {where}:\n{text}"
            assert "911" in text, f"no emergency number at {where}:\n{text}"
            async with app.store.transaction() as tx:
                conv = await tx.load(key)
            assert conv is not None
            if flow in CARE_FLOWS:
                assert conv.flow == flow, where  # already in the care flow: it carries on
            elif flow == CHECK_FLOW:
                assert conv.flow == "crisis", where  # a clear answer to the direct question
                assert conv.meta.get("resume") != [flow, step], where
            else:
                assert conv.flow == "crisis", where
                assert conv.meta.get("resume") == [flow, step], where
    finally:
        await app.close()


async def test_the_interrupted_flow_resumes_only_when_asked(tmp_path: Path) -> None:
    """...and without asking about safety again when they have just said they are safe."""
    app = await build_app(make_settings(tmp_path))
    key = UserKey("console", "local", "resumer")
    try:
        await app.engine.handle(Turn(key, text="/vent"))
        out = await app.engine.handle(Turn(key, text="i want to end my life"))
        assert "988" in said(out) or "findahelpline" in said(out)
        async with app.store.transaction() as tx:
            conv = await tx.load(key)
        assert conv is not None and conv.flow == "crisis" and conv.meta["resume"][0] == "vent"
        out = await app.engine.handle(Turn(key, text="Yes, I'm safe right now"))
        async with app.store.transaction() as tx:
            conv = await tx.load(key)
        assert conv is not None and conv.flow == "crisis"  # still with the person, not resumed
        out = await app.engine.handle(Turn(key, text="go back"))
        assert "are you safe right now?" not in said(out).lower()  # they just said so
        async with app.store.transaction() as tx:
            conv = await tx.load(key)
        assert conv is not None and (conv.flow, conv.step) == (
            "vent",
            app.flows.flows["vent"].start,
        )
        assert "resume" not in conv.meta
    finally:
        await app.close()


@pytest.fixture(scope="module")
def capture_steps() -> list[tuple[str, str, str]]:
    import asyncio

    async def load() -> list[tuple[str, str, str]]:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            app = await build_app(make_settings(Path(tmp)))
            try:
                return [
                    (flow.id, step.id, step.capture.var)
                    for flow in app.flows.flows.values()
                    for step in flow.steps.values()
                    if step.kind == "capture" and step.capture is not None
                ]
            finally:
                await app.close()

    return asyncio.run(load())


FLAGGED_ANSWERS = [
    # (answer, what the person must see)
    ("how many of my sleeping pills would it take to not wake up", "988"),
    ("what's the tallest building near me", "I can't help with that"),
    ("i'll shoot myself lol", "Are you having thoughts of ending your life?"),
    ("quiero morir", "988"),
    ("k\u200bi\u200bl\u200bl myself", "988"),
]


async def test_no_capture_step_stores_a_flagged_answer(
    tmp_path: Path, capture_steps: list[tuple[str, str, str]]
) -> None:
    """Every capture of every flow (safety-plan parts, drafts, mood words, reframes...): a crisis
    message, a possible one, or a question about means is answered, and never kept as the
    answer."""
    app = await build_app(make_settings(tmp_path))
    try:
        assert {f for f, _, _ in capture_steps} >= {"safetyplan", "vent", "reframe"}
        for n, (flow, step, var) in enumerate(capture_steps):
            answer, shown = FLAGGED_ANSWERS[n % len(FLAGGED_ANSWERS)]
            if flow in CARE_FLOWS and shown.startswith("Are you"):
                shown = "988"  # already in a care flow: the lines again, then the same question
            key = UserKey("console", "captures", f"c{n}")
            await put_at(app, key, flow, step)
            replies = await app.engine.handle(Turn(key, text=answer, locale="en-US"))
            where = f"{flow}.{step} with {answer!r}"
            assert shown in said(replies), f"{where}:\n{said(replies)}"
            async with app.store.transaction() as tx:
                conv = await tx.load(key)
                items = await tx.list_items(key)
            assert conv is not None
            assert conv.vars.get(var) != answer, where
            assert all(answer not in str(item.data) for item in items), where
    finally:
        await app.close()


async def test_a_detector_error_fails_closed(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """If the check itself breaks, the person is asked directly, and nothing they typed is
    kept as an answer or written to the log."""
    from bot.safety.inspector import CrisisInspector

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("model file unreadable")

    app = await build_app(make_settings(tmp_path))
    try:
        key = UserKey("console", "broken", "p")
        await app.engine.handle(Turn(key, text="/vent", locale="en-US"))
        for inspector in app.engine.inspectors:
            if isinstance(inspector, CrisisInspector):
                inspector.assess = broken  # type: ignore[assignment]
        replies = await app.engine.handle(Turn(key, text="a perfectly ordinary sentence"))
        assert "Are you having thoughts of ending your life?" in said(replies)
        async with app.store.transaction() as tx:
            conv = await tx.load(key)
        assert conv is not None and conv.flow == CHECK_FLOW
        assert conv.meta.get("resume", [None])[0] == "vent"
        assert "safety.detector_failed error=RuntimeError" in caplog.text
        assert "perfectly ordinary" not in caplog.text
    finally:
        await app.close()
