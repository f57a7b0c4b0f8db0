"""How long the silence has lasted, said around it, is picked up (`situation_told.silence_for`
through `situation.pick_up`)."""

from __future__ import annotations

import pytest

from bot.understanding.situation import pick_up


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("ghosted for 3 weeks after an interview", 21),
        ("no reply for ten days since my interview", 10),
        ("it's 2 weeks after the final interview and nothing", 14),
    ],
)
def test_silence_said_around_is_kept(text: str, days: int) -> None:
    assert pick_up(text).get("days_ago") == days


def test_a_number_of_weeks_not_about_the_silence_is_not() -> None:
    assert "days_ago" not in pick_up("i worked there for 3 weeks and they let me go")
