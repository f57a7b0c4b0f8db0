"""The Spanish calmer version always keeps the person's points: a request worded as "solicito que
me indiquen ..." or as a question ("¿Me puedes decir al menos en qué fallé?") is their ask, said
politely with its own words, as is the ask a threat hangs on ("a menos que me expliques...");
a note with no recognised fact or ask still keeps their calm sentences; and an interjection
("Oye, ...") is nobody's name."""

from __future__ import annotations

import pytest

from bot.safety.drafts import review


@pytest.mark.parametrize(
    ("draft", "ask"),
    [
        ("Solicito que me indiquen qué parte del perfil no cumplo.",
         "Me gustaría saber qué parte del perfil no cumplo."),
        ("Hice 2 entrevistas con Pablo. ¿Me puedes decir al menos en qué fallé?",
         "Me gustaría saber en qué fallé."),
        ("Hice 2 entrevistas. ¿Me podrían explicar qué buscaban?",
         "Me gustaría entender qué buscaban."),
    ],
)  # fmt: skip
def test_their_own_ask_is_kept_in_their_words(draft: str, ask: str) -> None:
    assert ask in review(draft).rewrite


def test_a_note_with_no_recognised_fact_keeps_their_calm_sentences() -> None:
    rewrite = review(
        "Nadie me avisó de nada. Me enteré por LinkedIn que contrataron a otra persona. "
        "Qué falta de respeto."
    ).rewrite
    assert "Me enteré por LinkedIn que contrataron a otra persona." in rewrite
    assert "respeto" not in rewrite
    assert len([p for p in rewrite.split("\n\n") if p.strip()]) >= 4


def test_an_interjection_is_not_whom_it_is_to() -> None:
    rewrite = review("Oye, qué forma tan fría de tratar a la gente. Hice 3 entrevistas.").rewrite
    assert not rewrite.startswith("Hola, Oye")


@pytest.mark.parametrize(
    ("draft", "ask"),
    [
        ("Tengo un grupo de 900 ingenieros y les voy a contar cómo trata su empresa a la gente. "
         "A menos que me expliques el motivo del rechazo después de la prueba de Python.",
         "Me gustaría entender el motivo del rechazo después de la prueba de Python."),
        ("Voy a poner una mala reseña, salvo que me den una respuesta.",
         "Agradecería recibir una respuesta."),
    ],
)  # fmt: skip
def test_the_ask_a_threat_hangs_on_is_kept_as_an_ask(draft: str, ask: str) -> None:
    rewrite = review(draft).rewrite
    assert ask in rewrite
    assert "A menos que" not in rewrite and "Me den" not in rewrite
