"""Scare quotes in a draft: a word put in quotes to mock it ("your 'small' take-home", "the
'quick' chat") is sarcasm, so the calmer version drops the word with its quotes ("your
take-home"); kept without its quotes it would read as plain praise. A quoted phrase that names
something ("your 'feedback'", "you said I was 'not a fit'") keeps its words, without the quotes.
"""

from __future__ import annotations

import re

_FUNCTION = (
    r"for|to|and|or|but|in|of|at|with|on|by|from|because|so|as|that|which|who|when|if|is|was"
    r"|are|were|be|been|i|you|we|they|it|he|she|me|my|the|a|an"
)
_MOCKED = re.compile(
    r"(?<!\w)(['\"])([A-Za-z-]+)\1 (?=(?!(?:" + _FUNCTION + r")\b)[A-Za-z])", re.IGNORECASE
)
"""One quoted word in front of the thing it describes: "'small' take-home"."""
_QUOTED = re.compile(r"(?<!\w)(['\"])((?:[\w-]+ ?){1,3})\1(?!\w)")


_SAID = re.compile(r"(?i)\b(?:said|say|says|saying|told me|wrote|called me|write)[,:]? $")
"""Words quoted after "said" or "called me" are what someone said: their quotes stay."""


def unquote(text: str) -> str:
    """`text` with its mocking quoted words left out and other scare quotes taken off; words
    quoted after "said" or "called me" keep their quotes ("you said 'we loved you'")."""

    def bare(m: re.Match[str]) -> str:
        return m.group(0) if _SAID.search(m.string[: m.start()]) else m.group(2)

    return _QUOTED.sub(bare, _MOCKED.sub("", text))
