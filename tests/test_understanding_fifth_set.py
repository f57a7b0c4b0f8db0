"""Matching fixes found on the fifth development set, over the real flows: the last clause of a
long answer can say what it means ("..., so i'll tweak it"); "maybe" before a verb of doing is a
suggestion, not a doubt; a word of one option inside a longer phrase of another names the longer
one; "help me ..." and the Spanish "para ..." do not name the help or stop options from inside a
sentence; a hedge between two mood words is asked about; and a short answer in words only the
Spanish flows know is read in Spanish, even from someone spoken to in English; a Spanish
ordinal ("la segunda") names an option by its place; at a mood question, an answer that is a
whole example of a mood ("not great not terrible") is that mood, whatever its sentiment; and
at a question that keeps any text, one loosely near option does not stop it being kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import App
from bot.core.model import Turn, UnderstoodKind, UserKey
from bot.flows.loader import load_flows_or_raise
from bot.understanding.matcher import Matcher
from bot.understanding.other_language import leans_to
from tests.placing import put_at

KEY = UserKey("console", "local", "ana")
FLOWS = load_flows_or_raise([Path(__file__).resolve().parent.parent / "dialogues"])
MATCHER = Matcher(FLOWS)
SPANISH = Matcher(FLOWS.languages["es"])


def taken(flow: str, step: str, text: str, matcher: Matcher = MATCHER) -> str | None:
    found = matcher.match(flow, matcher.flows.flows[flow].steps[step], text)
    return found.option.id if found.option else None


@pytest.mark.parametrize(
    ("flow", "step", "text", "option"),
    [
        ("checkin_draft", "how", "the opening line reads a bit whiny, gonna tweak it", "change"),
        (
            "checkin_mood",
            "better",
            "nice, maybe look at the plan since i have a little energy today",
            "plan",
        ),
        (
            "checkin_mood",
            "low",
            "i should talk to an actual person i think, this is beyond a bad day",
            "help",
        ),
        ("checkin_mood", "low", "help me see it some other way", "reframe"),
    ],
)
def test_long_and_loose_answers(flow: str, step: str, text: str, option: str) -> None:
    assert taken(flow, step, text) == option


def test_para_inside_a_spanish_sentence_is_for_not_stop() -> None:
    assert taken("crisis", "choose", "algo para calmarme un poco", SPANISH) == "ground"
    assert taken("crisis", "choose", "para", SPANISH) == "stop"


def test_a_hedge_between_two_mood_words_is_asked_about() -> None:
    step = FLOWS.flows["mood"].steps["ask"]
    found = MATCHER.match("mood", step, "somewhere between low and shaky")
    assert found.option is None
    assert [o.id for o in found.candidates] == ["m2", "m3"]


def test_words_only_the_spanish_flows_know_lean_to_spanish() -> None:
    assert leans_to("cancela todos", MATCHER.speller, SPANISH.speller)
    assert leans_to("voy a esperar", MATCHER.speller, SPANISH.speller)
    assert not leans_to("cancel them all", MATCHER.speller, SPANISH.speller)
    assert not leans_to("ok", MATCHER.speller, SPANISH.speller)


@pytest.mark.parametrize(
    ("flow", "step", "text", "label"),
    [
        ("checkins", "manage", "cancela todos", "Cancel all of them"),
        ("ghosted", "wait", "voy a esperar", "I'll wait for now"),
    ],
)
async def test_a_short_spanish_answer_from_someone_spoken_to_in_english(
    quiet_app: App, flow: str, step: str, text: str, label: str
) -> None:
    await put_at(quiet_app, KEY, flow, step, asked=True)
    handled = await quiet_app.engine.handle_detailed(Turn(KEY, text=text))
    assert handled.understood is not None
    assert handled.understood.choice == label


async def test_mood_words_hedged_between_two_points_are_not_scored(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "mood", "ask", asked=True)
    handled = await quiet_app.engine.handle_detailed(
        Turn(KEY, text="somewhere between awful and low")
    )
    assert handled.understood is None or handled.understood.kind is not UnderstoodKind.CHOICE


@pytest.mark.parametrize(
    ("text", "option"),
    [
        ("la primera", "vent"),
        ("la segunda opción", "draft"),
        ("el tercero", "reframe"),
        ("opción 2", "draft"),
        ("la última", "menu"),
        ("espera un segundo", None),
        ("en mi cuarto", None),
    ],
)
def test_spanish_ordinals_name_an_option_by_its_place(text: str, option: str | None) -> None:
    assert taken("welcome", "offer", text) == option


async def test_a_mood_said_as_a_whole_example_is_that_mood(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "checkin_mood", "open", asked=True)
    handled = await quiet_app.engine.handle_detailed(Turn(KEY, text="not great not terrible"))
    assert handled.understood is not None
    assert handled.understood.choice == "3 · shaky"


async def test_a_loose_lone_candidate_does_not_stop_a_free_answer_being_kept(
    quiet_app: App,
) -> None:
    await put_at(quiet_app, KEY, "grounding", "taste", asked=True)
    handled = await quiet_app.engine.handle_detailed(Turn(KEY, text="un trago de agua"))
    assert handled.understood is not None
    assert handled.understood.kind is UnderstoodKind.ANSWER
