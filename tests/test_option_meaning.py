"""Asking what an option means is read as a question about it (`bot.option_meaning`), and
saying there is nothing to send is words to the bot, never a draft (`requests.to_the_bot`)."""

from __future__ import annotations

import pytest

from bot.option_meaning import asks_meaning
from bot.understanding.requests import to_the_bot


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("what is this mean, calm down before answer them?", "calm down before answer them"),
        ("what does look at it differently mean", "look at it differently"),
    ],
)
def test_asking_what_an_option_means(text: str, rest: str) -> None:
    assert asks_meaning(text) == rest


@pytest.mark.parametrize("text", ["calm down before I answer them", "let it out please"])
def test_choosing_is_not_asking(text: str) -> None:
    assert asks_meaning(text) is None


@pytest.mark.parametrize(
    "text", ["I dont want send anything. I only ask what this mean", "i dont want to send anything"]
)
def test_nothing_to_send_is_said_to_the_bot(text: str) -> None:
    said = to_the_bot(text)
    assert said is not None and said.not_writing
