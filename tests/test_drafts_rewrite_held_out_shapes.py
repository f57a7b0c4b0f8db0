"""General shapes a new draft takes that the calmer version must handle whatever its words: an
ask said as a sarcastic question is asked plainly (English and Spanish); a sentence that mixes a
fact with a name-call, an aside, an ill wish or a jab keeps the fact and loses the rest; numbers
with a thousands comma stay whole; a Spanish greeting keeps its title and name; a Spanish request
is kept whatever it asks ("¿me podéis confirmar...?", "lo mínimo es que...", "espero al menos
que..."); a Spanish loaded word on a fact goes and the fact stays."""

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


def test_a_mixed_sentence_keeps_its_fact_and_loses_the_jab() -> None:
    result = review(
        "Hey Sam, the salary was $72,500 and you said it was fine, so quit lying you snake."
    )
    assert "$72,500" in result.rewrite and "Hi Sam," in result.rewrite
    assert "lying" not in result.rewrite and "snake" not in result.rewrite
    aside = review(
        "Per my last three emails, which you seem to have missed, I am still waiting on the "
        "feedback you promised after my final interview on March 14th. Thanks for nothing."
    )
    assert "March 14th" in aside.rewrite and "three emails" in aside.rewrite
    assert "seem to have missed" not in aside.rewrite


def test_a_told_untruth_is_said_as_wrong_information() -> None:
    result = review(
        "Your recruiter lied to my face about the role being remote, and I found out in round "
        "four that it's 3 days a week in Austin, so maybe hire recruiters who can tell the truth."
    )
    assert "lied" not in result.rewrite and "maybe hire" not in result.rewrite
    assert "remote" in result.rewrite and "3 days a week in Austin" in result.rewrite


def test_sarcastic_thanks_leading_a_sentence_go_and_the_rest_stays() -> None:
    result = review(
        "Thanks for the rejection, I guess, though it would have been nice to hear the salary "
        "band was $70k before I did three rounds. You clowns."
    )
    assert "Thanks for the rejection" not in result.rewrite
    assert "$70k" in result.rewrite and "three rounds" in result.rewrite


def test_an_ask_after_so_with_a_fallback_is_kept_whole() -> None:
    result = review(
        "Ten years of React and I aced your live coding round, you idiots. Rejecting me makes no "
        "sense, so I expect you to reconsider or at least explain yourselves."
    )
    assert "Could you reconsider or explain the decision?" in result.rewrite
    assert "yourselves" not in result.rewrite


def test_a_spanish_ask_of_two_things_keeps_both_and_its_numbers() -> None:
    result = review(
        "Su proceso es una burla. Fui a tres entrevistas en Monterrey. Le exijo que me diga el "
        "motivo del rechazo y que me reembolsen los 2,500 pesos de viáticos."
    )
    assert "motivo del rechazo" in result.rewrite and "2,500 pesos" in result.rewrite
    assert "burla" not in result.rewrite


def test_spanish_thanks_for_wasted_time_say_the_time_given() -> None:
    result = review(
        "Muchísimas gracias por hacerme perder dos tardes con un caso práctico. Qué detalle. "
        "¿Me podéis confirmar por escrito que no vais a utilizar mi propuesta?"
    )
    assert "Dediqué dos tardes a un caso práctico" in result.rewrite
    assert "por escrito" in result.rewrite and "gracias" not in result.rewrite.lower()


def test_a_name_call_beside_a_fact_goes_and_the_fact_stays() -> None:
    result = review(
        "I cannot believe you morons rejected me after I flew in from Denver on my own dime for "
        "the onsite. I want the $480 flight reimbursed."
    )
    assert "Denver" in result.rewrite and "onsite" in result.rewrite and "$480" in result.rewrite
    assert "morons" not in result.rewrite
    who = review(
        "Your recruiter Ben is an idiot who scheduled my interview for 9am Pacific when I told "
        "him twice I'm in London. Can we reschedule the technical round?"
    )
    assert "Ben" in who.rewrite and "9am Pacific" in who.rewrite and "London" in who.rewrite
    assert "idiot" not in who.rewrite
    assert "Could we reschedule the technical round?" in who.rewrite


