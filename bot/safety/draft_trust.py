"""Whether a calmer version can be offered at all: the last check before the person sees it.

A calmer version is offered only when the review, read again on it, finds it calm, and it does
not keep most of a sentence the review flagged in the draft word for word. Otherwise the bot says
it could not make a version it trusts, and leaves the redo to the person.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher

from bot.safety.draft_rules import find_hits, is_clean_words
from bot.safety.draft_sentences import sentences

KEPT_SHARE = 0.6
"""A flagged sentence counts as kept when this share of its words is still there, in runs."""
MIN_RUN = 3
"""Shorter runs of the same words are common phrasing, not a kept sentence."""
MIN_WORDS = 6
"""Shorter flagged sentences ("Thanks for nothing.") are left to the rules on the rewrite."""
_WORDS = re.compile(r"[\w']+")
_FLAGGED = frozenset({"insult", "blame", "sarcasm", "passive", "ill_will"})
"""The families whose flagged words are the sting itself; a bridge or a threat may carry a fair
request in the same words ("delete my CV"), and the harm net handles what stays of a threat."""


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORDS.findall(text)]


def _at(words: list[str], phrase: list[str]) -> range | None:
    """Where `phrase` first stands in `words`, as a range of positions."""
    for i in range(len(words) - len(phrase) + 1):
        if words[i : i + len(phrase)] == phrase:
            return range(i, i + len(phrase))
    return None


def keeps_flagged(draft: str, rewrite: str) -> bool:
    """Whether `rewrite` keeps most of a flagged sentence of `draft` verbatim, the flagged words
    with it (a sentence whose jab went and whose facts stayed is what a rewrite should keep)."""
    said = _words(rewrite)
    for sentence in sentences(draft):
        words = _words(sentence)
        if len(words) < MIN_WORDS:
            continue
        jabs = [_words(e) for h in find_hits(sentence) if h.family in _FLAGGED for e in h.examples]
        if not jabs:
            continue
        blocks = SequenceMatcher(None, words, said, autojunk=False).get_matching_blocks()
        kept = {i for b in blocks if b.size >= MIN_RUN for i in range(b.a, b.a + b.size)}
        if len(kept) < KEPT_SHARE * len(words):
            continue
        for jab in jabs:
            where = _at(words, jab)
            if where is not None and kept.issuperset(where):
                return True
    return False


def trusted(draft: str, rewrite: str, score: Callable[[str], float], hostile_at: float) -> bool:
    """Whether `rewrite` may be offered as the calmer version of `draft`: calm by the review's
    own rules and score, and no flagged sentence of the draft carried over nearly whole."""
    if not rewrite.strip():
        return False
    if not is_clean_words(rewrite) or score(rewrite) >= hostile_at:
        return False
    return not keeps_flagged(draft, rewrite)
