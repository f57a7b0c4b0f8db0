"""A figure of speech made of a rejection is no news that the employer replied; a clear
statement that they did is (`situation.contradicted`)."""

from __future__ import annotations

import pytest

from bot.understanding.situation import contradicted

GHOSTED = {"heard": "no_answer"}


@pytest.mark.parametrize(
    "text", ["im a walking rejection letter haha", "basically a rejection magnet lol"]
)
def test_a_figure_of_speech_corrects_nothing(text: str) -> None:
    assert contradicted(text, GHOSTED) == []


@pytest.mark.parametrize(
    "text",
    [
        "they did reply",
        "actually they emailed me",
        "im a walking rejection letter and they emailed me a no",
    ],
)
def test_a_clear_statement_corrects(text: str) -> None:
    assert contradicted(text, GHOSTED) == ["heard"]
