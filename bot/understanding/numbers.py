"""Reading an option number from what someone typed: "2", "two", "2 low", "a solid 2", "number 3",
"ugh. 1" (a sigh or a shrug changes nothing), and positions: "the second one", "option 3", "the
last one", "the middle one".

Only ASCII digits and English number words count. Anything else that looks like a number, a
digit from another script, a sign ("-1", "minus one"), a fraction or a huge number, makes the
answer `refused`: the question is asked again, never an exception and never a wrong option.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from bot.primitives.turn_memo import within_turn_numbers_kept
from bot.understanding.normal import norm, words

if TYPE_CHECKING:
    from bot.flows.model import ChoiceOption

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2,
    "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
}  # fmt: skip
ORDINALS = frozenset(
    w for w in WORD_NUMBERS if not w.isdigit() and w[-2:] in ("st", "nd", "rd", "th")
)
SPANISH_NUMBERS = {
    "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "primero": 1, "primera": 1, "primer": 1, "segundo": 2, "segunda": 2,
    "tercero": 3, "tercera": 3, "tercer": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5,
    "sexto": 6, "sexta": 6, "septimo": 7, "septima": 7, "octavo": 8, "octava": 8,
}  # fmt: skip
"""Spanish numbers and ordinals ("la segunda", "opción dos"); they name an option only alone or
after an article or "opción" (`SPANISH_LEADS`): "un segundo" is a moment, "mi cuarto" a room."""
SPANISH_LEADS = frozenset("el la lo opcion numero".split())
LAST = -1
"""`value` for "the last one" / "bottom one": the last option."""
MIDDLE = -2
"""`value` for "the middle one": the middle option, when there is one."""
POSITIONS = {
    "last": LAST, "bottom": LAST, "middle": MIDDLE, "top": 1, "ultima": LAST, "ultimo": LAST,
}  # fmt: skip
"""Position words; they count only when nothing else but filler comes with them."""
FILLER = frozenset(
    "a an the solid maybe about around like probably prob i id im its it say would number "
    "option opt no nr choice go with pick take is thats that one ones please pls plz just um "
    "uh hmm button answer want ill i'll the guess ok okay choose select".split()
    + "el la lo opcion numero elijo porfa".split()
)
"""Words around a number that do not change which option it names ("id say a solid 2")."""
_SIGH = re.compile(
    r"^(?:u+g+h*|u+f+|a+y+|m+e+h+|s+i+g+h+|o+o+f+|a+r+g+h*|h+m+|m+|e+h+|a+h+|o+h+|p+f+t*|b+a+h+"
    r"|w+e+l+p+|e+r+m*|u+m+|j+e+e+z+|g+e+e+z+|d+a+n+g+|u+g+h+|ash|chale|pues|bueno|vale|este|fine"
    r"|whatever|well|so|alright|yeah|yep|sure|si|equis|nimodo|wey|man|dude|bro|lol|jaja\w*|haha\w*)$"
)
"""A sigh or a shrug said with a number ("ugh. 1", "meh 2", "chale, el 3"): no other meaning."""

MAX_REST = 2
"""At most this many other words may come with a number for it to name an option by position."""

UNITS = frozenset(
    "day days week weeks wk wks month months year years hour hours hr hrs minute minutes min "
    "mins time times interview interviews rejection rejections application applications round "
    "rounds am pm oclock".split()
)
"""Words that make a number a quantity ("4 days", "2 interviews"), never an option position."""

_RANGE_WORDS = frozenset({"to", "or", "and", "-"})

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
    quantity: bool = False
    """The number counts something ("4 days"): it may match a label, never a position."""


def _foreign_digit(text: str) -> bool:
    if text.isascii():
        return False  # ASCII holds no digits but 0-9
    return any(
        not ("0" <= ch <= "9") and unicodedata.category(ch) in ("Nd", "No", "Nl") for ch in text
    )


@within_turn_numbers_kept
def read_number(text: str) -> NumberReading:
    """The option number in `text`, if it says one plainly (read once a turn: the matcher at
    each question in each language asks)."""
    if _foreign_digit(text) or _SIGNED.search(text) or _FRACTION.search(text):
        return NumberReading(refused=True)
    found: list[int] = []
    rest: list[str] = []
    said = words(text)
    ordinal = any(w in ORDINALS or w in POSITIONS for w in said)
    for at, word in enumerate(said):
        if word in SPANISH_NUMBERS and (len(said) == 1 or said[at - 1] in SPANISH_LEADS):
            found.append(SPANISH_NUMBERS[word])
        elif _ASCII_DIGITS.match(word):
            if len(word) > 6:
                return NumberReading(refused=True)
            found.append(int(word))
        elif word in WORD_NUMBERS and not (ordinal and word == "one"):
            found.append(WORD_NUMBERS[word])
        elif word not in FILLER and not _SIGH.match(word):
            rest.append(word)
    quantity = any(w in UNITS for w in rest)
    if not found:
        places = [POSITIONS[w] for w in rest if w in POSITIONS]
        if len(places) == 1 and len(rest) == 1 and len(said) <= 5:
            return NumberReading(value=places[0], rest=())
        return NumberReading(rest=tuple(rest))
    if len(set(found)) > 1:
        return NumberReading(rest=tuple(rest), quantity=quantity)
    value = found[0]
    if value == 0:
        return NumberReading(refused=True)
    return NumberReading(value=value, rest=tuple(rest), quantity=quantity)


def numbers_in(label: str) -> set[int]:
    """The numbers a label names ("In 3 months" -> {3}, "One week" -> {1}, "One to three
    weeks" -> {1, 3}). A number word counts only as an amount (before a unit, or in a range):
    the "one" of "Skip this one" or "Cancel one" names no number, so "1" is still the first
    option there."""
    out: set[int] = set()
    said = words(label)
    for at, word in enumerate(said):
        if _ASCII_DIGITS.match(word) and len(word) <= 6:
            out.add(int(word))
        elif word in WORD_NUMBERS and not word.endswith(("st", "nd", "rd", "th")):
            after = said[at + 1] if at + 1 < len(said) else ""
            if after in UNITS or after in _RANGE_WORDS:
                out.add(WORD_NUMBERS[word])
    return out


_SMALL = r"([1-9]|one|two|three|four|five|six|seven|eight|nine)"
_BETWEEN = re.compile(
    r"(?<![\w.,/])" + _SMALL + r"\s*(?:or|and|to|-|–)\s*" + _SMALL + r"(?![\w/.,]\d)(?!\w)",
    re.IGNORECASE,
)


def between(text: str) -> tuple[int, int] | None:
    """Two neighbouring numbers said as a hedge ("between 3 and 4", "2 or 3", "3-4"), lower
    first; None otherwise ("1 to 5" is a scale, not a hedge)."""
    m = _BETWEEN.search(text)
    if m is None:
        return None
    a, b = (int(x) if x.isdigit() else WORD_NUMBERS[x.lower()] for x in m.groups())
    low, high = min(a, b), max(a, b)
    return (low, high) if high - low == 1 else None


_BETWEEN_NAMED = re.compile(r"\b(?:between|entre) (\w+) (?:and|y) (\w+)\b|\b(\w+) (?:or|o) (\w+)\b")


def between_any(text: str, options: Sequence[ChoiceOption]) -> tuple[int, int] | None:
    """Two neighbouring points of a scale said as a hedge, by number (`between`) or by their
    labels' own words ("somewhere between awful and low", "entre fatal y bajo"), lower first."""
    if (numbered := between(text)) is not None:
        return numbered
    for m in _BETWEEN_NAMED.finditer(norm(text)):
        said = [w for w in m.groups() if w]
        found = [_scale_point(w, options) for w in said]
        if None not in found and len(set(found)) == 2:
            low, high = sorted(n for n in found if n is not None)
            if high - low == 1:
                return low, high
    return None


def _scale_point(word: str, options: Sequence[ChoiceOption]) -> int | None:
    """The point of the scale whose label alone has `word` (of three letters or more)."""
    if len(word) < 3:
        return None
    named = [
        int(o.means or 0)
        for o in options
        if (o.means or "").isdigit() and word in norm(o.label).split()
    ]
    return named[0] if len(named) == 1 else None


def label_says(label: str, rest: Sequence[str]) -> bool:
    """Whether the words said with a number belong to the option's own label ("2 low")."""
    words = set(norm(label).split())
    return all(any(fuzz.ratio(w, x) >= 75 for x in words) for w in rest)


def by_number(
    options: Sequence[ChoiceOption], n: int, rest: Sequence[str], quantity: bool
) -> ChoiceOption | None:
    """The option the number `n` names: by a number in its label ("2 · low"), else by its
    place ("the second one"), when the words said with it (`rest`) fit."""
    if n == LAST:
        return options[-1]
    if n == MIDDLE:
        return options[len(options) // 2] if len(options) % 2 else None
    named = [o for o in options if n in numbers_in(o.label)]
    if len(named) == 1 and (not rest or quantity or label_says(named[0].label, rest)):
        return named[0]
    if quantity or not 1 <= n <= len(options) or len(rest) > MAX_REST:
        return None
    placed = options[n - 1]
    # "phone one" is no place
    return placed if not rest or label_says(placed.label, rest) else None
