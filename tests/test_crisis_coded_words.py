"""Coded and slang words for suicide and self-harm in six languages (`bot.safety.coded_words` in
English, `bot.safety.foreign_slang` in the others) make a message a risk; their look-alike idioms
(a haircut, "me desvivo por mis hijos", "rage quit the game", "wir geben uns die Kugel") stay
calm."""

from __future__ import annotations

import pytest

from bot.safety.coded_words import RULES
from bot.safety.crisis import assess
from tests.cue_rules import assert_finds_a_sign_and_no_look_alike

SIGNS = [
    # English: game and computer words, British slang, death euphemisms, self-harm slang
    "i wanna despawn for real",
    "lowkey ready to despawn irl",
    "might just alt f4 myself tonight",
    "gonna neck myself if this one says no too",
    "might just commit neck rope",
    "thinking about taking the dirt nap",
    "im gonna take the long nap",
    "i keep thinking about s-word-ing",
    "if they not call me back i will make finish of me",
    "my arms look like a barcode again",
    "barcode arms again, couldnt stop",
    "cut to beans last night",
    "got to styro again",
    # Spanish
    "mejor me muero",
    "ojalá me muera ya",
    "me voy a dar cuello, ya no aguanto",
    "me quiero desvivir",
    "me quiero ahorcar",
    "tío me quiero ir al otro barrio",
    "estoy pensando en quitarme del medio, nadie me va a contratar",
    # German
    "ich will mich abmurksen",
    "ich will mich selbst löschen",
    "hab überlegt mir was anzutun",
    "wenn ich weg wäre, würde es keinem auffallen",
    # French
    "je vais me faire sauter le caisson",
    "je vais me tirer une balle, j'en peux plus",
    # Portuguese
    "quero ir dessa pra melhor",
    "quero me dar um tiro",
    # Italian
    "voglio tirare le cuoia",
    "voglio togliermi di mezzo per sempre",
]
LOOK_ALIKES = [
    "gonna despawn from linkedin for a week",
    "rage quit the game lol",
    "gonna uninstall linkedin tonight",
    "i might take a long nap after the interview",
    "barcode scanner job at the warehouse, anyone done it?",
    "i killed myself laughing at that meme",
    "my cat scratched my arm",
    "that was a long sleep, finally feel human",
    "me desvivo por mis hijos",
    "me muero de risa jaja",
    "me dieron cuello en el trabajo",
    "me corté el dedo cocinando",
    "me voy a cortar el pelo",
    "quítate de en medio que no veo",
    "ich lach mich tot",
    "wir geben uns heute die kugel auf der party",
    "bitte lösch mich aus dem verteiler",
    "ich hab mich beim kochen geschnitten",
    "je me suis tiré une balle dans le pied avec cet entretien",
    "je vais me faire couper les cheveux",
    "dei um tiro no pé nessa entrevista",
    "vou cortar o cabelo",
    "me cortei fazendo a barba",
    "mi taglio i capelli domani",
    "mi sono tagliato facendo la barba",
]


@pytest.mark.parametrize("text", SIGNS)
def test_a_coded_word_is_a_risk(text: str) -> None:
    assert assess(text).level is not None


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_look_alike_stays_calm(text: str) -> None:
    assert assess(text).level is None


@pytest.mark.parametrize("pattern", [p for rule in RULES for p in rule.patterns])
def test_every_english_pattern_finds_a_sign_and_no_look_alike(pattern: str) -> None:
    assert_finds_a_sign_and_no_look_alike(pattern, SIGNS, LOOK_ALIKES)


def test_every_english_rule_is_a_clear_risk() -> None:
    assert all(rule.kind == "crisis" for rule in RULES)
