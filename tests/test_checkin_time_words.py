"""Check-in times typed in words are read as times of day (English and Spanish)."""

from __future__ import annotations

from datetime import time

import pytest

from bot.checkins.adding import time_named
from bot.checkins.timing import TimingError, parse_time_of_day
from bot.understanding.time_words import time_in


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


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("thursday at seven at night", time(19)),
        ("can u check on me thursday around seven in the evening", time(19)),
        ("9?? i said seven at NIGHT. and actually no wait, make it wednesday", time(19)),
        ("WEDNESDAY. seven pm", time(19)),
        ("7pm not 6. 19:00", time(19)),
        ("a las 7 de la noche", time(19)),
        ("a las siete de la noche", time(19)),
        ("a las tres y media de la tarde", time(15, 30)),
        ("friday morning around 9", time(9)),
        ("tomorrow evening", time(18)),
    ],
)
def test_time_inside_a_sentence_is_read_by_the_one_reader(said: str, expected: time) -> None:
    assert time_in(said) == expected
    assert time_named(said) == expected  # the check-ins' "add one" reader agrees


@pytest.mark.parametrize("said", ["at one point i was sad", "in 3 days", "the 10th"])
def test_no_time_inside_a_sentence(said: str) -> None:
    assert time_in(said) is None


def test_a_time_said_to_be_wrong_is_not_taken() -> None:
    assert time_in("at 7pm, not at 6") == time(19)
