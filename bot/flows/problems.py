"""Validation problems: what is wrong in a flow file, exactly where, and how to fix it.

A `Problem` prints as `file:line:col: message; hint` (1-based line and column), the format
`bounceback validate` prints and editors understand. `FlowError` carries every problem of a load
that failed, one per line in its text. `suggest` writes the "did you mean" hint for a misspelt
name.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

from bot.flows.model import Pos


@dataclass(frozen=True, slots=True)
class Problem:
    """One mistake in a flow file: where it is, what is wrong, how to fix it."""

    pos: Pos
    message: str
    hint: str

    def __str__(self) -> str:
        return f"{self.pos.file}:{self.pos.line}:{self.pos.col}: {self.message}; {self.hint}"

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.pos.file, self.pos.line, self.pos.col, self.message)


def sorted_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Problems without repeats, ordered by file, line, column and message."""
    return sorted(set(problems), key=lambda p: p.sort_key)


class FlowError(Exception):
    """Flows failed to load; `problems` lists every mistake found, in file order."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted_problems(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def suggest(word: str, known: Iterable[str], what: str) -> str:
    """The hint for an unknown `word`: the closest of `known`, then all of them."""
    names = sorted(set(known))
    close = difflib.get_close_matches(word, names, n=1, cutoff=0.6)
    listed = f"{what}: {', '.join(names)}" if names else f"there are no {what} yet"
    return f"did you mean '{close[0]}'? {listed}" if close else listed
