"""A low mood said at a question that is not about mood ("que me siento bien bajoneado, sin
ganas de nada" where the plan asks what next, "I feel really down all day, what do I do?"):
it is met as a feeling, never read as an option nor as a question the bot cannot answer.

`low_mood_said` is an inspector. A statement of low mood goes to the vent's "heard" step, which
replies to the words in their tone and offers a way on (more, ideas, done, menu); "what do I do
if I feel ..." gets a warm line and the vent's ideas for those words, with the same ways on.
Care flows, the vent itself, mood questions and written answers are left alone. Everyday
Mexican and Latin-American words count ("de la goma", "agüitado", "de la patada").
"""

from __future__ import annotations

import re

from bot.core.context import Redirect, TurnContext
from bot.core.engine import Engine
from bot.core.model import UnderstoodKind
from bot.i18n import N_, _
from bot.primitives.text import fold

VENT_FLOW, HEARD, IDEAS, VENT_VAR = "vent", "heard", "ideas", "vent_text"
LEFT_ALONE = frozenset(
    {"vent", "mood", "checkin_mood", "crisis", "crisis_check", "crisis_followup", "safetyplan",
     "grounding", "forget", "language"}
)  # fmt: skip
"""Flows where a feeling is already the subject, or the care comes first."""
VENT_LIMIT = 4000
ASKED_LINE = N_(
    "Feeling like that after a no is more common than it seems, and it's not a failing. Here are "
    "a few small things that can help on a day like this."
)

_FEEL = r"(?:i feel|i'm feeling|im feeling|i am feeling|feeling|i'm|im|i am)"
_LOW = re.compile(
    r"(?<!\w)(?:de la goma|bajonead[oa]s?|de bajon|aguitad[oa]s?|sin ganas de nada"
    r"|no tengo ganas de nada|de la patada|(?:bien|muy|re|super) triste|sin animos?"
    r"|(?:me siento|estoy|ando|sigo)\s+(?:bien\s+|muy\s+|super\s+|re\s+)?(?:triste|mal|fatal"
    r"|deprimid[oa]|decaid[oa]|desanimad[oa]|hundid[oa]|de la fregada)"
    r"|" + _FEEL + r"\s+(?:so\s+|really\s+|very\s+|pretty\s+|just\s+)?(?:down|low|sad|awful"
    r"|miserable|depressed|hopeless|crushed|empty|numb|flat)"
    r"|no energy for anything|(?:don't|dont) feel like doing anything|can't get out of bed"
    r"|cant get out of bed)(?!\w)"
)
_ASKED = re.compile(
    r"(?<!\w)(?:que hago|que puedo hacer|que debo hacer|como le hago|what do i do|what can i do"
    r"|what should i do|how do i cope|how do i deal)(?!\w)"
)


def low_mood(text: str) -> bool:
    """Whether `text` says a low mood in everyday words."""
    return _LOW.search(fold(text or "")) is not None


def asks_what_to_do(text: str) -> bool:
    """Whether `text` asks what to do ("¿qué hago?", "what do I do if I feel down?")."""
    return _ASKED.search(fold(text or "")) is not None


async def low_mood_said(ctx: TurnContext, text: str) -> bool:
    """Meet a low mood said at a question about something else (see the module docstring)."""
    if not ctx.conv.flow or ctx.conv.flow in LEFT_ALONE or not low_mood(text):
        return False
    engine = ctx.services.find(Engine)
    step = None if engine is None else engine.walker.current(ctx)
    if engine is None or step is None or step.kind != "choices" or step.mood_scale:
        return False
    found = engine.answers.matcher.match(ctx.conv.flow, step, text)
    if (found.score or 0) >= 1.0:
        return False  # an option said exactly
    ctx.understand(UnderstoodKind.FLOW)
    ctx.vars[VENT_VAR] = text[:VENT_LIMIT]
    if asks_what_to_do(text):
        ctx.say(_(ASKED_LINE))
        ctx.redirect = Redirect(VENT_FLOW, IDEAS)
    else:
        ctx.redirect = Redirect(VENT_FLOW, HEARD)
    return True
