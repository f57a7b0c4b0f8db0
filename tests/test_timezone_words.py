"""Time zones said as places and regions, with filler words around them, are read
(`bot.checkins.zone_words`), and an unknown one gets a clear example."""

from __future__ import annotations

import pytest

from bot.checkins.prefs import match_timezone
from bot.checkins.timing import TimingError


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("eastern. ohio", "America/New_York"),
        ("columbus", "America/New_York"),
        ("Columbus, Ohio", "America/New_York"),
        ("new york then", "America/New_York"),
        ("eastern time please", "America/New_York"),
        ("pacific time", "America/Los_Angeles"),
        ("central", "America/Chicago"),
        ("mountain", "America/Denver"),
        ("texas", "America/Chicago"),
        ("arizona", "America/Phoenix"),
        ("i'm in ontario", "America/Toronto"),
        ("calgary", "America/Edmonton"),
        ("hora del centro", "America/Chicago"),
        ("el este", "America/New_York"),
        ("vivo en Guadalajara", "America/Mexico_City"),
        ("en este momento estoy en ohio", "America/New_York"),
        ("Medellín", "America/Bogota"),
        ("barcelona", "Europe/Madrid"),
        ("italia", "Europe/Rome"),
        ("london", "Europe/London"),
        ("America/New_York", "America/New_York"),
        ("i'm in Auckland", "Pacific/Auckland"),
    ],
)
def test_places_and_regions_are_read(said: str, expected: str) -> None:
    assert match_timezone(said) == expected


@pytest.mark.parametrize("said", ["the moon", "Atlantis", "whatever"])
def test_an_unknown_place_gets_a_clear_example(said: str) -> None:
    with pytest.raises(TimingError, match="like Chicago, eastern, pacific"):
        match_timezone(said)
