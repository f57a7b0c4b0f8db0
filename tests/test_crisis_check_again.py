"""The direct question is not closed by one no, and is never answered by a repair.

Through the real app (engine, flows, SQLite) with the real detector: words that are themselves
a possible risk, typed as the answer to "are you having thoughts of ending your life?", are
taken as not sure (support, not "Sorry, I didn't quite get that"); and after a no, a new
message the model reads as a likely risk on its own ("whats even the point anymore") is asked
about again, while a joke-marked one stays quiet for the rest of the sitting.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.core.model import Conversation, Turn, UserKey
from bot.safety.crisis import POSSIBLE, assess
from tests.conftest import make_settings
from tests.replies import said
from tests.test_crisis_check_flow import Clock  # five seconds a turn

REASK_SCORE = 0.7
"""A model score that reads as a likely risk, not tone alone."""
QUESTION = "Are you having thoughts of ending your life?"
POINTLESS = "whats even the point anymore"


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    built = await build_app(make_settings(tmp_path))
    built.engine.clock = Clock()
    yield built
    await built.close()


class Person:
    def __init__(self, app: App) -> None:
        self.app = app
        self.key = UserKey("console", "again", "p")

    async def say(self, text: str) -> str:
        return said(await self.app.engine.handle(Turn(self.key, text=text, locale="en-US")))

    async def place(self) -> str:
        async with self.app.store.transaction() as tx:
            conv = await tx.load(self.key) or Conversation()
        return f"{conv.flow}.{conv.step}" if conv.flow else "none"


def test_the_message_reads_as_a_likely_risk_without_a_joke() -> None:
    found = assess(POINTLESS)
    assert found.level == POSSIBLE and found.score >= REASK_SCORE
    joking = assess("i'll shoot myself lol")
    assert joking.level == POSSIBLE


async def test_a_risky_answer_to_the_question_is_taken_as_not_sure(app: App) -> None:
    p = Person(app)
    await p.say("hi")
    assert QUESTION in await p.say("i'll shoot myself lol")
    out = await p.say(POINTLESS)
    assert "didn't quite get that" not in out
    assert "Are you safe right now?" in out and await p.place() == "crisis.lines"


async def test_a_command_at_the_question_is_still_a_command(app: App) -> None:
    p = Person(app)
    await p.say("hi")
    await p.say("i'll shoot myself lol")
    await p.say("menu")
    assert await p.place() != "crisis.lines"


async def test_after_a_no_a_new_likely_risk_is_asked_about_again(app: App) -> None:
    p = Person(app)
    await p.say("hi")
    assert QUESTION in await p.say("i'll shoot myself lol")
    out = await p.say("no, figure of speech")
    assert "where we were" in out and QUESTION not in out
    assert QUESTION in await p.say(POINTLESS)


async def test_after_a_no_a_different_joke_is_asked_about_again_saying_so(app: App) -> None:
    p = Person(app)
    await p.say("hi")
    await p.say("i'll shoot myself lol")
    await p.say("no, figure of speech")
    out = await p.say("gonna jump off a bridge lol")
    assert QUESTION in out and "again" in out
    await p.say("no")
    assert QUESTION not in await p.say("gonna jump off a bridge LMAO")  # the same words again
