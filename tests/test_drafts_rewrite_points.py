"""The calmer rewrite keeps points that hide inside jabs: facts in rhetorical questions, the reason
behind an insult, grievance lists, quoted words, asks behind a sarcastic lead, and the scorer's
fairness on emphasis words; also the bare one-word sarcastic verdict is flagged."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from bot.safety.draft_tidy import past
from bot.safety.drafts import review

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from drafts_eval import point_kept


def _calm(rewrite: str) -> None:
    again = review(rewrite)
    assert not again.hostile and again.families == (), (again.reasons, rewrite)


@pytest.mark.parametrize(
    ("draft", "kept"),
    [
        (
            "Did your recruiters even glance at my 8 years of Salesforce experience? Idiots.",
            "I have 8 years of Salesforce experience.",
        ),
        (
            "Is it normal for your team to set a 6-hour take-home and then cancel the role? Bah.",
            "I was surprised that your team would set a 6-hour take-home and then cancel the role.",
        ),
        (
            "Is it normal to need 10 weeks to reply to an application? Pathetic.",
            "I was surprised that it would need 10 weeks to reply to an application.",
        ),
        ("You're a gutless clown for rejecting me by text.", "I was turned down by text."),
        (
            "Loved hearing from a form letter that my interview was cancelled. Clowns.",
            "I was surprised to hear from a form letter that my interview was cancelled.",
        ),
        (
            "Your idiot recruiter said I was 'basically hired' on Monday.",
            "Your recruiter said I was basically hired on Monday.",
        ),
    ],
)
def test_facts_inside_jabs_are_kept_as_calm_statements(draft: str, kept: str) -> None:
    result = review(draft)
    assert result.hostile
    assert kept in result.rewrite, result.rewrite
    _calm(result.rewrite)


@pytest.mark.parametrize(
    ("draft", "ask"),
    [
        (
            "I'm posting about you on Reddit tonight. Before I do, I'd like the reason I was cut.",
            "I'd like the reason I was cut.",
        ),
        (
            "What a farce. Unless, of course, you'd like to tell me why my slides are in the deck.",
            "Could you tell me why my slides are in the deck?",
        ),
        ("Useless people. Kindly revert with feedback at the earliest.",
         "Could you get back to me with the feedback?"),
        ("Clowns. A short answer will do.", "A short answer would be helpful."),
        ("Idiots. Send my test results by Monday or I'm calling your CEO.",
         "Could you send my test results by Monday?"),
        ("Morons. Could a real person please look at my CV?",
         "Could a real person please look at my CV?"),
    ],
)  # fmt: skip
def test_asks_behind_a_jab_or_an_ultimatum_become_polite(draft: str, ask: str) -> None:
    result = review(draft)
    assert ask in result.rewrite, result.rewrite
    assert not re.search(r"(?i)reddit|CEO|unless|before I do|will do|revert", result.rewrite)
    _calm(result.rewrite)


def test_a_list_of_grievances_keeps_every_item_and_drops_the_insult() -> None:
    draft = (
        "Here is what you did:\n1. Moved my interview four times.\n2. Lost my portfolio.\n"
        "3. Rejected me by a text from an intern.\nYou're the worst company I've applied to."
    )
    result = review(draft)
    for point in ("four times", "lost my portfolio", "text from an intern"):
        assert point_kept(point, result.rewrite), result.rewrite
    assert "worst" not in result.rewrite
    _calm(result.rewrite)


def test_follow_ups_keep_their_count_and_dates_without_the_sarcastic_aside() -> None:
    result = review(
        "Per my last two emails (sent 3 June and 10 June, in case they fell into a black hole), "
        "I'm still waiting to hear if the Analyst role is filled. A yes or no will do."
    )
    assert "Following up on my last two emails (sent 3 June and 10 June)" in result.rewrite
    assert "A yes or no would be helpful." in result.rewrite
    assert "black hole" not in result.rewrite
    _calm(result.rewrite)


def test_a_deletion_request_is_kept_and_the_rewrite_does_not_ask_to_stay_in_touch() -> None:
    result = review("Delete my CV and my test answers from your systems. You wasted 4 weeks.")
    assert "Could you delete my CV and my test answers from your systems?" in result.rewrite
    assert "stay in touch" not in result.rewrite
    _calm(result.rewrite)


def test_shouted_drafts_keep_tool_names_and_lower_the_rest() -> None:
    result = review("I PASSED A 3-HOUR TEST IN JAVASCRIPT AND REACT AND YOU REJECTED ME. EXPLAIN.")
    assert "a 3-hour test in JavaScript and React" in result.rewrite, result.rewrite


@pytest.mark.parametrize(
    ("gerund", "past_tense"),
    [("rejecting", "rejected"), ("hiring", "hired"), ("sending", "sent"), ("copying", "copied"),
     ("stopping", "stopped"), ("using", "used")],
)  # fmt: skip
def test_past_tense_of_an_ing_form(gerund: str, past_tense: str) -> None:
    assert past(gerund) == past_tense


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("Turned down after 5 weeks. Lovely. Why?", True),
        ("No reply for a month. Great.", True),
        ("Thanks for the update. Great! When could we talk?", False),
        ("I was not selected after 2 rounds. Great to have met you all, though.", False),
        ("Could you please delete my CV from your records?", False),
    ],
)
def test_a_bare_sarcastic_verdict_after_bad_news_is_flagged(text: str, hostile: bool) -> None:
    families = review(text).families
    assert ("sarcasm" in families) is hostile
    assert hostile or "bridge" not in families


@pytest.mark.parametrize(
    ("point", "rewrite", "kept"),
    [
        ("actual reason", "Could you tell me the reason?", True),
        ("TWICE", "I did the test two times.", True),
        ("two times", "I did it twice.", True),
        ("what actually changed", "Could you tell me what changed?", True),
        ("3 rounds", "I did two rounds.", False),
        ("real feedback", "Could you reply?", False),
    ],
)
def test_the_scorer_ignores_emphasis_but_not_facts(point: str, rewrite: str, kept: bool) -> None:
    assert point_kept(point, rewrite) is kept
