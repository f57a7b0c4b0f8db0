"""Questions asked at a choices step: a number in a question or a quantity ("after 3 weeks",
"in 6 months") never picks an option by its place, and a plain question among words is
answered, then the step is asked again; nothing is picked or scheduled."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import App
from bot.core.model import Turn, UnderstoodKind, UserKey
from bot.flows.loader import load_flows_or_raise
from bot.understanding.matcher import Matcher
from tests.placing import place_of, put_at
from tests.replies import said

KEY = UserKey("console", "local", "sam")
FLOWS = load_flows_or_raise([Path(__file__).resolve().parent.parent / "dialogues"])
MATCHER = Matcher(FLOWS)


def taken(flow: str, step: str, text: str) -> str | None:
    found = MATCHER.match(flow, FLOWS.flows[flow].steps[step], text)
    return found.option.id if found.option else None


@pytest.mark.parametrize(
    "text",
    [
        "does following up after 3 weeks look desperate?",
        "is 3 too many follow ups?",
        "would 3 emails be too much?",
        "is 2 enough?",
        "until 3?",
        "hold 3?",
        "after 2 interviews",
        "it took them 3 weeks",
        "can i reapply in 3 months?",
    ],
)
def test_a_number_in_a_question_or_a_quantity_is_no_option_place(text: str) -> None:
    assert taken("draft", "risky", text) is None


def test_a_bare_number_still_picks_its_option() -> None:
    assert taken("draft", "risky", "3") == "hold"
    assert taken("draft", "risky", "option 3") == "hold"


async def test_a_question_at_the_draft_choices_is_answered_and_nothing_is_held(
    quiet_app: App,
) -> None:
    await put_at(
        quiet_app, KEY, "draft", "risky", asked=True, draft="You clowns.", draft_hostile="yes"
    )
    handled = await quiet_app.engine.handle_detailed(
        Turn(
            KEY,
            text="wait actually quick question. does following up after 3 weeks look desperate?",
        )
    )
    assert handled.understood is not None
    assert handled.understood.kind is UnderstoodKind.QUESTION
    assert "polite follow-up" in said(handled.replies)
    assert "calmer version" in said(handled.replies)  # the step is asked again
    conv = await place_of(quiet_app, KEY)
    assert (conv.flow, conv.step) == ("draft", "risky")


async def test_a_plain_question_at_the_checkins_choices_is_answered_not_taken(
    quiet_app: App,
) -> None:
    await put_at(quiet_app, KEY, "checkins", "manage", asked=True, checkins_listing="")
    handled = await quiet_app.engine.handle_detailed(Turn(KEY, text="can i reapply in 6 months?"))
    assert handled.understood is not None
    assert handled.understood.kind is UnderstoodKind.QUESTION
    assert "second try" in said(handled.replies)
    assert "Would you like to change anything?" in said(handled.replies)
    conv = await place_of(quiet_app, KEY)
    assert (conv.flow, conv.step) == ("checkins", "manage")
