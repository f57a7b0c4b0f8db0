"""Money, food and rent worries (`bot.safety.money_cues`) are not asked the direct crisis
question, in six languages, children at home or not; a wish to die said beside one still is.
Typed answers that only sound final ("better to let it rest in drafts", "whats the point of the
number", "talking more wont help, help me set up concrete steps") stay calm too."""

from __future__ import annotations

import pytest

from bot.safety.crisis import assess

WORRIES = [
    "y como le hago si no me alcanza ni pa comer esta semana? tengo 2 hijos",
    "no me alcanza ni pa la renta y tengo 3 hijos, no se que hacer",
    "i cant afford rent this month and i have 2 kids, what do i do",
    "how am i going to feed my kids with no paycheck",
    "ich weiß nicht wie ich die miete zahlen soll, hab zwei kinder",
    "je sais pas comment je vais payer le loyer ce mois-ci, j'ai deux gosses",
    "não tenho dinheiro nem pra comida essa semana, tenho 2 filhos",
    "non ho i soldi neanche per la spesa, ho due figli, come faccio",
]
WISHES = [
    "no me alcanza ni pa comer y ya no quiero vivir",
    "no tengo ni pa comer, mejor me muero",
    "can't pay rent, honestly i just want to die",
    "i can't afford the rent and i don't want to be here anymore",
    "kein geld mehr fürs essen und ich will nicht mehr leben",
]
ANSWERS = [
    "i think id rather it never goes out, better to let it rest in drafts",
    "whats the point of the number anyway",
    "idk i think ive said everything i can say about it and talking more wont help, maybe just"
    " help me set up a few concrete things to do",
]


@pytest.mark.parametrize("text", WORRIES)
def test_a_money_worry_is_not_asked_about(text: str) -> None:
    assert assess(text).level is None


@pytest.mark.parametrize("text", WISHES)
def test_a_wish_to_die_beside_a_money_worry_is_still_a_risk(text: str) -> None:
    assert assess(text).level is not None


@pytest.mark.parametrize("text", ANSWERS)
def test_an_answer_that_only_sounds_final_stays_calm(text: str) -> None:
    assert assess(text).level is None


def test_hopelessness_about_life_is_still_heard() -> None:
    assert assess("whats the point of living anymore").level is not None
    assert assess("whats the point of anything, i give up").level is not None
