"""Times of day said in words: made plain for the check-ins' clock reader
(`bot.checkins.timing.parse_time_of_day`), and found inside a longer request (`time_in`).

"around 7pm", "friday mornings", "after lunch", "evenings", "in the morning", "7 in the
evening", and in Spanish "por la mañana" or "a las 7 de la tarde" come out as the plain forms
the clock reader takes (`7pm`, `morning`, `14:00`); "half past four", "quarter to 5", "three",
"las 3 y media" and "las cinco menos cuarto" are clock times (`4:30`, `4:45`, `3`). Fillers
("around", "ish", "usually", "like 9" or "tipo 9" where nothing after makes it a count: "like 9
pls" and "like 9 or so" are 09:00, "like 9 people" no time), week days (check-ins have one
usual time every day) and "at" are dropped; a part of the day after a number picks am or pm. A
part of the day said alone stands for a time: morning 10:00, afternoon 14:00, evening 18:00, and
night ("at night", "tonight", "por la noche") 20:00, later than the evening but before the usual
quiet hours (21:00). Plain patterns over folded text (accents dropped).

`read_plain` reads a plain form (`9am`, `18:30`, `morning`) as a time; `time_in` finds the time
of day a sentence names ("remind me friday morning around 9", "tomorrow evening", "at 9ish"),
through the same plain forms, so there is one reader of times for check-ins and reminders.
"""

from __future__ import annotations

import re
from datetime import time

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
    "night": "night",
    "nights": "night",
    "tonight": "night",
    # Spanish (folded)
    "manana": "morning",
    "mananas": "morning",
    "tarde": "afternoon",
    "tardes": "afternoon",
    "noche": "night",
    "noches": "night",
}
_PM_PARTS = {"afternoon", "evening", "night"}
_SAYINGS = (
    (r"\b(?:after|despues de) (?:lunch|comer|almorzar|la comida)\b", "14:00"),
    (r"\b(?:at |around )?lunch ?time\b|\bat lunch\b|\b(?:a la )?hora de comer\b", "12:30"),
    (r"\bafter work\b|\bdespues del trabajo\b|\bal salir del trabajo\b", "18:00"),
    (r"\bfirst thing\b|\bprimera hora\b", "09:00"),
    (r"\b(?:al )?mediodia\b", "noon"),
)
_FILLERS = re.compile(
    r"\b(?:around|about|roughly|approximately|maybe|probably|usually|normally|sometime|"
    r"anytime|any time|like|tipo|on|every|each|the|in|at|by|ish|please|pls|o'?clock|oclock|"
    r"hacia|sobre|como|eso de|mas o menos|por|a|las|la|el|los|de|en|todos|todas|cada|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|weekdays|weekend|"
    r"weekends|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|"
    r"lunes|martes|miercoles|jueves|viernes|sabado|sabados|domingo|domingos)\b"
)
_NUMBER_PART = re.compile(r"^(\d{1,2}(?:[:.h]\d{2})?)\s*(morning|afternoon|evening|night)$")
_PART_NUMBER = re.compile(r"^(morning|afternoon|evening|night)\s*(\d{1,2}(?:[:.h]\d{2})?)$")
CLOCK = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$")
"""A plain clock time: `9`, `9am`, `6.30 pm`, `18h30`, `10:00`."""
NAMED = {
    "noon": time(12),
    "midday": time(12),
    "morning": time(10),
    "afternoon": time(14),
    "evening": time(18),
    "night": time(20),
}
"""Parts of the day said without a clock time, and the time each stands for."""


_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "doce": 12,
}  # fmt: skip
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b|(?<=\blas )once\b")
_H = r"(\d{1,2})"
_PAST = re.compile(r"\b(half|quarter) past " + _H + r"\b|\bhalf " + _H + r"\b")
_TO = re.compile(r"\bquarter to " + _H + r"\b|\b" + _H + r" menos cuarto\b")
_AND = re.compile(r"\b" + _H + r" y (media|cuarto)\b")


def _quarters(said: str) -> str:
    """ "half past four", "quarter to 5", "half 4" (British), "las 3 y media", "las 5 menos
    cuarto" as clock times (`4:30`, `4:45`); number words become digits first."""
    said = _NUMBER_WORD.sub(lambda m: str(_NUMBER_WORDS.get(m.group(1) or "", 11)), said)
    return _clock_quarters(said)


