"""A plain "go back to what we were doing, please" around the crisis conversation.

`back_asked(ctx, text)` is an engine inspector (after the crisis inspector, which has already
looked at the text). The whole message must be the request ("go back to what we were doing,
please", "can we go back to where we were?", "volvamos a lo que estábamos"):
- at the crisis flow's "Are you safe right now?" (which has no "go back" option of its own) it
  goes to the flow's `back` step: back where they were if they said they were safe a few minutes
  ago, or one "before we go back: are you safe?" with "just take me back" among its answers;
- just after the crisis conversation (or the direct question) took them back (`note_back` in
  `bot.safety.crisis_actions`, `BACK_AT`, within `BACK_FOR`), typed at the question they came
  back to, it is not taken as the answer ("Do you want to keep going?" after a vent of those
  words): the waiting question is asked again, with a short line saying this is where they were.
Plain patterns over folded text; nothing here logs the text.
"""

from __future__ import annotations

import logging
import re
from datetime import timedelta

from bot.core.context import Redirect, TurnContext
from bot.core.model import UnderstoodKind
from bot.core.text import fold
from bot.i18n import N_, _
from bot.safety.crisis_actions import BACK_AT, parse_time

log = logging.getLogger(__name__)

BACK_FOR = timedelta(minutes=10)
"""How long after going back a plain "go back" asks the waiting question again."""
CRISIS_FLOW, SAFE_STEP, BACK_STEP = "crisis", "lines", "back"
CARE_FLOWS = frozenset({"crisis", "crisis_check", "crisis_followup", "safetyplan", "grounding"})
HERE = N_("We're back where we were:")

_BEFORE = r"(?:(?:ok(?:ay)?|so|well|now|please|pls|yes|yeah|thanks|thank you|vale|bueno|ya|pues"
_BEFORE += r"|por favor|gracias|si)[ ,.!]*)*"
_ASK = (
    r"(?:(?:can|could|may|shall) (?:we|you|i) (?:please |just )?|(?:lets|let us) (?:just )?"
    r"|i(?:d| would) like to |i want to |just |please |(?:podemos|puedes) |quiero )?"
)
_GO = (
    r"(?:go back|get back|going back|return|take me back|back|carry on|continue|pick up"
    r"|volv(?:amos|er|emos)|regres(?:emos|ar|amos)|sigamos|seguir|continuemos|continuar)"
)
_WHERE = (
    r"(?: (?:to|with|a|con) )?(?:(?:what|where) (?:we were|i was)(?: doing| talking about)?"
    r"|before|the (?:\w+ ){0,2}(?:question|thing|conversation|chat)"
    r"|(?:a )?lo (?:que estabamos|de antes)(?: haciendo| hablando)?|donde (?:estabamos|ibamos))"
)
"""Where to: said outright, so a bare "back" or "continue" stays the waiting question's own."""
_AFTER = r"(?:[ ,.!?]*(?:please|pls|now|then|thanks|thank you|por favor|ahora|gracias))*"
_REQUEST = re.compile(rf"^{_BEFORE}{_ASK}(?:{_GO}{_WHERE}|take me back){_AFTER}[ .!?]*$")
_WHERE_WERE = re.compile(
    r"^(?:so |ok |okay )?(?:where were we|en que (?:estabamos|ibamos))[ ?.!]*$"
)


_SPACES = re.compile(r"\s+")


def asks_to_go_back(text: str) -> bool:
    """Whether the whole of `text` asks to go back to what they were doing."""
    said = _SPACES.sub(" ", fold(text).replace("'", "")).strip()
    return bool(_REQUEST.match(said) or _WHERE_WERE.match(said))


async def back_asked(ctx: TurnContext, text: str) -> bool:
    """Take a plain request to go back at the crisis flow's safe question, or just after going
    back (see the module docstring); False for anything else."""
    if not ctx.conv.flow or not ctx.conv.step or not asks_to_go_back(text):
        return False
    if ctx.conv.flow == CRISIS_FLOW and ctx.conv.step == SAFE_STEP:
        log.info("safety.back_at_safe_question")
        ctx.understand(UnderstoodKind.CHOICE, choice=BACK_STEP)
        ctx.redirect = Redirect(CRISIS_FLOW, BACK_STEP)
        return True
    said = parse_time(ctx.meta.get(BACK_AT))
    if ctx.conv.flow in CARE_FLOWS or said is None:
        return False
    if not timedelta(0) <= ctx.now - said <= BACK_FOR:
        return False
    log.info("safety.back_again")
    ctx.meta.pop(BACK_AT, None)
    ctx.understand(UnderstoodKind.ANSWER)
    ctx.say(_(HERE))
    ctx.redirect = Redirect(ctx.conv.flow, ctx.conv.step, reprompt=True)
    return True
