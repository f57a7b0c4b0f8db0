"""Validation problems: what is wrong in a flow file, exactly where, and how to fix it.

A `Problem` prints as `file:line:col: message; hint` (1-based line and column), the format
`bounceback validate` prints and editors understand. `FlowError` carries every problem of a load
that failed, one per line in its text.
"""

from __future__ import annotations

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
