"""Which common questions one message asks: each "?" part, and a last part without its "?"."""

from __future__ import annotations

from pathlib import Path

from bot.questions import find_questions
from bot.understanding.questions_asked import questions_in

DIALOGUES = Path(__file__).resolve().parent.parent / "dialogues"


def _ids(text: str, lang: str = "en") -> list[str]:
    book = find_questions([DIALOGUES])
    assert book is not None
    return [m.question.id for m in questions_in(book.in_language(lang), text)]


def test_a_last_part_asking_without_its_question_mark_is_answered_too() -> None:
    text = "how long is it kept exactly? 30 days from when? is there a backup"
    assert _ids(text) == ["retention", "really_deleted"]


def test_a_last_part_that_asks_nothing_adds_nothing() -> None:
    assert _ids("how long do you keep it? i am so tired of all this") == ["retention"]


def test_who_can_read_it_and_the_employer_is_one_question() -> None:
    assert _ids("who exactly can read it? ... can my employer see that") == ["who_sees"]


def test_a_job_that_pays_less_is_its_own_question() -> None:
    assert _ids("should i take a job that pays 30% less?") == ["pay_cut_job"]
    assert _ids("should i take a temp job") == ["money_bridge_work"]
    assert _ids("¿debería aceptar un trabajo que paga menos?", "es") == ["pay_cut_job"]
