"""Not sending a held draft at all, and putting right a wrong "sent".

`no_reply` (an inspector) takes "i'm not sending anything", "can i just not reply at all?" or
"no voy a mandar nada" (`bot.understanding.unsent.not_sending`), at the draft brake's questions,
to `draft.no_reply`: a clear word that not replying is a fine choice, the draft kept unsent as
"Hold it" keeps it; at the next day's check-in on the draft, to its "I'll leave it unsent"
(`checkin_draft.drop`). After the bot recorded the draft as sent, those words or "wait i did NOT
send them anything" (`unsent`) go to `draft.unsent_said` (through the brake's first step), which
drops that record and holds the draft again (the plan no longer says they just wrote to them).
It comes before any option is matched, so a negated send never picks "Send mine anyway".
Nothing here logs what was typed.
"""

from __future__ import annotations

from bot.core.context import TurnContext
from bot.core.engine import Engine
from bot.core.model import UnderstoodKind
from bot.understanding.unsent import not_sending, unsent

FLOW, SAID = "draft", "draft_send_said"
"""The draft brake, and the variable its first step reads to go to `unsent_said`."""
ASKS = frozenset({"decide", "send_brake", "risky", "held", "calm", "calm_tips", "hold_offer"})
"""The draft brake's questions while the draft is held, where "not replying at all" is heard."""
LEAVE = {"checkin_draft": (frozenset({"how", "brake"}), "drop")}
"""Other flows' questions about sending the held draft, and their step that leaves it unsent."""
SENT_VARS = ("draft_sent", "sent_hard")
"""What the flow sets when it records the draft as sent."""


async def no_reply(ctx: TurnContext, text: str) -> bool:
    """Take "i'm not replying at all" at the brake, or "i did not send it" after a wrong
    "sent", to the draft flow's word for it."""
    engine = ctx.services.find(Engine)
    if engine is None or engine.walker.flows.get(FLOW) is None:
        return False
    if ctx.conv.flow in engine.config.closed_flows:
        return False
    recorded = any(ctx.vars.get(name) == "yes" for name in SENT_VARS)
    if recorded and (unsent(text) or not_sending(text)):
        ctx.understand(UnderstoodKind.ANSWER)
        for name in SENT_VARS:
            ctx.vars.pop(name, None)
        ctx.vars[SAID] = "unsent"
        ctx.start_flow(FLOW)
        return True
    if ctx.conv.flow == FLOW and ctx.conv.step in ASKS and not_sending(text):
        ctx.understand(UnderstoodKind.ANSWER)
        ctx.start_flow(FLOW, step="no_reply")
        return True
    asks, leave = LEAVE.get(ctx.conv.flow or "", (frozenset(), ""))
    if ctx.conv.step in asks and not_sending(text):
        ctx.understand(UnderstoodKind.ANSWER)
        ctx.start_flow(ctx.conv.flow or "", step=leave)
        return True
    return False
