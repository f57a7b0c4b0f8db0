"""How far someone got only moves forward as they talk: an earlier stage named in passing ("hours
on the application" after a phone screen) leaves the stage alone; a correction moves it back."""

from __future__ import annotations

from bot.app import App
from bot.core.model import Conversation, Turn, UserKey

KEY = UserKey("console", "t", "kofi")


async def _stage_after(app: App, *texts: str) -> object:
    for text in texts:
        await app.engine.handle(Turn(KEY, text=text))
    async with app.store.transaction() as tx:
        conv = await tx.load(KEY) or Conversation()
    return conv.vars.get("stage")


async def test_an_earlier_stage_named_in_passing_does_not_move_them_back(app: App) -> None:
    stage = await _stage_after(
        app,
        "i got rejected after a phone screen for a data analyst job",
        "3",
        "/vent",
        "i spent hours on the application and the cover letter",
    )
    assert stage == "phone_screen"


async def test_a_correction_still_moves_the_stage_back(app: App) -> None:
    stage = await _stage_after(
        app,
        "i got rejected after a phone screen for a data analyst job",
        "3",
        "/vent",
        "no it was an application not a phone screen",
    )
    assert stage == "application"


async def test_a_question_about_the_cv_does_not_move_a_ghosted_final_round_back(app: App) -> None:
    stage = await _stage_after(
        app,
        "Hello. I am Ahmed. I have final interview 6 weeks ago and company not answer me "
        "anymore. I write one email after 2 week, no answer.",
        "I feel 3 maybe. Not so bad but I am worry.",
        "How long company keep my cv? Maybe they call me later for other job?",
    )
    assert stage == "final_round"
