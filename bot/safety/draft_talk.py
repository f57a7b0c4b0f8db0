"""Talking back at the draft review's question ("Want to see a calmer version?").

`talk_back` (an inspector) answers two things people say there instead of picking an option:
"which part is a jab??" gets the words the review found (each reason names them), and "it WAS
disrespectful, im allowed to say that" gets a brief yes: the feeling is fair and what they send
is their choice. Either way the review's options are offered again. Anything else is left to the
flow. Nothing here logs what was typed.
"""

from __future__ import annotations

import re

from bot.core.context import TurnContext
from bot.core.engine import Engine
from bot.core.model import UnderstoodKind
from bot.i18n import N_, _
from bot.primitives.text import fold
from bot.understanding.matcher import TAKE

FLOW, STEP = "draft", "risky"
"""Where the review's flagged verdict waits for an answer."""

_WHICH = re.compile(
    r"(?<!\w)(?:which|what|where|wich|wat|cual|cuales|que|donde)(?!\w).{0,40}(?<!\w)(?:part|parts"
    r"|words?|line|lines|bit|bits|jab|jabs|sentence|wrong|rude|bad|mean|offensive|parte|partes"
    r"|palabras?|frase|linea|lineas|ofensivo|grosero|malo)(?!\w)"
    r"|(?<!\w)(?:point (?:it|them) out|senalame)(?!\w)"
)
_STANDING = re.compile(
    r"(?<!\w)(?:(?:it|that|they|this) (?:was|were|is|are)|it'?s|that'?s|they'?re|fue|era|es)"
    r"(?: \w+){0,2} (?:disrespectful|rude|unfair|unprofessional|true|wrong|a joke|insulting"
    r"|una falta de respeto|irrespetuos[oa]|injust[oa]|grosero|verdad|cierto)(?!\w)"
    r"|(?<!\w)(?:i'?m|im|i am) (?:allowed|entitled)|(?<!\w)i (?:can|should be able to) say"
    r"|(?<!\w)i (?:stand by|mean|meant) (?:it|that|every word)|(?<!\w)(?:they|he|she) deserve"
    r"|(?<!\w)tengo (?:derecho|todo el derecho)|(?<!\w)(?:lo|se lo) merecen?(?!\w)"
)
WHICH = N_("These are the words that could land badly:\n{reasons}")
NO_WORDS = N_(
    "It's more the overall tone than one phrase: read as the recruiter, it can sound like a "
    "parting shot."
)
FAIR = N_(
    "That's fair: how they treated you can feel disrespectful, and you're allowed to say so. "
    "What you send is your choice; I only want it to get you what you want from them."
)


async def talk_back(ctx: TurnContext, text: str) -> bool:
    """At the review's question, "which part?" or "it WAS disrespectful": answered, then the
    options again."""
    if ctx.conv.flow != FLOW or ctx.conv.step != STEP:
        return False
    engine = ctx.services.find(Engine)
    if engine is None:
        return False
    step = engine.walker.current(ctx)
    if step is not None and (engine.answers.matcher.match(FLOW, step, text).score or 0) >= TAKE:
        return False  # "show me the calmer version" picks an option
    said = fold(text)
    if _WHICH.search(said):
        reasons = str(ctx.vars.get("draft_reasons") or "")
        ctx.say(_(WHICH).format(reasons=reasons) if '"' in reasons else _(NO_WORDS))
    elif _STANDING.search(said):
        ctx.say(_(FAIR))
    else:
        return False
    ctx.understand(UnderstoodKind.QUESTION)
    engine.walker.reprompt(ctx)
    return True
