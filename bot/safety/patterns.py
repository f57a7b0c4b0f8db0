"""Compiling lexicon patterns, and a cheap prefilter that says which ones can match a text.

`compile_pattern` turns the lexicon's pattern syntax (see `bot.safety.lexicon`) into a regular
expression over padded normalised text (`pad`). `PatternIndex` holds groups of compiled patterns
and, for each, a few short strings one of which any match must contain (read from the parsed
regex by `bot.primitives.regex_keys`, so the prefilter can make matching faster but never change
a result): a text is only run through the patterns whose strings it contains. The strings are
looked up once for all patterns; a pattern found so is then kept only when the text also holds
one string of each other part its matches need ("end ~ everything" needs "end" as well as
"ever"). `blank_idioms` removes everyday phrases
(`bot.safety.idioms`) before any rule runs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from bot.primitives.regex_keys import (
    GRAM_LIMIT,
    KEY_LENGTH,
    pieces,
    required_clauses,
    required_keys,
)
from bot.safety.lexicon import WORDS
from bot.safety.normalise import collapse_runs

_MACRO = re.compile(r"<(\w+)>")
_GAP = "(?: [a-z0-9_]+){0,4} "
_LONG_GAP = "(?: [a-z0-9_]+){0,8} "
_BOUNDARY_START = " "  # texts are matched with a leading space: see `pad`
_BOUNDARY_END = r"(?![a-z0-9])"


def _expand(pattern: str) -> str:
    def macro(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in WORDS:
            known = ", ".join(sorted(WORDS))
            raise ValueError(f"lexicon pattern uses <{name}>, which is not in WORDS ({known})")
        return WORDS[name]

    source = collapse_runs(_MACRO.sub(macro, pattern))
    long_pieces = []
    for long_piece in source.split(" ~~ "):
        pieces = [piece.replace(" ", " ?") for piece in long_piece.split(" ~ ")]
        long_pieces.append(_GAP.join(pieces))
    return _LONG_GAP.join(long_pieces)


def pad(normal: str) -> str:
    """Normalised text as patterns expect it: with one leading space.

    Every pattern starts with that space, which lets the regex engine jump from word to word
    instead of trying every character; a match's cue starts one character after `start()`.
    """
    return " " + normal


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """A regex matching lexicon `pattern` as whole words of padded normalised text."""
    source = _BOUNDARY_START + "(?:" + _expand(pattern) + ")" + _BOUNDARY_END
    try:
        return re.compile(source)
    except re.error as exc:
        raise ValueError(f"lexicon pattern {pattern!r} is not a valid expression: {exc}") from exc


class PatternIndex:
    """Groups of compiled lexicon patterns, with the cheap keys that say which ones can match.

    Group `i` is the i-th pattern list given. `live(text)` returns the ids of the patterns worth
    running on `text`: those whose keys occur in it (or that have no keys), and that hold one
    string of each of their other required parts.
    """

    def __init__(self, groups: Sequence[Sequence[str]]) -> None:
        self._groups: list[tuple[tuple[int, re.Pattern[str]], ...]] = []
        self._by_key: dict[str, list[int]] = {}
        always: set[int] = set()
        self._parts: dict[int, tuple[tuple[frozenset[str], tuple[str, ...]], ...]] = {}
        """Pattern id -> its other required parts (`_split`)."""
        count = 0
        for patterns in groups:
            if not patterns:
                raise ValueError("a lexicon rule needs at least one pattern")
            entries = []
            for pattern in patterns:
                regex = compile_pattern(pattern)
                keys = required_keys(regex)
                if keys is None:
                    always.add(count)
                else:
                    for key in keys:
                        self._by_key.setdefault(key, []).append(count)
                    parts = tuple(_split(c) for c in required_clauses(regex) if c != keys)
                    if parts:
                        self._parts[count] = parts
                entries.append((count, regex))
                count += 1
            self._groups.append(tuple(entries))
        self._group_ids = tuple(frozenset(pid for pid, _ in entries) for entries in self._groups)
        self._always = frozenset(always)
        self._all = frozenset(range(count))
        self._grams = frozenset(k for k in self._by_key if len(k) == KEY_LENGTH)
        self._short = tuple(k for k in self._by_key if len(k) < KEY_LENGTH)

    def group(self, index: int) -> tuple[tuple[int, re.Pattern[str]], ...]:
        """The (id, regex) pairs of group `index`."""
        return self._groups[index]

    def group_ids(self, index: int) -> frozenset[int]:
        """The ids of group `index`'s patterns."""
        return self._group_ids[index]

    def live(self, text: str, prefilter: bool = True) -> frozenset[int] | set[int]:
        """Ids of the patterns that may match `text` (all of them without the prefilter)."""
        if not prefilter:
            return self._all
        found = set(self._always)
        by_key = self._by_key
        if len(text) > GRAM_LIMIT:
            present = [key for key in by_key if key in text]
        else:  # the text's pieces are cut once a turn (the cue check reads them too)
            present = [*(pieces(text) & self._grams), *(k for k in self._short if k in text)]
        for key in present:
            found.update(by_key[key])
        parts = self._parts
        if len(text) > GRAM_LIMIT:
            return {p for p in found if p not in parts or _holds_in(text, parts[p])}
        grams = pieces(text)
        kept = set()
        for pid in found:  # plain loops, no calls: this runs on every message
            need = parts.get(pid)
            if need is not None:
                for long, short in need:
                    if long.isdisjoint(grams):
                        for key in short:
                            if key in text:
                                break
                        else:
                            break  # this part is missing: the pattern cannot match
                else:
                    kept.add(pid)
            else:
                kept.add(pid)
        return kept


def _split(keys: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """A required part's keys: those of `KEY_LENGTH` characters (looked up in the text's
    pieces), and the shorter ones (looked for in the text)."""
    return (
        frozenset(k for k in keys if len(k) == KEY_LENGTH),
        tuple(sorted(k for k in keys if len(k) < KEY_LENGTH)),
    )


def _holds_in(text: str, parts: tuple[tuple[frozenset[str], tuple[str, ...]], ...]) -> bool:
    """Whether `text` (too long to cut in pieces) holds one key of each part."""
    return all(any(k in text for k in (*long, *short)) for long, short in parts)


def blank_idioms(text: str, index: PatternIndex, live: Set[int]) -> str:
    """`text` with every idiom of group 0 of `index` replaced by "_", hiding its cue word."""
    if live.isdisjoint(index.group_ids(0)):  # most messages: no idiom may match, none visited
        return text
    for pid, regex in index.group(0):
        if pid in live:
            text = regex.sub(" _", text)
    return text


__all__ = [
    "GRAM_LIMIT",
    "KEY_LENGTH",
    "PatternIndex",
    "blank_idioms",
    "compile_pattern",
    "pad",
    "required_keys",
]
