"""Lengths of time in answers and option labels: "ten days", "a fortnight", "more than a month,
almost six weeks"; labels that name one length ("Two weeks") or a range ("Less than a week", "One
to three weeks", "Longer").

`option_lasting` picks the one option whose length or range the answer's lengths fall in, so
"ten days" is "One to three weeks" whatever words it shares with "Less than a week".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.understanding.numbers import ORDINALS, WORD_NUMBERS

_UNIT_DAYS = {"day": 1, "week": 7, "wk": 7, "fortnight": 14, "month": 30, "mo": 30, "year": 365}
_AMOUNT = (
    r"(\d{1,3}|a|an|one|a couple of|couple of|a few|few|several|"
    + "|".join(w for w in WORD_NUMBERS if not w[0].isdigit() and w not in ORDINALS)
    + r")"
)
_DURATION = re.compile(
    r"(?<![\w.,])(?:" + _AMOUNT + r"\s*)?(day|week|wk|fortnight|month|mo|year)s?(?!\w)",
    re.IGNORECASE,
)


def duration_days(text: str) -> int | None:
    """The one length of time `text` names, in days ("fourteen days", "2 weeks", "a fortnight",
    "3 months" -> 14, 14, 14, 90); None when it names none or several."""
    found: set[int] = set()
    for m in _DURATION.finditer(text):
        amount, unit = (m.group(1) or "").lower(), m.group(2).lower()
        if not amount and unit != "fortnight":
            continue
        found.add(_amount(amount) * _UNIT_DAYS[unit])
    return found.pop() if len(found) == 1 else None


def same_length(a: int, b: int) -> bool:
    """Whether two lengths in days are the same length said two ways (4 weeks is a month)."""
    return abs(a - b) <= max(2, round(0.1 * max(a, b)))


_ABOVE = r"(?:more than|over|longer than|at least|past|beyond|upwards of)"
_BELOW = r"(?:less than|under|within|not even|almost|nearly|not quite|just under|shy of)"
_SPAN = re.compile(
    r"(?<!\w)"
    + _AMOUNT
    + r"\s*(?:to|-|–|or)\s*"
    + _AMOUNT
    + r"\s*(day|week|wk|fortnight|month|mo|year)s?(?!\w)",
    re.IGNORECASE,
)
_QUALIFIED = re.compile(r"(?<!\w)(" + _ABOVE + "|" + _BELOW + r")\s+$", re.IGNORECASE)
_OPEN_ABOVE = re.compile(r"(?<!\w)(?:longer|more|over|ages|forever|even more)(?!\w)", re.I)
INFINITE = 10**6


def _amount(word: str) -> int:
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word in ("", "a", "an", "one"):
        return 1
    if "couple" in word:
        return 2
    if "few" in word or word == "several":
        return 3
    return WORD_NUMBERS[word]


def lengths_said(text: str) -> list[float]:
    """Each length of time `text` names, in days, nudged by the words before it: "more than a
    month" is a little over 30, "almost six weeks" a little under 42 ("ten days" is 10)."""
    out: list[float] = []
    for m in _DURATION.finditer(text):
        amount, unit = (m.group(1) or "").lower(), m.group(2).lower()
        if not amount and unit != "fortnight":
            continue
        days = float(_amount(amount) * _UNIT_DAYS[unit])
        before = _QUALIFIED.search(text[: m.start()])
        if before is not None:
            above = re.fullmatch(_ABOVE, before.group(1).lower()) is not None
            days *= 1.1 if above else 0.9
        out.append(days)
    return out


Span = tuple[float, float, bool, bool]
"""Lowest and highest length in days, and whether each end is included."""


def label_span(label: str) -> Span | None:
    """The lengths of time an option's label covers, in days, when it names a range: "Less
    than a week" (0, 7), "One to three weeks" (7, 21), "More than a month" (30, ...). None for
    a single length ("Two weeks") or no length at all."""
    m = _SPAN.search(label)
    if m is not None:
        unit = _UNIT_DAYS[m.group(3).lower()]
        return float(_amount(m.group(1)) * unit), float(_amount(m.group(2)) * unit), True, True
    for found in _DURATION.finditer(label):
        before = _QUALIFIED.search(label[: found.start()])
        if before is None:
            continue
        days = float(_amount(found.group(1) or "") * _UNIT_DAYS[found.group(2).lower()])
        if re.fullmatch(_ABOVE, before.group(1).lower()) is not None:
            return days, float(INFINITE), False, True
        return 0.0, days, True, False
    return None


def within(span: Span, days: float) -> bool:
    low, high, low_in, high_in = span
    return (low < days or (low_in and low == days)) and (days < high or (high_in and high == days))


def open_above(label: str) -> bool:
    """Whether a label with no length in it means "longer than the others" ("Longer", "More")."""
    return _DURATION.search(label) is None and _OPEN_ABOVE.search(label) is not None


def spans_of(labels: Sequence[str]) -> list[Span | None]:
    """The range of lengths each label covers, if any ("Less than a week", "One to three
    weeks"); a label like "Longer" covers whatever lies beyond the others."""
    spans = [label_span(label) for label in labels]
    ends = [s[1] for s in spans if s is not None and s[1] < INFINITE]
    if not ends:
        return spans
    top = max(ends)
    return [
        (top, float(INFINITE), False, True) if s is None and open_above(label) else s
        for label, s in zip(labels, spans, strict=True)
    ]


def option_lasting(labels: Sequence[str], spans: Sequence[Span | None], text: str) -> int | None:
    """The index of the one label as long as the length `text` names ("fourteen days" is "Two
    weeks"), or whose range holds every length it names ("ten days" is "One to three weeks");
    None when no label, or more than one, fits. `spans` is `spans_of(labels)`."""
    lasting = duration_days(text)
    if lasting is not None:
        timed = [
            i
            for i, (label, span) in enumerate(zip(labels, spans, strict=True))
            if span is None and _same(duration_days(label), lasting)
        ]
        if len(timed) == 1:
            return timed[0]
    if not any(spans):
        return None
    said = lengths_said(text)
    if not said:
        return None
    fits = [
        i for i, span in enumerate(spans) if span is not None and all(within(span, d) for d in said)
    ]
    return fits[0] if len(fits) == 1 else None


def _same(label_days: int | None, said_days: int) -> bool:
    return label_days is not None and same_length(label_days, said_days)
