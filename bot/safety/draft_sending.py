"""Saying they will send (or have sent) a flagged draft, wherever they are while it is held.

`sending_said(text)` hears a short message that says the person is sending, will send or has
sent their own draft ("im sending the original one to karen tonight", "did you hear me? im
sending the angry one", "i already sent mine"), not a question ("should i send it?") nor a
refusal ("im not sending it"). `send_said` (an inspector) takes such a message,
while the held draft is one that was flagged, to the draft brake's honest line and its offer of
the calmer version or waiting until tomorrow (`draft.send_said`, through the brake's first step),
or, when it is already sent, to a short word that lets it go (`draft.sent_said`); at the
brake's questions about sending (`SEND_ASKS`), "already did tbh" or "i already sent it" says it
is sent, whatever the draft was (`sent_already`). An option of
the waiting question that surely takes the words answers them instead ("Send mine anyway" at the
brake itself). Nothing here logs what
was typed.
"""

from __future__ import annotations

import re

from bot.core.context import TurnContext
from bot.core.engine import Engine
from bot.core.model import UnderstoodKind
from bot.primitives.text import fold
from bot.safety import draft_held

FLOW, SAID = "draft", "draft_send_said"
"""The draft brake, and the variable its first step reads to go to "i'm sending mine" ("will")
or "i sent mine" ("sent")."""
AT_BRAKE = "send_brake"
MAX_WORDS = 25
"""Saying so is short; anything longer is a draft or a vent."""
SURE_OPTION = 0.9
"""A waiting option that takes the words this surely answers them."""

_OWN = (
    r"(?:(?:the|my|that)\s+(?:original|angry|first|real|own|old|mad|harsh|honest|rude)"
    r"(?:\s+(?:one|version|draft|email|message|reply|text))?"
    r"|mine|my own(?: one| version)?|my (?:version|draft|email|message|reply)"
    r"|the (?:draft|one i wrote|email i wrote|message i wrote)"
    r"|it|that|this)"
)
_WILL = re.compile(
    r"(?<!\w)(?:i'?m|i am|im)\s+(?:(?:just|still|totally|really|definitely|gonna|going to)\s+)*"
    r"send(?:ing)?\s+" + _OWN + r"(?!\w)"
    r"|(?<!\w)i(?:'ll|ll| will| shall)\s+(?:(?:just|still|definitely)\s+)*send\s+"
    + _OWN
    + r"(?!\w)"
    r"|(?<!\w)send(?:ing)?\s+" + _OWN + r"\s+(?:like (?:this|that)\s+)?(?:anyway|regardless"
    r"|as it is|as is)(?!\w)"
    # broken English, the present for the future: "i send my own version", "i send it anyway"
    r"|(?<!\w)i\s+(?:(?:just|still)\s+)*send\s+" + _OWN + r"(?!\w)"
)
"""Sending, about to send, their own draft ("im sending the angry one", "ill send mine")."""
_SENT = re.compile(
    r"(?<!\w)(?:i|i've|ive|i have)\s+(?:(?:just|already|actually)\s+)*sent\s+" + _OWN + r"(?!\w)"
    r"|(?<!\w)(?:already|just)\s+sent\s+" + _OWN + r"(?!\w)"
)
"""Having sent it ("i already sent the original", "i've sent mine")."""
_ALREADY = re.compile(
    r"(?<!\w)(?:already (?:did|done|sent|have|went|gone|posted|replied|emailed|hit send|"
    r"pressed send|did it|sent it|sent that)|(?:did|done|sent|posted) (?:it |that |this )?"
    r"already|(?:it'?s|its|it was|it is|it has been|that'?s) (?:already )?(?:sent|gone|out)"
    r"|(?:i )?(?:hit|pressed|clicked) send)(?!\w)"
)
"""At the question whether to send it: it is gone already ("already did tbh", "its sent")."""
SEND_ASKS = frozenset({"decide", AT_BRAKE})
"""The draft brake's questions about sending, where "already did" means it is sent."""
_NOT = re.compile(r"(?<!\w)(?:not|never|won'?t|wont|don'?t|dont|didn'?t|didnt|shouldn'?t)(?!\w)")
_ASKED = re.compile(r"(?<!\w)(?:should|shall|can|could|would|do|is it ok)\s+i\s+send(?!\w)")
_CLAUSES = re.compile(r"[.!?;,]+|\s+but\s+")


def sending_said(text: str) -> str | None:
    """ "will" when `text` says they are sending or will send their own draft, "sent" when it says
    they have sent it, else None (a question or a refusal is neither)."""
    said = " ".join(fold(text or "").split())
    if not said or len(said.split()) > MAX_WORDS or _ASKED.search(said):
        return None
    for clause in _CLAUSES.split(said):
        if _NOT.search(clause):
            continue
        if _SENT.search(clause):
            return "sent"
        if _WILL.search(clause):
            return "will"
    return None


def sent_already(text: str, said: str | None) -> bool:
    """Whether `text`, typed at a question whether to send the draft, says it is sent already
    ("already did tbh", "i already sent it"), not denied ("i haven't sent it yet")."""
    if said is not None:
        return said == "sent"
    folded = " ".join(fold(text or "").split())
    if not folded or len(folded.split()) > MAX_WORDS or _ASKED.search(folded):
        return False
    return any(
        _ALREADY.search(clause) and not _NOT.search(clause)
        for clause in re.split(r"[.!?;,]+|\s+but\s+", folded)
    )


async def send_said(ctx: TurnContext, text: str) -> bool:
    """Take "im sending the original" to the brake while a flagged draft is held."""
    engine = ctx.services.find(Engine)
    if engine is None or ctx.conv.flow in engine.config.closed_flows:
        return False
    if engine.walker.flows.get(FLOW) is None:
        return False
    said = sending_said(text)
    if ctx.conv.flow == FLOW and ctx.conv.step in SEND_ASKS and sent_already(text, said):
        ctx.understand(UnderstoodKind.ANSWER)  # "already did tbh": nothing left to hold
        ctx.vars[SAID] = "sent"
        ctx.start_flow(FLOW)
        return True
    if said is None:
        return False
    step = engine.walker.current(ctx) if ctx.conv.flow else None
    if ctx.conv.flow == FLOW and ctx.conv.step == AT_BRAKE:
        return False  # the brake's own question takes it ("Send mine anyway")
    if step is not None and step.capture is not None and step.capture.var == "draft":
        return False  # the words typed where a draft is asked for are the draft
    if step is not None and step.kind == "choices":
        found = engine.answers.matcher.match(ctx.conv.flow or "", step, text)
        if found.option is not None and (found.score or 0) >= SURE_OPTION:
            return False  # "im sending the original" at the brake: "Send mine anyway"
    item = await draft_held.held(ctx)
    if item is None or not item.data.get("hostile"):
        return False
    ctx.vars["draft"] = str(item.data.get("text") or "")
    ctx.vars["draft_hostile"] = "yes"
    ctx.understand(UnderstoodKind.FLOW)
    ctx.vars[SAID] = said
    ctx.start_flow(FLOW)
    return True
