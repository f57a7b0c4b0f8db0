"""The lash-out brake: hostile drafts are caught, gracious ones pass, the rewrite is kind."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.safety.draft_rules import FAMILIES, find_hits, is_swear
from bot.safety.drafts import HOSTILE_AT, DraftReview, review

EVAL = Path(__file__).parent / "data" / "drafts_eval.yaml"


def _eval() -> dict[str, list[dict[str, Any]]]:
    data = yaml.safe_load(EVAL.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


DATA = _eval()
HOSTILE = DATA["hostile"]
GRACIOUS = DATA["gracious"]
QUIET = [item for item in DATA["items"] if item["hostile"]]
FIRM = [item for item in DATA["items"] if not item["hostile"]]
QUIET_CATEGORIES = {
    "sarcasm",
    "passive_aggressive",
    "bridge_burning",
    "ill_wishing",
    "reputation_threat",
    "legal_threat",
    "entitlement",
}
LOUD = set(FAMILIES) - {"passive", "bridge", "ill_will", "entitlement"}


def test_eval_set_is_large_and_balanced() -> None:
    assert len(HOSTILE) + len(GRACIOUS) >= 90
    assert abs(len(HOSTILE) - len(GRACIOUS)) <= 10
    listed = {f for item in HOSTILE for f in item["families"]}
    assert listed == LOUD, "every loud rule family needs drafts in the eval set"
    per_category = {c: sum(1 for i in QUIET if i["category"] == c) for c in QUIET_CATEGORIES}
    assert min(per_category.values()) >= 10, per_category
    assert len(FIRM) >= 40


@pytest.mark.parametrize("item", HOSTILE, ids=[f"hostile{i}" for i in range(len(HOSTILE))])
def test_every_hostile_draft_is_flagged_with_its_families(item: dict[str, Any]) -> None:
    result = review(item["text"])
    assert result.hostile, f"missed: {item['text']!r} (score {result.score})"
    assert result.score >= HOSTILE_AT
    for family in item["families"]:
        assert family in result.families, f"{family} not found in {result.reasons}"
    assert result.suggestions, "a flagged draft must come with suggestions"


def test_at_most_a_tenth_of_gracious_drafts_are_flagged() -> None:
    flagged = [item["text"] for item in GRACIOUS if review(item["text"]).hostile]
    assert len(flagged) <= len(GRACIOUS) // 10, flagged


@pytest.mark.parametrize(
    ("text", "family", "quoted"),
    [
        ("You are all idiots.", "insult", "idiots"),
        ("You wasted my time.", "blame", "wasted my time"),
        ("Thanks for nothing.", "sarcasm", "Thanks for nothing"),
        ("Great job ghosting me.", "sarcasm", "Great job ghosting"),
        ("Expect a review on Glassdoor.", "threat", "Glassdoor"),
        ("My lawyer will be in touch.", "threat", "lawyer"),
        ("I'll be posting this on social media.", "threat", "social media"),
        ("I demand an explanation.", "demand", "I demand"),
        ("You owe me a reply.", "demand", "You owe me"),
        ("What a f*ck up.", "profanity", "f*ck"),
    ],
)
def test_reasons_name_the_family_and_quote_the_words(text: str, family: str, quoted: str) -> None:
    result = review(text)
    reason = next(r for r in result.reasons if r.startswith(family + ":"))
    assert quoted in reason and reason.endswith(")")


def test_shouting_counts_capitals_but_not_acronyms() -> None:
    assert "shouting" in review("THIS IS THE WORST NEWS AND YOU KNOW IT").families
    calm = review("Thanks for the UX and QA interviews with the CTO at IBM, and the SQL test.")
    assert "shouting" not in calm.families
    assert "shouting" not in review("I was REALLY hoping for this one, thank you anyway.").families


def test_punctuation_piles_but_not_a_single_mark() -> None:
    assert "punctuation" in review("Why???").families
    assert "punctuation" in review("Seriously!! Again!!").families
    assert review("Why not me?").families == ()
    assert not review("Thank you so much!!!").hostile  # happy exclamation marks alone are fine
    assert review("Any update on my application?????").hostile


@pytest.mark.parametrize(
    "word",
    [
        "f***",
        "f*ck",
        "f**k",
        "F*CKING",
        "sh!t",
        "sh*t",
        "s**t",
        "a$$",
        "@ss",
        "a**hole",
        "b!tch",
        "b*tch",
        "$hit",
        "bullsh*t",
        "wtf",
        "damn",
        "crap",
        "pissed",
    ],
)
def test_profanity_including_masked_forms(word: str) -> None:
    assert is_swear(word), word
    assert "profanity" in review(f"This is {word}.").families


@pytest.mark.parametrize(
    "word", ["hello", "class", "assistant", "shell", "passion", "Scunthorpe", "f", "***", "sh"]
)
def test_ordinary_words_are_not_swearing(word: str) -> None:
    assert not is_swear(word)


def test_grawlix_counts_as_swearing() -> None:
    assert "profanity" in review("You $#@%ing clowns").families


def test_polite_words_near_hostile_ones_stay_calm() -> None:
    for text in [
        "Hi Sue, thank you for the call.",
        "It was very thoughtful of you to call me.",
        "I was impressed by how professional everyone was.",
        "Please share my thanks with everyone on the panel.",
        "Please let me know if I can connect with you on LinkedIn.",
        "Given the high demand for the role, I completely understand.",
        "I can start immediately if anything else opens up.",
        "You must have had a lot of strong candidates.",
    ]:
        assert review(text).families == (), text


def _bad_words(text: str) -> list[str]:
    return [h.family for h in find_hits(text) if h.family in ("insult", "profanity", "threat")]


@pytest.mark.parametrize("item", HOSTILE, ids=[f"rewrite{i}" for i in range(len(HOSTILE))])
def test_rewrite_has_no_insult_and_adds_no_thanks_or_wishes_of_its_own(
    item: dict[str, Any],
) -> None:
    result = review(item["text"])
    assert _bad_words(result.rewrite) == []
    assert not review(result.rewrite).hostile
    if not re.search(r"(?i)\bthank", item["text"]):
        assert "thank" not in result.rewrite.lower()
    assert "stay in touch" not in result.rewrite
    assert "every success" not in result.rewrite
    assert (
        result.rewrite.endswith(("Kind regards", "Regards", "Best", "Cheers"))
        or "\n" in (result.rewrite.rsplit("\n\n", 1)[-1])
    )


def test_rewrite_keeps_concrete_facts_but_not_insults() -> None:
    draft = (
        "Dear Ms Rivera,\n\nWhy on earth did you reject me for the Senior Data Analyst role at "
        "Acme Analytics? Your panel were idiots and this is bullsh*t.\n\nRegards,\nPriya"
    )
    result = review(draft)
    assert result.hostile
    assert result.rewrite.startswith("Dear Ms Rivera,")
    assert "Senior Data Analyst role at Acme Analytics" in result.rewrite
    assert "feedback" in result.rewrite  # they asked why: the rewrite asks kindly instead
    assert result.rewrite.rstrip().endswith("Priya")
    assert "idiots" not in result.rewrite and "bullsh" not in result.rewrite
    assert "a request for feedback" in result.points
    assert "role: Senior Data Analyst" in result.points
    assert "company: Acme Analytics" in result.points


def test_rewrite_drops_an_insult_inside_a_fact() -> None:
    result = review("You wasted my time on the stupid junior developer role at Fernhill, idiots.")
    assert "stupid" not in result.rewrite and "idiots" not in result.rewrite
    assert "junior developer role at Fernhill" in result.rewrite


def test_rewrite_without_feedback_wish_does_not_ask_for_it() -> None:
    result = review("Thanks for nothing, you clowns.")
    assert "feedback" not in result.rewrite
    assert "a request for feedback" not in result.points


def test_gracious_draft_gets_gentle_suggestions_only() -> None:
    result = review("Hi Ana, I got your email about the outcome.")
    assert not result.hostile and result.reasons == ()
    assert any("thank-you" in s for s in result.suggestions)
    assert any("staying in touch" in s for s in result.suggestions)


def test_review_is_frozen_and_handles_empty_text() -> None:
    result = review("")
    assert isinstance(result, DraftReview)
    assert not result.hostile and result.reasons == ()
    with pytest.raises(AttributeError):
        result.hostile = True  # type: ignore[misc]


def test_score_grows_with_more_kinds_of_hostility() -> None:
    one = review("You wasted my time.").score
    two = review("You wasted my time, you idiots.").score
    three = review("You wasted my time, you idiots. See you on Glassdoor.").score
    assert 0 < one < two < three <= 1
