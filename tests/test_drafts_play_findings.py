"""What a play-tester found in the calmer version of an angry draft, kept fixed: scare quotes
are sarcasm, no ask the draft never made is added, a name used as an address goes into the
greeting, a jab the review names never survives and is named by its words (plain disappointment
never is), and "which part?" or "it WAS disrespectful" at the review is answered."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import Turn, UserKey
from bot.safety.draft_address import addressed
from bot.safety.drafts import review
from tests.replies import said

KAREN = (
    "Karen - I spent a week on this process. Ghosting me for three weeks isn't ok. "
    "I'm disappointed in how this ended."
)


def test_a_scare_quoted_word_is_dropped_not_kept_as_praise() -> None:
    r = review(
        "I spent 12 hours on your 'small' take-home and got a two-line rejection. "
        "Thanks for nothing."
    )
    assert r.hostile
    assert "take-home" in r.rewrite and "small" not in r.rewrite, r.rewrite


def test_quoted_words_they_said_are_kept() -> None:
    r = review("You said I was 'not a fit' for the team. Thanks for your 'feedback', so useful.")
    assert "not a fit" in r.rewrite, r.rewrite


@pytest.mark.parametrize(
    "draft",
    [
        "I spent 12 hours on your 'small' take-home and got a two-line rejection. Thanks for "
        "nothing.",
        KAREN,
        "Three weeks of silence and then a one-line no. I don't know why I bothered. Pathetic.",
    ],
)
def test_no_ask_is_added_that_the_draft_never_made(draft: str) -> None:
    rewrite = review(draft).rewrite.lower()
    for invented in ("feedback", "short reply", "why i wasn't selected", "could you"):
        assert invented not in rewrite, rewrite


@pytest.mark.parametrize(
    ("draft", "ask"),
    [
        ("You ghosted me for a month. Pathetic. I'd still like some feedback.", "feedback"),
        ("Four rounds and a form email. Ridiculous. whats the reason", "reason"),
        ("Three weeks of silence, seriously? Please reply when you can.", "reply"),
    ],
)
def test_an_ask_the_draft_makes_is_kept(draft: str, ask: str) -> None:
    assert ask in review(draft).rewrite.lower()


def test_a_name_used_as_an_address_goes_into_the_greeting() -> None:
    r = review("Hello, I did four rounds with your team. Karen - you could at least tell me why.")
    first, rest = r.rewrite.split("\n", 1)
    assert first == "Hi Karen," and "Karen" not in rest, r.rewrite
    r = review("That isn't ok. Karen, you could have told me sooner.")
    assert r.rewrite.startswith("Hi Karen,") and r.rewrite.count("Karen") == 1, r.rewrite


def test_sentence_openers_are_not_names() -> None:
    assert addressed("However, I did four rounds. Honestly - it hurt.")[1] is None
    assert not review("However, I did four rounds and heard nothing.").rewrite.startswith(
        "Hi However"
    )


def test_a_jab_is_named_by_its_words_and_never_survives() -> None:
    r = review(KAREN)
    assert r.hostile
    [tone] = [x for x in r.reasons if x.startswith("tone")]
    assert "isn't ok" in tone
    assert "isn't ok" not in r.rewrite and "three weeks" in r.rewrite, r.rewrite


def test_plain_disappointment_is_never_called_a_jab() -> None:
    assert not review("Hi Karen, I'm disappointed in how this ended.").hostile
    for reason in review(KAREN).reasons:
        assert "disappointed" not in reason, reason


KEY = UserKey("console", "local", "drafter")


async def say(app: App, text: str) -> str:
    return said(await app.engine.handle(Turn(KEY, text=text)))


async def test_which_part_and_standing_by_it_are_answered_at_the_review(quiet_app: App) -> None:
    await say(quiet_app, "/draft")
    assert "land badly" in await say(quiet_app, KAREN)
    out = await say(quiet_app, "which part is a jab??")
    assert "isn't ok" in out and "calmer version" in out, out
    assert "didn't quite get" not in out
    out = await say(quiet_app, "it WAS disrespectful, im allowed to say that")
    assert "That's fair" in out and "your choice" in out and "calmer version" in out, out
    assert "Here's a version" in await say(quiet_app, "show me the calmer version")
