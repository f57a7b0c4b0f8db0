"""No threat or sarcastic thanks survives the calmer version, while the facts and the ask around
them stay: "I'm going to make sure everyone in my network knows..." goes whole, "Thanks for the
rejection, I guess." goes, "any chance you can...", "mind telling me..." and "... unless someone
explains why" are asked politely, words quoted after "said" keep their quotes, and "your hiring
manager" stays "your" (only "ur ghosting me" is "you're")."""

from __future__ import annotations

import pytest

from bot.safety.draft_asks import polite_ask
from bot.safety.draft_tidy import tidy
from bot.safety.drafts import review


@pytest.mark.parametrize(
    "threat",
    [
        "I'm going to make sure every person in my network knows how you treat people.",
        "I am going to make sure all my followers hear about this.",
    ],
)
def test_a_threat_to_tell_everyone_goes_and_the_facts_stay(threat: str) -> None:
    result = review(f"{threat} I did 3 interviews over 5 weeks. Tell me why.")
    assert result.hostile
    assert "make sure" not in result.rewrite
    assert "3 interviews" in result.rewrite and "5 weeks" in result.rewrite
    assert "Could you tell me why?" in result.rewrite


@pytest.mark.parametrize(
    "thanks",
    ["Thanks for the rejection.", "ok thanks for the rejection I guess.", "Thanks for nothing."],
)
def test_sarcastic_thanks_for_the_rejection_is_not_kept(thanks: str) -> None:
    rewrite = review(f"{thanks} I did 4 rounds, you clowns. Tell me why.").rewrite
    assert "thanks" not in rewrite.lower()
    assert "4 rounds" in rewrite


def test_earnest_thanks_is_still_kept() -> None:
    rewrite = review("Thanks for the update. I did 3 rounds and you ghosted me, idiots.").rewrite
    assert "Thanks for the update." in rewrite


def test_any_chance_is_asked_politely() -> None:
    assert (
        polite_ask("any chance you can tell me what I should work on")
        == "Could you tell me what I should work on?"
    )


@pytest.mark.parametrize(
    ("text", "tidied"),
    [
        ("your hiring manager said no", "your hiring manager said no"),
        ("ur coding test took 5 hours", "your coding test took 5 hours"),
        ("ur ghosting me", "you're ghosting me"),
    ],
)
def test_your_stays_your_before_a_thing(text: str, tidied: str) -> None:
    assert tidy(text) == tidied


@pytest.mark.parametrize(
    ("text", "ask"),
    [
        (
            "mind telling me what made the difference?",
            "Could you tell me what made the difference?",
        ),
        ("would you mind sharing the panel notes", "Could you share the panel notes?"),
        ("Which technical skills exactly?", "Which technical skills exactly?"),
        (
            "Please tell me honestly if I should reapply.",
            "Please tell me honestly if I should reapply.",
        ),
    ],
)
def test_more_requests_are_asked_politely(text: str, ask: str) -> None:
    assert polite_ask(text) == ask


def test_a_request_after_unless_is_kept_and_the_threat_before_it_goes() -> None:
    rewrite = review(
        "you lot are a joke. I'm posting a 1 star review on Indeed tonight unless someone explains "
        "why I was cut after the second round"
    ).rewrite
    assert "Could you explain why I was cut after the second round?" in rewrite
    assert "review" not in rewrite and "joke" not in rewrite


def test_words_quoted_after_said_keep_their_quotes() -> None:
    rewrite = review(
        "lol. you said 'you're our first choice' and then hired someone else. Pathetic."
    ).rewrite
    assert "said 'you're our first choice'" in rewrite
    assert "Pathetic" not in rewrite


def test_how_they_learned_of_the_rejection_is_kept_without_the_sarcasm() -> None:
    result = review(
        "Love that I found out I was rejected from your chatbot's auto-reply. Feedback?"
    )
    assert result.hostile
    assert "I learned of the decision from the chatbot's auto-reply." in result.rewrite
    assert "Love" not in result.rewrite


def test_a_fact_in_brackets_of_a_jab_and_the_ask_after_it_are_kept() -> None:
    rewrite = review(
        "It was a real pleasure wasting 6 hours on your coding test. Since none of you bothered "
        "to read it (the reviewer's notes mention a class that isn't in my code), I'd like it "
        "re-marked by someone else."
    ).rewrite
    assert "I spent 6 hours on your coding test." in rewrite
    assert "The reviewer's notes mention a class that isn't in my code." in rewrite
    assert "I'd like it re-marked by someone else." in rewrite
    assert "pleasure" not in rewrite and "bothered" not in rewrite


def test_the_reason_they_were_given_is_a_fact() -> None:
    rewrite = review(
        "Did anyone even read my CV, or did you just skim it? I was rejected for 'lack of "
        "stakeholder management'. Pathetic."
    ).rewrite
    assert "lack of stakeholder management" in rewrite
