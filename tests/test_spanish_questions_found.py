"""Spanish questions answered the first time, at the menu and while venting: whether to write to
them ("¿le escribo o no?", "quiero saber si le escribo a la de rh") and unemployment benefits in
each region's words ("seguro de desempleo", "subsidio por desempleo", "paro"); the landlord is
"quien te alquila"; the vent's lead line does not say "te escucho" before a reply that does."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.core.model import Turn, UserKey
from tests.conftest import make_settings
from tests.replies import said

KEY = UserKey("console", "local", "rosa")
WRITE = "No tienes que escribir"
BENEFITS = ("seguro de desempleo", "oficina de desempleo")


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[App]:
    built = await build_app(make_settings(tmp_path, checkins=False))
    yield built
    await built.close()


async def _say(bot: App, text: str) -> str:
    return said((await bot.engine.handle_detailed(Turn(KEY, text=text, locale="es-MX"))).replies)


ASKED = [
    ("¿le escribo o no?", WRITE),
    ("pero no me contestaste, ¿le escribo o no?", WRITE),
    ("oye y tu q piensas, ¿le escribo o no?", WRITE),
    ("quiero saber si le escribo a la de rh", WRITE),
    ("seguro de desempleo", BENEFITS),
    ("cómo pido el seguro de desempleo", BENEFITS),
    ("y lo del desempleo?", BENEFITS),
    ("subsidio por desempleo", BENEFITS),
    ("prestación por desempleo", BENEFITS),
    ("paro", BENEFITS),
]


def _answered(reply: str, expected: str | tuple[str, ...]) -> bool:
    wanted = (expected,) if isinstance(expected, str) else expected
    return any(w in reply for w in wanted) and "Pregúntame por el seguro" not in reply


@pytest.mark.parametrize(("text", "expected"), ASKED)
async def test_asked_at_the_menu(bot: App, text: str, expected: str | tuple[str, ...]) -> None:
    await _say(bot, "hola")
    await _say(bot, "menú")
    assert _answered(await _say(bot, text), expected)


@pytest.mark.parametrize(("text", "expected"), ASKED)
async def test_asked_while_venting(bot: App, text: str, expected: str | tuple[str, ...]) -> None:
    await _say(bot, "/desahogarme")
    await _say(bot, "me siento fatal, no me eligieron")
    assert _answered(await _say(bot, text), expected)


async def test_money_lines_name_whoever_rents_to_them(bot: App) -> None:
    await _say(bot, "/desahogarme")
    await _say(bot, "estoy sin dinero")
    planned = await _say(bot, "/plan")
    assert "quien te alquila" in planned and "casero" not in planned


async def test_the_vents_lead_does_not_say_it_listens_twice(bot: App) -> None:
    await _say(bot, "hola")
    await _say(bot, "2")
    reply = await _say(bot, "la verdad me siento un fracaso, todos consiguen trabajo menos yo")
    assert "Suéltalo aquí" in reply and "te escucho" not in reply.lower().split("\n")[0]
