"""More shapes of a lash-out the review names, and what the calmer version makes of them: a
"you're a terrible <role>" verdict, "spare me the ... nonsense", "if I was so good, why ...",
the Spanish "eres el peor ..." and "se nota cuánto valoráis ...", a sentence opener ("Cool, so
...") that is nobody's name, and a promised stipend that is a payment to ask about."""

from __future__ import annotations

import pytest

from bot.safety.drafts import review


@pytest.mark.parametrize(
    ("draft", "family"),
    [
        ("Dana, you're a truly awful recruiter. I waited two weeks for a reply.", "insult"),
        ("Spare me the 'great culture' speech. Why was I turned down?", "blame"),
        ("What a load of nonsense. I did three rounds.", "blame"),
        ("If I was so impressive, why the rejection after four rounds?", "sarcasm"),
        ("Marta, eres la peor reclutadora que he conocido. Quiero saber por qué.", "insult"),
        ("Se nota lo poco que os importan los candidatos. Quiero feedback.", "sarcasm"),
        ("Qué difícil parece contestar un correo. Hice tres entrevistas.", "sarcasm"),
    ],
)
def test_the_shape_is_named(draft: str, family: str) -> None:
    r = review(draft)
    assert r.hostile and family in r.families, r.families


def test_a_terrible_role_verdict_never_reaches_the_calmer_version() -> None:
    r = review(
        "Kevin, you're a terrible interviewer and you should know it. You spent half of my "
        "30-minute slot on your phone. I'd still like feedback."
    )
    assert "terrible" not in r.rewrite.lower() and "30-minute" in r.rewrite, r.rewrite


def test_earnest_words_stay_calm() -> None:
    for draft in (
        "Hi Dana, you're a great recruiter and I enjoyed our calls.",
        "Thank you, I was impressed by the team. Could you share any feedback?",
    ):
        assert not review(draft).hostile, draft


def test_a_sentence_opener_is_nobodys_name() -> None:
    r = review("Cool, so the 'team fit' was me asking questions? Tell me the real reason.")
    assert not r.rewrite.startswith("Hi Cool"), r.rewrite


def test_a_promised_stipend_is_a_payment_to_ask_about() -> None:
    r = review(
        "Hi team, I'm still owed the $50 stipend you promised for the case study a month ago. "
        "When can I expect it?"
    )
    assert "a payment" in r.rewrite and "follow up" not in r.rewrite, r.rewrite
