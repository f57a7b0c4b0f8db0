"""The matcher reads typed answers as people write them: typos, numbers in words, yes/no/maybe,
learned examples; foreign digits, signs and huge numbers are refused, never an exception."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.flows.loader import load_flows_or_raise
from bot.flows.model import FlowSet
from bot.understanding.matcher import Matcher
from bot.understanding.mood import mood_score

DIALOGUES = Path(__file__).resolve().parent.parent / "dialogues"
FLOWS: FlowSet = load_flows_or_raise([DIALOGUES])
MATCHER = Matcher(FLOWS)


def taken(flow: str, step: str, text: str) -> str | None:
    found = MATCHER.match(flow, FLOWS.flows[flow].steps[step], text)
    return found.option.id if found.option else None


@pytest.mark.parametrize(
    ("flow", "step", "text", "option"),
    [
        ("crisis", "lines", "yes i'm safe right now", "safe"),
        ("crisis", "lines", "sure", "safe"),
        ("crisis", "lines", "nah", "not_safe"),
        ("crisis", "lines", "dunno", "unsure"),
        ("vent", "heard", "im done for now", "done"),
        ("vent", "heard", "yeah ok", "more"),
        ("vent", "let_go", "not really", "keep"),
        ("reframe", "kinder_heard", "yes keep it", "keep"),
        ("welcome", "ask_mood", "2 low", "m2"),
        ("welcome", "ask_mood", "two", "m2"),
        ("welcome", "ask_mood", "a solid 2", "m2"),
        ("welcome", "ask_stage", "number 3", "interview"),
        ("welcome", "ask_stage", "finl roud", "final_round"),
        ("menu", "choose", "Let it otu", "vent"),
        ("plan", "feedback", "email template please", "email"),
        ("plan", "feedback", "add it", "add"),
        ("plan", "reconnect", "3 months", "m3"),
        ("pause", "ask", "two", "two_weeks"),
        ("welcome", "ask_heard", "they emailed me", "email"),
        ("welcome", "ask_heard", "Thèy ghósted me", "no_answer"),
    ],
)
def test_everyday_answers_are_understood(flow: str, step: str, text: str, option: str) -> None:
    assert taken(flow, step, text) == option


@pytest.mark.parametrize("text", ["-1", "−2", "minus one", "99999999999999999999", "፪", "٣", "0"])
def test_signs_huge_and_foreign_digits_are_refused(text: str) -> None:
    found = MATCHER.match("welcome", FLOWS.flows["welcome"].steps["ask_mood"], text)
    assert found.option is None and found.refused


def test_gibberish_is_a_miss() -> None:
    found = MATCHER.match("menu", FLOWS.flows["menu"].steps["choose"], "qwzx plorb")
    assert found.option is None and not found.candidates


def test_every_option_has_examples_and_learns_them() -> None:
    for flow in FLOWS.flows.values():
        for step in flow.steps.values():
            for option in step.choices:
                assert 3 <= len(option.examples) <= 20, (flow.id, step.id, option.id)
                assert taken(flow.id, step.id, option.examples[0]) == option.id


@pytest.mark.parametrize(
    ("text", "mood"), [("pretty bad honestly", 2), ("devastated", 1), ("really good today", 4)]
)
def test_mood_words_are_scored(text: str, mood: int) -> None:
    scored = mood_score(text)
    assert scored is not None and scored[0] == mood


def test_words_without_feeling_are_not_scored() -> None:
    assert mood_score("lamp, dog, laptop") is None


STEPS = [(f.id, s) for f in FLOWS.flows.values() for s in f.steps.values() if s.choices]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(STEPS), st.text(max_size=80))
def test_any_text_at_any_step_never_raises(place: tuple[str, object], text: str) -> None:
    flow_id, step = place
    found = MATCHER.match(flow_id, step, text)  # type: ignore[arg-type]
    assert found.option is None or found.option in step.choices  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("flow", "step", "text", "option"),
    [
        ("mydata", "export", "the middle one", "menu"),
        ("welcome", "ask_stage", "the second one", "phone_screen"),
        ("welcome", "ask_stage", "option 3", "interview"),
        ("welcome", "ask_heard", "the last one", "menu"),
        ("welcome", "ask_heard", "the first one", "call"),
    ],
)
def test_position_words_pick_by_place(flow: str, step: str, text: str, option: str) -> None:
    assert taken(flow, step, text) == option


@pytest.mark.parametrize(
    ("flow", "step", "text", "place"),
    [
        ("plan", "feedback_email", "phone one instead", "add"),  # "one" is a word, not a place
        ("ghosted", "open", "just 4 days", "menu"),  # a quantity, never option 4
        ("draft", "decide", "i want to edit it first", "hold"),  # "first" is not option 1
    ],
)
def test_numbers_inside_sentences_are_not_places(
    flow: str, step: str, text: str, place: str
) -> None:
    assert taken(flow, step, text) != place


@pytest.mark.parametrize(
    ("text", "option"),
    [("yh", "add"), ("ya", "add"), ("yesss", "add"), ("si", "add"), ("ja", "add"),
     ("oui", "add"), ("nope", "skip"), ("nah", "skip"), ("no ty", "skip"), ("nein", "skip"),
     ("hmm no", "skip"), ("oops, no", "skip")],
)  # fmt: skip
def test_slang_and_other_language_yes_no(text: str, option: str) -> None:
    assert taken("plan", "practise", text) == option


@pytest.mark.parametrize(
    ("flow", "step", "text", "option"),
    [
        ("settings", "show", "my tmezone", "tz"),
        ("checkins", "none", "chnage my setings", "settings"),
        ("checkin_feedback", "after", "bck to menuu", "menu"),
        ("welcome", "ask_heard", "the recruiter rang", "call"),
        ("welcome", "ask_heard", "they telephoned", "call"),
    ],
)
def test_word_level_typos_and_synonyms(flow: str, step: str, text: str, option: str) -> None:
    assert taken(flow, step, text) == option


@pytest.mark.parametrize(
    ("flow", "step", "text", "never"),
    [
        ("forget", "confirm", "dont delete", "erase"),
        ("forget", "confirm", "no dont erase it", "erase"),
        ("vent", "let_go", "dont forget it", "forget"),
        ("crisis", "lines", "i dont feel safe", "safe"),
        ("crisis", "lines", "safe-ish i think, not really sure", "safe"),
        ("crisis", "lines", "kind of", "safe"),
        ("crisis", "lines", "im ok-ish", "safe"),
        ("crisis", "lines", "yes i guess", "safe"),
        ("forget", "confirm", "probably delete it", "erase"),
    ],
)
def test_negated_or_doubtful_answers_never_pick_the_risky_option(
    flow: str, step: str, text: str, never: str
) -> None:
    assert taken(flow, step, text) != never


def test_dont_picks_the_no_option() -> None:
    assert taken("forget", "confirm", "dont delete") == "keep"
    assert taken("crisis", "lines", "i dont feel safe") == "not_safe"


@pytest.mark.parametrize(
    ("flow", "step", "text", "option"),
    [
        # the "one" of "Skip this one" is no number: "1" is the first option, "4" the skip
        ("plan", "feedback", "1", "email"),
        ("plan", "feedback", "one", "email"),
        ("plan", "feedback", "4", "skip"),
        ("plan", "fit_money", "1", "add"),
        ("plan", "thanks", "1", "note"),
        # a number in a label as an amount still names that option
        ("plan", "reconnect", "3 months", "m3"),
    ],
)
def test_a_bare_number_is_the_option_at_that_place_unless_a_label_counts_it(
    flow: str, step: str, text: str, option: str
) -> None:
    assert taken(flow, step, text) == option


@pytest.mark.parametrize(
    "text",
    ["I said already no weekly!", "no weekly", "weekly no", "No weekly. But remind me friday"],
)
def test_a_no_next_to_the_options_own_word_refuses_it(text: str) -> None:
    assert taken("plan", "weekly", text) == "no"


@pytest.mark.parametrize(("text", "option"), [("yes weekly", "yes"), ("sure, every week", "yes")])
def test_a_yes_with_the_options_word_still_takes_it(text: str, option: str) -> None:
    assert taken("plan", "weekly", text) == option
