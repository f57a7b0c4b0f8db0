"""One quick regular expression for "does any of these many alternatives occur in the text?".

CPython's regex engine saves and restores every capture group at every alternative it tries, so
a search through a thousand alternatives with a few hundred groups costs far more than the
alternatives themselves. `any_of(alternatives, before, after)` builds an expression that matches
exactly the same strings at the same places: its groups do not capture (`uncaptured`), and the
alternatives that start with a plain character are grouped under that character (`factored`),
so that at each place only the alternatives starting with the character found there are tried.
Only which alternative matches first can differ, so it is for asking *whether* (`search(...) is
not None`), never for reading groups or the matched text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SPECIAL = frozenset("\\()[].^$|?*+{")
_QUANTIFIERS = frozenset("?*+{")


def _scan(pattern: str) -> list[tuple[int, str, int]]:
    """(index, character, parenthesis depth before it) of every character of `pattern` that is
    syntax: not escaped and not inside a character class."""
    out: list[tuple[int, str, int]] = []
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":  # "[]...]" and "[^]...]": "]" is a member
                i += 1
        else:
            out.append((i, c, depth))
            depth += (c == "(") - (c == ")")
        i += 1
    return out


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of `pattern` ("a|b(c|d)" -> ["a", "b(c|d)"])."""
    cuts = [i for i, c, depth in _scan(pattern) if c == "|" and depth == 0]
    starts = [0, *(i + 1 for i in cuts)]
    ends = [*cuts, len(pattern)]
    return [pattern[s:e] for s, e in zip(starts, ends, strict=True)]


def uncaptured(pattern: str) -> str:
    """`pattern` with every plain group "(...)" made non-capturing "(?:...)"."""
    opens = [i for i, c, _ in _scan(pattern) if c == "(" and pattern[i + 1 : i + 2] != "?"]
    for i in reversed(opens):
        pattern = pattern[: i + 1] + "?:" + pattern[i + 1 :]
    return pattern


def _leading(alternative: str) -> bool:
    """Whether the alternative starts with one plain character that is always matched."""
    return (
        bool(alternative)
        and alternative[0] not in _SPECIAL
        and alternative[1:2] not in _QUANTIFIERS
    )


def factored(options: Iterable[str]) -> str:
    """The alternation of `options`, those starting with the same plain character grouped under
    it ("kill|kiss|cut" -> "k(?:ill|iss)|cut"): the same strings match."""
    heads: dict[str, list[str]] = {}
    rest: list[str] = []
    for option in options:
        if _leading(option):
            heads.setdefault(option[0], []).append(option[1:])
        else:
            rest.append(option)
    parts = [
        re.escape(head) + (f"(?:{'|'.join(tails)})" if len(tails) > 1 else tails[0])
        for head, tails in heads.items()
    ]
    return "|".join(parts + rest)


def any_of(patterns: Iterable[str], before: str = "", after: str = "") -> re.Pattern[str]:
    """`before(?:p1|p2|...)after` for the `patterns` (each may itself be an alternation), made
    quick to search: the same texts match, at the same places; groups capture nothing."""
    options = [uncaptured(option) for pattern in patterns for option in alternatives(pattern)]
    return re.compile(f"{uncaptured(before)}(?:{factored(options)}){uncaptured(after)}")
