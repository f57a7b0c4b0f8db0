"""In the crisis flows a typed answer stays an answer: a phrase never starts another flow there,
an option said outright among other words is taken, and pills said to be at hand are a risk."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import Conversation, Turn, UnderstoodKind, UserKey
from bot.safety import crisis
from tests.replies import said

KEY = UserKey("console", "local", "kai")


async def test_not_safe_said_among_other_words_is_taken_and_never_starts_the_job_plan(
    quiet_app: App,
) -> None:
    await quiet_app.engine.handle(Turn(KEY, text="hi"))
    first = await quiet_app.engine.handle_detailed(Turn(KEY, text="i want to kill myself"))
    assert "Are you safe right now?" in said(first.replies)
    typed = await quiet_app.engine.handle_detailed(
        Turn(KEY, text="im not safe. i dont want to make a plan i just want it to stop")
    )
    assert typed.understood is not None and typed.understood.kind is UnderstoodKind.CHOICE
    assert typed.understood.choice == "No, I'm not safe"
    text = said(typed.replies)
    assert "nothing in your plan yet" not in text and "ask them for feedback" not in text, text
    async with quiet_app.store.transaction() as tx:
        conv = await tx.load(KEY)
    assert isinstance(conv, Conversation) and conv.flow == "crisis", conv


@pytest.mark.parametrize(
    "text",
    [
        "another rejection or something new. actually no. i still have the pills here",
        "my pills are in the drawer next to me",
    ],
)
def test_pills_said_to_be_at_hand_are_a_clear_risk(text: str) -> None:
    assert crisis.assess(text).level == crisis.CLEAR


def test_pills_kept_for_a_headache_are_not_a_clear_risk() -> None:
    assert crisis.assess("i have the pills here for my headache").level != crisis.CLEAR
