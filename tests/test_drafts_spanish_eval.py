"""Spanish lash-outs are caught, and calm or firm Spanish replies are left alone.

Measured on the Spanish development sets (tests/data/drafts_es_dev.yaml, drafts_es_dev2.yaml:
hostile drafts of every kind, and sad or firm but polite ones that must not be flagged), and on
the exact words a Mexican tester found slipping through.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.safety.drafts import review

DATA = Path(__file__).parent / "data"


def _items(name: str) -> list[dict[str, object]]:
    return list(yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["items"])


@pytest.mark.parametrize("name", ["drafts_es_dev.yaml", "drafts_es_dev2.yaml"])
def test_spanish_recall_and_false_alarms_stay_within_limits(name: str) -> None:
    items = _items(name)
    hostile = [str(i["text"]) for i in items if i["hostile"]]
    calm = [str(i["text"]) for i in items if not i["hostile"]]
    missed = [t for t in hostile if not review(t).hostile]
    alarms = [t for t in calm if review(t).hostile]
    assert len(missed) <= len(hostile) * 0.05, missed
    assert len(alarms) <= len(calm) * 0.05, alarms


def test_the_spanish_development_set_is_large_and_balanced() -> None:
    items = _items("drafts_es_dev.yaml")
    assert sum(bool(i["hostile"]) for i in items) >= 40
    assert sum(not i["hostile"] for i in items) >= 40


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Me parece una falta de respeto total.", "blame"),
        ("Pésimo proceso.", "blame"),
        ("Pesimo proceso.", "blame"),
        ("Son unos pinches groseros.", "profanity"),
        ("Son unos pinches groseros.", "insult"),
        ("Son unos mediocres.", "insult"),
        ("NUNCA me habían tratado así.", "shouting"),
        ("Ojalá quiebren.", "ill_will"),
        ("Espero q el banco se vaya a la quiebra.", "ill_will"),
        ("Que se vaya a la quiebra esa empresa.", "ill_will"),
        ("Se van a arrepentir.", "threat"),
        ("Ni se molesten en llamarme.", "bridge"),
        ("Qué asco de empresa.", "insult"),
        ("Son unos payasos.", "insult"),
        ("Gracias por nada.", "sarcasm"),
        ("Qué profesionales, eh.", "sarcasm"),
        ("Voy a poner una reseña en Glassdoor.", "threat"),
        ("Los voy a exhibir en redes.", "threat"),
    ],
)
def test_each_kind_of_spanish_lash_out_is_flagged(text: str, family: str) -> None:
    result = review(text)
    assert result.hostile, text
    assert family in result.families, result.families


@pytest.mark.parametrize(
    "text",
    [
        "Gracias por avisarme. Me dolió, pero respeto su decisión.",
        "Me fue pésimo en la prueba técnica, lo sé.",
        "Nunca había llegado tan lejos en un proceso. Gracias.",
        "Ojalá podamos coincidir en otra ocasión.",
        "Espero que les vaya muy bien con la persona que eligieron.",
        "Espero que la empresa no quiebre nunca, de verdad me gustó el equipo.",
        "Ojalá no cierren la vacante antes de que termine mi maestría.",
        "Que Dios los bendiga, gracias por todo.",
        "Qué proceso tan bonito, gracias.",
        "Fueron muy profesionales durante todo el proceso.",
        "Trabajé en IBM y en BBVA como analista SQL.",
        "Espero su respuesta. Hice 4 entrevistas y me gustaría saber en qué fallé.",
    ],
)
def test_sad_kind_or_firm_spanish_replies_are_not_flagged(text: str) -> None:
    assert not review(text).hostile, review(text).reasons
