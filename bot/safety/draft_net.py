"""The last check on a calmer version before it is shown: every sentence of its body is read
again by the draft rules, and one that still threatens, wishes them ill, calls them names or
passes a verdict on them, or that reads as an order left over from a cut threat ("Tag you and
your CEO so everyone knows..."), is left out. The greeting and the sign-off are never touched;
a paragraph left with nothing in it goes.
"""

from __future__ import annotations

import re

from bot.safety.draft_harm import harm_hits, looks_cut
from bot.safety.draft_sentences import sentences

_JUDGES_THEM = re.compile(
    r"^\W*(?:you are|you're|youre|you were|your team is|your company is|this is)\s+"
    r"(?:the (?:most|least|worst|best)|such an?|so|truly|really|literally|honestly)\b",
    re.IGNORECASE,
)
"""A verdict on the reader ("You are the most recruiter I have ever dealt with", what is left
once the insult is cut): it says nothing they can act on, and reads as cold."""


def _kept(sentence: str) -> bool:
    return not harm_hits(sentence) and not looks_cut(sentence) and not _JUDGES_THEM.match(sentence)


def without_harm(rewrite: str) -> str:
    """`rewrite` without any body sentence that still hurts or reads as a cut threat."""
    paragraphs = rewrite.split("\n\n")
    if len(paragraphs) < 3:
        return rewrite
    body = []
    for paragraph in paragraphs[1:-1]:
        said = sentences(paragraph)
        if all(_kept(s) for s in said):
            body.append(paragraph)
        elif kept := [s for s in said if _kept(s)]:
            body.append(" ".join(kept))
    return "\n\n".join([paragraphs[0], *body, paragraphs[-1]])
