"""The SQL of delivery (table `checkins`): the rows due now, the claim that makes one process
the sender of a row, the end state of a claimed row (sent, retry later, failed, cancelled), rows
left behind by a process that died mid-send, and the next due time.

State changes are compare-and-set updates (`WHERE id = ? AND status = ?`) whose row count says
whether this process won: that is what makes delivery exactly-once across processes. Every
function runs inside the caller's transaction (`bot/checkins/connection.py`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.checkins.prefs import Prefs
from bot.checkins.rows import (
    CANCELLED,
    FAILED,
    INTERRUPTED,
    PENDING,
    SENDING,
    SENT,
    DueRow,
    PrefView,
    clip_error,
    read_prefs,
    read_row,
)
from bot.checkins.timing import as_utc
from bot.store.tables import checkins as C
from bot.store.tables import preferences as P


async def due(
    conn: AsyncConnection, now: datetime, limit: int, exclude: Collection[int] = ()
) -> list[DueRow]:
    """Pending check-ins due by `now`, soonest first, skipping people whose pause still runs
    (their check-ins wait, still pending, until it ends)."""
    q = (
        select(
            C,
            P.c.tz.label("p_tz"),
            P.c.preferred_time,
            P.c.quiet_start,
            P.c.quiet_end,
            P.c.paused_until,
            P.c.max_per_day,
            P.c.opted_out,
            P.c.extra,
            P.c.user_key.label("p_user"),
        )
        .select_from(C.outerjoin(P, P.c.user_key == C.c.user_key))
        .where(C.c.status == PENDING, C.c.due_at <= as_utc(now))
        .where(or_(P.c.paused_until.is_(None), P.c.paused_until <= as_utc(now)))
        .order_by(C.c.due_at, C.c.id)
        .limit(limit + len(exclude))
    )
    out: list[DueRow] = []
    for r in (await conn.execute(q)).all():
        if int(r.id) in exclude:
            continue
        prefs = Prefs() if r.p_user is None else read_prefs(PrefView(r))
        out.append(DueRow(read_row(r), prefs))
    return out[:limit]


async def claim(conn: AsyncConnection, row_id: int, me: str, now: datetime) -> bool:
    """Atomically take a due check-in for sending; only one process ever gets True."""
    result = await conn.execute(
        update(C)
        .where(C.c.id == row_id, C.c.status == PENDING, C.c.due_at <= as_utc(now))
        .values(
            status=SENDING,
            claimed_by=me,
            claimed_at=as_utc(now),
            attempts=C.c.attempts + 1,
            updated_at=as_utc(now),
        )
    )
    return bool(result.rowcount == 1)


async def claim_many(
    conn: AsyncConnection, ids: Sequence[int], me: str, now: datetime
) -> list[bool]:
    """`claim` for several rows in one transaction, in ascending id order (so two processes
    claiming overlapping sets lock rows in the same order and never deadlock)."""
    won = {row_id: await claim(conn, row_id, me, now) for row_id in sorted(set(ids))}
    return [won[row_id] for row_id in ids]


def _mine(row_id: int, me: str) -> Any:
    """This process's claim, also when a sweep gave it up as interrupted meanwhile."""
    return and_(
        C.c.id == row_id,
        C.c.claimed_by == me,
        or_(C.c.status == SENDING, and_(C.c.status == FAILED, C.c.last_error == INTERRUPTED)),
    )


async def mark_sent(conn: AsyncConnection, row_id: int, me: str, now: datetime) -> bool:
    result = await conn.execute(
        update(C)
        .where(_mine(row_id, me))
        .values(
            status=SENT,
            sent_at=as_utc(now),
            last_error=None,
            notified=False,
            updated_at=as_utc(now),
        )
    )
    return bool(result.rowcount == 1)


async def mark_sent_many(
    conn: AsyncConnection, ids: Sequence[int], me: str, now: datetime
) -> list[bool]:
    done = {row_id: await mark_sent(conn, row_id, me, now) for row_id in sorted(set(ids))}
    return [done[row_id] for row_id in ids]


async def mark_retry(
    conn: AsyncConnection, row_id: int, me: str, due_at: datetime, error: str, now: datetime
) -> bool:
    """Back to pending for another try at `due_at` (after a transient failure)."""
    result = await conn.execute(
        update(C)
        .where(_mine(row_id, me))
        .values(
            status=PENDING,
            due_at=as_utc(due_at),
            last_error=clip_error(error),
            claimed_by=None,
            claimed_at=None,
            updated_at=as_utc(now),
        )
    )
    return bool(result.rowcount == 1)


async def mark_failed(
    conn: AsyncConnection,
    row_id: int,
    me: str,
    error: str,
    now: datetime,
    *,
    notified: bool = False,
) -> bool:
    result = await conn.execute(
        update(C)
        .where(_mine(row_id, me))
        .values(
            status=FAILED, last_error=clip_error(error), notified=notified, updated_at=as_utc(now)
        )
    )
    return bool(result.rowcount == 1)


async def mark_cancelled(conn: AsyncConnection, row_id: int, error: str, now: datetime) -> bool:
    result = await conn.execute(
        update(C)
        .where(C.c.id == row_id, C.c.status == PENDING)
        .values(status=CANCELLED, last_error=clip_error(error), updated_at=as_utc(now))
    )
    return bool(result.rowcount == 1)


async def sweep_interrupted(
    conn: AsyncConnection, older_than: timedelta, now: datetime, exclude: Collection[int] = ()
) -> list[int]:
    """Rows left in `sending` longer than any send can take: a process died mid-send.

    Nobody can know whether the person got the message, so they are never sent again; they
    become `failed` with the error `interrupted` and the person hears about it next time.
    """
    limit = as_utc(now) - older_than
    q = select(C.c.id).where(C.c.status == SENDING, C.c.claimed_at < limit)
    ids = [int(i) for i in (await conn.execute(q)).scalars() if int(i) not in exclude]
    if not ids:
        return []
    result = await conn.execute(
        update(C)
        .where(C.c.id.in_(ids), C.c.status == SENDING, C.c.claimed_at < limit)
        .values(status=FAILED, last_error=INTERRUPTED, notified=False, updated_at=as_utc(now))
        .returning(C.c.id)
    )
    return [int(i) for i in result.scalars()]


async def next_due_after(conn: AsyncConnection, now: datetime) -> datetime | None:
    """The earliest due time of a pending check-in later than `now`."""
    q = select(func.min(C.c.due_at)).where(C.c.status == PENDING, C.c.due_at > as_utc(now))
    value = (await conn.execute(q)).scalar()
    return as_utc(value) if value is not None else None
