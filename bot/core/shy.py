"""A shy answer at a "what would help?" question: never the same full re-ask twice running.

`gentle_default(step, text)`: "idk", "not sure", "no idea", "no sé" at a step that offers to let
it out (the welcome's "What would help most right now?", the menu) takes that option, the one
that only asks them to talk, after a soft lead-in (`START_SIMPLE`), instead of listing the options
again. `NO_RUSH`: what a second miss in a row says in place of naming every option again (only the
first, the simplest). `QUIET`: what a few quiet words that answer nothing ("ok", "whatever. nvm",
"idk") are met with: a warm line that asks for no choice and keeps the way out (`QUIET_MOOD` at a
mood scale, where "idk" is no number).
"""

from __future__ import annotations

from bot.flows.model import ChoiceOption, Step
from bot.i18n import N_
from bot.understanding.matcher import Match
from bot.understanding.normal import words
from bot.understanding.yesno import read

GENTLE = "vent"
"""The option id of the first aid that only asks them to talk ("Let it out")."""
SHY_WORDS = 6
"""An unsure answer is short; a longer one says more than that it is unsure."""
START_SIMPLE = N_("Then let's start simple:")
QUIET = (
    N_(
        "That's okay. You don't have to answer that or pick anything right now. I'm here if "
        "you'd like to just talk, and you can type stop whenever you want to leave it for now."
    ),
    N_(
        "No pressure at all. We can go as slowly as you like, or leave it here: type stop any "
        "time. I'm still here."
    ),
)
QUIET_MOOD = N_(
    "That's okay, you don't have to put a number on it. A word or two is enough, or nothing at "
    "all: type stop whenever you want to leave it for now."
)
NO_RUSH = N_(
    "No rush, and there's no wrong answer. You could say “{first}”, or tell me in your own words "
    "how you're doing."
)


def gentle_default(step: Step, text: str | None, found: Match | None = None) -> ChoiceOption | None:
    """The option an unsure answer ("idk", "no idea") takes at `step`, if it offers one; never
    where the step has its own "not sure" option, nor when the words go on to come near some
    options (`found`: "idk, maybe a plan")."""
    text = text or ""
    said = words(text)
    if any(o.means == "unsure" for o in step.choices) or len(said) > SHY_WORDS:
        return None
    unsure = read(text)
    if unsure.meaning != "unsure" or (
        found is not None and found.candidates and unsure.took < len(said)
    ):
        return None
    return next((o for o in step.choices if o.id == GENTLE), None)


def unsure_only(text: str | None) -> bool:
    """Whether `text` only says the person is unsure ("idk", "idk man", "no sé"), in a few words."""
    said = words(text or "")
    found = read(text or "")
    return found.meaning == "unsure" and 0 < len(said) <= SHY_WORDS and found.took >= len(said) - 1
