"""The draft brake's own actions: how angry a draft reads, and bringing a held draft back.

`register(registry)` adds `draft_size` (sets `draft_too_short`: yes when what was typed is only a
word or two, "1" or "ok", so the flow asks for the actual message instead of reviewing it),
`draft_anger` (sets `draft_very_angry`: yes when the draft shouts, piles up insults or swearing,
or says the person is furious, in English or Spanish, so the flow can offer a one-minute calming
pause before the review), `draft_about` (sets `draft_is_about`: yes when what was typed talks
about the draft, "i already pasted it", rather than being one), `draft_for_me` (sets
`draft_wants_written`: yes when what was typed asks the bot to write it, "hacelo vos", so the
flow helps them start instead of reviewing it), `draft_to_us` (sets `draft_said_to_us`: `hello`
or `ask` when what was typed is said to the bot, "hello??" or "should I write my manager?", so
the flow answers it instead of reviewing it), `draft_held` (whether a draft is
held, `held_draft_found` and `held_draft_flagged`, saying nothing), `draft_recall` (the same,
showing the held draft again as the person's own words and putting it back in `draft`) and
`draft_release` (lets the held draft go once it is sent or dropped) and `draft_take` (puts the
text typed at another step, variable `from`, in `draft`). Nothing here logs the
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
from bot.safety import draft_held
from bot.safety.draft_for_me import asks_us_to_write
from bot.safety.draft_rules import find_hits, normalise
from bot.safety.draft_to_us import said_to_us

log = logging.getLogger(__name__)

DRAFT = draft_held.DRAFT
"""The store item kind the review keeps the held draft under."""

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

    @registry.register("draft_about", sets=["draft_is_about"], optional=["var"])
    async def draft_about(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Whether the text in variable `var` (default `draft`) talks about a draft."""
        text = str(ctx.vars.get(str(args.get("var") or "draft")) or "")
        ctx.vars["draft_is_about"] = "yes" if draft_held.about_the_draft(text) else "no"

    @registry.register("draft_for_me", sets=["draft_wants_written"], optional=["var"])
    async def draft_for_me(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Whether the text in variable `var` (default `draft`) asks the bot to write it."""
        text = str(ctx.vars.get(str(args.get("var") or "draft")) or "")
        ctx.vars["draft_wants_written"] = "yes" if asks_us_to_write(text) else "no"

    @registry.register("draft_to_us", sets=["draft_said_to_us"], optional=["var"])
    async def draft_to_us(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Whether the text in variable `var` (default `draft`) is said to the bot: `hello`
        ("hello??"), `ask` ("should I write my manager?") or `no` (a draft)."""
        text = str(ctx.vars.get(str(args.get("var") or "draft")) or "")
        ctx.vars["draft_said_to_us"] = said_to_us(text) or "no"

    @registry.register("draft_held", sets=["held_draft_found", "held_draft_flagged"])
    async def held_check(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Whether the person has a held draft, and whether it was flagged; says nothing."""
        await _recall(ctx, show=False)

    @registry.register(
        "draft_recall", sets=["held_draft_found", "held_draft_flagged", "draft", "draft_hostile"]
    )
    async def draft_recall(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Show the person's held draft again; say nothing when there is none."""
        await _recall(ctx, show=True)
        log.info("safety.draft_recalled")

    @registry.register("draft_take", sets=["draft"], required=["from"])
    async def draft_take(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Take the text in variable `from` as the draft."""
        ctx.vars["draft"] = str(ctx.vars.get(str(args["from"])) or "")

    @registry.register("draft_release")
    async def draft_release(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Let the held draft go (sent or dropped)."""
        await draft_held.release(ctx)
        log.info("safety.draft_released")


async def _recall(ctx: TurnContext, *, show: bool) -> None:
    item = await draft_held.held(ctx)
    text = str(item.data.get("text") or "") if item is not None else ""
    flagged = item is not None and bool(item.data.get("hostile"))
    ctx.vars["held_draft_found"] = "yes" if item is not None else "no"
    ctx.vars["held_draft_flagged"] = "yes" if flagged else "no"
    if item is None or not show:
        return
    ctx.vars["draft"] = text
    ctx.vars["draft_hostile"] = "yes" if flagged else "no"
    shown = _("Here's what you wrote:") + "\n\n"
    ctx.say(Text((Part(shown), Part(text, from_user=True))))
