"""Check-in times typed in words are read as times of day (English and Spanish)."""

from __future__ import annotations

from datetime import time

import pytest

from bot.checkins.timing import TimingError, parse_time_of_day


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("around 7pm", time(19)),
        ("friday mornings", time(10)),
        ("after lunch", time(14)),
        ("evenings", time(18)),
        ("in the morning", time(10)),
        ("7 in the evening", time(19)),
        ("9 at night", time(21)),
        ("around 6:30 pm", time(18, 30)),
        ("por la mañana", time(10)),
        ("a las 7 de la tarde", time(19)),
        ("a las 9 de la mañana", time(9)),
        ("a las 10 de la noche", time(22)),
        ("half past four in the afternoon", time(16, 30)),
        ("quarter past 9", time(9, 15)),
        ("quarter to 5", time(4, 45)),
        ("three pm", time(15)),
        ("a las 3 y media de la tarde", time(15, 30)),
        ("a las once", time(11)),
        ("a las cinco menos cuarto de la tarde", time(16, 45)),
        # the plain forms keep working
        ("10:00", time(10)),
        ("9am", time(9)),
        ("6.30 pm", time(18, 30)),
        ("18h30", time(18, 30)),
        ("noon", time(12)),
    ],
)
def test_times_in_words(said: str, expected: time) -> None:
    assert parse_time_of_day(said) == expected


@pytest.mark.parametrize("said", ["whenever", "blue", "25:00", "13pm"])
def test_what_is_not_a_time_is_still_refused(said: str) -> None:
    with pytest.raises(TimingError):
        parse_time_of_day(said)
