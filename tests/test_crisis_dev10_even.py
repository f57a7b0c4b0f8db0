"""The crisis check on the even half of the tenth development set (tests/data/crisis_dev10.yaml,
400 messages in six languages written from the category descriptions only, without sight of the
rules): its even-indexed items were used to tune the cue modules (practical uses, figures for
ending one's life, slang and dialect, goodbyes, jokes), the odd-indexed ones were not and stay
the untuned measure, so they are not asserted here.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.safety.crisis import assess

DATA = Path(__file__).parent / "data" / "crisis_dev10.yaml"
MIN_RECALL = 0.98
"""At least this share of the even half's crises is caught (1.0 at last count, 0.90 before the
tuning)."""
MAX_FALSE_ALARMS = 1
"""At most this many of the even half's 80 harmless look-alikes are flagged (0 at last count, 7
before the tuning: ropes for moving, bridges on the commute, "dead tired", a denial)."""


def _even_half() -> list[dict[str, object]]:
    items: list[dict[str, object]] = yaml.safe_load(DATA.read_text(encoding="utf-8"))["items"]
    return items[0::2]


def test_the_even_half_keeps_its_recall() -> None:
    crises = [i for i in _even_half() if i["crisis"]]
    missed = [i["text"] for i in crises if assess(str(i["text"])).level is None]
    assert len(crises) == 120
    assert 1 - len(missed) / len(crises) >= MIN_RECALL, missed


def test_the_even_half_stays_calm_on_look_alikes() -> None:
    calm = [i for i in _even_half() if not i["crisis"]]
    flagged = [i["text"] for i in calm if assess(str(i["text"])).level is not None]
    assert len(calm) == 80
    assert len(flagged) <= MAX_FALSE_ALARMS, flagged
