"""The review flags quiet jabs it used to miss (busy rejecting people, years that count for
nothing, a Spanish legal threat in the present tense, a demand to be paid now, telling others how
they treat candidates), and does not read quoting them ("your recruiter said I was the perfect
fit") as the person claiming it; the polite versions of the same drafts stay unflagged."""

from __future__ import annotations

import pytest

from bot.safety.drafts import review


@pytest.mark.parametrize(
    ("draft", "family"),
    [
        ("Following up on my travel costs. I'm sure you're very busy rejecting people. Please "
         "let me know when I can expect the reimbursement.", "passive"),
        ("Guess 9 years in teaching counts for nothing at your school. Could you tell me why?",
         "passive"),
        ("Me deben 80 euros del tren. Páguenme ya o los denuncio.", "threat"),
        ("Me deben 80 euros del tren. Páguenme ya.", "demand"),
        ("Tengo un grupo de 900 ingenieros y les voy a contar cómo trata su empresa a la gente.",
         "threat"),
        ("Sé que estás muy ocupado ignorando correos. Quisiera una respuesta.", "sarcasm"),
        ("Qué forma tan fría de tratar a la gente. ¿Me pueden decir el motivo?", "blame"),
    ],
)  # fmt: skip
def test_a_quiet_jab_is_flagged(draft: str, family: str) -> None:
    result = review(draft)
    assert result.hostile
    assert family in result.families


@pytest.mark.parametrize(
    "draft",
    [
        "I know you must be very busy. Could you let me know when I can expect the reimbursement?",
        "Entiendo que estén muy ocupados. ¿Me podrían decir cuándo recibiré el reembolso?",
        "Les agradezco mucho la forma de tratar a los candidatos durante el proceso.",
        "¿Me podrían pagar el viaje cuando les sea posible? Gracias.",
    ],
)
def test_the_polite_version_is_not_flagged(draft: str) -> None:
    assert not review(draft).hostile


@pytest.mark.parametrize(
    "draft",
    [
        "Your recruiter told me I was the perfect fit for the role. Two weeks later, a "
        "rejection. I'd like to know what changed.",
        "Dana said that I was the strongest candidate she had met. Could you tell me why I "
        "was turned down?",
    ],
)
def test_quoting_their_praise_is_not_entitlement(draft: str) -> None:
    assert "entitlement" not in review(draft).families


def test_saying_it_yourself_still_is() -> None:
    assert "entitlement" in review("I was clearly the best candidate for the role.").families
