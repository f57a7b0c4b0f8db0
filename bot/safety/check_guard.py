"""When a possible risk is not asked about: the flow-level guard of the direct question.

A possible-risk message (never a clear one) goes on to the flows, remembered in the crisis
memory but without the direct question, when:
- it is a command (`/forget`, `menu`, `stop`, `help`, or a flow's own command word), or a request
  about the person's data ("please just delete everything about me", "delete my data");
- it is a plain answer to the question that is waiting: a bare yes, no or "i don't know", or an
  option of a choices step taken with confidence whose words explain the whole message
  ("yes erase everything" at the forget confirmation);
- the person said no to the direct question within `QUIET_FOR` (`said_no_recently`) and the
  message is the one they said no to, written again (`same_as_said_no`: the same words once case,
  punctuation and joke markers are set aside; only a fingerprint is kept, never the words). Any
  other possible risk after a no is asked about again, saying it has come up again: a different
  joke ("unalive myself lol jk" after "rejection number 30 lmao") is a new signal, and a no
  answers only what the earlier message meant.

Inside the care flows (the crisis response already under way) a model-only possible risk below
`CARE_SCORE` is the person's answer, not a new worry (`weak_in_care`): the low bar of the direct
question is there so that nothing is missed before support is offered, and in the middle of the
support it would only stop "im not safe. i just want it to stop" from being taken as "not safe".

After a no, only the same message written again (`same_as_said_no`, by a short hash, never the
words) is held back; any other flagged message is asked about again. A clear risk is never held
back by a no.
"""

from __future__ import annotations

import hashlib
import re
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.core.commands import GLOBAL_COMMANDS, parse_command
from bot.core.context import TurnContext
from bot.i18n import N_
from bot.safety.crisis import POSSIBLE, REASON_JOKING, REASON_MODEL, Assessment
from bot.safety.crisis_actions import SAID_NO_AT, parse_time
from bot.safety.said_back import ASKED_KIND, kind_of
from bot.safety.said_lightly import JOKE
from bot.understanding.matcher import TAKE, phrases
from bot.understanding.normal import norm, words
from bot.understanding.yesno import polarity

if TYPE_CHECKING:
    from bot.core.engine import Engine

QUIET_FOR = timedelta(minutes=30)
"""After a no to the direct question, how long the same message written again is not asked about
again (any other flagged message is)."""
ASKED_AGAIN = (
    N_("You've mentioned this again, and I'm taking it seriously."),
    N_("You've brought this up again, so I'd like to check in with you once more."),
)
"""Said before the direct question when it comes up again within `AGAIN_WITHIN` of a no."""
AGAIN_WITHIN = timedelta(days=1)
ASKED_PRINT = "crisis_check_print"
"""Meta key: a fingerprint (a short hash, never the words) of the message last asked about."""
ASKED_SIGNAL = "crisis_check_signal"
"""Meta key: the score and risk-word kinds of the message the direct question was asked about."""

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


CARE_SCORE = 0.36
"""Inside the care flows, a possible risk from the model alone is a new worry from this score."""


def weak_in_care(found: Assessment) -> bool:
    """A possible risk from the model alone (no risk words, no means) below `CARE_SCORE`."""
    return (
        found.level == POSSIBLE
        and REASON_MODEL in found.reasons
        and not found.categories
        and not found.means_seeking
        and found.score < CARE_SCORE
    )


def said_no_recently(ctx: TurnContext) -> bool:
    """Whether the person said no to the direct question within `QUIET_FOR`."""
    return said_no_within(ctx, QUIET_FOR)


def said_no_within(ctx: TurnContext, within: timedelta) -> bool:
    """Whether the person said no to the direct question within `within`."""
    said = parse_time(ctx.meta.get(SAID_NO_AT))
    return said is not None and timedelta(0) <= ctx.now - said <= within


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


def remember_asked(meta: dict[str, object], found: Assessment, text: str = "") -> None:
    """Keep in `meta` what the message the direct question is asked about showed, and what
    kind of thing it mentioned (`said_back.kind_of`; never its words)."""
    meta[ASKED_SIGNAL] = {"score": round(found.score, 3), "cues": list(_cues(found))}
    meta[ASKED_PRINT] = fingerprint(text)
    kind = kind_of(text, found.reasons)
    if kind:
        meta[ASKED_KIND] = kind
    else:
        meta.pop(ASKED_KIND, None)


def fingerprint(text: str) -> str:
    """A short hash of `text` with case, punctuation and joke markers set aside: "kms lol" and
    "KMS lmao!!" share one; it cannot be read back into the words."""
    kept = [w for w in norm(text).split() if JOKE.fullmatch(w) is None]
    return hashlib.sha256(" ".join(kept).encode()).hexdigest()[:16]


def same_as_said_no(meta: dict[str, object], text: str) -> bool:
    """Whether `text` is the message last asked about, written again (`fingerprint`)."""
    kept = meta.get(ASKED_PRINT)
    return isinstance(kept, str) and bool(text.strip()) and kept == fingerprint(text)


def _cues(found: Assessment) -> set[str]:
    """The rule cues a message showed: its risk-word kinds and reasons, the model's own aside."""
    return set(found.categories) | (set(found.reasons) - {REASON_MODEL, REASON_JOKING})


def _engine(ctx: TurnContext) -> Engine | None:
    from bot.core.engine import Engine  # imported late: the engine imports the flows' parts

    return ctx.services.find(Engine)