def _clock_quarters(said: str) -> str:
    """ "half past 4", "quarter to 5", "las 3 y media" (digits) as clock times."""

    def past(m: re.Match[str]) -> str:
        if m.group(3) is not None:
            return f"{m.group(3)}:30"
        return f"{m.group(2)}:{30 if m.group(1) == 'half' else 15}"

    def to(m: re.Match[str]) -> str:
        hour = int(m.group(1) or m.group(2))
        return f"{12 if hour == 1 else hour - 1}:45"

    said = _PAST.sub(past, said)
    said = _TO.sub(to, said)
    return _AND.sub(lambda m: f"{m.group(1)}:{30 if m.group(2) == 'media' else 15}", said)


def plain_time_words(text: str) -> str:
    """`text` with the time-of-day words above made plain; unchanged text when nothing fits."""
    said = fold(text.replace("’", "'")).lower().strip()
    said = _quarters(re.sub(r"[,!?;]", " ", said))
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
    flipped = _PART_NUMBER.match(said)  # "morning 9" from "friday morning around 9"
    if m is not None or flipped is not None:
        clock, part = m.groups() if m is not None else flipped.group(2, 1)  # type: ignore[union-attr]
        hour = int(re.split(r"[:.h]", clock)[0])
        if part in _PM_PARTS and 1 <= hour <= 11:
            return f"{clock}pm"
        if part == "morning" and 1 <= hour <= 12:
            return f"{clock}am"
        return clock
    if len(words) == 1 or (len(set(words)) == 1 and words):
        return words[0]
    return said


def read_plain(said: str) -> time | None:
    """A plain form (`9am`, `6.30 pm`, `18:30`, `morning`, `noon`) as a time; None when it is
    none, or no time of day (`25:00`, `13pm`)."""
    said = said.replace(" ", "")
    if said in NAMED:
        return NAMED[said]
    m = CLOCK.match(said)
    if m is None:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    suffix = (m.group(3) or "").replace(".", "")
    if suffix:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    return time(hour, minute) if hour <= 23 and minute <= 59 else None


_HOUR = r"(\d{1,2}(?:[:.h]\d{2})?)"
_SUFFIX = r"\s*(am|pm|a\.m\.|p\.m\.)?(?:\s*ish)?"
_CLOCK_SAID = (
    # "at 9", "around 9ish", "about 6:30 pm", "a las 18:30", "a eso de las 9", "@ 9"
    re.compile(
        r"(?<!\w)(?:at|around|about|abt|by|@|las|a la)\s+(?:around |about )?"
        + _HOUR
        + _SUFFIX
        + r"(?!\w|\s*(?:day|days|week|weeks|month|months|dias?|semanas?|min))"
    ),
    # "like 9", "tipo 9", "roughly 9pm": only where nothing after makes it a count ("like 9 people")
    re.compile(
        r"(?<!\w)(?:like|tipo|roughly|como a las|como las)\s+"
        + _HOUR
        + _SUFFIX
        + r"(?=\s*(?:$|[.,;!?)]|(?:in the|at|de la|por la|tomorrow|manana|o'?clock|tonight|today|"
        r"pls|please|plz|por favor|or so|or something|maybe|i guess|i think|then|too|also|thanks|"
        r"thx|tambien|gracias|"
        r"if (?:that|thats|its)|if you can|mas o menos|o asi|o algo asi|entonces|porfa)(?!\w)))"
    ),
    # "9am", "9ish", "9 o'clock", "18:30", "9 in the morning"
    re.compile(
        r"(?<![\w/.:-])" + r"(\d{1,2}(?:[:.h]\d{2}|\s*(?:am|pm|a\.m\.|p\.m\.)|\s*ish|"
        r"\s*o'?clock|(?=\s+(?:in the|at|de la)\s+(?:morning|afternoon|evening|night|manana|"
        r"tarde|noche))))(?![\w:])"
    ),
)
_PART_SAID = re.compile(
    r"(?<!\w)(?:(?:this|tomorrow|in the|friday|monday|tuesday|wednesday|thursday|saturday|"
    r"sunday|next)\s+)?(morning|afternoon|evening|night|tonight)s?(?!\w)|"
    r"(?<!\w)(?:por|de|en) la (manana|tarde|noche)(?!\w)"
)


