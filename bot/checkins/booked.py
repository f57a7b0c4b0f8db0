"""Notes kept in the conversation about check-ins a flow has just set: the last one, for a change
said in the next minutes (`bot.checkins.put_right`), and those set at a time the person named,
which a new usual time leaves where they are (`bot.checkins.scheduling.follow_time`)."""

from __future__ import annotations

from datetime import timedelta

from bot.core.context import TurnContext

BOOKED = "checkin_booked"
"""Meta: `[row id, when]` of the check-in a flow has just set."""
BOOKED_WITHIN = timedelta(minutes=30)
OWN_TIME = "checkins_own_time"
"""Meta: ids of check-ins set at a time the person named ("friday at 11am")."""
OWN_TIME_KEPT = 50


def remember_booked(ctx: TurnContext, row_id: int, *, own_time: bool = False) -> None:
    """Note the check-in just set, and whether it is at a time the person named."""
    ctx.meta[BOOKED] = [row_id, ctx.now.isoformat()]
    if own_time:
        ctx.meta[OWN_TIME] = [*own_times(ctx), row_id][-OWN_TIME_KEPT:]


def own_times(ctx: TurnContext) -> list[int]:
    """The check-ins set at a time the person named (the latest `OWN_TIME_KEPT`)."""
    raw = ctx.meta.get(OWN_TIME)
    return [int(x) for x in raw if isinstance(x, int)] if isinstance(raw, list) else []
