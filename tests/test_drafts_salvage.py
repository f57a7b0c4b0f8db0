"""The calmer version keeps a fact said inside a sarcastic sentence and cuts a barb hung on a
calm one, in English and in Spanish."""

from __future__ import annotations

import pytest

from bot.safety.draft_salvage import salvaged, without_barbs
from bot.safety.drafts import review


@pytest.mark.parametrize(
    ("draft", "kept", "gone"),
    [
        ("Thanks so much for the generous two-line email after I spent 6 hours on your "
         "take-home. I'd like feedback.", "I spent 6 hours on your take-home.", "generous"),
        ("Really appreciate the form letter after I flew to Denver for the onsite. What was "
         "the reason?", "I flew to Denver for the onsite.", "appreciate"),
        ("Muchas gracias por el correo de dos líneas después de que dediqué 12 horas a la "
         "prueba. Me gustaría recibir feedback.", "Dediqué 12 horas a la prueba.", "gracias"),
        ("Qué detalle mandarme un correo automático después de tres entrevistas. Quiero saber "
         "por qué.", "tres entrevistas", "detalle"),
    ],
)  # fmt: skip
def test_a_fact_inside_a_sarcastic_sentence_is_kept(draft: str, kept: str, gone: str) -> None:
    result = review(draft)
    assert kept in result.rewrite
    assert gone not in result.rewrite.lower()


@pytest.mark.parametrize(
    ("draft", "kept", "gone"),
    [
        ("I spent 10 hours on the assignment, which you apparently never opened. Please send "
         "feedback.", "I spent 10 hours on the assignment.", "never opened"),
        ("I did 3 rounds, which clearly meant nothing to you, and I'd like to know why I "
         "wasn't picked.", "I did 3 rounds", "meant nothing"),
        ("Hice 5 entrevistas, que por lo visto no sirvieron de nada. Quisiera saber el motivo.",
         "Hice 5 entrevistas.", "por lo visto"),
        ("Hola Marta, hice 3 entrevistas. Me gustaría saber en qué fallé, que creo que me lo "
         "merezco.", "en qué fallé", "merezco"),
    ],
)  # fmt: skip
def test_a_hostile_sub_clause_is_cut_and_the_fact_stays(draft: str, kept: str, gone: str) -> None:
    result = review(draft)
    assert kept in result.rewrite
    assert gone not in result.rewrite


def test_plain_thanks_and_plain_sentences_are_left_alone() -> None:
    assert salvaged("Thanks for the update after my interview on Tuesday.") is None
    assert salvaged("I spent 6 hours on the take-home after the first call.") is None
    said = "I sent the portfolio, which you asked for on Monday."
    assert without_barbs(said) == said
    assert without_barbs("4 interviews down the drain.") == "4 interviews."


@pytest.mark.parametrize(
    ("draft", "kept", "gone"),
    [
        ("I hope whoever you hired fails. I gave you a working prototype. At minimum, tell me "
         "why it wasn't enough.", "why it wasn't enough", "At minimum"),
        ("Javier, eres el peor entrevistador que he tenido. Aun así quiero feedback sobre mis "
         "respuestas.", "feedback sobre mis respuestas", "Aun así"),
        ("Solo pido que me tengan en cuenta para otras vacantes, aunque visto lo visto no sé ni "
         "para qué. Sois unos payasos.", "otras vacantes", "visto lo visto"),
        ("Hola Lucía: me debéis los 60 € del hotel. Sois unos impresentables. ¿Cuándo puedo "
         "esperar el pago?", "¿Cuándo puedo esperar el pago?", "impresentables"),
    ],
)  # fmt: skip
def test_their_own_ask_is_kept_without_its_grudging_words(draft: str, kept: str, gone: str) -> None:
    result = review(draft)
    assert kept in result.rewrite
    assert gone not in result.rewrite


def test_the_count_behind_a_rhetorical_question_is_kept() -> None:
    result = review("feedback? or is that too much to ask after 3 rounds 🙄")
    assert result.trusted
    assert "after 3 rounds" in result.rewrite
    assert "too much" not in result.rewrite
    said = review(
        "Thanks for the 'growth opportunity' of doing your unpaid trial shift on Saturday."
    )
    assert "I did your unpaid trial shift on Saturday." in said.rewrite


def test_what_they_did_in_an_indignant_spanish_question_is_kept() -> None:
    draft = (
        "che, hice las 3 entrevistas, el caso práctico y la presentación al gerente y me "
        "rechazan con un mail automático?? una vergüenza lo de ustedes. Quiero que me expliquen "
        "el motivo"
    )
    rewrite = review(draft).rewrite
    assert "Hice las 3 entrevistas, el caso práctico y la presentación al gerente." in rewrite
    assert "vergüenza" not in rewrite
    assert "motivo" in rewrite


def test_a_short_greeting_and_a_wish_to_be_considered_are_kept_in_spanish() -> None:
    draft = (
        "Buenas, Carolina. Hice un trabajo práctico de dos días. También me interesa que me "
        "consideren para otras búsquedas de diseño. Saludos, Martín"
    )
    rewrite = review(draft).rewrite
    assert rewrite.startswith("Buenas, Carolina:")
    assert "Agradecería que me consideren para otras búsquedas de diseño." in rewrite


def test_a_verbless_question_echoing_their_words_is_not_kept() -> None:
    draft = (
        'I applied 3 times and got the same "after careful consideration" email each time '
        "within 10 minutes. careful consideration in 10 minutes?? nice."
    )
    rewrite = review(draft).rewrite
    assert "within 10 minutes" in rewrite
    assert "consideration in 10" not in rewrite


def test_an_amount_on_its_own_is_kept_and_a_name_called_at_the_end_goes() -> None:
    draft = "Your recruiter promised to cover my interview travel. $612. Please pay me, you clowns."
    rewrite = review(draft).rewrite
    assert "$612" in rewrite
    assert "clowns" not in rewrite
    rewrite = review("Hola Tomás. 5 entrevistas boludo. Decime qué pasó").rewrite
    assert "5 entrevistas." in rewrite
    assert "boludo" not in rewrite


def test_a_clause_that_gives_evidence_stays_and_plain_thanks_keep_their_count() -> None:
    said = "I did a case study on your pricing, which you're now apparently using (saw the news)."
    assert without_barbs(said) == (
        "I did a case study on your pricing, which you're now using (saw the news)."
    )
    rewrite = review("Thanks SO much for ghosting me after four rounds of interviews.").rewrite
    assert "four rounds of interviews" in rewrite
