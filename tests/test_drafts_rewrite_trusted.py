"""The calmer version is offered only when the review trusts it: ironic thanks, an ironic "I'm
sure your team ..." and a mocking good-luck wish read as sarcasm, the rewrite drops them and keeps
the facts they carried, the person's name at the end of the draft signs the rewrite, and a
version that would keep a flagged sentence nearly whole is not offered at all."""

from __future__ import annotations

import pytest

from bot.safety.draft_rules import find_hits
from bot.safety.draft_trust import keeps_flagged
from bot.safety.drafts import review

DAN = (
    "Thank you so much for the incredibly personal 2-line rejection after five (5) rounds and a "
    "take-home that I'm sure your team found very useful for free. ... best of luck finding "
    "your unicorn, Dan"
)


@pytest.mark.parametrize(
    "line",
    [
        "Thanks so much for the really thoughtful automated email after three interviews.",
        "Thank you for the truly personal one-line rejection.",
        "I'm sure your hiring team will make good use of my case study.",
        "I'm sure you found my slides very useful.",
        "Good luck finding your purple squirrel.",
        "Best of luck hiring your mythical rock star.",
    ],
)
def test_ironic_praise_reads_as_sarcasm(line: str) -> None:
    assert "sarcasm" in [h.family for h in find_hits(line)]


@pytest.mark.parametrize(
    "line",
    [
        "Thank you so much for the really helpful feedback.",
        "Thank you for the detailed feedback after the final round.",
        "I'm sure you'll find a great candidate.",
        "Good luck finding the right person for the role.",
        "I hope you find the perfect candidate.",
        "Good luck with the search!",
    ],
)
def test_earnest_thanks_and_wishes_are_not_sarcasm(line: str) -> None:
    assert "sarcasm" not in [h.family for h in find_hits(line)]


def test_the_sarcastic_draft_gets_a_calm_version_with_its_facts_and_its_signer() -> None:
    r = review(DAN)
    assert r.hostile and "sarcasm" in r.families
    assert r.trusted, r.rewrite
    low = r.rewrite.lower()
    assert "five rounds" in low and "take-home" in low
    for jab in ("incredibly", "unicorn", "for free", "i'm sure"):
        assert jab not in low
    assert r.rewrite.endswith("Kind regards,\nDan")
    assert not review(r.rewrite).hostile


def test_a_name_after_a_parting_wish_signs_the_rewrite() -> None:
    r = review("Three interviews and a form rejection, wow. All the best with the search, Priya")
    assert r.rewrite.rstrip().endswith("\nPriya"), r.rewrite


def test_a_version_keeping_a_flagged_sentence_whole_is_not_trusted() -> None:
    draft = "Thank you so much for the incredibly personal 2-line rejection after five rounds."
    kept = (
        "Hello,\n\nThank you so much for the incredibly personal 2-line rejection.\n\nKind regards"
    )
    assert keeps_flagged(draft, kept)
    assert not keeps_flagged(draft, "Hello,\n\nI took part in five rounds.\n\nKind regards")


def test_an_untrusted_version_is_not_offered() -> None:
    from bot.safety.draft_trust import trusted

    def calm(_: str) -> float:
        return 0.0

    assert not trusted(DAN, "Hello,\n\n" + DAN.split("...")[0] + "\n\nKind regards", calm, 0.5)
    assert not trusted(DAN, "", calm, 0.5)
