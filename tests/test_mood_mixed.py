"""Mixed feelings are a middle mood: "a little bit tired and a little bit hopeful" is a 3 (in
Spanish too), taken at a mood question though its words come near "4 · bruised but fine"; words
typed straight after a number are kept as that number's words, never scored again."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import Turn, UserKey
from bot.core.ports import MoodEntry
from bot.understanding.mood import mood_score
from bot.understanding.mood_es import mood_score_es
from tests.replies import said

KEY = UserKey("console", "local", "mixed")


async def moods(app: App) -> list[MoodEntry]:
    async with app.store.transaction() as tx:
        return await tx.list_moods(KEY)


async def say(app: App, text: str) -> str:
    return said(await app.engine.handle(Turn(KEY, text=text)))


@pytest.mark.parametrize(
    "text",
    [
        "a little bit tired and a little bit hopeful",
        "kind of tired but also hopeful",
        "sad but hopeful",
        "good but tired",
    ],
)
def test_mixed_feelings_are_a_middle_mood(text: str) -> None:
    scored = mood_score(text)
    assert scored is not None and scored[0] == 3, scored


@pytest.mark.parametrize(
    ("text", "mood"),
    [("pretty bad honestly", 2), ("angry and sad", 1), ("i feel hopeful", 4), ("fine", 5)],
)
def test_one_sided_feelings_keep_their_mood(text: str, mood: int) -> None:
    scored = mood_score(text)
    assert scored is not None and scored[0] == mood, scored


@pytest.mark.parametrize(
    "text", ["un poco cansada y un poco esperanzada", "cansado pero con esperanza"]
)
def test_mixed_feelings_in_spanish_are_a_middle_mood(text: str) -> None:
    scored = mood_score_es(text)
    assert scored is not None and scored[0] == 3, scored


async def test_mixed_words_at_the_mood_question_are_a_3(quiet_app: App) -> None:
    await say(quiet_app, "/mood")
    out = await say(quiet_app, "a little bit tired and a little bit hopeful")
    assert "about a 3" in out, out
    assert "Want to add a few words" in out


async def test_words_typed_after_a_number_keep_the_number(quiet_app: App) -> None:
    await say(quiet_app, "/mood")
    assert "Want to add a few words" in await say(quiet_app, "maybe a 3")
    out = await say(quiet_app, "a little bit tired and a little bit hopeful")
    assert "Thanks, noted." in out, out
    assert "▅" in out and "about a 2" not in out  # the 3 they gave, not a score of the words
    assert [(m.score, m.words) for m in await moods(quiet_app)] == [
        (3, "a little bit tired and a little bit hopeful")
    ]


async def test_the_yes_button_still_asks_for_the_words(quiet_app: App) -> None:
    await say(quiet_app, "/mood")
    await say(quiet_app, "4")
    assert "in your own words" in await say(quiet_app, "Yes, a few words")
    assert "Thanks, noted." in await say(quiet_app, "sore but alright")
    assert [(m.score, m.words) for m in await moods(quiet_app)] == [(4, "sore but alright")]
