"""Words typed with a menu choice are heard: "desahogarme. es q neta me esforcé un buen…" opens
the vent with the rest as its first message (answered, not asked again), and a feeling said with
another choice ("dejarlos como están. la neta me siento como zombie todo el día…") gets a line
that meets it before the choice is followed, in Spanish and in English."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.core.model import Turn, UserKey
from tests.conftest import make_settings
from tests.placing import place_of
from tests.replies import said

KEY = UserKey("console", "local", "vale")


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[App]:
    built = await build_app(make_settings(tmp_path, checkins=False))
    yield built
    await built.close()


async def _say(bot: App, text: str, locale: str) -> str:
    turn = Turn(KEY, text=text, locale=locale)
    return said((await bot.engine.handle_detailed(turn)).replies)


@pytest.mark.parametrize(
    ("locale", "menu", "text", "asked"),
    [
        (
            "es-MX",
            "menú",
            "desahogarme. es q neta me esforce un buen… me siento bien tonto x haberme ilusionado",
            "¿Qué tienes en la cabeza?",
        ),
        ("en-US", "menu", "vent. i'm so angry they ghosted me after four rounds", "What's on"),
    ],
)
async def test_a_vent_chosen_with_words_starts_with_them(
    bot: App, locale: str, menu: str, text: str, asked: str
) -> None:
    await _say(bot, "hola" if locale.startswith("es") else "hi", locale)
    await _say(bot, menu, locale)
    reply = await _say(bot, text, locale)
    conv = await place_of(bot, KEY)
    assert (conv.flow, conv.step) == ("vent", "heard"), reply
    assert asked not in reply


@pytest.mark.parametrize(
    ("locale", "steps", "text", "met"),
    [
        (
            "es-MX",
            ["hola", "seguimientos", "recuérdame el viernes", "sí", "seguimientos"],
            "dejarlos como están. la neta me siento como zombie todo el dia…",
            "cansancio",
        ),
        (
            "en-US",
            ["hi", "checkins", "remind me friday", "yes", "checkins"],
            "keep them as they are. honestly i feel like a zombie all day",
            "worn out",
        ),
    ],
)
async def test_a_feeling_said_with_a_choice_is_met(
    bot: App, locale: str, steps: list[str], text: str, met: str
) -> None:
    for step in steps:
        await _say(bot, step, locale)
    assert (await place_of(bot, KEY)).step == "manage"
    reply = await _say(bot, text, locale)
    assert met in reply
