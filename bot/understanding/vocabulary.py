"""What is learned from every option phrase of a flow set, shared within the process.

The n-gram document frequencies (`Vocabulary`), the word weights (`WordWeights`) and the
spelling corrector (`Speller`) take a few tenths of a second to learn from the flows' phrases.
They depend on nothing but those phrases and are pure, so the same phrases (the flows built
again, a reload that changed no option, each engine of a test run) share one copy: nobody waits
for them twice, and no match can differ.
"""

from __future__ import annotations

from functools import lru_cache

from bot.understanding.intent import Vocabulary
from bot.understanding.lexicon import Speller
from bot.understanding.normal import norm
from bot.understanding.wordmodel import WordWeights

KEEP = 4
"""Phrase sets remembered (a language each, and a reload's new phrases)."""


@lru_cache(maxsize=KEEP)
def learned(every: tuple[str, ...]) -> tuple[Vocabulary, WordWeights, Speller]:
    """What `every` phrase of a flow set teaches, learned once for the same phrases."""
    return Vocabulary(every), WordWeights(every), Speller(w for p in every for w in norm(p).split())
