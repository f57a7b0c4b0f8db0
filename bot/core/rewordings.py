"""The engine's own re-asks said in turn, in every flow: the second and third time a question is
missed, its repair line is worded differently and says less, so no one reads the same sentence
twice running (`bot.core.variety` chooses the wording)."""

from __future__ import annotations

from bot.core.context import TurnContext
from bot.core.variety import choose
from bot.i18n import N_, _

OTHERWISE = (
    N_("That's okay, there's no wrong answer. Pick whichever fits, even a little, {how}:"),
    N_("No need to get it exactly right. Whichever is closest, {how}:"),
    N_("Any of these is fine, {how}:"),
)
"""The first miss at a step that says it differently on a second miss (`on_miss`)."""
REASK = (
    N_("Sorry, I didn't quite get that. You could say {options}, {how}."),
    N_("I didn't catch that. You could say {options}, {how}."),
    N_("You could say {options}, {how}."),
)
"""A miss at any other step: the options named in plain words."""


def reworded(ctx: TurnContext, key: str, wordings: tuple[str, ...], *, varied: bool) -> str:
    """One of `wordings` (English, translated here): the first, or in `varied` flows the one
    due now."""
    if not varied:
        return _(wordings[0])
    picked = choose(ctx, f"repair:{key}", wordings, required=True)
    return _(picked or wordings[0])
