"""Check-in and preference rows as the code sees them: the statuses a check-in row moves
through, the `CheckinRow` and `DueRow` types, and reading them (and a person's preferences) from
the `checkins` and `preferences` tables. Datetimes come out aware (SQLite keeps them naive).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.checkins.failures import Failure
from bot.checkins.prefs import Prefs
from bot.checkins.timing import as_utc

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


def read_row(r: Any) -> CheckinRow:
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


def read_prefs(r: Any) -> Prefs:
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


def clip_error(text: str) -> str:
    """An error text cut to the 255 characters its column holds."""
    return text[:255]


class PrefView:
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
