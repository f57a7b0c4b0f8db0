"""The calm version of an angry Spanish draft carries no ill-wish, insult or threat, opens with a
line that fits after a rejection, and keeps the person's real points.

Includes the exact drafts a Mexican tester tried, and the Spanish rewrite development set
(tests/data/drafts_rewrite_es_dev.yaml: the points to keep and the words never to carry over).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bench.drafts_eval import point_kept
from bot.safety.draft_rules import find_hits
from bot.safety.drafts import review

_ROUGH = {"insult", "threat", "profanity", "sarcasm", "ill_will", "bridge", "blame", "demand",
          "shouting", "passive", "entitlement"}  # fmt: skip
PLAY_BANK = (
    "Hola Paty, hice 4 entrevistas y un caso práctico de un fin de semana y me rechazan con un "
    "correo de dos líneas. Neta espero q el banco se vaya a la quiebra."
)
PLAY_RESPECT = (
    "Después de 4 entrevistas y un caso práctico de un fin de semana me parece una falta de "
    "respeto total que me rechacen con un correo automático. Pesimo proceso."
)
ITEMS = yaml.safe_load(
    (Path(__file__).parent / "data" / "drafts_rewrite_es_dev.yaml").read_text(encoding="utf-8")
)["items"]


def _clean(rewrite: str) -> None:
    assert not [h.family for h in find_hits(rewrite) if h.family in _ROUGH], rewrite
    assert not review(rewrite).hostile, rewrite


def _calm(rewrite: str) -> None:
    _clean(rewrite)
    assert "seguimiento" not in rewrite, rewrite  # the process has ended: no follow-up opener


@pytest.mark.parametrize("draft", [PLAY_BANK, PLAY_RESPECT])
def test_the_play_test_drafts_are_flagged_and_calmed_without_the_ill_wish(draft: str) -> None:
    result = review(draft)
    assert result.hostile
    rewrite = result.rewrite
    _calm(rewrite)
    for gone in ("quiebra", "banco", "Agradecería q", "falta de respeto", "Pesimo", "pésimo"):
        assert gone.lower() not in rewrite.lower(), rewrite
    assert "4 entrevistas" in rewrite and "caso práctico de un fin de semana" in rewrite
    assert rewrite.endswith("Saludos cordiales")


def test_the_play_test_rewrites_read_as_a_reply_to_the_decision() -> None:
    bank = review(PLAY_BANK).rewrite
    assert bank.startswith("Hola, Paty:")
    assert "en relación con la decisión sobre mi candidatura" in bank
    assert "recibí un rechazo" in bank
    respect = review(PLAY_RESPECT).rewrite
    assert "Después de 4 entrevistas y un caso práctico de un fin de semana recibí un rechazo" in (
        respect
    )


@pytest.mark.parametrize(
    "wish",
    [
        "Espero que les vaya de la fregada.",
        "Ojalá que algún día los corran a ustedes.",
        "Que se les caiga el negocio.",
        "Espero que la empresa fracase.",
        "Ojalá, la verdad, que quiebren.",
    ],
)
def test_no_ill_wish_is_carried_into_the_rewrite_not_even_as_a_polite_wish(wish: str) -> None:
    rewrite = review(f"Hice 3 entrevistas y una prueba técnica. {wish}").rewrite
    _calm(rewrite)
    assert "3 entrevistas" in rewrite
    assert not any(w in rewrite for w in ("Agradecería", "Espero", "Ojalá", "Que se"))


def test_a_request_with_espero_is_still_asked_politely() -> None:
    rewrite = review("Son unos payasos. Espero una respuesta sobre mi prueba técnica.").rewrite
    assert "Agradecería una respuesta sobre mi prueba técnica." in rewrite


def test_their_own_calm_thanks_opens_the_message() -> None:
    draft = "Gracias por el tiempo. Hice 4 entrevistas. Gracias por nada, payasos."
    rewrite = review(draft).rewrite
    assert rewrite.split("\n\n")[1] == "Gracias por el tiempo."
    assert "por nada" not in rewrite and "payasos" not in rewrite


def test_only_a_draft_chasing_a_silence_opens_with_a_follow_up() -> None:
    waiting = review("Llevo 3 semanas esperando y sin respuesta, qué falta de respeto.").rewrite
    assert "Quisiera hacer un seguimiento de mi candidatura." in waiting
    rejected = review("Me rechazaron después de 3 semanas esperando, bola de ineptos.").rewrite
    assert "seguimiento" not in rejected


def test_shouted_words_are_said_in_normal_case_and_titles_are_kept() -> None:
    rewrite = review(
        "Buenas tardes Lic. Soto: hice 3 entrevistas y JAMÁS me dieron respuesta. Bola de ineptos."
    ).rewrite
    assert rewrite.startswith("Buenas tardes, Lic. Soto:")
    assert "JAMÁS" not in rewrite and "jamás me dieron respuesta" in rewrite


@pytest.mark.parametrize("item", ITEMS, ids=[f"es{i}" for i in range(len(ITEMS))])
def test_the_spanish_rewrite_set_keeps_points_and_never_carries_the_sting(item: dict) -> None:
    result = review(str(item["text"]))
    assert result.hostile
    _clean(result.rewrite)
    if "esperando" not in str(item["text"]):  # only a draft chasing a silence follows up
        assert "seguimiento" not in result.rewrite, result.rewrite
    for point in item["keep"]:
        assert point_kept(str(point), result.rewrite), (point, result.rewrite)
    for word in item.get("never") or []:
        assert str(word).lower() not in result.rewrite.lower(), (word, result.rewrite)
