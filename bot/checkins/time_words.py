"""Times of day said in words, made plain for `timing.parse_time_of_day`.

"around 7pm", "friday mornings", "after lunch", "evenings", "in the morning", "7 in the
evening", and in Spanish "por la mañana" or "a las 7 de la tarde" come out as the plain forms
the clock reader takes (`7pm`, `morning`, `14:00`). Fillers ("around", "ish", "usually"), week
days (check-ins have one usual time every day) and "at" are dropped; a part of the day after a
number picks am or pm. Plain patterns over folded text (accents dropped).
"""

from __future__ import annotations

import re

from bot.primitives.text import fold

_PARTS = {
    # English
    "morning": "morning",
    "mornings": "morning",
    "am": "morning",
    "afternoon": "afternoon",
    "afternoons": "afternoon",
    "evening": "evening",
    "evenings": "evening",
    "night": "evening",
    "nights": "evening",
    "tonight": "evening",
    # Spanish (folded)
    "manana": "morning",
    "mananas": "morning",
    "tarde": "afternoon",
    "tardes": "afternoon",
    "noche": "evening",
    "noches": "evening",
}
_PM_PARTS = {"afternoon", "evening"}
_SAYINGS = (
    (r"\b(?:after|despues de) (?:lunch|comer|almorzar|la comida)\b", "14:00"),
    (r"\b(?:at |around )?lunch ?time\b|\bat lunch\b|\b(?:a la )?hora de comer\b", "12:30"),
    (r"\bafter work\b|\bdespues del trabajo\b|\bal salir del trabajo\b", "18:00"),
    (r"\bfirst thing\b|\bprimera hora\b", "09:00"),
    (r"\b(?:al )?mediodia\b", "noon"),
)
_FILLERS = re.compile(
    r"\b(?:around|about|roughly|approximately|maybe|probably|usually|normally|sometime|"
    r"anytime|any time|like|on|every|each|the|in|at|by|ish|please|pls|o'?clock|oclock|"
    r"hacia|sobre|como|eso de|mas o menos|por|a|las|la|el|los|de|en|todos|todas|cada|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|weekdays|weekend|"
    r"weekends|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|"
    r"lunes|martes|miercoles|jueves|viernes|sabado|sabados|domingo|domingos)\b"
)
_NUMBER_PART = re.compile(r"^(\d{1,2}(?:[:.h]\d{2})?)\s*(morning|afternoon|evening)$")


def plain_time_words(text: str) -> str:
    """`text` with the time-of-day words above made plain; unchanged text when nothing fits."""
    said = fold(text.replace("’", "'")).lower().strip()
    said = re.sub(r"[,!?;]", " ", said)
    for pattern, plain in _SAYINGS:
        if re.search(pattern, said):
            return plain
    said = re.sub(r"(\d)\s*ish\b", r"\1", said)
    said = re.sub(r"(am|pm)ish\b", r"\1", said)
    said = re.sub(r"\b(\d{1,2})\s*(a\.?m\.?|p\.?m\.?)", r"\1\2", said)
    said = _FILLERS.sub(" ", said)
    words = [_PARTS.get(w, w) for w in said.split()]
    said = " ".join(words)
    m = _NUMBER_PART.match(said)
    if m is not None:
        clock, part = m.groups()
        hour = int(re.split(r"[:.h]", clock)[0])
        if part in _PM_PARTS and 1 <= hour <= 11:
            return f"{clock}pm"
        if part == "morning" and 1 <= hour <= 12:
            return f"{clock}am"
        return clock
    if len(words) == 1 or (len(set(words)) == 1 and words):
        return words[0]
    return said
