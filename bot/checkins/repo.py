"""SQL for check-ins and preferences (tables `checkins` and `preferences`), nothing else.

Every function takes the caller's `AsyncConnection` and runs inside the caller's transaction, so a
flow's `schedule_checkin` commits together with the rest of its turn. State changes of a check-in
row are compare-and-set updates (`WHERE id = ? AND status = ?`) whose row count says whether this
process won: that is what makes delivery exactly-once across processes. Datetimes go in as UTC
(SQLite keeps them naive) and come out aware.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, func, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.checkins.failures import Failure
from bot.checkins.prefs import Prefs
from bot.checkins.timing import as_utc
from bot.store.tables import checkins as C
from bot.store.tables import preferences as P

PENDING, SENDING, SENT, FAILED, CANCELLED = "pending", "sending", "sent", "failed", "cancelled"
LIVE = (PENDING, SENDING, SENT)
"""Statuses that count towards the per-day limit."""
INTERRUPTED = Failure.INTERRUPTED.value


@dataclass(frozen=True, slots=True)
class CheckinRow:
    """One check-in as stored."""

    id: int
    user_key: str
    flow: str
    due_at: datetime
    local_time: str
    tz: str
    status: str
    attempts: int
    last_error: str | None
    requested: bool
    notified: bool
    claimed_by: str | None = None
    sent_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class DueRow:
    """A due check-in with its owner's preferences (defaults when they never saved any)."""

    row: CheckinRow
    prefs: Prefs


def _row(r: Any) -> CheckinRow:
    return CheckinRow(
        id=int(r.id),
        user_key=r.user_key,
        flow=r.flow,
        due_at=as_utc(r.due_at),
        local_time=r.local_time,
        tz=r.tz,
        status=r.status,
        attempts=int(r.attempts or 0),
        last_error=r.last_error,
        requested=bool(r.requested),
        notified=bool(r.notified),
        claimed_by=r.claimed_by,
        sent_at=as_utc(r.sent_at) if r.sent_at else None,
    )


def _prefs(r: Any) -> Prefs:
    extra: dict[str, object] = {}
    if r.extra:
        try:
            loaded = json.loads(r.extra)
            extra = loaded if isinstance(loaded, dict) else {}
        except ValueError:
            extra = {}
    return Prefs(
        tz=r.tz,
        tz_from_platform=bool(extra.pop("tz_from_platform", False)),
        preferred_time=r.preferred_time,
        quiet_start=r.quiet_start or "21:00",
        quiet_end=r.quiet_end or "09:00",
        paused_until=as_utc(r.paused_until) if r.paused_until else None,
        max_per_day=int(r.max_per_day or 1),
        opted_out=bool(r.opted_out),
        extra=extra,
        saved=True,
    )


def _err(text: str) -> str:
    return text[:255]


# ----- preferences ---------------------------------------------------------------------------


async def load_prefs(conn: AsyncConnection, user_key: str) -> Prefs:
    r = (await conn.execute(select(P).where(P.c.user_key == user_key))).first()
    return Prefs() if r is None else _prefs(r)


async def save_prefs(conn: AsyncConnection, user_key: str, prefs: Prefs, now: datetime) -> None:
    """Insert or update the person's row (one statement, safe against a concurrent insert)."""
    extra = dict(prefs.extra)
    if prefs.tz_from_platform:
        extra["tz_from_platform"] = True
    values: dict[str, Any] = {
        "tz": prefs.tz,
        "preferred_time": prefs.preferred_time,
        "quiet_start": prefs.quiet_start,
        "quiet_end": prefs.quiet_end,
        "paused_until": as_utc(prefs.paused_until) if prefs.paused_until else None,
        "max_per_day": prefs.max_per_day,
        "opted_out": prefs.opted_out,
        "extra": json.dumps(extra, sort_keys=True) if extra else None,
        "updated_at": as_utc(now),
    }
    name = conn.dialect.name
    if name in ("sqlite", "postgresql"):
        dialect_insert = sqlite.insert if name == "sqlite" else postgresql.insert
        stmt = dialect_insert(P).values(user_key=user_key, **values)
        await conn.execute(stmt.on_conflict_do_update(index_elements=[P.c.user_key], set_=values))
        return
    done = await conn.execute(update(P).where(P.c.user_key == user_key).values(**values))
    if not done.rowcount:
        await conn.execute(insert(P).values(user_key=user_key, **values))


# ----- scheduling and the person's view ------------------------------------------------------


