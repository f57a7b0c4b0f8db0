"""Telling a person about check-ins that failed to reach them, the next time they write.

`inspector` is an engine inspector: on every inbound text it looks for this person's failed
check-ins not yet mentioned, adds one short note before whatever the flow says, marks them
`notified` in the same transaction, and returns False so the turn carries on as usual. Put it after
the crisis inspector, so a person in distress never gets this note first.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.checkins import repo
from bot.checkins.failures import Failure
from bot.checkins.rows import CheckinRow
from bot.checkins.timing import TimingError, to_wall, zone
from bot.core.context import TurnContext
from bot.i18n import _
from bot.i18n.spoken import format_short


def _day(row: CheckinRow) -> str:
    try:
        tz = zone(row.tz)
    except TimingError:
        tz = zone("UTC")
    return format_short(to_wall(row.due_at, tz)).split(",")[0]


def _join(days: list[str]) -> str:
    unique = list(dict.fromkeys(days))[:3]
    if len(unique) == 1:
        return unique[0]
    return _("{some} and {last}").format(some=", ".join(unique[:-1]), last=unique[-1])


def note_for(rows: list[CheckinRow]) -> str:
    """The note for these failed check-ins (one message, however many there were)."""
    ours = [r for r in rows if (failure := Failure.of(r.last_error)) is not None and failure.ours]
    theirs = [r for r in rows if r not in ours]
    lines = []
    if theirs:
        lines.append(
            _(
                "A quick note from me, the Bounce Back bot: I tried to check in with you on "
                "{days}, but I couldn't get a message through to you. If you'd like check-ins, "
                "please allow direct messages from me."
            ).format(days=_join([_day(r) for r in theirs]))
        )
    if ours:
        days = _join([_day(r) for r in ours])
        lines.append(
            _(
                "Also, I meant to check in with you on {days}, but something went wrong on my "
                "side and it may not have reached you. Sorry about that."
            ).format(days=days)
            if theirs
            else _(
                "A quick note from me, the Bounce Back bot: I meant to check in with you on "
                "{days}, but something went wrong on my side and it may not have reached you. "
                "Sorry about that."
            ).format(days=days)
        )
    lines.append(_("Type checkins to see what's coming up."))
    return " ".join(lines)


async def inspector(ctx: TurnContext, text: str) -> bool:
    """Add a note about undelivered check-ins; never handles the turn itself."""
    conn = getattr(ctx.tx, "handle", None)
    if not isinstance(conn, AsyncConnection):
        return False
    rows = await repo.unnotified_failures(conn, str(ctx.key))
    if rows:
        ctx.say(note_for(rows))
        await repo.mark_notified(conn, [r.id for r in rows], ctx.now)
    return False
