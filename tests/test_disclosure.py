"""The bot says it is a bot on first contact, whatever the first message is, and only once."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import Turn, UserKey
from tests.replies import said


@pytest.mark.parametrize("first", ["/draft", "/vent", "/plan", "/help", "hi", "/rejected"])
async def test_first_contact_says_it_is_a_bot_exactly_once(app: App, first: str) -> None:
    key = UserKey("console", "local", f"new-{first}")
    text = said(await app.engine.handle(Turn(key, text=first)))
    assert "not a therapist or a crisis service" in text
    assert text.count("not a therapist") == 1, text


async def test_later_turns_do_not_repeat_it(app: App) -> None:
    key = UserKey("console", "local", "later")
    await app.engine.handle(Turn(key, text="/draft"))
    text = said(await app.engine.handle(Turn(key, text="menu")))
    assert "not a therapist" not in text


PRIVACY_LINE = (
    "What you tell me is private: it's encrypted and never logged, and workspace and server "
    "admins can't read it. The people who run this service hold the key, so they could decrypt it."
)


@pytest.mark.parametrize("first", ["/draft", "/vent", "/rejected"])
async def test_every_first_greeting_says_who_holds_the_key(app: App, first: str) -> None:
    """A short first greeting (any first message but the welcome) and the welcome's own say the
    same true thing about privacy: admins can't read it, but the operators hold the key."""
    key = UserKey("console", "local", f"privacy-{first}")
    text = " ".join(said(await app.engine.handle(Turn(key, text=first))).split())
    assert PRIVACY_LINE in text, text