async def insert_checkin(
    conn: AsyncConnection,
    *,
    user_key: str,
    flow: str,
    due_at: datetime,
    local_time: str,
    tz: str,
    requested: bool,
    now: datetime,
) -> int:
    result = await conn.execute(
        insert(C)
        .values(
            user_key=user_key,
            flow=flow,
            due_at=as_utc(due_at),
            local_time=local_time,
            tz=tz,
            status=PENDING,
            attempts=0,
            requested=requested,
            notified=False,
            created_at=as_utc(now),
            updated_at=as_utc(now),
        )
        .returning(C.c.id)
    )
    return int(result.scalar_one())


async def day_counts(
    conn: AsyncConnection, user_key: str, since: datetime, exclude_id: int | None = None
) -> Counter[str]:
    """How many live check-ins fall on each local date (`YYYY-MM-DD`) from `since` on."""
    q = select(C.c.local_time).where(
        C.c.user_key == user_key, C.c.status.in_(LIVE), C.c.due_at >= as_utc(since)
    )
    if exclude_id is not None:
        q = q.where(C.c.id != exclude_id)
    return Counter(str(lt)[:10] for lt in (await conn.execute(q)).scalars())


async def upcoming(conn: AsyncConnection, user_key: str) -> list[CheckinRow]:
    """The person's pending check-ins, soonest first."""
    q = (
        select(C)
        .where(C.c.user_key == user_key, C.c.status == PENDING)
        .order_by(C.c.due_at, C.c.id)
    )
    return [_row(r) for r in (await conn.execute(q)).all()]


async def cancel(
    conn: AsyncConnection, user_key: str, ids: Collection[int] | None, now: datetime
) -> int:
    """Cancel the person's pending check-ins (all, or those `ids`); returns how many."""
    q = update(C).where(C.c.user_key == user_key, C.c.status == PENDING)
    if ids is not None:
        q = q.where(C.c.id.in_(list(ids)))
    result = await conn.execute(q.values(status=CANCELLED, updated_at=as_utc(now)))
    return int(result.rowcount)


async def move(
    conn: AsyncConnection,
    row_id: int,
    *,
    due_at: datetime,
    local_time: str,
    tz: str,
    now: datetime,
) -> bool:
    """Give a pending check-in a new time; False when it is no longer pending."""
    result = await conn.execute(
        update(C)
        .where(C.c.id == row_id, C.c.status == PENDING)
        .values(due_at=as_utc(due_at), local_time=local_time, tz=tz, updated_at=as_utc(now))
    )
    return bool(result.rowcount == 1)


# ----- delivery ------------------------------------------------------------------------------


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
        prefs = Prefs() if r.p_user is None else _prefs(_PrefView(r))
        out.append(DueRow(_row(r), prefs))
    return out[:limit]


class _PrefView:
    """The preference columns of a joined row under their own names."""

    def __init__(self, r: Any) -> None:
        self.tz = r.p_tz
        self.preferred_time = r.preferred_time
        self.quiet_start = r.quiet_start
        self.quiet_end = r.quiet_end
        self.paused_until = r.paused_until
        self.max_per_day = r.max_per_day
        self.opted_out = r.opted_out
        self.extra = r.extra


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
            last_error=_err(error),
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
        .values(status=FAILED, last_error=_err(error), notified=notified, updated_at=as_utc(now))
    )
    return bool(result.rowcount == 1)


async def mark_cancelled(conn: AsyncConnection, row_id: int, error: str, now: datetime) -> bool:
    result = await conn.execute(
        update(C)
        .where(C.c.id == row_id, C.c.status == PENDING)
        .values(status=CANCELLED, last_error=_err(error), updated_at=as_utc(now))
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


_UNNOTIFIED = (
    select(C)
    .where(C.c.user_key == bindparam("b_key"), C.c.status == FAILED, C.c.notified.is_(False))
    .order_by(C.c.due_at)
)
"""Built once: it runs on a person's turn (building a statement costs more than running it)."""


async def unnotified_failures(conn: AsyncConnection, user_key: str) -> list[CheckinRow]:
    return [_row(r) for r in (await conn.execute(_UNNOTIFIED, {"b_key": user_key})).all()]


async def mark_notified(conn: AsyncConnection, ids: Sequence[int], now: datetime) -> None:
    if ids:
        await conn.execute(
            update(C).where(C.c.id.in_(list(ids))).values(notified=True, updated_at=as_utc(now))
        )


async def next_due_after(conn: AsyncConnection, now: datetime) -> datetime | None:
    """The earliest due time of a pending check-in later than `now`."""
    q = select(func.min(C.c.due_at)).where(C.c.status == PENDING, C.c.due_at > as_utc(now))
    value = (await conn.execute(q)).scalar()
    return as_utc(value) if value is not None else None


async def status_counts(conn: AsyncConnection) -> dict[str, int]:
    q = select(C.c.status, func.count()).group_by(C.c.status)
    return {str(s): int(n) for s, n in (await conn.execute(q)).all()}
