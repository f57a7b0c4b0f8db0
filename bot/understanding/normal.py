"""The one normal form typed answers and option phrases are compared in.

Case, accents and spacing are folded as everywhere else (`bot.core.text.fold`); apostrophes are
dropped ("I'm" and "im" are the same) and other punctuation becomes a space.
"""

from __future__ import annotations

import re

from bot.primitives.text import fold

_APOSTROPHES = re.compile(r"['’`´‘]")
_NOT_WORD = re.compile(r"[^\w\s]|_")
_SPACES = re.compile(r"\s+")


def norm(text: str) -> str:
    """`norm("Yes, I’m safe!") == "yes im safe"`."""
    folded = _APOSTROPHES.sub("", fold(text))
    return _SPACES.sub(" ", _NOT_WORD.sub(" ", folded)).strip()


def words(text: str) -> list[str]:
    """The words of `norm(text)`."""
    return norm(text).split()
