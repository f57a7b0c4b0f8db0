"""Run-on sentences in a draft: a long piece typed in one breath, with no punctuation at all, cut
where a new clause starts, so each clause can be calmed (or kept) on its own."""

from __future__ import annotations

import re

RUN_ON_WORDS = 20
"""A piece this long with no punctuation at all is a run-on, typed in one breath."""
_RUN_ON_BREAK = re.compile(
    r"\s+(?=(?:i|im|i'm|ive|i've) (?:just |also |really |still |only |then )?[a-z]+\b)"
    r"|\s+(?=(?:this|that|it) is\b)|\s+(?=(?:and )?now (?:a|an|i|you|the)\b)"
)


_ASK_BREAK = re.compile(
    r"\s+(?:and|so|but)\s+(?=I(?:'d| would)? (?:just |really |still |only )?(?:like|want"
    r"|appreciate|need)\b)",
    re.IGNORECASE,
)
"""Where a run-on turns to its ask ("... how you treat people and I'd just like some feedback"):
the ask is a piece of its own, so a jab before it never takes it along."""


def split_run_on(piece: str) -> list[str]:
    """A long unpunctuated piece ("i did the test and 2 rounds and now a no i took unpaid leave
    i just want to know why") cut where a new clause starts with "i", "this is" or "now"."""
    if len(piece.split()) < RUN_ON_WORDS or re.search(r"[,;:.!?]\s", piece):
        return [piece]
    if len(asked := _ASK_BREAK.split(piece)) > 1:
        return [q for p in asked for q in split_run_on(p)]
    out, start = [], 0
    for m in _RUN_ON_BREAK.finditer(piece):
        before = piece[start : m.start()].split()
        if before and before[-1].lower() not in _GLUE:  # "you said i wasn't..." stays whole
            out.append(piece[start : m.start()].strip())
            start = m.end()
    return [p for p in [*out, piece[start:].strip()] if p]


_GLUE = frozenset(
    "said say says told tell think thought know knew that and but so because if when as since "
    "while though although or where which who u you how what why whether".split()
)
