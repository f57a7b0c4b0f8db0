"""The calmer version of an Argentine (voseo) draft: an accusation keeps only its fact, a clause
taken out of a frame is a whole sentence, no ask or feedback the draft never made, the right
article for a restated task, one sign-off, and one register (usted) in what it keeps.

Built from what an Argentine play-tester typed; the sentences vary the pieces, not only repeat
them.
"""

from __future__ import annotations

import re

import pytest

from bot.safety.draft_opener_es import article, opener
from bot.safety.draft_register_es import formal
from bot.safety.draft_rewrite_es import rewrite_es
from bot.safety.draft_tidy_es import tidy_es
from bot.safety.drafts import review

PLAY = (
    "Hola Martín, ni siquiera tuviste la decencia de contestarme después del caso práctico. "
    "Que me hayan tenido dos semanas sin noticias es una vergüenza. Si no me querés, me decís y "
    "listo.\nSaludos"
)


@pytest.mark.parametrize(
    ("draft", "fact"),
    [
        ("Ni siquiera tuviste la decencia de contestarme después del caso práctico.",
         "No recibí respuesta después del caso práctico"),
        ("Ni siquiera tuvieron el respeto de responderme.", "No recibí respuesta"),
        ("Hice tres entrevistas y ni siquiera tuvieron la decencia de avisarme.",
         "no recibí ningún aviso"),
        ("Ni siquiera han tenido la educación de llamarme tras la entrevista final.",
         "No recibí ninguna llamada tras la entrevista final"),
    ],
)  # fmt: skip
def test_a_lack_of_decency_line_keeps_only_the_fact(draft: str, fact: str) -> None:
    said = tidy_es(draft)
    assert fact in said, said
    assert not re.search(r"decencia|respeto|educaci|siquiera", said, re.I), said
    assert review(draft).hostile  # the accusation is flagged


@pytest.mark.parametrize(
    ("draft", "fact"),
    [
        ("Que me hayan tenido dos semanas sin noticias es una vergüenza.",
         "Pasaron dos semanas sin noticias"),
        ("Me parece una falta de respeto que me hayan tenido un mes sin respuesta.",
         "Pasó un mes sin respuesta"),
        ("Es una vergüenza que nos hayan dejado tres semanas esperando.",
         "Pasaron tres semanas sin noticias"),
    ],
)  # fmt: skip
def test_a_subjunctive_clause_out_of_a_frame_is_said_as_a_sentence(draft: str, fact: str) -> None:
    said = tidy_es(draft)
    assert said.startswith(fact), said
    assert not re.match(r"(?i)(?:que )?(?:me|nos) hayan", said)


def test_the_play_draft_reads_as_one_person_writing_once() -> None:
    rewrite = review(PLAY).rewrite
    assert rewrite.startswith("Hola, Martín:"), rewrite
    assert "No recibí respuesta después del caso práctico." in rewrite
    assert "Pasaron dos semanas sin noticias." in rewrite
    assert "decencia" not in rewrite and "hayan" not in rewrite
    assert rewrite.endswith("Saludos cordiales"), rewrite  # one sign-off, not "…,\nSaludos"
    assert rewrite.count("Saludos") == 1
    assert not re.search(r"\b(?:decís|querés|tenés|vos|tuviste)\b", rewrite), rewrite


@pytest.mark.parametrize("closing", ["Saludos", "Un saludo", "Slds", "Abrazo"])
def test_their_closing_is_never_taken_for_a_name(closing: str) -> None:
    rewrite = rewrite_es(f"Hola, me rechazaron tras la prueba técnica de 4 horas.\n{closing}")
    assert rewrite.count(closing.capitalize()) <= 1 and not rewrite.endswith(f",\n{closing}")


def test_no_feedback_ask_when_the_draft_only_names_it() -> None:
    draft = "Ni un comentario tras el caso práctico de 6 horas. Nada de feedback, una vergüenza."
    rewrite = rewrite_es(draft)
    assert "comentarios sobre" not in rewrite and "Agradecería cualquier comentario" not in rewrite
    assert "caso práctico de 6 horas" in rewrite, rewrite
    asked = "Hice el caso práctico. ¿Me podrían dar feedback?"
    assert opener(asked) == "Quisiera pedir comentarios sobre el caso práctico."


@pytest.mark.parametrize(
    ("noun", "draft", "said"),
    [
        ("caso práctico", "hice la caso práctico", "el"),
        ("prueba técnica", "hice el prueba técnica", "la"),
        ("entrevista", "", "la"),
        ("reto", "el reto de código", "el"),
        ("dinámica grupal", "", "la"),
    ],
)
def test_a_restated_noun_gets_its_own_article(noun: str, draft: str, said: str) -> None:
    assert article(noun, draft) == said


@pytest.mark.parametrize(
    ("kept", "one", "said"),
    [
        ("Me dijiste que me llamabas el lunes.", True, "Me dijo que me llamaba el lunes."),
        ("Si tenés novedades, me avisás.", False, "Si tienen novedades, me avisan."),
        ("Te mandé el CV y existe una vacante.", True, "Le mandé el CV y existe una vacante."),
        ("Avisame cuando sepas algo del puesto.", True, "Avíseme cuando sepa algo del puesto."),
        ("Hice tres entrevistas después del caso práctico.", True,
         "Hice tres entrevistas después del caso práctico."),
    ],
)  # fmt: skip
def test_kept_lines_are_said_as_usted(kept: str, one: bool, said: str) -> None:
    assert formal(kept, one) == said


def test_a_voseo_fact_is_kept_in_the_rewrites_register() -> None:
    rewrite = rewrite_es("Hola Sofía, me dijiste que me llamabas el lunes y pasaron dos semanas.")
    assert "me dijo que me llamaba el lunes" in rewrite.lower(), rewrite
    assert not re.search(r"\b(?:dijiste|llamabas)\b", rewrite), rewrite


def test_a_bare_rejection_line_is_not_said_twice() -> None:
    rewrite = rewrite_es("Me rechazaron. Qué poca vergüenza. Hice tres entrevistas.")
    assert "en relación con la decisión" in rewrite
    assert "Recibí un rechazo." not in rewrite and "Hice tres entrevistas." in rewrite
    later = rewrite_es("Me rechazaron después de la entrevista final. Una vergüenza.")
    assert "Recibí la noticia después de la entrevista final." in later, later
