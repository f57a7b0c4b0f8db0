"""Delivering due check-ins: APScheduler wakes us, the `checkins` table says what is due.

Our table is the truth; the scheduler holds no state worth keeping. On start the service adds
two jobs to it, both calling `run_due_once`: a poll every `poll_interval` seconds (it also runs at
once on start, which sends check-ins missed while the bot was down) and one exact-time wake-up for
the next due row, moved whenever a sooner row appears. The app hands in the scheduler its other
jobs (the retention purge) run on; alone, the service runs its own. Several processes may run this
on one database. Every read and write goes through the store's own transactions
(`bot/checkins/connection.py`), so check-ins queue behind the same SQLite write lock as turns and a
database outage is the store's `StoreUnavailable`, logged once by the store.

A pass takes the due rows in batches and hands each to `Delivery` (`bot/checkins/delivery.py`),
at most `max_in_flight` at once. A row still in `sending` after `stale_after` belonged to a
process that died mid-send: whether the message got out is unknowable, so it is never resent; it
becomes `failed` with `interrupted` and the person is told it may not have reached them.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.checkins import claims
from bot.checkins.config import CheckinSettings
from bot.checkins.connection import transaction
from bot.checkins.delivery import DB_ERRORS, Clock, Delivery, OpenFlow, Outcome
from bot.checkins.pacing import Pacer
from bot.checkins.rows import DueRow
from bot.core.ports import Sender, Store

log = logging.getLogger(__name__)


def _utcnow() -> datetime:
    return datetime.now(UTC)


class CheckinService:
    """Runs check-in delivery for one process. `start()`/`stop()` in the app;
    `run_due_once()` drives it by hand in tests and benchmarks."""

    def __init__(
        self,
        store: Store,
        engine_open_flow: OpenFlow,
        sender: Sender,
        clock: Clock = _utcnow,
        settings: CheckinSettings | None = None,
        *,
        scheduler: AsyncIOScheduler | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.settings = settings or CheckinSettings()
        self.instance = self.settings.instance
        self.stats: Counter[str] = Counter()
        self._slots = asyncio.Semaphore(self.settings.max_in_flight)
        self._pass_lock = asyncio.Lock()
        self._in_flight: set[int] = set()
        self._stop = asyncio.Event()
        self._delivery = Delivery(
            store, engine_open_flow, sender, clock, self.settings, stop=self._stop
        )
        self._scheduler: AsyncIOScheduler | None = None
        self._shared = scheduler
        """The app's scheduler, when given: the service adds and removes its jobs only."""
        self._wake_at: datetime | None = None

    @property
    def pacer(self) -> Pacer | None:
        """Books each person's send slots (None when pacing is off)."""
        return self._delivery.pacer

    # ----- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        """Start the scheduler; the first poll runs at once (missed check-ins go out)."""
        if self._scheduler is not None:
            return
        self._stop.clear()
        poll = self.settings.poll_interval
        scheduler = self._shared or AsyncIOScheduler(
            event_loop=asyncio.get_running_loop(), timezone=UTC
        )
        scheduler.add_job(
            self.run_due_once,
            IntervalTrigger(seconds=poll, timezone=UTC),
            id="checkins-poll",
            next_run_time=datetime.now(UTC),
            coalesce=True,
            max_instances=1,
            misfire_grace_time=max(1, int(poll)),
            replace_existing=True,
        )
        if not scheduler.running:
            scheduler.start()
        self._scheduler = scheduler
        log.info("checkins.started", extra={"instance": self.instance})

    async def stop(self) -> None:
        """Stop scheduling and wait for sends in flight; unclaimed rows stay pending."""
        self._stop.set()
        async with self._pass_lock:  # the pass in flight finishes its claimed sends
            pass
        scheduler, self._scheduler = self._scheduler, None
        if scheduler is not None:
            self._leave(scheduler)
        log.info("checkins.stopped", extra={"instance": self.instance})

    def _leave(self, scheduler: AsyncIOScheduler) -> None:
        """Take our jobs off the app's scheduler, or shut our own down."""
        shared = self._shared
        if shared is None or scheduler is not shared:
            # only now: shutting down cancels the scheduler's running job coroutines
            scheduler.shutdown(wait=False)
            return
        for job in ("checkins-poll", "checkins-wake"):
            if shared.get_job(job) is not None:
                shared.remove_job(job)

    def hint(self, due_at: datetime) -> None:
        """A check-in was scheduled for `due_at`: wake up then if that is before the next poll."""
        if self._scheduler is None or self._stop.is_set():
            return
        real_now = datetime.now(UTC)
        if due_at >= real_now + timedelta(seconds=self.settings.poll_interval):
            return
        if self._wake_at is not None and real_now < self._wake_at <= due_at:
            return
        self._wake_at = due_at
        self._scheduler.add_job(
            self.run_due_once,
            DateTrigger(run_date=due_at, timezone=UTC),
            id="checkins-wake",
            replace_existing=True,
            misfire_grace_time=int(self.settings.grace.total_seconds()),
        )

    # ----- one pass --------------------------------------------------------------------------

    async def run_due_once(self) -> int:
        """Handle every check-in due now; returns how many were sent."""
        sent = 0
        async with self._pass_lock:
            if self._stop.is_set():
                return 0
            try:
                await self._sweep()
                tried: set[int] = set()
                while not self._stop.is_set():
                    async with transaction(self.store) as conn:
                        rows = await claims.due(
                            conn,
                            self.clock(),
                            self.settings.batch_size,
                            exclude=tried | self._in_flight,
                        )
                    if not rows:
                        break
                    tried.update(d.row.id for d in rows)
                    outcomes = await asyncio.gather(*(self._guarded(d) for d in rows))
                    sent += sum(1 for o in outcomes if o is Outcome.SENT)
                await self._plan_wake()
                for pacer in (self._delivery.pacer, self._delivery.gate):
                    if pacer is not None:
                        pacer.forget_idle()  # people not written to lately: memory stays flat
            except DB_ERRORS as exc:
                log.warning("checkins.pass_failed", extra={"error": type(exc).__name__})
        return sent

    async def _sweep(self) -> None:
        async with transaction(self.store) as conn:
            ids = await claims.sweep_interrupted(
                conn, self.settings.stale_after, self.clock(), exclude=self._in_flight
            )
        for row_id in ids:
            self.stats["interrupted"] += 1
            log.warning("checkin.interrupted", extra={"checkin": row_id})

    async def _plan_wake(self) -> None:
        if self._scheduler is None:
            return
        async with transaction(self.store) as conn:
            upcoming = await claims.next_due_after(conn, self.clock())
        self._wake_at = None
        if upcoming is not None:
            self.hint(upcoming)

    async def _guarded(self, due: DueRow) -> Outcome:
        async with self._slots:
            self._in_flight.add(due.row.id)
            try:
                outcome = await self._delivery.deliver(due)
            except DB_ERRORS as exc:
                log.warning(
                    "checkin.db_error", extra={"checkin": due.row.id, "error": type(exc).__name__}
                )
                outcome = Outcome.LOST_RACE
            finally:
                self._in_flight.discard(due.row.id)
        self.stats[outcome.value] += 1
        return outcome
