"""Short strings one of which any match of a regular expression contains, read from the parsed
expression itself (`required_keys`), and a regex that is only run on a text holding one of them
(`Keyed`), so that skipping it can make matching faster but never change a result.

Keys are at most `KEY_LENGTH` characters. A text's `KEY_LENGTH`-character pieces are worked out
once a turn (`bot.primitives.turn_memo`): every keyed regex asked about the same text in the turn
then checks its keys against that one set.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from bot.primitives.turn_memo import within_turn

try:  # CPython's regex parser; without it every regex simply runs on every text
    import re._constants as _sre
    import re._parser as _parser

    _LITERAL: Any = _sre.LITERAL
    _SUBPATTERN: Any = _sre.SUBPATTERN
    _BRANCH: Any = _sre.BRANCH
    _REPEATS: tuple[Any, ...] = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
except (ImportError, AttributeError):  # pragma: no cover - other interpreters
    _parser = None

KEY_LENGTH = 4
GRAM_LIMIT = 4096
"""Texts longer than this look for each key with `in` instead of cutting the text in pieces."""
SHORT = 8
"""Texts this short simply run through the regex ("hi", "menu"). A longer one looks for the keys
first, short messages too: at 24 characters "i didn't get the job" ran a dozen alternations of
dozens of phrases each (counted over a dozen short messages, the situation reader and the money
words: 217,000 instructions a message at 24, 190,000 at 8, 232,000 at 0)."""
FEW = 6
"""A regex with this few keys looks for each in the text; one with more, in the text's pieces."""


def _required(items: Sequence[Any]) -> frozenset[str] | None:
    """Strings one of which every match of the parsed regex `items` contains, or None."""
    best: frozenset[str] | None = None
    run = ""

    def consider(candidate: frozenset[str] | None) -> None:
        nonlocal best
        if (
            candidate
            and all(candidate)
            and (best is None or min(map(len, candidate)) > min(map(len, best)))
        ):
            best = candidate

    for op, arg in [*items, (None, None)]:
        if op is _LITERAL:
            run += chr(arg)
            continue
        consider(frozenset({run}) if run else None)
        run = ""
        if op is _SUBPATTERN and not (arg[1] & re.IGNORECASE):  # (?i:...) matches other cases
            consider(_required(arg[-1]))
        elif op is _BRANCH:
            branches = [_required(branch) for branch in arg[1]]
            if all(branches):
                consider(frozenset().union(*(b for b in branches if b)))
        elif op in _REPEATS and arg[0] >= 1:
            consider(_required(arg[2]))
    if best is None:
        return None
    keys = {key[:KEY_LENGTH] for key in best}
    # "want" in the text already covers "wants": keep only keys that contain no other key.
    return frozenset(k for k in keys if not any(o != k and o in k for o in keys))


def _clauses(items: Sequence[Any]) -> list[frozenset[str]]:
    """Sets of strings such that every match of the parsed regex `items` contains one string of
    each set: every literal run, every group or repeat that must occur, and every alternation
    whose branches each hold a required string."""
    out: list[frozenset[str]] = []
    run = ""
    for op, arg in [*items, (None, None)]:
        if op is _LITERAL:
            run += chr(arg)
            continue
        if run:
            out.append(frozenset({run}))
        run = ""
        if op is _SUBPATTERN and not (arg[1] & re.IGNORECASE):
            out += _clauses(arg[-1])
        elif op is _BRANCH:
            branches = [_required(branch) for branch in arg[1]]
            if all(branches):
                out.append(frozenset().union(*(b for b in branches if b)))
        elif op in _REPEATS and arg[0] >= 1:
            out += _clauses(arg[2])
    return out


def _short(keys: frozenset[str]) -> frozenset[str]:
    keys = frozenset(key[:KEY_LENGTH] for key in keys)
    return frozenset(k for k in keys if not any(o != k and o in k for o in keys))


def required_clauses(regex: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Sets of short strings such that any text `regex` matches holds one string of each set
    (none when unknown); a set holding only spaces says too little to be worth looking for."""
    if _parser is None or regex.flags & re.IGNORECASE:
        return ()
    try:
        found = _clauses(_parser.parse(regex.pattern, regex.flags))
    except Exception:  # an unfamiliar parser shape only costs speed, never a match
        return ()
    kept = {_short(clause) for clause in found if all(clause)}
    return tuple(sorted((c for c in kept if any(k.strip() for k in c)), key=sorted))


def required_keys(regex: re.Pattern[str]) -> frozenset[str] | None:
    """Short strings one of which is in any text `regex` matches (None when unknown).

    Checking these with `in` is much cheaper than running the regex, so a rule only runs on
    text that could match it. Built from the regex itself, so it can never miss a match.
    """
    if _parser is None or regex.flags & re.IGNORECASE:
        return None
    try:
        return _required(_parser.parse(regex.pattern, regex.flags))
    except Exception:  # an unfamiliar parser shape only costs speed, never a match
        return None


@within_turn
def pieces(text: str) -> frozenset[str]:
    """Every `KEY_LENGTH`-character piece of `text` (read once a turn for the same text)."""
    return frozenset(text[i : i + KEY_LENGTH] for i in range(len(text) - KEY_LENGTH + 1))


class Keyed:
    """A compiled regex that runs only on a text holding one of its `required_keys`; with the
    same answers as the regex itself (`search`, `finditer`, `sub`).

    `alone=True` for a regex that is the only keyed one asked about its text in a turn: its keys
    are looked for one by one, since cutting the text in pieces would cost more than that.
    `like`: an expression matching exactly the strings `regex` matches, whose keys are read
    instead (a factored alternation, "k(?:ill|iss)", reads shorter keys than "kill|kiss").
    """

    __slots__ = ("_grams", "_short", "keys", "regex")

    def __init__(
        self,
        regex: re.Pattern[str],
        *,
        alone: bool = False,
        like: re.Pattern[str] | None = None,
    ) -> None:
        self.regex = regex
        self.keys = required_keys(regex if like is None else like)
        self._grams = (
            frozenset() if alone else frozenset(k for k in self.keys or () if len(k) == KEY_LENGTH)
        )
        self._short = tuple(k for k in self.keys or () if len(k) < KEY_LENGTH)

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    def may_match(self, text: str) -> bool:
        """False only when `text` holds none of the keys, so the regex cannot match it."""
        keys = self.keys
        if keys is None or len(text) <= SHORT:
            return True  # a short text is as quickly run through the regex as checked
        if len(keys) <= FEW or len(text) > GRAM_LIMIT or not self._grams:  # one by one
            for key in keys:
                if key in text:
                    return True
            return False
        if not self._grams.isdisjoint(pieces(text)):
            return True
        for key in self._short:
            if key in text:
                return True
        return False

    def search(self, text: str) -> re.Match[str] | None:
        if len(text) <= SHORT or self.may_match(text):
            return self.regex.search(text)
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if len(text) <= SHORT or self.may_match(text):
            return self.regex.finditer(text)
        return iter(())

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        if len(text) <= SHORT or self.may_match(text):
            return self.regex.sub(repl, text, count)
        return text
