"""The rewrite opens with what the draft is, and cut sarcasm leaves no fragment behind."""

from __future__ import annotations

from datetime import date

import pytest

from bot.checkins.prefs import parse_date
from bot.primitives.calendar_words import MONTHS, WEEKDAYS
from bot.safety.draft_asks import polite_ask, trailing_ask
from bot.safety.draft_opener import intent
from bot.safety.draft_rewrite import extract_points
from bot.safety.draft_trim import without_sharpest
from bot.safety.drafts import review


def _opening(draft: str) -> str:
    return review(draft).rewrite.split("\n\n")[1]


@pytest.mark.parametrize(
    ("draft", "opening"),
    [
        ("4 rounds and a form rejection, you clowns. Tell me why.",
         "I'd like to ask about the decision on my application."),
        ("Rejected after a 6 hour take-home. Pathetic. I want feedback on the take-home.",
         "I'd like to ask for feedback on my take-home task."),
        ("3 weeks of silence since my interview. Pathetic. Is the role filled or not?",
         "I'd like to follow up on my application."),
        ("Keep your lowball offer for the Data Analyst role, you clowns.",
         "I'd like to reply to your offer for the Data Analyst role: I've decided to decline it."),
        ("I withdraw my application, you clowns. Remove me from your list.",
         "I'd like to withdraw my application."),
        ("You clowns still owe me 86 pounds for the train. Pay me back.",
         "I'd like to ask about a payment linked to my application."),
        ("Useless people. Delete my CV and confirm it in writing.",
         "I'd like to ask about the personal details I shared with my application."),
        ("Your interviewer was 40 minutes late to my panel interview. Clowns.",
         "I'd like to share some thoughts on my interview."),
    ],
)  # fmt: skip
def test_the_opener_matches_what_the_draft_is(draft: str, opening: str) -> None:
    result = review(draft)
    assert result.hostile
    assert _opening(draft) == opening
    assert not review(result.rewrite).hostile


@pytest.mark.parametrize(
    ("draft", "opening"),
    [
        ("I spent my weekend on your case study and got a template back. Clowns. I want feedback.",
         "I'd like to ask for feedback on my case study."),
        ("My application was strong and you idiots binned it. I want feedback.",
         "I'd like to ask for feedback on my application."),
        ("Your coding test was rigged, morons. Send me my results.",
         "I'd like to ask for feedback on my coding test."),
        ("The online assessment took 3 hours and you reject me in 10 minutes? Pathetic. Feedback?",
         "I'd like to ask for feedback on my online assessment."),
        ("Two interviews and a take-home, then silence. Pathetic. I want feedback.",
         "I'd like to ask for feedback on my interview."),
    ],
)  # fmt: skip
def test_the_opener_names_only_what_the_draft_names(draft: str, opening: str) -> None:
    result = review(draft)
    assert result.hostile
    assert _opening(draft) == opening
    if "interview" not in draft.lower():
        assert "interview" not in result.rewrite.lower()


def test_a_draft_that_is_not_following_up_does_not_say_it_is() -> None:
    assert intent("Why was I rejected after four rounds?") == "why"
    assert "follow up" not in review("Four rounds and you reject me, idiots. Why?").rewrite


def test_a_no_or_a_withdrawal_is_said_once_by_the_opener() -> None:
    rewrite = review("I withdraw my application, you clowns.").rewrite
    assert rewrite.count("withdraw") == 1
    rewrite = review("Keep your offer for the QA role, I am not interested. Insulting.").rewrite
    assert "Keep your" not in rewrite and "decline" in rewrite


@pytest.mark.parametrize(
    ("draft", "kept", "gone"),
    [
        ("Thanks so much for the two line email after four rounds. Much appreciated. Why?",
         "I received the two line email after four rounds.", "uch for"),
        ("Yeah thanks for the rejection text at 11pm on a Sunday, super professional. Idiots.",
         "I received the rejection text at 11pm on a Sunday.", "professional"),
        ("Thanks a lot for wasting my annual leave, clowns. I took 3 days off for your "
         "assessment centre in Leeds.", "3 days off", "for spent"),
        ("Oh wonderful, a rejection on Christmas Eve after 3 interviews. Really classy.",
         "3 interviews", "onderful"),
    ],
)  # fmt: skip
def test_cut_sarcasm_leaves_no_fragment(draft: str, kept: str, gone: str) -> None:
    result = review(draft)
    assert result.hostile
    assert kept in result.rewrite and gone not in result.rewrite


def test_so_much_is_not_split_as_a_clause() -> None:
    rewrite = review("Thanks so much for the one-line rejection after 5 rounds. Clowns.").rewrite
    assert "For context: much" not in rewrite and "5 rounds" in rewrite


def test_asks_inside_an_ultimatum_or_after_so_are_kept_as_asks() -> None:
    assert polite_ask("Either pay me the rate of 500 dollars or credit me.") == (
        "Could you pay me the rate of 500 dollars or credit me?"
    )
    assert trailing_ask("I did the paperwork already, so can you confirm you'll delete it.") == (
        "I did the paperwork already.",
        "Could you confirm you'll delete it?",
    )


def test_a_fact_the_tone_model_hears_as_pointed_first_loses_its_your() -> None:
    sentence = "I was asked to do a case study on your Q3 pricing strategy."
    sharp = {sentence: 0.9}
    assert without_sharpest(sentence, lambda s: sharp.get(s, 0.2)) == (
        "I was asked to do a case study on the Q3 pricing strategy."
    )
    rewrite = review(
        "Hey, so you made me do a case study on your Q3 pricing strategy, which you're now "
        "apparently using. Either pay me the freelance rate of 500 dollars or credit me."
    ).rewrite
    assert "Q3 pricing strategy" in rewrite and "500 dollars" in rewrite


def test_month_and_weekday_names_are_written_once_for_dates_and_the_rewrite() -> None:
    assert len(MONTHS) == 12 and len(WEEKDAYS) == 7
    assert parse_date("1 sept", date(2026, 1, 5)) == date(2026, 9, 1)
    assert parse_date("December 3", date(2026, 1, 5)) == date(2026, 12, 3)
    assert extract_points("I interviewed at Friday Labs on Friday, idiots.").company is None
    assert extract_points("I interviewed at Brightline in March, idiots.").company == "Brightline"


def test_the_opener_chosen_never_costs_a_point_and_the_rewrite_is_never_flagged() -> None:
    result = review(
        "You made me do an unpaid 2-day trial at the bakery, then said the manager job no longer "
        "exists. Pay me for the 2 days, you clowns."
    )
    assert "no longer exists" in result.rewrite
    # the ask itself is kept now that the name said last goes; the opener may then be a plain one
    assert "payment" in result.rewrite or "pay me for the 2 days" in result.rewrite
    assert not review(result.rewrite).hostile


def test_after_a_rejection_the_calmer_version_never_follows_up_on_the_application() -> None:
    """A rejection said beside a wait ("no reply") asks about the decision, not for a chase."""
    draft = (
        "Thanks for the rejection email after I waited 3 weeks with no reply. It really shows "
        "how much you value candidates time. I did 2 interviews."
    )
    result = review(draft)
    assert result.hostile
    assert "follow up on my application" not in result.rewrite
    assert "decision on my application" in result.rewrite
    assert "value candidates time" not in result.rewrite
    assert "3 weeks" in result.rewrite and "2 interviews" in result.rewrite
