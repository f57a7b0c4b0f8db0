"""A threat, an ill wish or name-calling leaves no piece of itself in the calmer version: the
line goes whole, the facts before it stay, and a last check drops anything that slipped by."""

from __future__ import annotations

import re

import pytest

from bot.safety.draft_harm import before_harm, looks_cut
from bot.safety.draft_net import without_harm
from bot.safety.draft_rules import find_hits
from bot.safety.drafts import review

_FACTS = (
    "Hi Tom,\nI did four rounds with your team and a take-home that ate my entire weekend, "
    "and all I got was a one-line email."
)

PLAYTEST = (
    _FACTS + " Honestly that's pathetic. I'm going to tag you and your CEO on LinkedIn so "
    "everyone knows how you treat candidates.\nLena"
)

VARIANTS = {
    "one long sentence": (
        "Hi Tom,\nI did four rounds with your team and a take-home that ate my entire weekend, "
        "and all I got was a one-line email, and honestly that's pathetic, so I'm going to tag "
        "you and your CEO on LinkedIn so everyone knows how you treat candidates.\nLena",
        ("tag", "linkedin", "everyone knows", "pathetic", "that's", "treat candidates"),
    ),
    "glassdoor": (
        _FACTS + " I'm going to post about this on Glassdoor and tell everyone what a joke your "
        "process is.\nLena",
        ("glassdoor", "post", "joke", "tell everyone"),
    ),
    "twitter": (
        _FACTS + " I'm going to tweet screenshots of your email and tag your CEO on Twitter.\nLena",
        ("tweet", "twitter", "tag", "screenshots"),
    ),
    "make sure everyone knows": (
        _FACTS + " I'll make sure everyone knows how you treat people.\nLena",
        ("make sure", "everyone knows", "treat people"),
    ),
    "lawyer": (
        _FACTS + " Expect to hear from my lawyer about the unpaid take-home.\nLena",
        ("lawyer", "expect", "hear from", "unpaid"),
    ),
    "linkedin post": (
        _FACTS + " I'll be writing a LinkedIn post naming you, and your CEO will be tagged in it."
        "\nLena",
        ("linkedin", "naming", "tagged", "ceo"),
    ),
}

_ROUGH = {"threat", "ill_will", "insult"}


def _body(rewrite: str) -> str:
    """The rewrite without its greeting and sign-off."""
    return "\n\n".join(rewrite.split("\n\n")[1:-1])


def _assert_facts_kept(rewrite: str) -> None:
    assert rewrite.startswith("Hi Tom,")
    assert rewrite.rstrip().endswith("Lena")
    for fact in ("four rounds", "take-home", "one-line email"):
        assert fact in rewrite, (fact, rewrite)


def test_the_playtest_draft_keeps_the_facts_and_no_piece_of_the_threat() -> None:
    result = review(PLAYTEST)
    assert result.hostile and "threat" in result.families
    _assert_facts_kept(result.rewrite)
    body = _body(result.rewrite).lower()
    for piece in ("tag", "linkedin", "ceo", "everyone knows", "treat candidates", "pathetic"):
        assert piece not in body, (piece, result.rewrite)
    assert not re.search(r"(?m)(?:^|[.!?] )Tag\b", result.rewrite)


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_threat_variants_leave_no_fragment_and_keep_the_facts(name: str) -> None:
    draft, pieces = VARIANTS[name]
    result = review(draft)
    assert result.hostile
    _assert_facts_kept(result.rewrite)
    body = _body(result.rewrite)
    for piece in pieces:
        assert piece not in body.lower(), (piece, result.rewrite)
    assert not [h.family for h in find_hits(body) if h.family in _ROUGH]


def test_a_threat_goes_with_the_rest_of_its_sentence_and_its_opening_verb() -> None:
    assert before_harm("I'm going to tag you and your CEO on LinkedIn so everyone knows.") == ""
    assert before_harm("I did four rounds and I'm going to tweet this and tag you on Twitter.") == (
        "I did four rounds"
    )
    # what they will do themselves is not a threat: only the threat goes
    assert before_harm("If I don't hear back by Friday I'll withdraw and tell everyone.") == (
        "If I don't hear back by Friday I'll withdraw"
    )
    assert before_harm("I did four rounds over two weeks.") == "I did four rounds over two weeks."


def test_a_name_call_with_nothing_else_in_its_clause_goes_whole_and_leaves_no_stub() -> None:
    result = review(_FACTS + " Honestly that's pathetic.\nLena")
    _assert_facts_kept(result.rewrite)
    assert "that's" not in _body(result.rewrite).lower()


def test_a_name_call_around_a_fact_is_softened_and_the_fact_stays() -> None:
    result = review("You're a spineless coward for rejecting me over voicemail. Call me back.")
    assert "voicemail" in result.rewrite
    assert "coward" not in result.rewrite


def test_the_last_check_drops_a_harmful_or_cut_sentence_and_keeps_greeting_and_sign_off() -> None:
    rewrite = (
        "Hi Tom,\n\nI'd like to share some thoughts on my interview.\n\n"
        "I did four rounds. Tag you and your CEO so everyone knows how you treat candidates. "
        "Expect to hear from my lawyer.\n\nKind regards,\nLena"
    )
    out = without_harm(rewrite)
    assert out == (
        "Hi Tom,\n\nI'd like to share some thoughts on my interview.\n\n"
        "I did four rounds.\n\nKind regards,\nLena"
    )
    calm = "Hi Tom,\n\nI did four rounds.\n\nCould you tell me why?\n\nKind regards,\nLena"
    assert without_harm(calm) == calm


def test_an_order_left_from_a_cut_threat_is_named_but_a_polite_ask_is_not() -> None:
    assert looks_cut("Tag you and your CEO so everyone knows how you treat candidates.")
    assert looks_cut("Post this on Glassdoor.")
    assert not looks_cut("Could you tell me why?")
    assert not looks_cut("Tell me what I could do better.")
    assert not looks_cut("I did four rounds.")


def test_a_verdict_left_once_its_insult_is_cut_goes_whole() -> None:
    draft = (
        "Hi Dana,\n\nYou are the most useless recruiter I have ever dealt with. I didn't hear back "
        "for 3 weeks and then you sent a form rejection for a role I was overqualified for.\n\n"
        "I'm going to leave a Glassdoor review naming you personally.\n\nRosa"
    )
    calmer = review(draft).rewrite or ""
    assert "most" not in calmer.lower() and "recruiter i have ever" not in calmer.lower()
    assert "3 weeks" in calmer and "form rejection" in calmer and "Rosa" in calmer
    assert without_harm("Hi,\n\nYou are the most recruiter I know. I waited.\n\nRosa") == (
        "Hi,\n\nI waited.\n\nRosa"
    )
