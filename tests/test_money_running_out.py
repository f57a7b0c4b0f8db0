"""Money running out (food, rent, the week ahead) is a common question, in English and Spanish,
answered with practical places to turn: the play-tested "y como le hago si no me alcanza ni pa
comer esta semana? tengo 2 hijos" is that question, with its shorthand ("pa") read in full."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.questions import find_questions
from bot.understanding.questions import QuestionBook
from bot.understanding.questions_asked import questions_in_either

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def book() -> QuestionBook:
    found = find_questions([ROOT / "dialogues"])
    assert found is not None
    return found


ASKED = [
    ("es", "y como le hago si no me alcanza ni pa comer esta semana? tengo 2 hijos"),
    ("es", "no me alcanza ni para la comida, qué hago?"),
    ("en", "how do i manage if i cant even afford food this week? i have 2 kids"),
    ("en", "where can i get food if im broke?"),
]


@pytest.mark.parametrize(("lang", "text"), ASKED)
def test_asked_as_money_running_out(book: QuestionBook, lang: str, text: str) -> None:
    found = questions_in_either(book, lang, text)
    assert found and found[0].question.id == "money_running_out"


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ("food bank", "social services", "benefits office", "landlord or creditors")),
        ("es", ("banco de alimentos", "servicios sociales", "oficina de desempleo", "acreedores")),
    ],
)
def test_the_answer_names_practical_help(book: QuestionBook, lang: str, words: tuple) -> None:
    answer = book.in_language(lang).get("money_running_out")
    assert answer is not None
    assert all(w in answer.answer for w in words)
