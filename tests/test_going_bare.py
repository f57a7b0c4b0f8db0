"""A command word after a shrug ("whatever. plan") goes there, at the vent as at a question; a
shrug before words that are no command ("ok sure") or a "no" before one asks for nothing."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import Conversation, Turn, UserKey
from bot.understanding.going import place_asked

KEY = UserKey("console", "t", "kofi")


@pytest.mark.parametrize(
    ("text", "place"),
    [("whatever. plan", "plan"), ("ugh, menu", "menu"), ("ok fine. plan", "plan")],
)
def test_a_command_word_after_a_shrug_names_the_place(text: str, place: str) -> None:
    assert place_asked(text) == place


@pytest.mark.parametrize("text", ["no plan", "whatever i have no plan", "plan b was to wait"])
def test_no_before_a_word_or_a_longer_message_asks_for_nothing(text: str) -> None:
    assert place_asked(text) is None


async def test_whatever_plan_mid_vent_opens_the_plan(app: App) -> None:
    for text in (
        "/vent",
        "i had a phone screen and they said no in a form email",
        "whatever. plan",
    ):
        await app.engine.handle(Turn(KEY, text=text))
    async with app.store.transaction() as tx:
        conv = await tx.load(KEY) or Conversation()
    assert conv.flow == "plan"
