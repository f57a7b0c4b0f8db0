"""The draft brake's own actions: how angry a draft reads, and bringing a held draft back.

`register(registry)` adds `draft_size` (sets `draft_too_short`: yes when what was typed is only a
word or two, "1" or "ok", so the flow asks for the actual message instead of reviewing it),
`draft_anger` (sets `draft_very_angry`: yes when the draft shouts, piles up insults or swearing,
or says the person is furious, in English or Spanish, so the flow can offer a one-minute calming
pause before the review) and `draft_recall` (shows the last draft the person kept, as
their own words, and sets `held_draft_found` and `held_draft_flagged`). Nothing here logs the
draft.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any

from bot.core.actions import ActionRegistry
from bot.core.context import TurnContext
from bot.core.model import Part, Text
from bot.i18n import _
from bot.safety.draft_rules import find_hits, normalise

log = logging.getLogger(__name__)

DRAFT = "draft"
"""The store item kind the review keeps each draft under."""

_FURIOUS = re.compile(
    r"\b(?:furious|livid|seething|raging|fuming|enraged|so (?:angry|mad|pissed)|(?:really|very"
    r"|fucking|extremely) (?:angry|mad)|beyond angry|want to scream|so much rage|boiling"
    r"|furios[oa]s?|muy (?:cabread|enfadad|enojad)[oa]s?|me hierve la sangre|estoy que ardo"
    r"|(?:tanta|much[ií]sima) rabia|quiero gritar|echando humo)\b",
    re.IGNORECASE,
)
_HOT = ("insult", "profanity", "blame", "threat", "ill_will")
_WORD = re.compile(r"[^\W\d_]{2,}")
MIN_WORDS = 3
"""A draft with fewer words than this ("1", "ok", "k thx") is not yet a message to review."""


def is_too_short(text: str) -> bool:
    """Fewer than `MIN_WORDS` words of two letters or more: nothing to review yet."""
    return len(_WORD.findall(normalise(text or ""))) < MIN_WORDS


def is_very_angry(text: str) -> bool:
    """Shouting, at least three insults/swears/threats, or words like "furious"."""
    plain = normalise(text or "")
    if _FURIOUS.search(plain):
        return True
    hits = find_hits(plain)
    if any(h.family == "shouting" for h in hits):
        return True
    return sum(len(h.examples) for h in hits if h.family in _HOT) >= 3


def register(registry: ActionRegistry) -> None:
    """Add `draft_size`, `draft_anger` and `draft_recall` to `registry`."""

    @registry.register("draft_size", sets=["draft_too_short"], optional=["var"])
    async def draft_size(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Whether the draft in variable `var` (default `draft`) is only a word or two."""
        text = str(ctx.vars.get(str(args.get("var") or "draft")) or "")
        ctx.vars["draft_too_short"] = "yes" if is_too_short(text) else "no"

    @registry.register("draft_anger", sets=["draft_very_angry"], optional=["var"])
    async def draft_anger(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Whether the draft in variable `var` (default `draft`) reads as very angry."""
        text = str(ctx.vars.get(str(args.get("var") or "draft")) or "")
        ctx.vars["draft_very_angry"] = "yes" if is_very_angry(text) else "no"

    @registry.register("draft_recall", sets=["held_draft_found", "held_draft_flagged"])
    async def draft_recall(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Show the person's last kept draft again; say nothing when there is none."""
        items = await ctx.tx.list_items(ctx.key, DRAFT)
        text = str(items[-1].data.get("text") or "") if items else ""
        ctx.vars["held_draft_found"] = "yes" if text.strip() else "no"
        ctx.vars["held_draft_flagged"] = (
            "yes" if text.strip() and bool(items[-1].data.get("hostile")) else "no"
        )
        if text.strip():
            shown = _("Here's what you wrote:") + "\n\n"
            ctx.say(Text((Part(shown), Part(text, from_user=True))))
        log.info("safety.draft_recalled")
