"""The daily retention job: purges free text older than the retention period (see
`bot.store.retention.purge` for exactly what goes), at start and then once a day."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from bot.store.retention import purge
from bot.store.sql import SqlStore

log = logging.getLogger(__name__)


async def retention_loop(
    store: SqlStore, retention: timedelta, interval: timedelta = timedelta(days=1)
) -> None:
    """Purge at start and then once per `interval`, until cancelled; a failed run is retried
    at the next interval, never crashing the bot."""
    while True:
        try:
            await purge(store, retention)
        except Exception as exc:  # the database may be briefly away; try again next time
            log.warning("retention.failed", extra={"error": type(exc).__name__})
        await asyncio.sleep(interval.total_seconds())
