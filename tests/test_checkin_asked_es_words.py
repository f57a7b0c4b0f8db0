"""Spanish ways of asking for a check-in are read as asking, with tonight and a time read."""

from __future__ import annotations

import pytest

from bot.i18n.spoken import in_english
from bot.primitives.text import fold
from bot.understanding.freetext import asks_reminder
from bot.understanding.time_words import time_in


@pytest.mark.parametrize(
    "text",
    [
        "escribime esta noche",
        "escríbeme esta noche",
        "escribeme esta noche",
        "quiero que me escribas esta noche a las 23",
        "podés escribirme esta noche?",
        "puedes escribirme mañana",
        "mándame un mensaje mañana",
        "pregúntame cómo estoy mañana",
        "no, te pedí que me escribas esta noche",
    ],
)
def test_spanish_requests_ask_for_a_checkin(text: str) -> None:
    assert asks_reminder(fold(in_english(text, "es"))), in_english(text, "es")


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("escribime esta noche", "20:00"),
        ("hoy a la noche", "20:00"),
        ("quiero que me escribas esta noche a las 23", "23:00"),
        ("mañana a la mañana tipo 9 tambien", "09:00"),
        ("a las 11 de la noche", "23:00"),
    ],
)
def test_tonight_and_times_said_in_spanish(text: str, clock: str) -> None:
    found = time_in(in_english(text, "es"))
    assert found is not None and f"{found.hour:02d}:{found.minute:02d}" == clock
