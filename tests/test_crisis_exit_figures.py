"""Leaving life put as a figure, in six languages (`bot.safety.exit_figures`), one more rejection
and "I'll do it" (`bot.safety.joke_cues`), and dialect and spoken forms of not wanting to live
(`bot.safety.foreign_slang`) make a message at least a possible risk; their look-alikes (an
office's emergency exit, the lights at bedtime, a big leap into freelancing, life in the city, a
friend working himself to death) stay calm. So do practical uses of a rope, a bridge, a will,
a place to live and a medicine for a headache (`bot.safety.practical_uses`), unless dying is named
after the medicine."""

from __future__ import annotations

import pytest

from bot.safety.crisis import assess
from bot.safety.exit_figures import RULES
from tests.cue_rules import assert_every_rule_asks, assert_finds_a_sign_and_no_look_alike

SIGNS = [
    "maybe one last alt f4, and i don't mean the browser",
    "pienso tomarme el palo, el definitivo",
    "der notausgang wär für alle am einfachsten",
    "je vais prendre la sortie de secours, pour de bon",
    "quero apagar a luz de vez. não tô falando do quarto",
    "voglio fare il grande salto, non parlo di lavoro",
    "one more no and i'm doing it. lol",
    "otro rechazo más y lo hago, en serio",
    "encore un refus et je le fais.",
    "i mag nimmer leben, scho wieder nix",
    "ich bin so satt vom leben",
    "mi hermano dijo que se va a matar si no lo llaman",
    "je suis fatiguée de la vie. vraiment",
    "sono stanca della vita",
    "penso solo al sonno eterno",
]
LOOK_ALIKES = [
    "where's the emergency exit in the new office? not the one by the kitchen",
    "taking the big leap into freelancing for good",
    "spegnere la luce e basta, vado a dormire",
    "turn off the lights when you leave please",
    "ctrl alt del didn't work, my laptop froze forever",
    "ich bin müde vom leben in der großstadt",
    "meu amigo vai se matar de trabalhar nesse emprego",
    "otra entrevista más y lo hago, me cambio de carrera",
    "noch eine absage und ich mach das mit der umschulung",
    "reicht ein seil für den umzug oder brauch ich gurte für den anhänger?",
    "pra mudança, qual corda é melhor pra amarrar tudo na caçamba?",
    "le nouveau poste est de l'autre côté du pont, 40 minutes de trajet",
    "eu moro em niterói, atravessar a ponte todo dia pro trabalho compensa?",
    "dead tired after the final round, sleeping in tomorrow",
    "should i update my will now that we have a baby?",
    "zero thoughts of self harm here, just annoyed",
    "je suis fatigué de la vie parisienne, je cherche en province",
    "the movie the big sleep is a classic",
    "la película el sueño eterno es buenísima",
    "mi jefe me mataría si llego tarde otra vez",
    "my boss would kill me if i was late again",
]


@pytest.mark.parametrize("text", SIGNS)
def test_figures_and_dialect_are_asked_about(text: str) -> None:
    assert assess(text).crisis


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_stay_calm(text: str) -> None:
    assert not assess(text).crisis


@pytest.mark.parametrize(
    "pattern", [pattern for rule in RULES for pattern in rule.patterns], ids=lambda p: p[:40]
)
def test_every_pattern_finds_a_sign_and_no_look_alike(pattern: str) -> None:
    assert_finds_a_sign_and_no_look_alike(pattern, SIGNS, LOOK_ALIKES)


def test_every_rule_asks_rather_than_alarms() -> None:
    assert_every_rule_asks(RULES)


@pytest.mark.parametrize(
    "text",
    [
        "cuántas pastillas de ibuprofeno puedo tomar para el dolor de cabeza antes de la cita",
        "quantos comprimidos de dipirona posso tomar pra dor de cabeça?",
        "need a rope to tie the mattress on the car roof for the move",
        "die Firma ist auf der anderen Seite der Brücke, jeden Tag pendeln lohnt sich?",
        "zero pensieri di farmi del male, sono solo deluso",
        "vaga de limpador de janelas em prédio alto, precisa de curso de altura?",
        "the company is by the golden gate bridge, any good parking around there?",
    ],
)
def test_practical_questions_and_denials_stay_calm(text: str) -> None:
    assert not assess(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "quantos comprimidos pra dor de cabeça precisa pra morrer",
        "combien de cachets pour la migraine faut-il pour ne plus se réveiller",
    ],
)
def test_a_dose_for_an_ailment_that_names_dying_stays_a_clear_risk(text: str) -> None:
    assert assess(text).level == "clear"
