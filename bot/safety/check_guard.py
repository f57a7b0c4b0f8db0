"""When a possible risk is not asked about: the flow-level guard of the direct question.

A possible-risk message (never a clear one) goes on to the flows, remembered in the crisis
memory but without the direct question, when:
- it is a command (`/forget`, `menu`, `stop`, `help`, or a flow's own command word), or a request
  about the person's data ("please just delete everything about me", "delete my data");
- it is a plain answer to the question that is waiting: a bare yes, no or "i don't know", or an
  option of a choices step taken with confidence whose words explain the whole message
  ("yes erase everything" at the forget confirmation);
- the person said no to the direct question within `QUIET_FOR` (`said_no_recently`): asking
  again so soon would be nagging, and the answer they gave still stands. Thirty minutes is about
  one sitting: the same conversation, in which they have just told us what they meant. After it
  (a new sitting, things may have changed) a possible risk is asked about again.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.core.commands import GLOBAL_COMMANDS, parse_command
from bot.core.context import TurnContext
from bot.safety.crisis_actions import SAID_NO_AT, parse_time
from bot.understanding.matcher import TAKE, phrases
from bot.understanding.normal import norm, words
from bot.understanding.yesno import polarity

if TYPE_CHECKING:
    from bot.core.engine import Engine

QUIET_FOR = timedelta(minutes=30)
"""After a no to the direct question, how long a possible risk is not asked about again."""

_FILLER = frozenset(
    "please just i me my the a an it all about everything ok okay thanks thank you so and "
    "really now then yes no".split()
)
"""Words that say nothing about risk or about which option was meant."""
_DATA = re.compile(
    r"\b(delete|erase|wipe|remove|forget|clear)\b.{0,40}\b(my data|data|everything|all of it|"
    r"it all|what i (?:said|wrote|told you)|my (?:messages|history|account|info|information)|"
    r"about me|everything about me)\b"
)


def said_no_recently(ctx: TurnContext) -> bool:
    """Whether the person said no to the direct question within `QUIET_FOR`."""
    said = parse_time(ctx.meta.get(SAID_NO_AT))
    return said is not None and timedelta(0) <= ctx.now - said <= QUIET_FOR


def is_command(ctx: TurnContext, text: str) -> bool:
    """A slash command, a global command word, a flow's command word, or a data request."""
    cmd = parse_command(text)
    if cmd is not None:
        if cmd.explicit or cmd.word in GLOBAL_COMMANDS:
            return True
        engine = _engine(ctx)
        if engine is not None and engine.flows.by_command(cmd.word) is not None:
            return True
    return _DATA.search(norm(text)) is not None


def plain_answer(ctx: TurnContext, text: str) -> bool:
    """Whether `text` is plainly an answer to the waiting question, and nothing more."""
    if ctx.waiting is None:
        return False
    meaning, took = polarity(text)
    if meaning is not None and took == len(words(text)):
        return True  # "yes", "no", "i dont know", "idk", "not sure"
    engine = _engine(ctx)
    if engine is None:
        return False
    step = engine.flows.step(*ctx.waiting)
    if step is None or step.kind != "choices":
        return False
    found = engine.answers.matcher.match(ctx.waiting[0], step, text)
    if found.option is None or found.score is None or found.score < TAKE:
        return False
    known = {w for p in phrases(found.option) for w in norm(p).split()}
    rest = [w for w in norm(text).split() if w not in known and w not in _FILLER]
    return not rest


def _engine(ctx: TurnContext) -> Engine | None:
    from bot.core.engine import Engine  # imported late: the engine imports the flows' parts

    return ctx.services.find(Engine)
