"""Matching fixes found on the even half of the seventh development set, over the real flows:
"actually" ending a sentence stresses a yes rather than holding it back; a denied good with no
distress ("meh. not great") is never an awful mood; the Spanish scale's own word for 5 ("bien")
is a 5, never "bruised but fine"; waiting patiently is waiting; a lone loose candidate with
nothing near is taken, unless the answer opens by not knowing; fillers ("actually", "lol") do
not hide a common question; a request to go somewhere may say for how long ("un rato")."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.flows.loader import load_flows_or_raise
from bot.questions import find_questions
from bot.understanding.going import place_asked
from bot.understanding.matcher import Matcher
from bot.understanding.mood import mood_score, swings

ROOT = Path(__file__).resolve().parent.parent
FLOWS = load_flows_or_raise([ROOT / "dialogues"])
MATCHER = Matcher(FLOWS)
SPANISH = Matcher(FLOWS.languages["es"])


def taken(flow: str, step: str, text: str, matcher: Matcher = MATCHER) -> str | None:
    found = matcher.match(flow, matcher.flows.flows[flow].steps[step], text)
    return found.option.id if found.option else None


def test_actually_ending_a_sentence_stresses_the_yes() -> None:
    assert taken("checkin_feedback", "open", "yeah they replied actually! a couple points") == "got"


def test_actually_after_a_yes_before_more_words_still_holds_it_back() -> None:
    found = MATCHER.match(
        "checkin_feedback",
        FLOWS.flows["checkin_feedback"].steps["open"],
        "yes actually wait they only said thanks",
    )
    assert found.option is None or (found.score or 0) < 0.95


@pytest.mark.parametrize("text", ["meh. not great", "not ok, really not ok", "not good"])
def test_a_denied_good_without_distress_is_not_awful(text: str) -> None:
    scored = mood_score(text)
    assert scored is not None and scored[0] >= 2


def test_a_denied_good_with_distress_can_still_be_low() -> None:
    scored = mood_score("not good, i cant stop crying, its awful")
    assert scored is not None and scored[0] <= 2


@pytest.mark.parametrize(("flow", "step"), [("mood", "ask"), ("welcome", "ask_mood")])
@pytest.mark.parametrize("text", ["bien", "bien, la verdad"])
def test_spanish_bien_is_the_scales_five(flow: str, step: str, text: str) -> None:
    assert taken(flow, step, text, SPANISH) == "m5"


def test_bruised_but_fine_in_spanish_is_still_a_four() -> None:
    assert taken("welcome", "ask_mood", "me dolió pero estoy bien", SPANISH) == "m4"


def test_being_patient_is_waiting() -> None:
    assert taken("ghosted", "wait", "ok i'll just be patient i guess") == "done"


@pytest.mark.parametrize(
    ("flow", "step", "text", "option"),
    [
        ("checkin_weekly", "again", "got a job!! so no need anymore", "stop"),
        ("ghosted", "let_go", "ok then, what should i focus on instead", "plan"),
    ],
)
def test_a_lone_loose_candidate_with_nothing_near_is_taken(
    flow: str, step: str, text: str, option: str
) -> None:
    assert taken(flow, step, text) == option


def test_not_knowing_what_they_need_is_never_taken_as_a_lone_candidate() -> None:
    assert taken("welcome", "offer", "i dont know what i need") is None


def test_fillers_do_not_hide_a_common_question() -> None:
    book = find_questions([ROOT / "dialogues"])
    assert book is not None
    found = book.match("is someone actually reading this lol")
    assert found is not None and found.question.id == "is_human"


@pytest.mark.parametrize(
    ("text", "place"),
    [("quiero desahogarme un rato", "desahogarme"), ("can we do the plan for a bit", "plan")],
)
def test_a_request_may_end_with_how_long(text: str, place: str) -> None:
    assert place_asked(text) == place


@pytest.mark.parametrize(
    "text",
    ["kinda all over the place, one minute fine next minute not", "up and down, mostly fine"],
)
def test_a_mood_that_keeps_changing_is_the_middle(text: str) -> None:
    assert swings(text)
    assert mood_score(text) == (3, 0.7)


def test_a_steady_mood_does_not_swing() -> None:
    assert not swings("fine, a bit sore") and not swings("one more rejection, feeling low")


@pytest.mark.parametrize("text", ["hurt but ill live", "it stings but ill survive"])
def test_ill_before_a_verb_is_i_will_not_sick(text: str) -> None:
    scored = mood_score(text)
    assert scored is not None and scored[0] >= 3


def test_ill_as_sick_is_still_low() -> None:
    scored = mood_score("feeling sick and ill")
    assert scored is not None and scored[0] <= 2
