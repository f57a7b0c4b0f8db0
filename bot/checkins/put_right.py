"""A check-in just booked, put right in free words: "actually no, make it friday", "wait, can we
do thursday instead", "mejor el jueves".

`remember_booked` (`bot.checkins.booked`) notes the check-in a flow has just set
(`schedule_checkin`: the remind flow, the plan's feedback check-in, the weekly one, one added
on the check-ins screen). For
`BOOKED_WITHIN` after, `booked_put_right` (an inspector) takes a message that names a day or a
time and says it is a change ("instead", "make it", "can we do", "actually", "mejor") and moves
that check-in with the check-ins' own mover (`bot.checkins.moving.moved`): the reply names the
new date and time, then the question that was waiting is asked again. A message naming no day or
time, saying no change, or typed in a care flow or a draft, is left to the flows; so is the
message right after the remind flow set one (that flow asks again itself). At a question that
takes free text (a vent), only a short message that plainly asks for a change counts; at any
other question a short message naming a day and a time together ("thursday at seven at night")
does too. "The day after" / "the next day" / "el día siguiente" / "al otro día" is the day after
the booked check-in's own, at its time unless another is said; said right after the remind flow
set one, it is moved here (the remind flow reads days from today).
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.checkins import access
from bot.checkins.booked import BOOKED, BOOKED_WITHIN, remember_booked
from bot.checkins.moving import (
    NOT_IN,
    asks_to_move,
    day_after_named,
    days_named,
    just_set,
    moved,
    time_named_in,
)
from bot.core.context import TurnContext
from bot.core.engine import Engine
from bot.core.model import UnderstoodKind
from bot.primitives.text import fold
from bot.reminding import CHECKINS_FLOW, JUST_SET, REMIND_FLOW

_CHANGE = re.compile(
    r"(?<!\w)(?:instead|make it|make that|can we do|could we do|can you do|could you do|"
    r"how about|what about|let'?s do|let'?s make it|change it|move it|rather|i meant|i mean|"
    r"i said|i asked for|te dije|"
    r"en vez|en lugar|mejor|que sea|cambia\w*|puede ser|podemos|podrias?)(?!\w)"
)
"""Words that make a day said into a change of the check-in just booked."""
_ASIDE = re.compile(
    r"(?<!\w)(?:actually|wait|sorry|no|not|i said|oh|hmm+|perdon|espera|bueno|dije)(?!\w)"
)
"""Softer words that do so only in a short message ("actually, friday", "no, el jueves",
"7pm not 6")."""
_PAST = re.compile(
    r"(?<!\w)(?:was|were|did|had|happened|last|ago|yesterday|fue|era|ayer|pasado(?! manana))(?!\w)"
)
"""A day told about ("actually it was friday"), not a day asked for."""
_EVERY = re.compile(r"(?<!\w)(?:every|each|weekly|cada|todos los|todas las|semanal\w*)(?!\w)")
"""A repeating day ("every friday at 6pm"): the weekly check-in's to set, not this one's."""
_NOT_THAT = re.compile(
    r"(?:(?<!\w)(?:not|instead of|rather than|en vez de|en lugar de|y no)|,\s*no)\s[^.,;!?]*"
)
"""A day or time said only to be ruled out ("..., not tomorrow at 10am", "..., no mañana a las
10"): never the new one."""
DRAFT_FLOW = "draft"
"""The draft check books a check-in of its own; at its questions (never at the draft itself)
a change said to it is heard."""
SHORT = 8


def _booked(ctx: TurnContext) -> int | None:
    raw = ctx.meta.get(BOOKED)
    if not isinstance(raw, list) or len(raw) != 2:
        return None
    try:
        row_id, when = int(raw[0]), datetime.fromisoformat(str(raw[1]))
    except (TypeError, ValueError):
        ctx.meta.pop(BOOKED, None)
        return None
    if ctx.now - when > BOOKED_WITHIN:
        ctx.meta.pop(BOOKED, None)
        return None
    return row_id


def asks_to_change(text: str, *, free_text: bool) -> bool:
    """Whether `text` puts a day or time just booked right (`free_text`: said at a question
    that takes any words, where only a short, plain change counts)."""
    said = fold(text)
    if (not days_named(said) and time_named_in(said) is None) or _PAST.search(said):
        return False
    if _EVERY.search(said):
        return False
    short = len(said.split()) <= SHORT
    if free_text:
        return short and (bool(_CHANGE.search(said)) or asks_to_move(said))
    if short and days_named(said) and time_named_in(said) is not None:
        return True  # "thursday at seven at night": a day and a time, and nothing else to say
    return bool(_CHANGE.search(said)) or (short and bool(_ASIDE.search(said)))


async def booked_put_right(ctx: TurnContext, text: str) -> bool:
    """ "Actually no, make it friday" after a check-in was set: move it, say so, ask again."""
    row_id = _booked(ctx)
    if row_id is None or not access.has_sql(ctx):
        return False
    engine = ctx.services.find(Engine)
    step = engine.walker.current(ctx) if engine is not None else None
    asked = step is not None and step.kind == "choices" and ctx.conv.flow == DRAFT_FLOW
    if ctx.conv.flow in NOT_IN and not asked:
        return False  # "no i said thursday evening" at the draft's "Anything else?" is heard
    said, text = text, _NOT_THAT.sub(" ", text)  # "..., not tomorrow at 10am": ruled out
    after = day_after_named(fold(text))  # "the day after": only the booked one's day says
    if ctx.conv.flow in (REMIND_FLOW, CHECKINS_FLOW) or (just_set(ctx) and not after):
        return False  # those questions read a day themselves; the remind flow asks again
    free_text = step is not None and step.kind == "capture"
    if not asks_to_change(said, free_text=free_text) or not await moved(ctx, text, row_id):
        return False
    remember_booked(ctx, row_id)  # "hmm, no, saturday" next moves it again
    ctx.meta.pop(JUST_SET, None)  # moved here: the remind flow has nothing left to ask
    ctx.understand(UnderstoodKind.FLOW)
    if engine is not None and step is not None:
        engine.walker.reprompt(ctx)
    return True
