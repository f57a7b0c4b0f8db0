"""Asking the bot to write the reply, typed where a draft is awaited, is told apart from a draft:
"hacelo vos" or "can you write it for me" is a request, while a reply that tells them to do
better ("Hacelo mejor la próxima") or is long is a draft."""

from __future__ import annotations

import pytest

from bot.safety.draft_for_me import asks_us_to_write


@pytest.mark.parametrize(
    "said",
    [
        "no sé cómo escribirlo…, hacelo vos",
        "escribilo vos",
        "escríbelo tú",
        "¿me podés escribir el mensaje?",
        "no sé, hacelo",
        "can you write it for me",
        "you write it",
        "could you just write something?",
        "write it for me pls",
    ],
)
def test_a_request_to_write_it_is_not_a_draft(said: str) -> None:
    assert asks_us_to_write(said)


@pytest.mark.parametrize(
    "said",
    [
        "Hola Martín, ni siquiera tuviste la decencia de contestarme. Hacelo mejor.",
        "Hacelo mejor la próxima",
        "Quiero saber por qué. Saludos",
        "Can you write it for me, or is your company too busy to send a two-line email?",
        "You never wrote back after three interviews. Thanks for nothing.",
        "I write it here so you know: " + "this process was slow and unfair " * 5,
    ],
)
def test_a_draft_is_still_a_draft(said: str) -> None:
    assert not asks_us_to_write(said)
