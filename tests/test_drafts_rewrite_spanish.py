"""A draft written in Spanish gets its calmer version in Spanish, with the person's points."""

from __future__ import annotations

import pytest

from bot.safety.draft_rules import find_hits
from bot.safety.drafts import review

_ROUGH = {"insult", "threat", "profanity", "sarcasm", "ill_will", "bridge", "blame", "demand"}


@pytest.mark.parametrize(
    ("draft", "keep"),
    [
        ("Hola Marta, hice cuatro entrevistas y una prueba técnica de 6 horas y me rechazáis con "
         "un correo automático. Sois unos incompetentes. Quiero saber por qué.",
         ["Hola, Marta:", "cuatro entrevistas", "prueba técnica de 6 horas",
          "Me gustaría saber por qué."]),
        ("Estimada Sra. López:\n\nLLEVO 10 AÑOS DE EXPERIENCIA EN LOGÍSTICA Y ME DESCARTÁIS EN "
         "DOS DÍAS!!! Vaya panda de payasos. Explicadme el motivo.\n\nUn saludo,\nJavier",
         ["Estimada Sra. López:", "10 años de experiencia en logística", "dos días",
          "Me gustaría entender el motivo.", "Javier"]),
        ("Me hicisteis viajar a Madrid para la entrevista final y pagué 200 euros de hotel. "
         "Joder, devolvedme los 200 euros del hotel o pondré una reseña en Glassdoor.",
         ["Madrid", "200 euros", "Agradecería recibir los 200 euros del hotel."]),
        ("Gracias por nada. Tres semanas esperando y ni una respuesta. Me gustaría recibir "
         "feedback.", ["Tres semanas", "feedback"]),
    ],
)  # fmt: skip
def test_a_spanish_draft_gets_a_spanish_rewrite_that_keeps_its_points(
    draft: str, keep: list[str]
) -> None:
    result = review(draft)
    assert result.hostile
    for point in keep:
        assert point in result.rewrite, result.rewrite
    assert "Quisiera" in result.rewrite and "Saludos cordiales" in result.rewrite
    assert not any(w in result.rewrite for w in ("Hello", "I'd like", "Kind regards"))
    assert not [h.family for h in find_hits(result.rewrite) if h.family in _ROUGH]
    assert not review(result.rewrite).hostile


def test_the_spanish_opener_matches_what_the_draft_is() -> None:
    assert "retirar mi candidatura" in review("Retiro mi candidatura, sois unos payasos.").rewrite
    no = review("Podéis quedaros vuestra oferta de mierda. No acepto vuestra oferta.").rewrite
    assert "he decidido no aceptarla" in no and "mierda" not in no and "vuestra" not in no
    why = review("Cuatro rondas y me rechazáis, incompetentes. ¿Por qué?").rewrite
    assert "decisión sobre mi candidatura" in why and "seguimiento" not in why


def test_an_english_draft_still_gets_an_english_rewrite() -> None:
    rewrite = review("Four rounds and you reject me, idiots. Why?").rewrite
    assert rewrite.startswith("Hello,") and "Quisiera" not in rewrite
