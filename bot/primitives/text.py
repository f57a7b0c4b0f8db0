"""Text normalisation for matching what people type: case, accents, spacing and punctuation."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
_EDGE_PUNCT = re.compile(r"^[\s\W_]+|[\s\W_]+$", re.UNICODE)


def fold(text: str) -> str:
    """Lower-case, strip accents, collapse spaces and trim punctuation at both ends.

    `fold("  Café!! ") == "cafe"`; used for matching choices, synonyms, commands and keywords.
    """
    if text.isascii():
        lowered = text.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        no_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
        lowered = no_marks.casefold().replace("’", "'")
    return _EDGE_PUNCT.sub("", _SPACE.sub(" ", lowered)).strip()


def contains_phrase(haystack: str, phrase: str) -> bool:
    """Whether folded `phrase` appears in folded `haystack` on word boundaries."""
    h = f" {fold(haystack)} "
    p = fold(phrase)
    if not p:
        return False
    return re.search(r"(?<![\w])" + re.escape(p) + r"(?![\w])", h) is not None
