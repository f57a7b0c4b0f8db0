"""Remembering a pure function's answers within one turn, and only within it.

Several checks read the same message in one turn (the facts it states are read by the
situation pick-up, then again for each option of the waiting question). `within_turn(fn)` makes
`fn` (one hashable argument, a pure result) answer a repeat from memory while the same turn
lasts: the engine calls `new_turn` as each turn starts, and an answer found in one turn is never
given in another, so nothing is carried from one person's message to the next. Outside a turn
(tests, tools) the function simply runs.

`within_turn_numbers_kept(fn)` is the same for a function of a text alone, except that the answer
for a bare number of one to three digits ("2", a numbered button typed) or a bare slash command
("/rejected", as platforms send a command with nothing after it) is kept across turns: it is asked
about on turn after turn and is the same every time, and neither is any of a person's own words
to hold on to.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from contextvars import ContextVar
from functools import wraps
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

NUMBER = re.compile(r"[0-9]{1,3}")
"""A bare number, whose answers `within_turn_numbers_kept` keeps across turns."""
COMMAND = re.compile(r"/[a-z_]{1,30}")
"""A bare slash command, whose answers `within_turn_numbers_kept` keeps across turns too."""
KEPT = 1_500
"""At most this many numbers and commands are kept by one function (a thousand and ten numbers
and a few dozen commands; past this, from afresh)."""

_turn: ContextVar[object | None] = ContextVar("bounceback_turn", default=None)


def new_turn() -> None:
    """A turn starts in this task: answers remembered from now on belong to it alone."""
    _turn.set(object())


def current_turn() -> object | None:
    """The token of the turn running in this task (None outside a turn)."""
    return _turn.get()


def within_turn(fn: Callable[[K], V]) -> Callable[[K], V]:
    """`fn`, answering a repeat within the same turn from memory."""
    held: list[object] = [None]
    memo: dict[K, V] = {}

    @wraps(fn)
    def remembered(arg: K) -> V:
        turn = _turn.get()
        if turn is None:
            return fn(arg)
        if held[0] is not turn:
            held[0] = turn
            memo.clear()
        try:
            return memo[arg]
        except KeyError:
            found = memo[arg] = fn(arg)
            return found

    return remembered


def within_turn_numbers_kept(fn: Callable[[str], V]) -> Callable[[str], V]:
    """`within_turn(fn)`, with the answer for a bare number or slash command kept across turns
    (at most `KEPT` of them); `fn` must depend on its text alone."""
    in_turn = within_turn(fn)
    kept: dict[str, V] = {}

    @wraps(fn)
    def remembered(text: str) -> V:
        if len(text) > 3 or NUMBER.fullmatch(text) is None:
            if text[:1] != "/" or COMMAND.fullmatch(text) is None:
                return in_turn(text)
        try:
            return kept[text]
        except KeyError:
            if len(kept) >= KEPT:
                kept.clear()
            found = kept[text] = fn(text)
            return found

    return remembered
