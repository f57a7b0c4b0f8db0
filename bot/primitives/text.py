"""Text normalisation for matching what people type: case, accents, spacing and punctuation."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACE = re.compile(r"\s+")
_EDGE_PUNCT = re.compile(r"^[\s\W_]+|[\s\W_]+$", re.UNICODE)


@lru_cache(maxsize=2048)
def fold(text: str) -> str:
    """Lower-case, strip accents, collapse spaces and trim punctuation at both ends.

    `fold("  Café!! ") == "cafe"`; used for matching choices, synonyms, commands and keywords.
    Remembered for the last texts folded: a message is folded by several checks in its turn, and
    option labels and keywords recur in every turn.
    """
    if text.isascii():
        lowered = text.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        no_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
        lowered = no_marks.casefold().replace("’", "'")
    return _EDGE_PUNCT.sub("", _SPACE.sub(" ", lowered)).strip()


def command_key(word: str) -> str:
    """A command word as it is matched: folded, its spaces dropped, so "mis datos", "misdatos"
    and "Mis Datos" are one command, as are "ánimo" and "animo"."""
    return fold(word).replace(" ", "")


def contains_phrase(haystack: str, phrase: str) -> bool:
    """Whether folded `phrase` appears in folded `haystack` on word boundaries."""
    h = f" {fold(haystack)} "
    p = fold(phrase)
    if not p:
        return False
    return re.search(r"(?<![\w])" + re.escape(p) + r"(?![\w])", h) is not None
