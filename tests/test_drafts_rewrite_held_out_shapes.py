"""General shapes a new draft takes that the calmer version must handle whatever its words: an
ask said as a sarcastic question is asked plainly (in English and in Spanish); a Spanish draft
that opens with a title and a name keeps them in the greeting; a Spanish "can you ...?" asks for
whatever it names, and "lo mínimo es que ..." is an ask."""

from __future__ import annotations

import pytest

from bot.safety.draft_asks import polite_ask
from bot.safety.draft_asks_back import asked_back, asked_back_es
from bot.safety.draft_asks_es import polite_ask_es
from bot.safety.drafts import review


@pytest.mark.parametrize(
    ("question", "ask"),
    [
        ("How hard is it to tell me why?", "Could you tell me why?"),
        ("Is it really that hard to reply to an email?", "Could you reply to an email?"),
        (
            "Would it be so hard for someone to say what went wrong?",
            "Could you say what went wrong?",
        ),
        (
            "Is it too much to ask for one line of feedback?",
            "I'd be grateful for one line of feedback.",
        ),
        ("Is it too much to ask you to reply?", "Could you reply?"),
        ("Would it have killed you to call me?", "Could you call me?"),
        ("Care to explain what happened?", "Could you explain what happened?"),
    ],
)
def test_a_sarcastic_question_is_asked_plainly(question: str, ask: str) -> None:
    assert asked_back(question) == ask
    assert polite_ask(question) == ask


def test_a_frame_with_nothing_asked_is_no_ask() -> None:
    assert asked_back("Is that too much to ask?") is None
    assert asked_back("I spent 3 weekends on your take-home.") is None


@pytest.mark.parametrize(
    ("question", "ask"),
    [
        ("¿Tanto cuesta decirme por qué?", "¿Podrían decirme por qué?"),
        ("¿Les costaría mucho explicarme el motivo?", "¿Podrían explicarme el motivo?"),
        ("¿Es mucho pedir que me digas por qué?", "Agradecería que me digan por qué."),
        ("¿Sería mucho pedir una respuesta?", "Agradecería una respuesta."),
    ],
)
def test_a_spanish_sarcastic_question_is_asked_plainly(question: str, ask: str) -> None:
    assert asked_back_es(question) == ask


def test_the_ask_in_a_sarcastic_question_survives_the_rewrite() -> None:
    result = review(
        "How hard is it to tell me what went wrong? I did three rounds and a presentation, "
        "you clowns."
    )
    assert result.hostile
    assert "Could you tell me what went wrong?" in result.rewrite
    assert "three rounds" in result.rewrite and "How hard" not in result.rewrite
    spanish = review(
        "Hola Lucía, sois unos incompetentes. Hice 3 entrevistas y una prueba técnica de 5 horas."
        " ¿Tanto cuesta decirme por qué?"
    )
    assert "¿Podrían decirme por qué?" in spanish.rewrite and "Tanto" not in spanish.rewrite


@pytest.mark.parametrize(
    ("draft", "greeting"),
    [
        (
            "Licenciado Ramírez, su proceso es una burla. Fui a tres entrevistas.",
            "Hola, Licenciado Ramírez:",
        ),
        (
            "Hola senhor Castillo, ustedes son mentirosos. Hice dos entrevistas.",
            "Hola, señor Castillo:",
        ),
        (
            "Estimada Doctora Ruiz: hice tres entrevistas, sois unos inútiles.",
            "Estimada Doctora Ruiz:",
        ),
    ],
)
def test_a_spanish_title_and_name_stay_in_the_greeting(draft: str, greeting: str) -> None:
    assert review(draft).rewrite.splitlines()[0] == greeting


@pytest.mark.parametrize(
    ("question", "ask"),
    [
        (
            "¿Me podés dar diez minutos para contarme qué faltó?",
            "¿Podrían darme diez minutos para contarme qué faltó?",
        ),
        ("¿Pueden enviarme el informe?", "¿Podrían enviarme el informe?"),
        ("Lo mínimo es que me expliquéis el motivo.", "Me gustaría saber el motivo."),
        ("Lo mínimo que podéis hacer es que me digáis por qué.", "Me gustaría saber por qué."),
    ],
)
def test_a_spanish_request_is_kept_whatever_it_asks(question: str, ask: str) -> None:
    assert polite_ask_es(question) == ask
