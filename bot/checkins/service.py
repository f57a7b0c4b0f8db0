"""Delivering due check-ins: APScheduler wakes us, the `checkins` table says what is due.

Our table is the truth; the scheduler holds no state worth keeping. On start the service adds
two jobs to it, both calling `run_due_once`: a poll every `poll_interval` seconds (it also runs at
once on start, which sends check-ins missed while the bot was down) and one exact-time wake-up for
the next due row, moved whenever a sooner row appears. The app hands in the scheduler its other
jobs (the retention purge) run on; alone, the service runs its own. Several processes may run this
on one database. Every read and write goes through the store's own transactions
(`Store.transaction`), so check-ins queue behind the same SQLite write lock as turns and a
database outage is the store's `StoreUnavailable`, logged once by the store.

Each due row is handled on its own: a row more than `grace` late, or due in the person's quiet
hours, moves to its next good slot instead of going out (nothing vanishes). Otherwise the pacer
gives it a send slot, then the row is claimed with a compare-and-set
(`UPDATE ... SET status='sending' WHERE id=? AND status='pending'`, row count 1 = ours), so only
one process ever sends it; claims made in the same instant share one transaction (group commit,
rows locked in id order), as do the `sent` marks. The engine opens the check-in flow and the
sender delivers the replies. Opening the flow moves the person to its first question before the
message goes out (their answer, however fast, must find that step); when the send then fails, the
person is put back where they were, unless they have written since (`bot/checkins/place.py`).
A transient failure puts the row back to `pending` with exponential backoff (or the platform's
`retry_after`); a permanent one marks it `failed` for the notice shown on the person's next
message. Each cause is a `Failure` code (`bot/checkins/failures.py`). A row still in `sending`
after `stale_after` belonged to a process that died mid-send:
whether the message got out is unknowable, so it is never resent; it becomes `failed` with
`interrupted` and the person is told it may not have reached them.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from enum import Enum

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.checkins import place, repo, scheduling
from bot.checkins.batching import Batcher
from bot.checkins.config import CheckinSettings
from bot.checkins.failures import Failure
from bot.checkins.pacing import Pacer
from bot.core.model import Conversation, Reply, UserKey
from bot.core.ports import (
    PermanentSendError,
    Sender,
    Store,
    StoreTx,
    StoreUnavailable,
    TransientSendError,
    VersionConflict,
)

log = logging.getLogger(__name__)

OpenFlow = Callable[[UserKey, str], Awaitable[list[Reply]]]
Clock = Callable[[], datetime]
DB_ERRORS = (OperationalError, DBAPIError, OSError, StoreUnavailable)

PREPARE_AHEAD = 0.5
"""Seconds before its paced slot that a check-in is claimed and its flow opened."""


def sql(tx: StoreTx) -> AsyncConnection:
    """The SQL connection of a store transaction, for the check-in tables."""
    handle = tx.handle
    if not isinstance(handle, AsyncConnection):
        raise TypeError("check-ins need the SQL store (bot.store.sql.SqlStore)")
    return handle


class Outcome(Enum):
    SENT = "sent"
    MOVED = "moved"
    RETRY = "retry"
    FAILED = "failed"
    CANCELLED = "cancelled"
    LOST_RACE = "lost_race"
    STOPPED = "stopped"


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
        self.open_flow = engine_open_flow
        self.sender = sender
        self.clock = clock
        self.settings = settings or CheckinSettings()
        self.instance = self.settings.instance
        pacing = self.settings.pacing
        self.pacer = Pacer(pacing, sleep=self._nap) if pacing else None
        self._gate = Pacer(pacing, sleep=self._nap) if pacing else None
        self.stats: Counter[str] = Counter()
        self._slots = asyncio.Semaphore(self.settings.max_in_flight)
        self._pass_lock = asyncio.Lock()
        self._in_flight: set[int] = set()
        self._stop = asyncio.Event()
        self._scheduler: AsyncIOScheduler | None = None
        self._shared = scheduler
        """The app's scheduler, when given: the service adds and removes its jobs only."""
        self._wake_at: datetime | None = None
        self._rng = random.Random()
        self._claims: Batcher[int, bool] = Batcher(self._claim_batch)
        self._sent: Batcher[int, bool] = Batcher(self._sent_batch)

    @asynccontextmanager
    async def _tx(self) -> AsyncIterator[AsyncConnection]:
        """One store transaction (the store's lock and outage handling), as a SQL connection."""
        async with self.store.transaction() as tx:
            yield sql(tx)

    async def _claim_batch(self, ids: list[int]) -> list[bool]:
        async with self._tx() as conn:
            return await repo.claim_many(conn, ids, self.instance, self.clock())

    async def _sent_batch(self, ids: list[int]) -> list[bool]:
        async with self._tx() as conn:
            return await repo.mark_sent_many(conn, ids, self.instance, self.clock())

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

    async def _nap(self, seconds: float) -> None:
        """Sleep that ends early when the service stops."""
        try:
            await asyncio.wait_for(self._stop.wait(), timeout=max(0.0, seconds))
        except TimeoutError:
            pass

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
                    async with self._tx() as conn:
                        rows = await repo.due(
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
                for pacer in (self.pacer, self._gate):
                    if pacer is not None:
                        pacer.forget_idle()  # people not written to lately: memory stays flat
            except DB_ERRORS as exc:
                log.warning("checkins.pass_failed", extra={"error": type(exc).__name__})
        return sent

    async def _sweep(self) -> None:
        async with self._tx() as conn:
            ids = await repo.sweep_interrupted(
                conn, self.settings.stale_after, self.clock(), exclude=self._in_flight
            )
        for row_id in ids:
            self.stats["interrupted"] += 1
            log.warning("checkin.interrupted", extra={"checkin": row_id})

    async def _plan_wake(self) -> None:
        if self._scheduler is None:
            return
        async with self._tx() as conn:
            upcoming = await repo.next_due_after(conn, self.clock())
        self._wake_at = None
        if upcoming is not None:
            self.hint(upcoming)

    async def _guarded(self, due: repo.DueRow) -> Outcome:
        async with self._slots:
            self._in_flight.add(due.row.id)
            try:
                outcome = await self._deliver(due)
            except DB_ERRORS as exc:
                log.warning(
                    "checkin.db_error", extra={"checkin": due.row.id, "error": type(exc).__name__}
                )
                outcome = Outcome.LOST_RACE
            finally:
                self._in_flight.discard(due.row.id)
        self.stats[outcome.value] += 1
        return outcome

    # ----- one check-in ----------------------------------------------------------------------

    async def _deliver(self, due: repo.DueRow) -> Outcome:
        row, prefs = due.row, due.prefs
        key = UserKey.parse(row.user_key)
        now = self.clock()
        if prefs.opted_out:
            async with self._tx() as conn:
                await repo.mark_cancelled(conn, row.id, Failure.OPTED_OUT, now)
            return Outcome.CANCELLED
        reason = scheduling.hold_reason(
            row, prefs, now, self.settings.grace, self.settings.on_time_tolerance
        )
        if reason is not None:
            async with self._tx() as conn:
                new_due = await scheduling.move_to_next_slot(
                    conn, row, prefs, now, soonest=reason == "quiet"
                )
            log.info("checkin.moved", extra={"checkin": row.id, "reason": reason})
            return Outcome.MOVED if new_due is not None else Outcome.LOST_RACE
        slot = None
        if self.pacer is not None:
            # book a slot; claim and open the flow just ahead of it, then the gate spaces the
            # sends themselves exactly (a claim may take a few milliseconds more or less)
            slot = self.pacer.slot(key)
            await self.pacer.until(slot, ahead=PREPARE_AHEAD)
        if self._stop.is_set():
            return Outcome.STOPPED
        if not await self._claims.submit(row.id):
            return Outcome.LOST_RACE
        return await self._send_claimed(row, key, row.attempts + 1, slot)

    async def _send_claimed(
        self, row: repo.CheckinRow, key: UserKey, attempt: int, slot: float | None
    ) -> Outcome:
        try:
            before = await place.place(self.store, key)
            replies = await self.open_flow(key, row.flow)
        except StoreUnavailable:
            return await self._retry(row, attempt, Failure.STORE_UNAVAILABLE, None)
        except Exception as exc:  # a broken flow must not stop other check-ins
            log.error("checkin.open_failed", extra={"checkin": row.id, "error": type(exc).__name__})
            return await self._fail(row, Failure.OPEN_FLOW.with_detail(type(exc).__name__))
        if not replies:
            return await self._fail(row, Failure.NOTHING_TO_SEND, notified=True)
        if self.pacer is not None and self._gate is not None and slot is not None:
            await self.pacer.until(slot)
            await self._gate.wait(key)  # exact spacing of the sends themselves
            if len(replies) > 1:
                self.pacer.reserve(key, len(replies) - 1)
                self._gate.reserve(key, len(replies) - 1)
        outcome = await self._send(row, key, attempt, replies)
        if outcome is not Outcome.SENT:
            await self._put_back(key, before, row)
        return outcome

    async def _send(
        self, row: repo.CheckinRow, key: UserKey, attempt: int, replies: list[Reply]
    ) -> Outcome:
        try:
            async with asyncio.timeout(self.settings.send_timeout):
                await self.sender.send(key, replies)
        except TransientSendError as exc:
            reason = exc.reason or Failure.TRANSIENT
            return await self._retry(row, attempt, reason, exc.retry_after)
        except PermanentSendError as exc:
            log.info("checkin.undeliverable", extra={"checkin": row.id, "code": exc.code})
            return await self._fail(row, exc.code)
        except TimeoutError:
            return await self._retry(row, attempt, Failure.TIMEOUT, None)
        except (OSError, ConnectionError) as exc:
            detail = Failure.NETWORK.with_detail(type(exc).__name__)
            return await self._retry(row, attempt, detail, None)
        except Exception as exc:  # unknown: the message may have gone out, so never resend
            log.error("checkin.send_failed", extra={"checkin": row.id, "error": type(exc).__name__})
            return await self._fail(row, Failure.ERROR.with_detail(type(exc).__name__))
        await self._record_sent(row)
        log.info("checkin.sent", extra={"checkin": row.id})
        return Outcome.SENT

    async def _put_back(
        self, key: UserKey, before: Conversation | None, row: repo.CheckinRow
    ) -> None:
        """The check-in did not reach the person: put them back where they were (see place.py)."""
        try:
            if await place.put_back(self.store, key, before, row.flow):
                log.info("checkin.put_back", extra={"checkin": row.id})
        except (VersionConflict, *DB_ERRORS) as exc:
            log.warning(
                "checkin.put_back_failed", extra={"checkin": row.id, "error": type(exc).__name__}
            )

    async def _record_sent(self, row: repo.CheckinRow) -> None:
        """Mark the row sent, trying a few times: a row left in `sending` would later read as
        interrupted, and the person would be told a delivered check-in may have been lost."""
        for delay in (0.0, 0.1, 0.5, 2.0):
            await self._nap(delay)
            try:
                await self._sent.submit(row.id)
                return
            except DB_ERRORS as exc:
                log.warning(
                    "checkin.mark_sent_failed",
                    extra={"checkin": row.id, "error": type(exc).__name__},
                )

    def backoff(self, attempt: int, retry_after: float | None) -> timedelta:
        """Exponential backoff with jitter, never sooner than the platform asked."""
        base = self.settings.backoff_base * (2 ** max(0, attempt - 1))
        delay: timedelta = min(base, self.settings.backoff_max) * (1 + 0.1 * self._rng.random())
        if retry_after is not None:
            delay = max(delay, timedelta(seconds=retry_after))
        return delay

    async def _retry(
        self, row: repo.CheckinRow, attempt: int, reason: str, retry_after: float | None
    ) -> Outcome:
        if attempt >= self.settings.max_attempts:
            return await self._fail(row, Failure.GAVE_UP.with_detail(reason))
        now = self.clock()
        async with self._tx() as conn:
            await repo.mark_retry(
                conn, row.id, self.instance, now + self.backoff(attempt, retry_after), reason, now
            )
        log.info("checkin.retry", extra={"checkin": row.id, "attempt": attempt})
        return Outcome.RETRY

    async def _fail(self, row: repo.CheckinRow, error: str, *, notified: bool = False) -> Outcome:
        async with self._tx() as conn:
            await repo.mark_failed(
                conn, row.id, self.instance, error, self.clock(), notified=notified
            )
        return Outcome.FAILED
