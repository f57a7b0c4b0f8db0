"""Ideas for someone venting who asks for some: picked to fit what they wrote (anger, a reply
they want to send, sadness, self-doubt, worry, money), never the same one twice.

`pick_ideas(text, feelings, given)` returns the ids of at most `MAX_IDEAS` ideas that fit, in
the order their themes come up, leaving out those in `given` (already offered in this
conversation), and never one that does not fit; `IDEAS` holds their texts (marked for
translation, translated when said). The feelings come from the feelings lexicon; money, a
reply and self-doubt are plain words here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.i18n import N_
from bot.primitives.text import fold

MAX_IDEAS = 2
GENERAL = "general"
ALL_SAID = "all_said"

IDEAS: dict[str, str] = {
    "anger": N_(
        "Anger after a no is normal. It passes faster when it has somewhere to go: a brisk walk, "
        "a run, or writing it all out here."
    ),
    "reply": N_(
        "If you want to write to them, give it a day first. Type draft and we can look at it "
        "together before you send anything."
    ),
    "sad": N_(
        "Feeling sad after a no shows how much you cared. Be as kind to yourself today as you "
        "would be to a friend: eat something, rest, get some air."
    ),
    "self_doubt": N_(
        "One no is one decision, made by a few people on one day. It isn't a verdict on you. It "
        "can help to write down three things you did well in this process."
    ),
    "worry": N_(
        "When worry starts to spin, bring it back to this week: one small thing you can do, and "
        "one thing that can wait."
    ),
    "money": N_(
        "Money worries make everything heavier. It can help to work out how many weeks you can "
        "manage, and one or two small ways to stretch that. The real number is often less "
        "frightening than the fear."
    ),
    GENERAL: N_(
        "When you feel ready, it can help to look at what happened from another angle, or to "
        "make a small plan. No rush."
    ),
    ALL_SAID: N_(
        "Those are the ideas I have for now. Someone who knows you, a friend or someone in your "
        "family, may have better ones, and talking it through with them helps too."
    ),
}

_FEELING_THEMES = {
    "angry": "anger",
    "frustrated": "anger",
    "sad": "sad",
    "disappointed": "sad",
    "lonely": "sad",
    "numb": "sad",
    "exhausted": "sad",
    "stupid": "self_doubt",
    "ashamed": "self_doubt",
    "embarrassed": "self_doubt",
    "anxious": "worry",
}


def _words(*patterns: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)")


_WORD_THEMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "money",
        _words(
            r"money", r"rent", r"bills?", r"savings", r"afford", r"broke", r"mortgage", r"debts?",
            r"pay (?:for|the)", r"dinero", r"alquiler", r"renta", r"facturas?", r"deudas?",
            r"ahorros", r"pagar",
        ),
    ),
    (
        "reply",
        _words(
            r"reply", r"respond", r"write (?:back|to them)", r"e-?mail (?:them|him|her|back)",
            r"tell them", r"message them", r"responder(?:les)?", r"contestar(?:les)?",
            r"escribirles",
        ),
    ),
    (
        "self_doubt",
        _words(
            r"not good enough", r"useless", r"worthless", r"failure", r"a failure", r"loser",
            r"never get a job", r"what'?s wrong with me", r"no sirvo", r"un fracaso",
            r"inutil", r"no soy suficiente",
        ),
    ),
    ("worry", _words(r"worried", r"worry", r"scared", r"afraid", r"what if", r"miedo")),
)  # fmt: skip


def pick_ideas(text: str, feelings: Iterable[str], given: Iterable[str]) -> list[str]:
    """The ideas to offer for `text` (whose feelings are `feelings`), none of those `given`."""
    said = fold(text.replace("’", "'"))
    found: list[tuple[int, str]] = [
        (n, _FEELING_THEMES[f]) for n, f in enumerate(feelings) if f in _FEELING_THEMES
    ]
    for theme, pattern in _WORD_THEMES:
        m = pattern.search(said)
        if m is not None:
            found.append((m.start() + 1000, theme))  # after the feelings, in the order written
    done = set(given)
    picked: list[str] = []
    for _n, theme in sorted(found):
        if theme not in done and theme not in picked:
            picked.append(theme)
    picked = picked[:MAX_IDEAS]
    if len(picked) < MAX_IDEAS and GENERAL not in done:
        picked.append(GENERAL)
    if not picked and ALL_SAID not in done:
        picked.append(ALL_SAID)  # no idea that fits is left: never one that does not
    return picked
