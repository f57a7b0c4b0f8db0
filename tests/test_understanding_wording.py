"""Answers said another way: lengths of time read as ranges, a negation that governs only its own
clause, a soft "ok" before words naming an option, hedges and reservations only where they
qualify the answer, and an option that is itself a question asked back as a question."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.flows.loader import load_flows_or_raise
from bot.flows.model import FlowSet
from bot.understanding.durations import label_span, lengths_said, option_lasting, spans_of
from bot.understanding.matcher import Matcher

DIALOGUES = Path(__file__).resolve().parent.parent / "dialogues"
FLOWS: FlowSet = load_flows_or_raise([DIALOGUES])
MATCHER = Matcher(FLOWS)


def taken(flow: str, step: str, text: str) -> str | None:
    found = MATCHER.match(flow, FLOWS.flows[flow].steps[step], text)
    return found.option.id if found.option else None


@pytest.mark.parametrize(
    ("text", "option"),
    [
        ("eleven days", "medium"),
        ("13 days now", "medium"),
        ("over a week", "medium"),
        ("two days", "short"),
        ("about five weeks", "long"),
        ("more than a month, nearly seven weeks", "long"),
        ("a couple of months", "long"),
    ],
)
def test_a_length_of_time_picks_the_range_it_falls_in(text: str, option: str) -> None:
    assert taken("ghosted", "open", text) == option


def test_label_ranges_and_lengths_said() -> None:
    assert label_span("Less than a week") == (0.0, 7.0, True, False)
    assert label_span("One to three weeks") == (7.0, 21.0, True, True)
    assert label_span("Two weeks") is None
    assert lengths_said("eleven days") == [11.0]
    over, under = lengths_said("more than a month, almost seven weeks")
    assert 30 < over < 35 and 42 < under < 49
    labels = ["Less than a week", "One to three weeks", "Longer, or I've already followed up"]
    spans = spans_of(labels)
    assert spans[2] is not None and spans[2][0] == 21.0
    assert option_lasting(labels, spans, "nine days") == 1
    assert option_lasting(labels, spans, "two months") == 2
    assert (
        option_lasting(["One week", "Two weeks", "A month"], spans_of(["x"] * 3), "ten days")
        is None
    )


def test_single_lengths_still_pick_their_own_option() -> None:
    assert taken("pause", "ask", "fourteen days") == "two_weeks"
    assert taken("plan", "reconnect", "half a year from now, 6 months") == "m6"


@pytest.mark.parametrize(
    ("flow", "step", "text", "option"),
    [
        # the negation governs its own clause; the next clause names the answer
        ("crisis_followup", "hello", "not good, it's got worse today", "worse"),
        # a negation that is part of the option's own words is not a "no"
        ("checkin_reconnect", "message", "i dont care about them anymore", "skip"),
        # and "dont X" is still never X
        ("forget", "confirm", "dont erase anything", "keep"),
    ],
)
def test_a_negation_governs_its_own_clause(flow: str, step: str, text: str, option: str) -> None:
    assert taken(flow, step, text) == option


def test_a_soft_ok_before_words_naming_an_option_is_not_a_yes() -> None:
    assert taken("vent", "heard", "alright im done for now") == "done"
    assert taken("vent", "heard", "yeah ok") == "more"


def test_a_hedge_about_something_else_does_not_make_a_yes_doubtful() -> None:
    long_yes = "yes! they sent me some notes last night, kind of blunt but fair"
    assert taken("checkin_feedback", "open", long_yes) == "got"
    assert taken("forget", "confirm", "yes i guess") is None
    assert taken("forget", "confirm", "yes but wait") is None


def test_an_option_that_is_a_question_can_be_asked_back() -> None:
    assert taken("ghosted", "template", "what if they ignore this one as well?") == "let_go"
