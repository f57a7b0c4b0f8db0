"""A returning greeting that names a bad feeling is met first; a slash command names no feeling."""

from __future__ import annotations

import pytest

from bot.understanding.arrival import feeling_low


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("hi again. stil feel bad", "still"),
        ("hola, sigo sintiéndome fatal", "still"),
        ("hey, feeling awful today", "now"),
    ],
)
def test_a_bad_feeling_said_on_arrival_is_read(text: str, key: str) -> None:
    assert feeling_low(text) == key


@pytest.mark.parametrize("text", ["/rejected", "/vent", "", "hi again, doing a lot better"])
def test_commands_and_good_news_are_not_read_as_feeling_low(text: str) -> None:
    assert feeling_low(text) is None
