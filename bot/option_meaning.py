"""What an option means, asked at the question that offers it.

`option_meaning` (an inspector): at a question with options, a message asking what one of them
means ("what is this mean, calm down before answer them?", "what does look at it differently
mean") gets a plain word on what that option does, and the question again; it is never taken as
choosing the option. Only options that start a conversation the bot can explain in a line
(`MEANINGS`, by the flow they lead to) are explained, and so is any mood on a mood scale ("what
mean 'bruised but fine'?" is never saved as that mood); for the others the flow reads the words
as before. Nothing here logs what was typed.
"""

from __future__ import annotations

import re

from bot.core.context import TurnContext
from bot.core.engine import Engine
from bot.core.model import UnderstoodKind
from bot.i18n import N_, _
from bot.primitives.text import fold

MEANINGS = {
    "vent": N_(
        "That one means you write whatever you're feeling, in your own words, and I listen. "
        "Nothing is sent to anyone."
    ),
    "draft": N_(
        "That one is for when you want to write back to the company. You show me your message "
        "first; I point out what could hurt you and offer a calmer version. I never send "
        "anything myself, and you don't have to write to them at all."
    ),
    "reframe": N_(
        "That one is a short exercise, about three minutes, to question the harsh things your "
        "mind says after a rejection."
    ),
    "plan": N_(
        "That one makes a short list of small, concrete next steps with you, which you can tick "
        "off as you go."
    ),
}
"""A plain line on what an option does, by the flow it leads to."""
MOOD_MEANING = N_(
    "Those are just ways to say how you feel right now: 1 is the worst, 5 is okay, and "
    '"bruised but fine" means hurt but holding up. Pick the closest, or say it in your own words.'
)
"""What the mood scale's options mean, asked at a mood question."""
MAX_WORDS = 16
"""Asking what an option means is short."""

_MEANING = re.compile(
    r"(?<!\w)(?:what (?!i mean)(?:(?:is|does|do|s)\b)?.{0,60}?\bmean(?:s|ing)?"
    r"|what do you mean(?: by)?"
    r"|meaning of|i (?:don'?t|dont|do not) understand|que (?:significa|quiere decir)|no entiendo)"
    r"(?!\w)"
)
_ASKING_WORDS = re.compile(
    r"(?<!\w)(?:what|does|do|is|s|this|that|mean|means|meaning|of|by|you|i|don'?t|dont|not"
    r"|understand|que|significa|quiere|decir|no|entiendo|word|words|palabra|palabras|esta|esa"
    r"|here|aqui)(?!\w)"
)


def asks_meaning(text: str) -> str | None:
    """The words left once the question about meaning is taken out, when `text` asks what
    something means; else None."""
    said = " ".join(fold(text or "").split())
    if not said or len(said.split()) > MAX_WORDS or _MEANING.search(said) is None:
        return None
    return " ".join(_ASKING_WORDS.sub(" ", said).replace("?", " ").split()).strip(" ,.;:")


async def option_meaning(ctx: TurnContext, text: str) -> bool:
    """Explain the option asked about, then ask the question again."""
    rest = asks_meaning(text)
    engine = ctx.services.find(Engine)
    if rest is None or not rest or engine is None or not ctx.conv.flow:
        return False
    if ctx.conv.flow in engine.config.closed_flows:
        return False
    step = engine.walker.current(ctx)
    if step is None or step.kind != "choices":
        return False
    found = engine.answers.matcher.match(ctx.conv.flow, step, rest)
    option = found.option
    if option is None and len(found.candidates) == 1:
        option = found.candidates[0]
    meaning = MEANINGS.get(option.target.flow or "") if option is not None else None
    if option is not None and step.mood_scale and (option.means or "").isdigit():
        meaning = MOOD_MEANING
    if meaning is None:
        return False
    ctx.understand(UnderstoodKind.QUESTION)
    ctx.say(_(meaning))
    engine.walker.reprompt(ctx)
    return True
