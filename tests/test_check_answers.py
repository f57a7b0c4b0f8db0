"""The second reading of a typed answer to the direct question: it only ever leans towards yes or
not sure, in the languages the crisis check speaks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.safety.check_answers import NO, UNSURE, YES, refine
from bot.safety.crisis_check import read_answer


def reading(text: str) -> str | None:
    return refine(text, read_answer(text))


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        ("no estoy seguro", UNSURE),
        ("no estoy segura", UNSURE),
        ("não tenho certeza", UNSURE),
        ("non sono sicuro", UNSURE),
        ("je ne suis pas sûr", UNSURE),
        ("ich bin nicht sicher", UNSURE),
        ("la verdad es que sí", YES),
        ("últimamente sí", YES),
        ("creo que sí", YES),
        ("sí, tengo esos pensamientos", YES),
        ("yes, I'm having those thoughts", YES),
        ("lol no. well, I've been having those thoughts more than I'd like", UNSURE),
        ("no, fue una forma de hablar", NO),
        ("qué va, es un decir", NO),
        ("jaja no, exageraba", NO),
        ("nah it's just a saying", NO),
        ("es un decir, pero a veces lo pienso", YES),
        ("no. i said karen sucks, not that i want to die", NO),
        ("that doesn't mean i want to die", NO),
        ("whoa what. no lol", NO),
        ("wait what. yes", YES),
        ("no, i want to die", UNSURE),
    ],
)
def test_answers_people_write_are_read(text: str, meaning: str) -> None:
    assert reading(text) == meaning


@given(st.text(max_size=60), st.sampled_from([YES, UNSURE, NO, None]))
def test_a_yes_or_not_sure_never_becomes_no(text: str, first: str | None) -> None:
    again = refine(text, first)
    if first in {YES, UNSURE}:
        assert again in {YES, UNSURE}
    if first == NO:
        assert again in {NO, UNSURE}
