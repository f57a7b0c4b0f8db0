"""A line of a draft that "makes no sense" is no crisis cue ("'me hayan tenido…' ni siquiera
tiene sentido jaja… cambiarlo primero"), while life, nothing or going on making no sense still
is read as before."""

from __future__ import annotations

import pytest

from bot.safety import crisis


@pytest.mark.parametrize(
    "text",
    [
        "'me hayan tenido…' ni siquiera tiene sentido jaja… cambiarlo primero",
        "esa frase no tiene sentido jaja, cámbiala",
        "el mensaje ni siquiera tiene sentido, lo reescribo",
        "lo que escribí no tiene sentido, mejor lo cambio",
    ],
)
def test_a_line_that_makes_no_sense_is_no_crisis(text: str) -> None:
    assert not crisis.assess(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "mi vida no tiene sentido",
        "mi vida ni siquiera tiene sentido",
        "ya ni siquiera tiene sentido levantarme",
    ],
)
def test_life_making_no_sense_is_still_heard(text: str) -> None:
    assert crisis.assess(text).crisis
