"""Cutting a kept sentence back when the tone model still hears a jab in it: the last step
before the rewrite leaves a sentence out.

`without_sharpest(sentence, sharpness)` first says "the office" for "your office" (often all it
takes), then drops the sharper of the sentence's first and last
clauses ("I did your written test and you tell me I'm not a fit" keeps the test) and returns the
rest as a sentence, or "" when what is left would be a fragment, a dangling "then ...", a broken
bracket, or says nothing concrete. A clause is never cut from the middle: that leaves a broken
list.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.safety.draft_clauses import CLAUSE as _CLAUSE
from bot.safety.draft_concrete import PARENS, has_fact, statement
from bot.safety.draft_harm import before_harm, goes_whole
from bot.safety.draft_keep import restate
from bot.safety.draft_sentences import _SUBJECT
from bot.safety.draft_tidy import squeeze

_DANGLING_LEAD = re.compile(
    r"(?i)^(?:then|and|but|or|so|which|who|where|when|whereas|because|while|now)\b"
)

_YOUR = re.compile(r"\b[Yy]our\b(?= (?!own\b)[A-Za-z0-9])")
"""A "your" in front of a thing of theirs ("your office", "your case study"): said as "the", a
fact stays the same fact and reads less like an accusation."""


def without_sharpest(sentence: str, sharpness: Callable[[str], float]) -> str:
    """`sentence` without its sharpest clause (as `sharpness` hears it): "I did your test and
    you tell me I'm not a fit" keeps the test. When no clause can go without leaving a fragment,
    the sentence's facts are restated in plain words (`draft_keep.restate`) rather than lost.
    A threat, ill wish or name-calling is never cut down to a piece: it goes whole."""
    if goes_whole(sentence, has_fact):
        return restate(before_harm(sentence))
    if _YOUR.search(sentence):  # "a case study on your roadmap": "your" alone can sound pointed
        plain = _YOUR.sub("the", sentence)
        if sharpness(plain) < sharpness(sentence):
            return plain
    cut = _cut(sentence, sharpness)
    return cut or restate(sentence)


def _cut(sentence: str, sharpness: Callable[[str], float]) -> str:
    """`sentence` without its sharpest first or last clause, or "" when what is left would be
    a fragment or says nothing concrete."""
    asides: list[str] = []

    def hide(m: re.Match[str]) -> str:
        asides.append(m.group(0))
        return f"\x00{len(asides) - 1}\x00"

    guarded = PARENS.sub(hide, sentence.rstrip(".?!"))
    pieces = [
        re.sub("\x00(\\d+)\x00", lambda m: asides[int(m.group(1))], p)
        for p in _CLAUSE.split(guarded)
    ]
    clauses = pieces[::2]
    if len(clauses) < 2:
        return ""
    ends = [0, len(clauses) - 1]  # a clause cut from the middle leaves a broken list
    worst = max(ends, key=lambda i: sharpness(clauses[i]))
    out = ""
    for i, clause in enumerate(clauses):
        if i == worst or not clause.strip():
            continue
        joint = pieces[2 * i - 1] if i and i - 1 != worst else ("" if not out else ", ")
        out += (joint if out else "") + clause
    out = squeeze(out)
    if out.count("(") != out.count(")") or len(out.split()) < 3 or not has_fact(out):
        return ""
    if _DANGLING_LEAD.match(out) or not _SUBJECT.search(out):  # "then reject someone..."
        return ""
    return statement(out)
