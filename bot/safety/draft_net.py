"""The last check on a calmer version before it is shown: every sentence of its body is read
again by the draft rules, and one that still threatens, wishes them ill or calls them names, or
that reads as an order left over from a cut threat ("Tag you and your CEO so everyone
knows..."), is left out. The greeting and the sign-off are never touched; a paragraph left with
nothing in it goes.
"""

from __future__ import annotations

from bot.safety.draft_harm import harm_hits, looks_cut
from bot.safety.draft_sentences import sentences


def _kept(sentence: str) -> bool:
    return not harm_hits(sentence) and not looks_cut(sentence)


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