def test_an_ill_wish_in_plain_words_never_survives() -> None:
    result = review(
        "Good afternoon Ms. Liang, I hope your hiring manager chokes on that decision. I relocated"
        " my family to Toronto for this role based on your verbal offer on 2 June."
    )
    assert "chokes" not in result.rewrite and "hope" not in result.rewrite
    assert "Toronto" in result.rewrite and "2 June" in result.rewrite
    assert result.rewrite.startswith("Hi Ms. Liang,")


def test_a_jab_at_the_end_of_a_fact_sentence_is_cut_off() -> None:
    result = review(
        "Thanks a lot for dragging me through five rounds over two months just to hire the CEO's "
        "nephew, you bunch of frauds. I'd like written feedback on my final presentation."
    )
    assert "five rounds over two months" in result.rewrite
    assert "nephew" not in result.rewrite and "frauds" not in result.rewrite
    nerve = review(
        "I built your team a full Figma prototype with 14 screens for free and you have the nerve"
        " to reject me with a template. Pathetic. Delete my files from your drive."
    )
    assert "nerve" not in nerve.rewrite and "14 screens" in nerve.rewrite


def test_a_mocking_guess_is_left_out() -> None:
    result = review(
        "I scored 20 out of 20 on the SQL test and you reject me for 'lack of technical depth'? "
        "Who wrote that, a toddler? Please share the scoring rubric."
    )
    assert "toddler" not in result.rewrite and "20 out of 20" in result.rewrite
    assert "scoring rubric" in result.rewrite


def test_a_spanish_fact_keeps_its_numbers_when_a_loaded_word_sits_on_it() -> None:
    result = review(
        "Me hicieron perder tres semanas en un proceso absurdo con cuatro entrevistas. "
        "Hice su estúpida prueba técnica de 4 horas. Quiero una respuesta."
    )
    assert "tres semanas" in result.rewrite and "cuatro entrevistas" in result.rewrite
    assert "prueba técnica de 4 horas" in result.rewrite
    assert "absurdo" not in result.rewrite and "estúpida" not in result.rewrite
    assert review("Es absurdo. Hice 5 entrevistas.").rewrite.count("Es.") == 0


def test_a_spanish_question_that_opens_on_what_they_gave_keeps_its_facts() -> None:
    result = review(
        "¿Tres entrevistas con el director y me rechazan por un correo automático? Son unos "
        "cobardes. Por lo menos díganme el motivo."
    )
    assert "director" in result.rewrite and "correo automático" in result.rewrite
    assert "motivo" in result.rewrite and "cobardes" not in result.rewrite


def test_a_spanish_ask_with_al_menos_is_still_an_ask() -> None:
    result = review(
        "Es muy feo lo que hicieron. Me hicieron viajar 300 km para una entrevista de 15 minutos. "
        "Espero al menos que me paguen el viaje."
    )
    assert "Agradecería que me paguen el viaje." in result.rewrite
    assert "300 km" in result.rewrite


def test_sarcastic_congratulations_on_the_hire_go_and_the_facts_stay() -> None:
    result = review(
        "Dear Hiring Team, congratulations on hiring someone with half my experience. I trained "
        "40 staff and cut costs by 18% at my last job. Please explain what criteria you used."
    )
    assert "ongratulations" not in result.rewrite and "half my experience" not in result.rewrite
    assert "40 staff" in result.rewrite and "18%" in result.rewrite and "criteria" in result.rewrite


def test_a_number_with_a_thousands_comma_is_kept_whole() -> None:
    from bot.safety.draft_keep import extra_sentences

    assert extra_sentences("you said the range of $95,000 was fine", "") == [
        "I was told that the range of $95,000 was fine."
    ]


def test_a_name_said_last_and_a_verdict_aside_go_and_the_numbers_stay() -> None:
    result = review(
        "They offered me 1,200 euros a month, then cut it to 950 after the final round, you "
        "cheapskates. Why?"
    )
    assert "1,200 euros a month" in result.rewrite and "950" in result.rewrite
    assert "cheapskates" not in result.rewrite
    aside = review("I was told by Ana the budget was 120.000 euros, which was a lie. What changed?")
    assert "120.000 euros" in aside.rewrite and "lie" not in aside.rewrite


def test_a_spanish_sentence_made_to_wait_keeps_its_grammar() -> None:
    result = review(
        "Ustedes me hicieron esperar 2 horas en recepción y luego la entrevista duró 10 minutos. "
        "Espero una respuesta."
    )
    assert "Tuve que esperar 2 horas en recepción" in result.rewrite
    assert "Ustedes tuve" not in result.rewrite
