"""The one held draft: a reply the person is working on, kept until they send it, replace it or
delete it, and the messages that talk about it rather than being it.

A draft is held the moment it is typed (before any calming pause), so leaving the draft brake
for the menu, a vent or a check-in never loses it. `keep` replaces the held draft with a new one,
`held` reads it back, `release` deletes it. `about_the_draft(text)` tells a message about the
draft ("i already pasted it", "you said it would wait", "the one to jessica") from a draft: such
a message is never reviewed as one. `risk_words(families)` names, in a few words, what in a
flagged draft could follow the person. Nothing here logs the draft.
"""

from __future__ import annotations

import re
from typing import Any

from bot.core.context import TurnContext
from bot.core.ports import Item
from bot.i18n import N_, _

DRAFT = "draft"
"""The store item kind the held draft is kept under."""

_ABOUT = re.compile(
    r"\b(?:"
    r"(?:already|just|earlier|before)\s+(?:pasted|typed|posted)\b"
    r"|(?:already|just)\s+(?:gave|showed|sent|shared)\s+(?:it|that)\s+(?:to you|here)"
    r"|(?:already|just)\s+(?:gave|showed|sent) you (?:it|that|the draft|my draft)\b"
    r"|(?:i|i've|ive)\s+(?:pasted|typed)\s+(?:it|that|the \w+)"
    r"|you said (?:it|you|that)\s+(?:would|will|'d|were going to|was going to)"
    r"|(?:would|will|'d) wait right here"
    r"|where(?:'s| is| did)\s+(?:my|the)\s+(?:draft|reply|email|message)"
    r"|(?:my|the|that)\s+(?:email\s+)?draft\b"
    r"|the (?:one|draft|email|reply|message) (?:to|for|about) \w+"
    r"|the \w+ one$"
    r"|(?:show|give) me (?:the|my) (?:calmer|calm|softer|nicer) (?:version|one)"
    r"|(?:ya te lo|ya lo) (?:pegu[ée]|escrib[ií]|mand[ée])"
    r"|(?:dijiste|me dijiste) que (?:esperar[ií]a|lo guardar[ií]as)"
    r"|mi borrador|el borrador"
    r")",
    re.IGNORECASE,
)
MAX_ABOUT_WORDS = 40
"""A longer message is a draft, whatever it says about drafts."""

_RISKS: dict[str, str] = {
    "threat": N_("the threat to go public or take it further"),
    "insult": N_("the name-calling"),
    "profanity": N_("the swearing"),
    "ill_will": N_("wishing them harm"),
    "bridge": N_("the door-slamming lines"),
}
_SHARP = N_("the sharp lines")


def about_the_draft(text: str) -> bool:
    """Whether `text` talks about a draft ("i already pasted it", "the jessica one") rather than
    being one: short, and said to the bot, not to the employer."""
    said = " ".join((text or "").replace("’", "'").split())
    if not said or len(said.split()) > MAX_ABOUT_WORDS:
        return False
    return _ABOUT.search(said.rstrip(" .!?")) is not None


def risk_words(families: tuple[str, ...] | list[str]) -> str:
    """What in a flagged draft could follow the person, in a few words ("the threat to go
    public or take it further and the name-calling"), in the turn's language."""
    named = [f for f in _RISKS if f in families][:2]
    if not named:
        return _(_SHARP)
    if len(named) == 1:
        return _(_RISKS[named[0]])
    return _("{first} and {second}").format(first=_(_RISKS[named[0]]), second=_(_RISKS[named[1]]))


async def keep(ctx: TurnContext, data: dict[str, Any]) -> None:
    """Hold `data` (with the draft's `text`) as the person's one draft, replacing any other."""
    await ctx.tx.delete_items(ctx.key, DRAFT)
    await ctx.tx.add_item(ctx.key, DRAFT, data)


async def held(ctx: TurnContext) -> Item | None:
    """The person's held draft, if there is one with words in it."""
    items = await ctx.tx.list_items(ctx.key, DRAFT)
    if not items or not str(items[-1].data.get("text") or "").strip():
        return None
    return items[-1]


async def release(ctx: TurnContext) -> None:
    """Let the held draft go: it was sent or deleted."""
    await ctx.tx.delete_items(ctx.key, DRAFT)
