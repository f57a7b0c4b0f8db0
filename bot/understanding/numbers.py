"""Reading an option number from what someone typed: "2", "two", "2 low", "a solid 2", "number 3".

Only ASCII digits and English number words count. Anything else that looks like a number, a
digit from another script, a sign ("-1", "minus one"), a fraction or a huge number, makes the
answer `refused`: the question is asked again, never an exception and never a wrong option.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.understanding.normal import words

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2,
    "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
}  # fmt: skip
FILLER = frozenset(
    "a an the solid maybe about around like probably prob i id im its it say would number "
    "option no nr choice go with pick take is thats that one please just um uh hmm".split()
)
"""Words around a number that do not change which option it names ("id say a solid 2")."""

MAX_REST = 2
"""At most this many other words may come with a number for it to name an option by position."""

_SIGNED = re.compile(r"(?:^|[^\w])[-−–—+]\s*\d|\bminus\b|\bnegative\b", re.IGNORECASE)
_FRACTION = re.compile(r"\d\s*[.,/]\s*\d")
_ASCII_DIGITS = re.compile(r"^[0-9]+$")


@dataclass(frozen=True, slots=True)
class NumberReading:
    """`value` is the one number said (None if none); `refused` when a number was said that can
    never name an option; `rest` the other words, without filler."""

    value: int | None = None
    refused: bool = False
    rest: tuple[str, ...] = ()


def _foreign_digit(text: str) -> bool:
    if text.isascii():
        return False  # ASCII holds no digits but 0-9
    return any(
        not ("0" <= ch <= "9") and unicodedata.category(ch) in ("Nd", "No", "Nl") for ch in text
    )


def read_number(text: str) -> NumberReading:
    """The option number in `text`, if it says one plainly."""
    if _foreign_digit(text) or _SIGNED.search(text) or _FRACTION.search(text):
        return NumberReading(refused=True)
    found: list[int] = []
    rest: list[str] = []
    for word in words(text):
        if _ASCII_DIGITS.match(word):
            if len(word) > 6:
                return NumberReading(refused=True)
            found.append(int(word))
        elif word in WORD_NUMBERS:
            found.append(WORD_NUMBERS[word])
        elif word not in FILLER:
            rest.append(word)
    if not found:
        return NumberReading(rest=tuple(rest))
    if len(set(found)) > 1:
        return NumberReading(rest=tuple(rest))
    value = found[0]
    if value == 0:
        return NumberReading(refused=True)
    return NumberReading(value=value, rest=tuple(rest))


def numbers_in(label: str) -> set[int]:
    """The numbers a label names ("In 3 months" -> {3}, "One week" -> {1})."""
    out: set[int] = set()
    for word in words(label):
        if _ASCII_DIGITS.match(word) and len(word) <= 6:
            out.add(int(word))
        elif word in WORD_NUMBERS and not word.endswith(("st", "nd", "rd", "th")):
            out.add(WORD_NUMBERS[word])
    return out
