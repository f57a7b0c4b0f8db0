"""A "no" inside a condition is no denial (`bot.safety.foreign_cues`, `bot.safety.said_lightly`):
"if they don't call me I'll kill myself" in Spanish, German, French, Portuguese and Italian is at
least a possible risk, while a real denial after the condition ("si no me llaman no me voy a
matar", "se não me ligarem não vou me matar") still stands, and an ordinary condition is calm."""

from __future__ import annotations

import pytest

from bot.safety.crisis import assess
from bot.safety.normalise import normalise
from bot.safety.said_lightly import denies_harm

CONDITIONS = [
    "se non mi chiamano entro venerdì mi sparo",
    "se non mi prendono mi ammazzo",
    "si no me contratan me quito la vida",
    "si no me llaman me voy a suicidar",
    "wenn die mich nicht nehmen bring ich mich um",
    "wenn sie nicht anrufen bringe ich mich um",
    "se não me chamarem eu me mato",
    "se eles não me ligarem vou me matar",
    "si ils ne me rappellent pas je vais me suicider",
    "s'ils ne me prennent pas je me flingue",
]

CALM = [
    "se non mi chiamano non mi ammazzo mica, tranquillo",
    "wenn die nicht anrufen, bring ich mich nicht um, keine sorge",
    "se não me ligarem não vou me matar né",
    "si ils ne rappellent pas je ne vais pas me tuer pour ça",
    "si no me contratan no pasa nada",
    "se non mi prendono pazienza",
    "wenn die mich nicht nehmen, such ich halt weiter",
]


@pytest.mark.parametrize("text", CONDITIONS)
def test_a_no_inside_a_condition_is_no_denial_and_the_risk_is_seen(text: str) -> None:
    assert assess(text).level is not None


@pytest.mark.parametrize("text", CALM)
def test_a_denial_after_the_condition_and_a_plain_condition_stay_calm(text: str) -> None:
    assert assess(text).level is None


def test_a_denial_after_a_condition_is_still_read_as_a_denial() -> None:
    assert denies_harm(normalise("se não me ligarem não vou me matar"))
    assert not denies_harm(normalise("se não me ligarem vou me matar"))
