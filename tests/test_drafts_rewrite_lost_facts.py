"""A fact said inside a threat or an ill wish is kept, said plainly, when the sentence goes; a count
joined to what it counts ("7-stage", "6-round") and a named essay are facts; a demand worded as
a debt or a challenge ("You owe me an explanation", "Explain yourselves") becomes a polite ask."""

from __future__ import annotations

import pytest

from bot.safety.draft_asks import polite_ask
from bot.safety.draft_facts import find_facts
from bot.safety.drafts import review


@pytest.mark.parametrize(
    ("draft", "kept", "gone"),
    [
        ("I hope your company goes under after making me do three presentations in two weeks. "
         "Send me the panel's notes.", ["three presentations", "two weeks"], "goes under"),
        ("I'll be posting on Glassdoor about your 6-round process and the unpaid case study. "
         "Unless someone explains why I was rejected.", ["6-round", "case study"], "Glassdoor"),
        ("I'll be telling everyone on Reddit about your 7-stage circus and the 'culture add' "
         "essay. Tell me why.", ["7-stage", "culture add essay"], "Reddit"),
    ],
)  # fmt: skip
def test_the_facts_of_a_dropped_threat_or_ill_wish_are_kept(
    draft: str, kept: list[str], gone: str
) -> None:
    result = review(draft)
    assert result.hostile
    for fact in kept:
        assert fact in result.rewrite
    assert gone not in result.rewrite
    assert "circus" not in result.rewrite


@pytest.mark.parametrize(
    ("text", "task"),
    [
        ("the 'culture add' essay", "the culture add essay"),
        ("your values essay", "the values essay"),
        ("I wrote an essay for you", "an essay"),
    ],
)
def test_an_essay_is_a_task_named_as_they_name_it(text: str, task: str) -> None:
    assert find_facts(text).tasks == (task,)


def test_a_count_joined_to_what_it_counts_is_a_stage() -> None:
    assert find_facts("your 7-stage circus").stages == ("the 7-stage process",)
    assert find_facts("a six-round loop").stages == ("the six-round process",)


@pytest.mark.parametrize(
    ("demand", "ask"),
    [
        ("Explain yourselves.", "Could you explain the decision?"),
        ("Justify this decision.", "Could you explain the decision?"),
        ("You owe me an explanation.", "I'd be grateful for an explanation."),
        ("You owe me feedback.", "I'd be grateful for some feedback."),
        (
            "You still owe me an answer about the role.",
            "I'd be grateful for an answer about the role.",
        ),
    ],
)
def test_a_demand_becomes_a_polite_ask(demand: str, ask: str) -> None:
    assert polite_ask(demand) == ask


def test_explain_yourselves_keeps_the_word_explain_in_the_rewrite() -> None:
    rewrite = review(
        "You morons rejected someone with eight years of Python for a junior role? Explain "
        "yourselves."
    ).rewrite
    assert "explain" in rewrite.lower() and "eight years" in rewrite and "morons" not in rewrite


@pytest.mark.parametrize(
    ("draft", "kept", "gone"),
    [
        ("Oh sure, because fifteen years of managing warehouses clearly means nothing to you "
         "clowns. I'd like to know who made the call.", ["fifteen years of managing warehouses",
         "who made the call"], "clowns"),
        ("Great job scheduling my final interview on my wedding day and then cancelling it. "
         "Morons. Reschedule it.", ["wedding day", "reschedule"], "Morons"),
        ("Thanks for nothing. I relocated to Leeds in January for the promised start date of "
         "1 March. Who do I even speak to about this?", ["Leeds", "1 March", "Who do I speak to"],
         "even"),
        ("So Kevin told me the job was mine. Guess Kevin lies for a living. I want the reason "
         "in writing.", ["reason in writing"], "lies"),
    ],
)  # fmt: skip
def test_experience_a_plain_ask_and_no_accusation(draft: str, kept: list[str], gone: str) -> None:
    result = review(draft)
    assert result.hostile
    for point in kept:
        assert point.lower() in result.rewrite.lower()
    assert gone not in result.rewrite


def test_work_made_for_them_is_kept_and_a_plain_plan_is_no_task() -> None:
    result = review(
        "You expected me to do a full marketing plan for free and then hired your intern, you "
        "absolute clowns. I want my work deleted."
    )
    assert "marketing plan for free" in result.rewrite and "clowns" not in result.rewrite
    assert find_facts("I made a plan to apply elsewhere").tasks == ()
    assert find_facts("I prepared a 20-slide deck").tasks == ("a 20-slide deck",)
