"""The person's ask survives the calmer version in the shapes it is often typed in: a wish said
of the thing ("an answer would be appreciated"), a question about what went wrong, a request with
a sarcastic condition tacked on; and a veiled threat never survives."""

from __future__ import annotations

from bot.safety.draft_asks import polite_ask
from bot.safety.draft_register_es import formal
from bot.safety.drafts import review


def test_a_wish_said_of_the_thing_is_asked_for() -> None:
    assert polite_ask("Some feedback would still be appreciated.") == (
        "I'd be grateful for some feedback."
    )
    assert polite_ask("A phone call would have been decent; it still would be.") == (
        "I'd be grateful for a phone call."
    )
    assert polite_ask("An email would have been nice.") == "I would have appreciated an email."


def test_questions_about_what_went_wrong_are_asked() -> None:
    assert polite_ask("What was I missing?") == "What was I missing?"
    assert polite_ask("What specifically went wrong?") == "What specifically went wrong?"
    assert polite_ask("Any news on the analyst opening?") == (
        "I'd be grateful for any news on the analyst opening."
    )


def test_a_sarcastic_condition_comes_off_the_ask() -> None:
    draft = (
        "You ghosted me for five weeks after the onsite, you clowns. I'd truly like to hear the "
        "criteria you used, assuming you had any."
    )
    result = review(draft)
    assert result.hostile
    assert "criteria" in result.rewrite and "five weeks" in result.rewrite
    assert "assuming" not in result.rewrite and "clowns" not in result.rewrite


def test_a_veiled_threat_goes_whole() -> None:
    draft = (
        "You'd better hope we never meet at a conference. Six interviews and nothing. "
        "I want feedback, you idiots."
    )
    result = review(draft)
    assert "hope" not in result.rewrite.lower() and "conference" not in result.rewrite
    assert "Six interviews" in result.rewrite or "six interviews" in result.rewrite


def test_a_name_is_not_said_as_usted() -> None:
    assert formal("Hablé con Tomás y con Inés el lunes, como me dijiste.", True) == (
        "Hablé con Tomás y con Inés el lunes, como me dijo."
    )