_WORD_CLOCK = re.compile(
    r"(?<!\w)(?:(?:at|around|about|by|las|a la)\s+(?:around |about )?)?("
    + "|".join(_NUMBER_WORDS)
    + r")(?=\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock|ish|(?:in the|at|de la)\s+"
    r"(?:morning|afternoon|evening|night|manana|tarde|noche)|y media|y cuarto|menos cuarto)(?!\w))"
    r"|(?<=\bat )(" + "|".join(_NUMBER_WORDS) + r")(?!\w)(?!\s+(?:of|point|least|all))"
    r"|(?<=\bas )(" + "|".join(_NUMBER_WORDS) + r")(?!\w)(?=\s+de\s+la)"
)
"""An hour said as a word where it is plainly a time ("seven pm", "at seven", "seven at
night", "las siete de la noche"); a number word anywhere else is left alone ("at one point")."""


def _digits(said: str) -> str:
    def one(m: re.Match[str]) -> str:
        word = m.group(1) or m.group(2) or m.group(3) or ""
        return m.group(0).replace(word, str(_NUMBER_WORDS[word]))

    return _WORD_CLOCK.sub(one, said)


def _part_after(said: str, end: int) -> str:
    """The part of the day said right after a clock time ("7 at night", "7 de la tarde")."""
    m = re.match(
        r"\s*(?:(?:in|at|de|por) (?:the |la )?)?(morning|afternoon|evening|night|tonight|"
        r"manana|tarde|noche)s?(?!\w)",
        said[end:],
    )
    return _PARTS.get(m.group(1), "") if m is not None else ""


_NOT_THIS = re.compile(r"(?<!\w)(?:not|no|instead of|rather than|en vez de las?|ni)\s*(?:at\s*)?$")
"""Words before a time said to be the wrong one ("7pm, not at 6")."""
_ASKED_PART = re.compile(r"(?<!\w)(?:at|to|for|be|by|in the|on|la)\s+$")
"""Words before a part of the day that ask for it ("be at night", "in the evening"), which
counts over one only told about ("mornings are rough for me")."""


def time_in(text: str) -> time | None:
    """The time of day a longer sentence names ("friday morning around 9" is 09:00, "at 9ish",
    "tomorrow evening" 18:00, "7 in the evening", "seven at night" and "a las 7 de la noche"
    19:00, "a las 18:30"), or None. When several are said the last counts ("7pm not 6. 19:00"),
    but never one said to be wrong ("7pm, not at 6"); a part of the day right after a clock
    time picks am or pm, else the first part asked for ("be at night") or said does.
    A lone number is no time ("in 3 days", "the 10th"). The one reader of a time inside words
    for check-ins and reminders."""
    said = _clock_quarters(_digits(fold(text.replace("’", "'")).lower()))
    clocks = sorted(
        (
            m
            for p in _CLOCK_SAID
            for m in p.finditer(said)
            if not _NOT_THIS.search(said[: m.start()])
        ),
        key=lambda m: (m.end(), -m.start()),
    )
    clock = clocks[-1] if clocks else None
    parts = list(_PART_SAID.finditer(said))
    asked = [m for m in parts if _ASKED_PART.search(said[: m.start()])]
    part_m = (asked or parts)[0] if parts else None
    part = ""
    if part_m is not None:
        part = _PARTS.get(part_m.group(1) or part_m.group(2) or "", "")
    if clock is None:
        for pattern, plain in _SAYINGS:
            if re.search(pattern, said):
                return read_plain(plain) if plain != "noon" else NAMED["noon"]
        return NAMED.get(part)
    part = _part_after(said, clock.end()) or part
    hour = re.sub(r"\s|ish|o'?clock", "", clock.group(1))
    suffix = clock.group(2) if clock.lastindex and clock.lastindex >= 2 else None
    if suffix:
        return read_plain(hour + suffix)
    return read_plain(plain_time_words(f"{hour} {part}".strip()))
