"""Everything the store holds on one person, decrypted, as plain data for `mydata`.

Reads every personal table by `user_key` inside the turn's transaction, so the export is a
consistent snapshot. The conversation's values are split into `answers` (what the person gave:
the flows' captured and chosen values, `answer_vars`) and `working_values` (what the bot worked
out, such as counts); everything it remembers between turns (`meta`, the crisis memory first) is
listed too. Bookkeeping that is not about the person (event ids) is counted, not listed.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.core.model import UserKey
from bot.store import tables as t
from bot.store.crypto import Cipher

INTERNAL_VARS = (
    "is_returning",
    "last_flow",
    "last_flow_id",
    "command_args",
    "platform",
    "last_choice",
)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _open(cipher: Cipher, blob: bytes | None) -> Any:
    return None if blob is None else json.loads(cipher.decrypt(bytes(blob)))


async def collect(
    conn: AsyncConnection,
    cipher: Cipher,
    key: UserKey,
    answer_vars: Collection[str] | None = None,
) -> dict[str, Any]:
    """A JSON-ready dict of all data about `key`. `answer_vars`: the names of the values a
    person gives (None: every value not known to be internal)."""
    uk = str(key)
    out: dict[str, Any] = {
        "person": {"platform": key.platform, "workspace": key.workspace, "user": key.user}
    }
    row = (
        await conn.execute(select(t.conversations).where(t.conversations.c.user_key == uk))
    ).first()
    if row is not None:
        state = _open(cipher, row.data) or {}
        values = dict(state.get("vars") or {})
        meta = dict(state.get("meta") or {})
        answers = {
            k: v
            for k, v in values.items()
            if k not in INTERNAL_VARS and (answer_vars is None or k in answer_vars)
        }
        out["conversation"] = {
            "flow": state.get("flow"),
            "step": state.get("step"),
            "flows_to_return_to": state.get("stack") or [],
            "answers": answers,
            "working_values": {k: v for k, v in values.items() if k not in answers},
            "crisis_memory": meta.pop("crisis_memory", None) or {},
            "safety_plan_resume_point": meta.get("resume"),
            "remembered": meta,
            "first_saved": _iso(row.created_at),
            "last_saved": _iso(row.updated_at),
        }
    out["moods"] = [
        {"score": r.score, "words": _open(cipher, r.data), "at": _iso(r.created_at)}
        for r in await conn.execute(
            select(t.moods).where(t.moods.c.user_key == uk).order_by(t.moods.c.id)
        )
    ]
    out["records"] = [
        {
            "kind": r.kind,
            "data": _open(cipher, r.data),
            "created": _iso(r.created_at),
            "updated": _iso(r.updated_at),
        }
        for r in await conn.execute(
            select(t.items).where(t.items.c.user_key == uk).order_by(t.items.c.id)
        )
    ]
    out["checkins"] = [
        {
            "flow": r.flow,
            "due_utc": _iso(r.due_at),
            "local_time": r.local_time,
            "tz": r.tz,
            "status": r.status,
            "attempts": r.attempts,
        }
        for r in await conn.execute(
            select(t.checkins).where(t.checkins.c.user_key == uk).order_by(t.checkins.c.due_at)
        )
    ]
    pref = (await conn.execute(select(t.preferences).where(t.preferences.c.user_key == uk))).first()
    if pref is not None:
        out["preferences"] = {
            "tz": pref.tz,
            "locale": pref.locale,
            "preferred_time": pref.preferred_time,
            "quiet_hours": f"{pref.quiet_start}-{pref.quiet_end}",
            "paused_until": _iso(pref.paused_until),
            "max_per_day": pref.max_per_day,
            "opted_out": pref.opted_out,
        }
    events = (
        await conn.execute(
            select(func.count())
            .select_from(t.processed_events)
            .where(t.processed_events.c.user_key == uk)
        )
    ).scalar_one()
    out["delivery_receipts"] = int(events)
    return out
