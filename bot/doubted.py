"""The bot itself questioned or mocked ("do you actually read what i type or just pick a random
nice sentence", "wow so deep. did you get that from a fortune cookie", "that was sarcasm my guy",
"¿de verdad lees lo que escribo?"): `bot_doubted` is an inspector that answers honestly and
briefly (it is a bot, it reads what they write, it can get it wrong, and the ways on), then asks
the waiting question again, at a choices step or while venting (a draft written to them is left
to the draft check). Such words are never kept as venting nor met with a line about feelings.
Repeating that they are sending their message ("what?? i said im sending it", "ya te dije que lo
voy a mandar") picks the option that sends it where one is offered, and is confirmed once it is
recorded as sent. The crisis check has read the words first; crisis care is left alone.
"""

from __future__ import annotations

from bot.core.context import TurnContext
from bot.core.engine import Engine
from bot.core.model import UnderstoodKind
from bot.i18n import N_, _
from bot.understanding.doubts import doubts_bot, sending_said_again

HONEST = N_(
    "Fair enough. I'm a bot: I do read what you write, but I answer with replies written "
    "ahead of time, so sometimes I get it wrong. Sorry if that one missed. You can keep "
    "writing, type menu to see what else I can do, or type stop to end here."
)
HONEST_AGAIN = N_(
    "You're right to call it out. I read every word, but my replies are limited and I can "
    "miss. If this isn't helping, type menu for the other options, or stop to end here."
)
SENDING_HEARD = N_(
    "You did, sorry. You're sending it yourself, and that's your call. I hope it lands well. "
    "I never send anything; only you can."
)
DRAFT_FLOWS = frozenset({"draft", "checkin_draft"})
SEND, SENT = "send", "draft_sent"
"""The option that sends the draft where it is offered; the variable set once it is recorded
as sent (the brake passed)."""
TOLD = "bot_doubted_told"
"""Set once the longer answer was given in this conversation: after it, the shorter one."""


async def bot_doubted(ctx: TurnContext, text: str) -> bool:
    """Answer a message about the bot itself honestly, then ask the waiting question again."""
    engine = ctx.services.find(Engine)
    if engine is None or not ctx.conv.flow or ctx.conv.flow in engine.config.closed_flows:
        return False
    step = engine.walker.current(ctx)
    if step is None or step.kind not in ("choices", "capture"):
        return False
    if step.kind == "choices" and ctx.conv.flow in DRAFT_FLOWS and sending_said_again(text):
        send = next((o for o in step.choices if o.id == SEND), None)
        if send is not None:  # "ya te dije que lo voy a mandar" where sending is offered
            await engine.answers.take(ctx, send, None)
            return True
        if ctx.conv.vars.get(SENT):  # the brake is passed: only the send is left to confirm
            ctx.understand(UnderstoodKind.ANSWER)
            ctx.say(_(SENDING_HEARD))  # "what?? i said im sending it": heard, not read again
            engine.walker.reprompt(ctx)
            return True
    if not doubts_bot(text):
        return False
    if step.kind == "capture" and ctx.conv.flow not in engine.config.venting_flows:
        return False  # a draft to them ("are you even reading my emails?") is theirs to check
    ctx.understand(UnderstoodKind.QUESTION)
    ctx.say(_(HONEST_AGAIN) if ctx.meta.get(TOLD) else _(HONEST))
    ctx.meta[TOLD] = "yes"
    engine.walker.reprompt(ctx)
    return True
