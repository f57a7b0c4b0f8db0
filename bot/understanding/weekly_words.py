"""Asking for a check-in every week, in English or Spanish: "can you check on me every week?",
"quiero que me escribas cada semana", "todos los viernes a las 6", "every friday at 6pm".

`weekly_asked(text)` says whether a message asks for one; `weekday_of(text)` names the week day
it falls on, if one is said ("friday"), in English.
"""

from __future__ import annotations

import re

from bot.i18n.spoken import in_english
from bot.primitives.text import fold
from bot.understanding.dates_said import WEEKDAYS
from bot.understanding.freetext import asks_reminder

_DAYS = "|".join(WEEKDAYS)
_EVERY_DAY = re.compile(rf"(?<!\w)(?:every|each|todos|todas|cada) (?:the )?({_DAYS})s?(?!\w)")
"""A week day said as a habit ("every friday", "todos los viernes" read as "todos friday")."""
_EVERY_WEEK = re.compile(
    r"(?<!\w)(?:(?:every|each|once a|once per|one time a) weeks?|weekly|"
    r"(?:cada|todas las) (?:semanas?|weeks?)|semanalmente|una vez (?:a|por|to) (?:la )?"
    r"(?:semana|weeks?))(?!\w)"
)
_ASKING = re.compile(
    r"(?<!\w)(?:check|message|write|text|ping|remind|escrib\w*|mand\w*|recuerd\w*|avis\w*|"
    r"pregunt\w*|habl\w*|seguimiento\w*)(?!\w)"
)


def weekday_of(text: str) -> str | None:
    """The week day a weekly check-in is asked for ("todos los viernes": "friday"), if said."""
    m = _EVERY_DAY.search(fold(in_english(text)))
    return None if m is None else m.group(1)


def weekly_asked(text: str) -> bool:
    """Whether `text` asks to be checked on every week (or on a week day every week)."""
    said = fold(in_english(text))
    plain = fold(text)
    if _EVERY_DAY.search(said) and (
        _ASKING.search(said) or _ASKING.search(plain) or len(said.split()) <= 6
    ):
        return True
    if not (_EVERY_WEEK.search(said) or _EVERY_WEEK.search(plain)):
        return False
    return asks_reminder(said) or bool(_ASKING.search(said) or _ASKING.search(plain))
