"""Typed answers that ask, request or carry on, over the real bot and flows: asking what the
waiting question is about is not a yes to it; a safety-plan question is answered where it is
asked; more venting at "Do you want to keep going?" is kept as that option's text; "changed my
mind" is a no; "please stop ..." names the stopping option, and a word of another option's label
("later") is not read as a plain no."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import App
from bot.core.model import Conversation, Turn, UnderstoodKind, UserKey
from bot.flows.loader import load_flows_or_raise
from bot.understanding.matcher import Matcher
from bot.understanding.yesno import polarity
from tests.placing import place_of, put_at
from tests.replies import said

KEY = UserKey("console", "local", "sam")
FLOWS = load_flows_or_raise([Path(__file__).resolve().parent.parent / "dialogues"])
MATCHER = Matcher(FLOWS)


async def at(app: App, flow: str, step: str, **vars_: str) -> None:
    await put_at(app, KEY, flow, step, asked=True, **vars_)


async def place(app: App) -> Conversation:
    return await place_of(app, KEY)


def taken(flow: str, step: str, text: str) -> str | None:
    found = MATCHER.match(flow, FLOWS.flows[flow].steps[step], text)
    return found.option.id if found.option else None


async def test_asking_what_a_safety_plan_is_answers_it_and_starts_nothing(quiet_app: App) -> None:
    await at(quiet_app, "safetyplan", "intro")
    handled = await quiet_app.engine.handle_detailed(Turn(KEY, text="so whats a safety plan?"))
    assert handled.understood is not None and handled.understood.kind is UnderstoodKind.QUESTION
    assert "calm down" in said(handled.replies)
    conv = await place(quiet_app)
    assert (conv.flow, conv.step) == ("safetyplan", "intro")


async def test_asking_for_a_different_reminder_time_is_not_a_yes(quiet_app: App) -> None:
    await at(quiet_app, "remind", "when", reminder_day="tomorrow", reminder_in="1d", reminder_at="")
    handled = await quiet_app.engine.handle_detailed(
        Turn(KEY, text="could you remind me at 7pm rather?")
    )
    assert handled.understood is not None
    assert handled.understood.kind is not UnderstoodKind.CHOICE
    conv = await place(quiet_app)
    assert (conv.flow, conv.step) == ("remind", "when")


async def test_more_venting_at_keep_going_is_kept_as_there_is_more(quiet_app: App) -> None:
    await quiet_app.engine.handle(Turn(KEY, text="/vent"))
    await quiet_app.engine.handle(Turn(KEY, text="they said no after four rounds of interviews"))
    handled = await quiet_app.engine.handle_detailed(
        Turn(KEY, text="and on top of that they gave it to a friend of the manager")
    )
    assert handled.understood is not None
    assert handled.understood.kind is UnderstoodKind.ANSWER
    assert handled.understood.choice == "There's more"


@pytest.mark.parametrize("text", ["changed my mind", "i changed my mind", "on second thought"])
def test_changing_ones_mind_is_a_no(text: str) -> None:
    assert polarity(text)[0] == "no"
    assert taken("checkins", "confirm_all", text) == "back"


def test_please_before_a_request_names_the_request_not_a_yes() -> None:
    assert taken("checkin_weekly", "again", "please stop sending the weekly ones") == "stop"
    assert taken("checkin_weekly", "again", "please") == "again"


def test_a_word_of_another_options_label_is_not_a_plain_no() -> None:
    assert taken("plan", "review", "later, add it to the plan") == "add"
    assert taken("plan", "review", "nah skip it") == "skip"


async def test_a_loose_match_at_a_grounding_step_is_kept_as_what_was_named(quiet_app: App) -> None:
    await at(quiet_app, "grounding", "taste")
    handled = await quiet_app.engine.handle_detailed(Turn(KEY, text="took a sip of tea"))
    assert handled.understood is not None
    assert handled.understood.kind is UnderstoodKind.ANSWER
    assert handled.understood.choice == "Done"
    assert (await place(quiet_app)).vars.get("taste_text") == "took a sip of tea"


async def test_stopping_at_a_grounding_step_still_stops(quiet_app: App) -> None:
    await at(quiet_app, "grounding", "taste")
    handled = await quiet_app.engine.handle_detailed(Turn(KEY, text="i want to stop please"))
    assert handled.understood is not None and handled.understood.choice == "Stop here"


def test_being_too_nervous_to_ask_is_not_having_asked() -> None:
    assert taken("checkin_feedback", "open", "tbh i was too nervous to ask them") == ("not_asked")
