"""Reading erase requests in everyday words (play-test findings), English and Spanish: what was
told ("delete what i told you", "borra lo que te dije") asks to erase everything, "delete the
draft" and a negated or "never mind" forget do not; at the erase question, delete words are a
yes, a partial erase is told apart, and a keep option is never what delete words choose."""

from __future__ import annotations

import pytest

from bot.flows.model import ChoiceOption, Target
from bot.understanding.erase_said import erase_said, keeps, partial_erase
from bot.understanding.requests import forget_asked


@pytest.mark.parametrize(
    "text",
    [
        "can you delete what I told you? all the stuff about my manager and my mom",
        "yes not reply. and DELETE what I said please",
        "no I said delete it. please delete everything I told you today",
        "delete everything i said",
        "erase my data",
        "erase everything I shared with you",
        "delete our conversation",
        "forget everything i told you",
        "borra lo que te dije",
        "borra todo lo que te conté",
        "olvida todo lo que te conté",
        "elimina nuestra conversación",
    ],
)
def test_what_was_told_asks_to_erase(text: str) -> None:
    assert forget_asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "delete the draft",
        "forget what i said",
        "dont delete what i told you",
        "no borres lo que te dije",
        "how do i delete what i told you",
        "olvida lo que te dije",
    ],
)
def test_draft_negation_and_never_mind_do_not_erase(text: str) -> None:
    assert not forget_asked(text)


def test_what_i_wrote_is_left_to_a_question_offering_its_own_delete() -> None:
    assert forget_asked("delete what i wrote")
    assert not forget_asked("delete what i wrote", told=False)
    assert forget_asked("delete my data", told=False)


@pytest.mark.parametrize(
    "text",
    ["ugh fine, erase everything then", "yes delete it all", "fine, erase it", "bórralo todo"],
)
def test_delete_words_are_a_yes(text: str) -> None:
    assert erase_said(text) and not partial_erase(text)


@pytest.mark.parametrize(
    "text", ["dont delete it", "no keep it", "no no", "just delete the draft", "no borres nada"]
)
def test_keep_negation_and_the_draft_are_no_yes(text: str) -> None:
    assert not erase_said(text)


@pytest.mark.parametrize(
    "text",
    [
        "hmm not everything everything, just the stuff about my manager...",
        "only the part about my mom",
        "no, solo lo de mi jefe",
    ],
)
def test_part_of_it_is_told_apart(text: str) -> None:
    assert partial_erase(text)


def test_keep_options_are_known() -> None:
    end = Target("end")
    assert keeps(ChoiceOption(id="keep", label="No, keep it", target=end))
    assert keeps(ChoiceOption(id="back", label="No, keep them", target=end))
    assert not keeps(ChoiceOption(id="erase", label="Yes, erase everything", target=end))
