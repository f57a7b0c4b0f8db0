"""A quoted rejection formula ("we've decided to move forward with other candidates") is never
asked the direct crisis question, in six languages, while a wish to die said beside it is still
caught."""

from __future__ import annotations

import pytest

from bot.safety.crisis import assess

QUOTED = [
    "2 line email, 'we've decided to move forward with other candidates'",
    "email, 2 lines, 'we've decided to move forward with other candidates'. no feedback on the "
    "code at all",
    "they said they will not be moving forward with my application. thats it. nothing else",
    "me mandaron el típico 'hemos decidido seguir adelante con otros candidatos' y ya",
    "standardmail: wir haben uns für einen anderen Bewerber entschieden. das wars",
    "réponse type: nous avons décidé de poursuivre avec d'autres candidats. point final",
    "resposta padrão: decidimos seguir com outros candidatos. só isso",
    "solita mail: abbiamo deciso di procedere con altri candidati. fine",
    "well well well. another company has decided im not a culture fit. shocking. truly. alert"
    " the press",
]
BESIDE = [
    "they decided to move forward with other candidates and honestly i just want to die",
    "decidieron seguir con otros candidatos y ya no quiero vivir",
    "another company has decided im not a culture fit and i dont want to be here anymore",
]


@pytest.mark.parametrize("text", QUOTED)
def test_a_quoted_rejection_is_not_asked_about(text: str) -> None:
    assert assess(text).level is None


@pytest.mark.parametrize("text", BESIDE)
def test_a_wish_to_die_beside_it_is_still_caught(text: str) -> None:
    assert assess(text).level is not None
