"""Blanking idioms returns the text at once when no idiom may match it (`PatternIndex.live`
holds none of group 0's ids): the same text as visiting every idiom, for every crisis
development-set message."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.safety import crisis
from bot.safety.normalise import normalise
from bot.safety.patterns import PatternIndex, blank_idioms, pad

DATA = Path(__file__).resolve().parent / "data"


def visiting_each(text: str, index: PatternIndex, live: frozenset[int] | set[int]) -> str:
    for pid, regex in index.group(0):
        if pid in live:
            text = regex.sub(" _", text)
    return text


def test_blanking_equals_visiting_every_idiom() -> None:
    index = crisis._INDEX
    assert index.group_ids(0) == {pid for pid, _ in index.group(0)}
    texts = [
        str(item["text"])
        for path in sorted(DATA.glob("crisis_dev*.yaml"))
        for item in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("items", [])
    ]
    skipped = blanked = 0
    for text in [*texts, "its killing me lol", "i could kill for a coffee"]:
        normal = pad(normalise(text))
        for prefilter in (True, False):
            live = index.live(normal, prefilter)
            assert blank_idioms(normal, index, live) == visiting_each(normal, index, live)
            skipped += live.isdisjoint(index.group_ids(0))
            blanked += blank_idioms(normal, index, live) != normal
    assert len(texts) > 500 and skipped > 100 and blanked > 0
