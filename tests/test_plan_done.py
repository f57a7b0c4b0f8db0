"""Ticking a plan step by its words needs a statement that it was done; a question, a request or
a negation never ticks, and "not done" unticks (`bot.understanding.plan_done`)."""

from __future__ import annotations

import pytest

from bot.understanding.plan_done import done_said, tick_meant

STEPS = [
    "Apply for unemployment support",
    "Talk to my landlord or lender",
    "Look for short-term work",
]


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("I talked to my landlord", 2),
        ("applied for unemployment", 1),
        ("done with the landlord one", 2),
        ("can you tick off the landlord one", 2),
        ("i did the first one", 1),
    ],
)
def test_a_statement_that_it_was_done_ticks(text: str, step: int) -> None:
    assert tick_meant(text, STEPS) == (step, "done")


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("I want to mark 1 as NOT done", 1),
        ("number 1 is wrong. I never applied", 1),
        ("untick the landlord one", 2),
        ("I haven't applied", 1),
    ],
)
def test_not_done_unticks(text: str, step: int) -> None:
    assert tick_meant(text, STEPS) == (step, "undone")


@pytest.mark.parametrize(
    "text",
    [
        "ok forget it. what should I say to the landlord",
        "I'm in ohio. where do I apply for unemployment",
        "I need to talk to my landlord",
        "is the landlord one important?",
    ],
)
def test_questions_and_requests_never_tick(text: str) -> None:
    assert tick_meant(text, STEPS) is None
    assert done_said(text) is None


def test_a_bare_name_still_names_the_step() -> None:
    assert tick_meant("the landlord one", STEPS) == (2, None)


@pytest.mark.parametrize(
    "text",
    [
        "I should explain. I meant that I am retiring from job hunting. I did not mean anything "
        "worse.",
        "I did not do any step. I was trying to explain",
        "lo que quise decir es que me voy a vivir con mi hija",
    ],
)
def test_explaining_what_they_meant_is_no_step_done_or_undone(text: str) -> None:
    assert done_said(text) is None
