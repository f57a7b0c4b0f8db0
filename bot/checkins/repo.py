"""SQL for scheduling check-ins and for the person's side of them: preferences, new and moved
check-ins, the day counts behind the per-day limit, what is coming up, cancelling, and the failure
notices shown on the next message. The SQL of delivery itself (due rows, claims, outcomes) is in
`bot/checkins/claims.py`; the row types in `bot/checkins/rows.py`.

Every function takes the caller's `AsyncConnection` and runs inside the caller's transaction, so a
flow's `schedule_checkin` commits together with the rest of its turn. Datetimes go in as UTC
(SQLite keeps them naive) and come out aware.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.checkins.prefs import Prefs
from bot.checkins.rows import CANCELLED, FAILED, LIVE, PENDING, CheckinRow, read_prefs, read_row
from bot.checkins.timing import as_utc
from bot.store.inline import InlineConnection
from bot.store.tables import checkins as C
from bot.store.tables import preferences as P

# ----- preferences ---------------------------------------------------------------------------


async def load_prefs(conn: AsyncConnection, user_key: str) -> Prefs:
    r = (await conn.execute(select(P).where(P.c.user_key == user_key))).first()
    return Prefs() if r is None else read_prefs(r)


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
    return [read_row(r) for r in (await conn.execute(q)).all()]


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


# ----- failure notices and counts ------------------------------------------------------------


_UNNOTIFIED = (
    select(C)
    .where(C.c.user_key == bindparam("b_key"), C.c.status == FAILED, C.c.notified.is_(False))
    .order_by(C.c.due_at)
)
"""Built once: it runs on a person's turn (building a statement costs more than running it)."""


_ANY_UNNOTIFIED = (
    "SELECT 1 FROM checkins WHERE checkins.user_key = ? AND checkins.status = ? "
    "AND checkins.notified IS 0 LIMIT 1"
)
"""`_UNNOTIFIED`'s condition as SQLite reads it, to ask first whether any row meets it."""


async def unnotified_failures(conn: AsyncConnection, user_key: str) -> list[CheckinRow]:
    if isinstance(conn, InlineConnection) and not conn.finds(_ANY_UNNOTIFIED, (user_key, FAILED)):
        return []  # the usual answer, on a SQLite file asked of the driver directly
    return [read_row(r) for r in (await conn.execute(_UNNOTIFIED, {"b_key": user_key})).all()]


async def mark_notified(conn: AsyncConnection, ids: Sequence[int], now: datetime) -> None:
    if ids:
        await conn.execute(
            update(C).where(C.c.id.in_(list(ids))).values(notified=True, updated_at=as_utc(now))
        )


async def status_counts(conn: AsyncConnection) -> dict[str, int]:
    q = select(C.c.status, func.count()).group_by(C.c.status)
    return {str(s): int(n) for s, n in (await conn.execute(q)).all()}
