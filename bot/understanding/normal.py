"""The one normal form typed answers and option phrases are compared in.

Case, accents and spacing are folded as everywhere else (`bot.core.text.fold`); apostrophes are
dropped ("I'm" and "im" are the same) and other punctuation becomes a space. The last few
answers' normal forms are kept, since every reader of one answer (number, yes/no, matcher) asks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.primitives.text import fold

_APOSTROPHES = re.compile(r"['’`´‘]")
_NOT_WORD = re.compile(r"[^\w\s]|_")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=256)
def norm(text: str) -> str:
    """`norm("Yes, I’m safe!") == "yes im safe"`."""
    folded = _APOSTROPHES.sub("", fold(text))
    return _SPACES.sub(" ", _NOT_WORD.sub(" ", folded)).strip()


def words(text: str) -> list[str]:
    """The words of `norm(text)`."""
    return norm(text).split()
