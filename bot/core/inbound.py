"""Sanity checks on inbound text, so bad input gets a calm reply instead of silence.

Control characters are removed (newlines and tabs kept); a message of nothing but invisible
characters (zero-width spaces and joiners, a byte-order mark, bidi marks) is empty. A message that
is empty after that, mostly
unreadable (binary pasted as text), or longer than the limit is flagged. The crisis check still sees
every readable message, whatever its size, before any of these replies.
"""

from __future__ import annotations

import enum
import unicodedata


class InboundProblem(enum.Enum):
    EMPTY = "empty"
    BINARY = "binary"
    TOO_LONG = "too_long"


def check_inbound(raw: str, max_len: int) -> tuple[str, InboundProblem | None]:
    """Cleaned text and what, if anything, is wrong with it."""
    if raw.isprintable() and "\ufffd" not in raw:
        # Nothing to remove (no control, format, surrogate, private or unassigned character, no
        # separator but the space) and nothing unreadable: most messages, checked at C speed.
        text = raw.strip()
        if not text:
            return "", InboundProblem.EMPTY
        return text, InboundProblem.TOO_LONG if len(text) > max_len else None
    return _check_each_character(raw, max_len)


def _check_each_character(raw: str, max_len: int) -> tuple[str, InboundProblem | None]:
    kept: list[str] = []
    bad = 0
    for ch in raw:
        cat = unicodedata.category(ch)
        if ch in "\n\t":
            kept.append(ch)
        elif cat in ("Cc", "Cs", "Co", "Cn") or ch == "\ufffd":
            bad += 1
        else:
            kept.append(ch)
    text = "".join(kept).strip()
    if all(unicodedata.category(ch) == "Cf" or ch.isspace() for ch in text):
        text = ""  # zero-width and direction marks alone say nothing
    if bad and bad > max(3, len(raw) // 10):
        return text, InboundProblem.BINARY
    if not text:
        return "", InboundProblem.EMPTY
    if len(text) > max_len:
        return text, InboundProblem.TOO_LONG
    return text, None
