"""Matching fixes found on the development sets, over the real flows: a real word is never
"corrected" into a longer one ("actual" is not "actually"), an option that is itself about not
doing something ("Quiet hours") is not ruled out by the "don't" that names it, nor a no option
by the "not" of its own words ("not much, it was generic" is "Not really"), and an option's
word opening an answer that matched nothing takes that option with the rest as its answer
("add: update linkedin" at the plan); a big city named is a time zone ("im in tokyo now")."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import App
from bot.core.model import Turn, UserKey
from bot.flows.loader import load_flows_or_raise
from bot.understanding.lexicon import Speller
from bot.understanding.matcher import Matcher
from tests.placing import place_of, put_at
from tests.replies import said

KEY = UserKey("console", "local", "lou")
FLOWS = load_flows_or_raise([Path(__file__).resolve().parent.parent / "dialogues"])
MATCHER = Matcher(FLOWS)


def taken(flow: str, step: str, text: str) -> str | None:
    found = MATCHER.match(flow, FLOWS.flows[flow].steps[step], text)
    return found.option.label if found.option else None


def test_a_whole_word_is_not_corrected_into_a_longer_one() -> None:
    speller = Speller(["actually", "totally", "settings", "check"])
    assert speller.correct("an actual person a total failure") == "an actual person a total failure"
    assert speller.correct("chek setings") == "check settings"


@pytest.mark.parametrize(
    ("flow", "step", "text", "label"),
    [
        ("settings", "show", "dont text me after 10pm", "Quiet hours"),
        ("settings", "show", "dont change anything", "Nothing, thanks"),
        ("checkins", "none", "chek-in setings", "My check-in settings"),
        ("welcome", "offer", "help me not see this as a total failure", "Look at it differently"),
        ("settings", "show", "im in tokyo for a month", "Time zone"),
        ("checkin_feedback", "got", "not much, it was pretty generic stuff", "Not really"),
        ("checkins", "manage", "moved to denver, times are off", "Change the time or time zone"),
    ],
)
def test_words_people_use(flow: str, step: str, text: str, label: str) -> None:
    assert taken(flow, step, text) == label


@pytest.mark.parametrize("typed", ["add: update linkedin", "add 'call maria about referrals'"])
async def test_an_option_word_opening_an_answer_keeps_the_rest(quiet_app: App, typed: str) -> None:
    await put_at(quiet_app, KEY, "plan", "show", asked=True)
    handled = await quiet_app.engine.handle_detailed(Turn(KEY, text=typed))
    step = typed.split(" ", 1)[1].strip("'")
    assert f"[ ] {step}" in said(handled.replies)
    assert (await place_of(quiet_app, KEY)).step == "show"


async def test_add_it_to_my_plan_is_no_step_of_its_own(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "plan", "show", asked=True)
    handled = await quiet_app.engine.handle_detailed(Turn(KEY, text="add it to my plan"))
    assert "[ ] it to my plan" not in said(handled.replies)
