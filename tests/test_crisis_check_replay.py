"""After a no to the direct question: the held message goes back only where it can be read, and
the typed answer to the question is reported as what the turn was understood as."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import Turn, UnderstoodKind, UserKey
from bot.safety.crisis_actions import HELD
from tests.replies import placer, said, speaker

QUESTION = "Are you having thoughts of ending your life?"
KEY = UserKey("console", "replay", "p")


say = speaker(KEY)


place = placer(KEY)


async def at_mood_question(app: App) -> None:
    await say(app, "hi")
    for _ in range(4):
        if await place(app) == "welcome.ask_mood":
            return
        await say(app, "1")
    assert await place(app) == "welcome.ask_mood"


async def test_the_worrying_words_are_not_read_as_a_mood_after_a_no(app: App) -> None:
    await at_mood_question(app)
    assert QUESTION in await say(app, "i'll shoot myself lol")
    out = await say(app, "no, it's a figure of speech")
    assert "where we were" in out
    assert "Sounds like about" not in out
    assert await place(app) == "welcome.ask_mood"
    assert "1 is awful, 5 is okay" in out  # the mood question is asked again
    async with app.store.transaction() as tx:
        conv = await tx.load(KEY)
    assert conv is not None and HELD not in conv.meta
    assert not conv.vars.get("mood_score")


async def test_a_held_vent_part_is_still_kept_after_a_no(app: App) -> None:
    await say(app, "/vent")
    assert QUESTION in await say(app, "i'll shoot myself lol")
    await say(app, "no, figure of speech")
    async with app.store.transaction() as tx:
        conv = await tx.load(KEY)
    assert conv is not None
    assert "i'll shoot myself lol" in str(conv.vars.get("vent_text"))


@pytest.mark.parametrize(
    ("answer", "choice"),
    [("no, figure of speech", "no"), ("yes i am", "yes"), ("not sure tbh", "unsure")],
)
async def test_a_typed_answer_to_the_question_is_reported(
    app: App, answer: str, choice: str
) -> None:
    await say(app, "/vent")
    assert QUESTION in await say(app, "i'll shoot myself lol")
    handled = await app.engine.handle_detailed(Turn(KEY, text=answer, locale="en-US"))
    understood = handled.understood
    assert understood is not None
    assert understood.kind is UnderstoodKind.CHOICE
    assert (understood.flow, understood.step, understood.choice) == ("crisis_check", "ask", choice)


async def test_a_puzzled_answer_is_reported_as_a_question(app: App) -> None:
    await say(app, "/vent")
    assert QUESTION in await say(app, "i'll shoot myself lol")
    handled = await app.engine.handle_detailed(Turn(KEY, text="what is this?", locale="en-US"))
    assert handled.understood is not None
    assert handled.understood.kind is UnderstoodKind.QUESTION
    assert "more simply" in said(handled.replies)
