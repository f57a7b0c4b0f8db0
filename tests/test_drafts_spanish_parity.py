"""The Spanish rewrite does what the English one does: the facts inside a threat or a sarcastic
question are kept, a demand becomes a polite ask without its "ya" or its threat, a name said
first is whom the message is to, a name alone at the end signs it, scare quotes go, the opener
names only what the draft names, and no general ask is added that the draft did not make."""

from __future__ import annotations

import pytest

from bot.safety.drafts import review

_STING = ("payaso", "denunci", "juzgado", "glassdoor", "linkedin", "patétic", "gratis", " ya.")


def _calm(rewrite: str) -> None:
    low = rewrite.lower()
    for word in _STING:
        assert word not in low
    assert "'" not in rewrite


@pytest.mark.parametrize(
    ("draft", "kept", "ask"),
    [
        ("Voy a contar en LinkedIn que hice 4 entrevistas en Norvia y nadie me respondió. "
         "Denme una respuesta.", "Hice 4 entrevistas en Norvia",
         "Agradecería recibir una respuesta."),
        ("Me deben 150 euros del tren a Sevilla. Páguenme ya o los denuncio.",
         "Me deben 150 euros del tren a Sevilla", "Agradecería recibir el pago."),
        ("Trabajé 9 años con ustedes y todavía no me han pagado el finiquito. Quiero mi finiquito "
         "YA o nos vemos en el juzgado.", "no me han pagado el finiquito",
         "Agradecería recibir mi finiquito."),
    ],
)  # fmt: skip
def test_a_threat_goes_and_its_facts_and_the_ask_stay(draft: str, kept: str, ask: str) -> None:
    rewrite = review(draft).rewrite
    assert kept in rewrite
    assert ask in rewrite
    _calm(rewrite)


def test_the_task_in_a_sarcastic_question_is_said_as_done() -> None:
    rewrite = review(
        "¿El 'caso práctico' de 5 horas era para contratarme o para trabajar gratis? Payasos. "
        "Quiero una explicación."
    ).rewrite
    assert "Hice el caso práctico de 5 horas." in rewrite
    assert "Agradecería una explicación." in rewrite
    _calm(rewrite)


@pytest.mark.parametrize(
    ("draft", "head"),
    [
        ("Lucía, hice 3 entrevistas y me descartaron. Son unos payasos.", "Hola, Lucía:"),
        ("Mira, Andrés, hice 3 entrevistas y me descartaron. Son unos payasos.", "Hola, Andrés:"),
        ("Señores, hice 3 entrevistas y me descartaron. Son unos payasos.", "Señores:"),
    ],
)
def test_a_name_said_first_is_whom_the_message_is_to(draft: str, head: str) -> None:
    rewrite = review(draft).rewrite
    assert rewrite.startswith(head + "\n")
    assert "3 entrevistas" in rewrite
    _calm(rewrite)


def test_a_name_alone_at_the_end_signs_it() -> None:
    rewrite = review("Hice 4 entrevistas. Son unos payasos. Díganme por qué.\n- inés").rewrite
    assert rewrite.endswith("Saludos cordiales,\nInés")


def test_a_mocking_exclamation_and_scare_quotes_go() -> None:
    rewrite = review(
        "Qué 'proceso ágil' el suyo: cuatro semanas sin respuesta después de la entrevista final. "
        "Respondan."
    ).rewrite
    assert "Cuatro semanas sin respuesta después de la entrevista final." in rewrite
    assert "ágil" not in rewrite
    assert "Agradecería una respuesta." in rewrite


def test_the_opener_names_the_interview_only_when_the_draft_does() -> None:
    named = review("Hice la entrevista el lunes. Payasos. Quiero comentarios.").rewrite
    assert "Quisiera pedir comentarios sobre mi entrevista." in named
    unnamed = review("Mandé mi CV hace un mes. Payasos. Quiero comentarios.").rewrite
    assert "entrevista" not in unnamed


def test_naming_the_reason_is_not_asking_for_it() -> None:
    rewrite = review("No sé ni por qué hice 3 entrevistas con ustedes. Payasos.").rewrite
    assert "Me gustaría saber el motivo" not in rewrite
    assert "3 entrevistas" in rewrite


@pytest.mark.parametrize(
    ("draft", "ask", "opener"),
    [
        ("Me deben una explicación. Hice 2 pruebas técnicas. Patéticos.",
         "Agradecería una explicación.", "Quisiera preguntar por la decisión"),
        ("Les exijo que me devuelvan los 60 euros del taxi a la entrevista. Ladrones.",
         "Agradecería que me devuelvan los 60 euros del taxi a la entrevista.",
         "Quisiera preguntar por un pago"),
        ("Espero una respuesta hoy mismo o lo publico todo en LinkedIn. Hice 4 entrevistas.",
         "Agradecería una respuesta.", "Les escribo"),
    ],
)  # fmt: skip
def test_a_demand_or_a_debt_is_asked_politely(draft: str, ask: str, opener: str) -> None:
    rewrite = review(draft).rewrite
    assert ask in rewrite
    assert opener in rewrite
    _calm(rewrite)
    assert "hoy mismo" not in rewrite and "Ladrones" not in rewrite


def test_a_verdict_on_them_goes_and_a_plain_greeting_stays() -> None:
    rewrite = review(
        "Señores: llevo 7 semanas esperando tras la entrevista final. Una vergüenza. "
        "Contesten ya o los denuncio.\n- Jorge"
    ).rewrite
    assert rewrite.startswith("Señores:\n")
    assert "Llevo 7 semanas esperando tras la entrevista final." in rewrite
    assert "vergüenza" not in rewrite
    assert "Agradecería una respuesta." in rewrite
    assert rewrite.endswith("Saludos cordiales,\nJorge")
    _calm(rewrite)


def test_the_slides_in_a_sarcastic_question_are_said_as_done() -> None:
    rewrite = review(
        "¿La presentación de 25 diapositivas era solo para robarme ideas? Ladrones."
    ).rewrite
    assert "Hice la presentación de 25 diapositivas." in rewrite
    assert "robarme" not in rewrite
