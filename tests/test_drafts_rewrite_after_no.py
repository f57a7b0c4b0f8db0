"""The calmer version after a rejection: a line the review flags as sarcastic is never copied
into it word for word (a fact it carries may stay, said plainly), and it never offers to
"follow up on my application" once the draft says they were turned down."""

from __future__ import annotations

import pytest

from bot.safety.draft_opener import opener
from bot.safety.drafts import review

SARCASTIC = "really shows how much you value candidates time"


@pytest.mark.parametrize(
    "draft",
    [
        "Hi Sarah,\n\nI got your rejection email today. Waiting three weeks to send a two line "
        "rejection really shows how much you value candidates time. I'd like to know why I was "
        "rejected.\n\nThanks,\nTom",
        "Hi Sarah, thanks for letting me know. Three weeks of silence and then a form email "
        "really shows how much you value candidates time. Can you tell me what went wrong?",
        "Hi Mark, I was rejected after 3 interviews. Really shows how much you value candidates "
        "time.",
    ],
)
def test_a_sarcastic_line_is_flagged_and_never_copied(draft: str) -> None:
    r = review(draft)
    assert "sarcasm" in r.families, r.families
    assert r.rewrite, "a calmer version is offered"
    assert SARCASTIC not in r.rewrite.lower(), r.rewrite
    assert "value candidates" not in r.rewrite.lower(), r.rewrite


def test_the_fact_in_a_sarcastic_line_stays() -> None:
    r = review(
        "Hi Sarah,\n\nWaiting three weeks to send a two line rejection really shows how much "
        "you value candidates time. I'd like to know why I was rejected.\n\nThanks,\nTom"
    )
    assert "three weeks" in r.rewrite, r.rewrite


def test_earnest_thanks_for_their_time_is_not_sarcasm() -> None:
    r = review("Thank you for your time. I really value the time you spent with me.")
    assert "sarcasm" not in r.families


@pytest.mark.parametrize(
    "draft",
    [
        "Hello, I was rejected after the final interview. Really shows how much you value "
        "candidates time. Please get back to me.",
        "Hi Ana, I heard nothing for a month and then got rejected. I'd like to hear back.",
        "You went with someone else after I waited three weeks for any update.",
    ],
)
def test_after_a_rejection_the_calmer_version_never_follows_up_on_the_application(
    draft: str,
) -> None:
    r = review(draft)
    assert "follow up on my application" not in r.rewrite, r.rewrite
    assert "the decision on my application" in r.rewrite, r.rewrite


def test_the_plain_opener_after_a_rejection_is_no_follow_up() -> None:
    said = opener("", told_no=True)
    assert "follow up" not in said and said.startswith("I'd like to ask about the decision")
    assert opener("").startswith("I'd like to follow up")


def test_a_silence_without_a_no_is_still_followed_up() -> None:
    r = review("Hi Ana, I haven't heard back since my interview three weeks ago. Any update?")
    assert "follow up on my application" in r.rewrite or "follow up" in r.rewrite, r.rewrite
