"""The retention purge, in SQL: free text older than the retention period (default 30 days) is
deleted.

`bot.privacy.retention` runs it daily. It deletes free-text records (vents, drafts, reframed
thoughts), drops the words of old mood entries (keeping the scores for the trend), and clears the
answers kept in conversations nobody has touched for that long. Plans marked as not free text
(checklists) and the safety plan stay until the person deletes them with `forget`.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select, update

from bot.store import tables as t
from bot.store.sql import SqlStore

log = logging.getLogger(__name__)

KEEP_VARS = ("is_returning", "last_flow", "last_flow_id", "platform")


async def purge(
    store: SqlStore, retention: timedelta, now: datetime | None = None
) -> dict[str, int]:
    """Delete free text older than `retention`; return counts per kind of data."""
    cutoff = (now or datetime.now(UTC)) - retention
    counts = {"records": 0, "mood_words": 0, "conversations": 0, "events": 0}
    async with store.transaction() as tx:
        conn = tx.handle
        res = await conn.execute(
            delete(t.items).where(t.items.c.free_text.is_(True), t.items.c.updated_at < cutoff)
        )
        counts["records"] = int(res.rowcount or 0)
        res = await conn.execute(
            update(t.moods)
            .where(t.moods.c.created_at < cutoff, t.moods.c.data.is_not(None))
            .values(data=None)
        )
        counts["mood_words"] = int(res.rowcount or 0)
        res = await conn.execute(
            delete(t.processed_events).where(t.processed_events.c.created_at < cutoff)
        )
        counts["events"] = int(res.rowcount or 0)
        rows = (
            await conn.execute(
                select(t.conversations.c.user_key, t.conversations.c.data).where(
                    t.conversations.c.updated_at < cutoff
                )
            )
        ).all()
        for row in rows:
            state = json.loads(store.cipher.decrypt(bytes(row.data)))
            vars_ = state.get("vars") or {}
            kept = {k: v for k, v in vars_.items() if k in KEEP_VARS}
            if kept == vars_ and state.get("flow") is None:
                continue
            state.update(vars=kept, flow=None, step=None, stack=[])
            blob = store.cipher.encrypt(json.dumps(state).encode())
            # the version is bumped so a turn racing with the purge reloads fresh state
            await conn.execute(
                update(t.conversations)
                .where(t.conversations.c.user_key == row.user_key)
                .values(data=blob, version=t.conversations.c.version + 1)
            )
            counts["conversations"] += 1
    log.info("retention.purged", extra=counts)
    return counts
