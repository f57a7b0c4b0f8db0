"""A calmer rewrite keeps the greeting with the recipient's name and puts the person's sign-off,
with their name, at the end, once: a sign-off written on the same line as the last sentence is
never spliced into the middle of a sentence, and a name typed in lower case is not lost."""

from __future__ import annotations

import pytest

from bot.safety.draft_signoff import lay_out
from bot.safety.drafts import review


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


@pytest.mark.parametrize(
    ("draft", "greeting", "signoff"),
    [
        (
            "hi Kevin, thanks for nothing. I had 3 interviews and you ghosted me for 2 weeks. "
            "cheers, Maria",
            "Hi Kevin,",
            "Cheers,\nMaria",
        ),
        (
            "Hello James, seriously?? 3 rounds and a form email. Tell me what went wrong. "
            "Regards, Maria Lopez",
            "Hi James,",
            "Regards,\nMaria Lopez",
        ),
        (
            "Dear Mr. Keller, I find it frankly insulting that after 5 interviews you could not "
            "be bothered to call me. I would appreciate the specific reason. Sincerely, Ana Ruiz",
            "Dear Mr. Keller,",
            "Sincerely,\nAna Ruiz",
        ),
        (
            "Hi Anna, what a joke of a company. I had 2 interviews. Please tell me why. Cheers Ben",
            "Hi Anna,",
            "Cheers,\nBen",
        ),
        (
            "Kevin, this is a joke. I waited 5 weeks. Explain the decision. - Sam",
            "Hi Kevin,",
            "Kind regards,\nSam",
        ),
        (
            "hey dan. whatever. thanks for wasting 6 weeks of my life. just tell me if the other "
            "candidate had more experience",
            "Hi Dan,",
            "Kind regards",
        ),
        (
            "To Ms. Okafor: your process is a disgrace. I spent 10 hours on the case study. I'd "
            "like feedback on it. Best, Chris",
            "Dear Ms. Okafor,",
            "Best,\nChris",
        ),
    ],
)
def test_the_greeting_keeps_the_name_and_the_signoff_comes_last_once(
    draft: str, greeting: str, signoff: str
) -> None:
    result = review(draft)
    assert result.hostile, draft
    parts = paragraphs(result.rewrite)
    assert parts[0] == greeting, result.rewrite
    assert parts[-1] == signoff, result.rewrite
    closing = signoff.split(",")[0].split("\n")[0]
    assert result.rewrite.lower().count(closing.lower()) == 1, result.rewrite
    if "\n" in signoff:
        name = signoff.split("\n")[1]
        assert result.rewrite.count(name) == 1, result.rewrite  # never spliced into a sentence


def test_a_spanish_signoff_on_the_last_line_keeps_the_name() -> None:
    result = review(
        "hola marta, son unos payasos. hice 3 entrevistas. quiero una explicación. saludos, ana"
    )
    parts = paragraphs(result.rewrite)
    assert parts[0] == "Hola, Marta:", result.rewrite
    assert parts[-1] == "Saludos cordiales,\nAna", result.rewrite


@pytest.mark.parametrize(
    "text",
    [
        "I had 3 interviews. Thanks for nothing",
        "This was the best day ever",
        "I wish you all the best to you",
        "I waited 6 weeks. Gracias por nada",
    ],
)
def test_words_that_only_look_like_a_signoff_are_left_alone(text: str) -> None:
    assert lay_out(text) == text


@pytest.mark.parametrize(
    ("draft", "signoff"),
    [
        ("Hola Marta,\nSon unos incompetentes. Quiero saber el motivo del rechazo después de 4 "
         "entrevistas. Javier", "Saludos cordiales,\nJavier"),
        ("Hola Marta,\nSon unos payasos. Quiero saber por qué.\nAtte. Javier Ruiz",
         "Saludos cordiales,\nJavier Ruiz"),
        ("Hola Marta,\nSon unos payasos. Quiero saber por qué.\nSlds, Lucía",
         "Saludos cordiales,\nLucía"),
        ("Hola Marta,\nSon unos payasos. Quiero saber por qué.\n\nSaludos cordiales,\n"
         "María José Pérez", "Saludos cordiales,\nMaría José Pérez"),
        ("Hi Sam,\nYou clowns rejected me after 4 interviews. Tell me why. Tom Hardy",
         "Kind regards,\nTom Hardy"),
        ("Hi Sam,\nYou clowns rejected me after 4 interviews. Tell me why.\n\nBest,\n"
         "Mary Jane Smith", "Best,\nMary Jane Smith"),
        ("Dear HR,\nYou clowns still owe me for the 80 hours. Confirm the payment date.\n\n"
         "M. Dubois", "Kind regards,\nM. Dubois"),
    ],
)  # fmt: skip
def test_the_sign_off_name_is_kept_in_spanish_and_english(draft: str, signoff: str) -> None:
    result = review(draft)
    assert result.hostile
    assert paragraphs(result.rewrite)[-1] == signoff


@pytest.mark.parametrize(
    "draft",
    [
        "Hola Marta,\nQuiero saber por qué después de 4 entrevistas. Patético.",
        "Hi Sam,\nYou rejected me after 4 interviews, clowns. Tell me why. Seriously.",
        "You clowns rejected me after 4 interviews. Nobody called. Tom",
    ],
)
def test_a_last_word_is_not_taken_for_a_name_unless_the_draft_reads_as_a_letter(
    draft: str,
) -> None:
    """A letter opens with a greeting or closes with an ask ("Tell me why. Tom")."""
    last = paragraphs(review(draft).rewrite)[-1]
    assert last in {"Kind regards", "Saludos cordiales"}


@pytest.mark.parametrize(
    ("draft", "signer"),
    [
        ("I did 3 rounds and a take-home. Nobody answered for two weeks. Tell me why. Tom", "Tom"),
        ("I did 3 rounds. Could you tell me why? Ana Ruiz", "Ana Ruiz"),
        ("You clowns rejected me after 4 interviews. Tell me why. Tom", "Tom"),
        ("I'd still appreciate a brief explanation of the decision.\nMargaret Okafor, Esq.",
         "Margaret Okafor, Esq."),
    ],
)  # fmt: skip
def test_a_name_after_the_closing_ask_signs_a_draft_with_no_greeting(
    draft: str, signer: str
) -> None:
    rewrite = review(draft).rewrite
    assert rewrite.endswith(f",\n{signer}")
    assert rewrite.count(signer.split(",")[0]) == 1


@pytest.mark.parametrize(
    "draft", ["I did 3 rounds. Tell me why. Immediately.", "I did 3 rounds. Explain it. Pathetic."]
)
def test_a_parting_word_after_the_ask_is_no_signer(draft: str) -> None:
    assert not review(draft).rewrite.endswith(("Immediately", "Pathetic"))
