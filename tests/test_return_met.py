"""A person coming back after a while is met before the welcome-back screen: "hola de nuevo, no
pude dormir jaja" gets a line about the tiredness, not only "La última vez estábamos en: ...";
from that screen, "seguir donde lo dejamos" / "pick up where we left off" goes back to the step
they were at, and "plan" opens the plan, in Spanish and in English."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.core.model import Turn, UserKey
from tests.conftest import make_settings
from tests.placing import place_of
from tests.replies import said

KEY = UserKey("console", "local", "mar")
START = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[App]:
    built = await build_app(make_settings(tmp_path, checkins=False))
    built.engine.clock = lambda: START
    yield built
    await built.close()


async def _say(bot: App, text: str, locale: str) -> str:
    return said((await bot.engine.handle_detailed(Turn(KEY, text=text, locale=locale))).replies)


async def _back_after_two_days(bot: App, locale: str, hello: str) -> str:
    for text in ("hola" if locale.startswith("es") else "hi", "/plan", "1"):
        await _say(bot, text, locale)
    assert (await place_of(bot, KEY)).flow == "plan"
    bot.engine.clock = lambda: START + timedelta(days=2)
    return await _say(bot, hello, locale)


CASES = [
    ("es-MX", "hola de nuevo, no pude dormir jaja", "ansancio", "seguir donde lo dejamos"),
    ("en-US", "hi again, couldnt sleep lol", "feeling bad", "pick up where we left off"),
]


@pytest.mark.parametrize(("locale", "hello", "met", "resume"), CASES)
async def test_a_feeling_said_on_return_is_met(
    bot: App, locale: str, hello: str, met: str, resume: str
) -> None:
    reply = await _back_after_two_days(bot, locale, hello)
    assert met in reply
    assert (await place_of(bot, KEY)).step == "returning_where"


@pytest.mark.parametrize(("locale", "hello", "met", "resume"), CASES)
async def test_picking_up_goes_back_to_the_step(
    bot: App, locale: str, hello: str, met: str, resume: str
) -> None:
    await _back_after_two_days(bot, locale, hello)
    await _say(bot, resume, locale)
    conv = await place_of(bot, KEY)
    assert (conv.flow, conv.step) == ("plan", "feedback_email")


@pytest.mark.parametrize(("locale", "hello", "met", "resume"), CASES)
async def test_plan_typed_at_the_welcome_back_opens_the_plan(
    bot: App, locale: str, hello: str, met: str, resume: str
) -> None:
    await _back_after_two_days(bot, locale, hello)
    await _say(bot, "plan", locale)
    conv = await place_of(bot, KEY)
    assert conv.flow == "plan"
