"""Placing check-ins in time: new ones, overdue ones, and all of them when settings change.

Shared by the flow actions, the delivery service and the benchmark. A check-in lands on its local
wall-clock time in the person's zone, outside their quiet hours, and (unless the person asked for
it) on a local day that has fewer than their daily maximum, moving a day at a time until one does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.checkins import repo
from bot.checkins.prefs import Prefs, effective_zone
from bot.checkins.rows import CheckinRow
from bot.checkins.timing import (
    Horizon,
    Quiet,
    TimingError,
    format_wall,
    next_free_wall,
    parse_wall,
    plan_wall,
    to_utc,
    to_wall,
    zone,
)

LOOKBACK = timedelta(days=2)


@dataclass(frozen=True, slots=True)
class Placed:
    """Where a check-in went: its row, local wall time, zone and UTC due time."""

    id: int
    wall: datetime
    tz: str
    due_at: datetime


def _free(counts: Counter[str], limit: int) -> Callable[[date], bool]:
    def is_free(day: date) -> bool:
        return counts[day.isoformat()] < max(1, limit)

    return is_free


async def schedule(
    conn: AsyncConnection,
    *,
    user_key: str,
    flow: str,
    horizon: Horizon,
    at: time | None,
    requested: bool,
    now: datetime,
    prefs: Prefs,
    fallback_tz: str,
    default_time: time,
) -> Placed:
    """Insert a pending check-in `horizon` from `now` and return where it landed."""
    tz = effective_zone(prefs, fallback_tz)
    quiet = prefs.quiet
    wall = plan_wall(now, horizon, tz, at or prefs.time_of_day(default_time), quiet)
    if not requested:
        counts = await repo.day_counts(conn, user_key, now - LOOKBACK)
        wall = next_free_wall(wall, tz, quiet, after=now, is_free=_free(counts, prefs.max_per_day))
    due_at = to_utc(wall, tz)
    row_id = await repo.insert_checkin(
        conn,
        user_key=user_key,
        flow=flow,
        due_at=due_at,
        local_time=format_wall(wall),
        tz=tz.key,
        requested=requested,
        now=now,
    )
    return Placed(row_id, wall, tz.key, due_at)


async def next_slot(
    conn: AsyncConnection,
    row: CheckinRow,
    prefs: Prefs,
    now: datetime,
    *,
    soonest: bool = False,
) -> tuple[datetime, ZoneInfo]:
    """The next good wall time for an overdue check-in, after `now`, outside quiet hours, on a
    day with room (unless the person asked for it): at its own time of day, or with `soonest`
    (it is only held up by quiet hours) as soon as the quiet hours end."""
    tz = zone(row.tz)
    local_now = to_wall(now, tz)
    if soonest:
        start = prefs.quiet.leave(local_now.replace(second=0, microsecond=0))
    else:
        start = datetime.combine(local_now.date(), parse_wall(row.local_time).time())
    counts: Counter[str] = Counter()
    if not row.requested:
        counts = await repo.day_counts(conn, row.user_key, now - LOOKBACK, exclude_id=row.id)
    wall = next_free_wall(
        start, tz, prefs.quiet, after=now, is_free=_free(counts, prefs.max_per_day)
    )
    return wall, tz


async def move_to_next_slot(
    conn: AsyncConnection,
    row: CheckinRow,
    prefs: Prefs,
    now: datetime,
    *,
    soonest: bool = False,
) -> datetime | None:
    """Move an overdue pending check-in to its next good slot; the new UTC due time, or None
    when the row is no longer pending (someone else handled it)."""
    wall, tz = await next_slot(conn, row, prefs, now, soonest=soonest)
    due_at = to_utc(wall, tz)
    moved = await repo.move(
        conn, row.id, due_at=due_at, local_time=format_wall(wall), tz=tz.key, now=now
    )
    return due_at if moved else None


async def follow_zone(
    conn: AsyncConnection, user_key: str, tz_name: str | None, now: datetime, quiet: Quiet
) -> int:
    """Keep every pending check-in at its local wall-clock time in the person's new zone (or,
    with `tz_name` None, in its own zone), moved out of the current quiet hours."""
    moved = 0
    for row in await repo.upcoming(conn, user_key):
        tz = zone(tz_name or row.tz)
        wall = quiet.leave(parse_wall(row.local_time))
        while to_utc(wall, tz) <= now:
            wall = quiet.leave(wall + timedelta(days=1))
        if await repo.move(
            conn, row.id, due_at=to_utc(wall, tz), local_time=format_wall(wall), tz=tz.key, now=now
        ):
            moved += 1
    return moved


async def follow_time(
    conn: AsyncConnection,
    user_key: str,
    new_time: time,
    now: datetime,
    quiet: Quiet,
    old_time: time | None = None,
    own_time: Collection[int] = (),
) -> int:
    """Move the person's pending automatic check-ins to their new time of day (same dates),
    and those they asked for at the usual time (`old_time`: "check on me tuesday", the weekly
    one); ones they asked for at a time of their own (`own_time`: their ids) keep it."""
    moved = 0
    for row in await repo.upcoming(conn, user_key):
        usual = old_time is not None and parse_wall(row.local_time).time() == old_time
        if row.requested and (row.id in own_time or not usual):
            continue
        tz = zone(row.tz)
        wall = quiet.leave(datetime.combine(parse_wall(row.local_time).date(), new_time))
        while to_utc(wall, tz) <= now:
            wall = quiet.leave(wall + timedelta(days=1))
        if await repo.move(
            conn, row.id, due_at=to_utc(wall, tz), local_time=format_wall(wall), tz=row.tz, now=now
        ):
            moved += 1
    return moved


def hold_reason(
    row: CheckinRow, prefs: Prefs, now: datetime, grace: timedelta, tolerance: timedelta
) -> str | None:
    """Why a due row must move instead of going out now: `late` (beyond `grace`: it moves to
    its own time of day) or `quiet` (it moves to the end of the quiet hours); None = send."""
    late = now - row.due_at
    if late > grace:
        return "late"
    moment = row.due_at if late <= tolerance else now
    try:
        tz = zone(row.tz)
    except TimingError:
        tz = zone("UTC")
    return "quiet" if prefs.quiet.contains(to_wall(moment, tz).time()) else None
