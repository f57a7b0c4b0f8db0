"""The daily retention job: purges free text older than the retention period (see
`bot.store.retention.purge` for exactly what goes), at start and then once a day, on the app's
scheduler (the one check-in delivery runs on)."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.store.retention import purge
from bot.store.sql import SqlStore

log = logging.getLogger(__name__)

JOB_ID = "retention"


async def purge_once(store: SqlStore, retention: timedelta) -> None:
    """One purge; a failed run is retried at the next interval, never crashing the bot."""
    try:
        await purge(store, retention)
    except asyncio.CancelledError:
        # the bot is stopping (the scheduler cancels running jobs): the purge's transaction
        # rolled back, and the next start purges again; ending quietly is the whole job's end
        log.info("retention.stopped")
    except Exception as exc:  # the database may be briefly away; try again next time
        log.warning("retention.failed", extra={"error": type(exc).__name__})


def schedule_retention(
    scheduler: AsyncIOScheduler,
    store: SqlStore,
    retention: timedelta,
    interval: timedelta = timedelta(days=1),
) -> None:
    """Purge at once and then every `interval`, as a job of `scheduler`."""
    scheduler.add_job(
        purge_once,
        IntervalTrigger(seconds=interval.total_seconds(), timezone=UTC),
        args=[store, retention],
        id=JOB_ID,
        next_run_time=datetime.now(UTC),
        coalesce=True,
        max_instances=1,
        replace_existing=True,
    )
