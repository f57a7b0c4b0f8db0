"""The bot itself questioned or mocked ("do you actually read what i type or just pick a random
nice sentence", "wow so deep. did you get that from a fortune cookie", "that was sarcasm my guy",
"¿de verdad lees lo que escribo?"): `bot_doubted` is an inspector that answers honestly and
briefly (it is a bot, it reads what they write, it can get it wrong, and the ways on), then asks
the waiting question again, at a choices step or while venting (a draft written to them is
left to the draft check). Such words are never kept as venting nor met with a line about
feelings. The crisis check has read the words first; crisis care is left alone.
"""

from __future__ import annotations

from bot.core.context import TurnContext
from bot.core.engine import Engine
from bot.core.model import UnderstoodKind
from bot.i18n import N_, _
from bot.understanding.doubts import doubts_bot

HONEST = N_(
    "Fair enough. I'm a bot: I do read what you write, but I answer with replies written "
    "ahead of time, so sometimes I get it wrong. Sorry if that one missed. You can keep "
    "writing, type menu to see what else I can do, or type stop to end here."
)
HONEST_AGAIN = N_(
    "You're right to call it out. I read every word, but my replies are limited and I can "
    "miss. If this isn't helping, type menu for the other options, or stop to end here."
)
TOLD = "bot_doubted_told"
"""Set once the longer answer was given in this conversation: after it, the shorter one."""


async def bot_doubted(ctx: TurnContext, text: str) -> bool:
    """Answer a message about the bot itself honestly, then ask the waiting question again."""
    engine = ctx.services.find(Engine)
    if engine is None or not ctx.conv.flow or ctx.conv.flow in engine.config.closed_flows:
        return False
    step = engine.walker.current(ctx)
    if step is None or step.kind not in ("choices", "capture") or not doubts_bot(text):
        return False
    if step.kind == "capture" and ctx.conv.flow not in engine.config.venting_flows:
        return False  # a draft to them ("are you even reading my emails?") is theirs to check
    ctx.understand(UnderstoodKind.QUESTION)
    ctx.say(_(HONEST_AGAIN) if ctx.meta.get(TOLD) else _(HONEST))
    ctx.meta[TOLD] = "yes"
    engine.walker.reprompt(ctx)
    return True
