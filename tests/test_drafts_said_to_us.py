"""Talk to the bot typed where the draft is awaited ("hello??", "I asked if I should write my
manager") is told apart from a draft: it is answered, never reviewed; a short draft that greets
them or asks them something is still a draft."""

from __future__ import annotations

import pytest

from bot.safety.draft_to_us import said_to_us


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("hello??", "hello"),
        ("are you there?", "hello"),
        ("hola??", "hello"),
        ("hello?? I asked if I should write my manager", "ask"),
        ("should i even reply to them?", "ask"),
        ("is it a good idea to email the recruiter?", "ask"),
        ("is it worth writing to them at all", "ask"),
        ("¿debería escribirle al reclutador?", "ask"),
    ],
)
def test_talk_to_the_bot_is_not_a_draft(said: str, kind: str) -> None:
    assert said_to_us(said) == kind


@pytest.mark.parametrize(
    "said",
    [
        "Hello Sarah, thanks for letting me know.",
        "Hi, should I expect to hear back this week?",
        "I'm writing to follow up on my application.",
        "Hello? Is anyone reading these applications? Three weeks and nothing.",
        "You never wrote back. Should I write to your CEO instead?",
        "Dear Tom, do I reply to you or to HR?",
        "Hello?? " + "I did four rounds and never heard back from anyone at all " * 3,
    ],
)
def test_a_draft_is_still_a_draft(said: str) -> None:
    assert said_to_us(said) == ""
