"""One due check-in, from its row to an `Outcome`: held back, paced, claimed, sent, recorded.

A row more than `grace` late, or due in the person's quiet hours, moves to its next good slot
instead of going out (nothing vanishes). Otherwise the pacer gives it a send slot, then the row is
claimed with a compare-and-set (`UPDATE ... SET status='sending' WHERE id=? AND status='pending'`,
row count 1 = ours), so only one process ever sends it; claims made in the same instant share one
transaction (group commit, rows locked in id order), as do the `sent` marks. The engine prepares
the check-in flow (its messages, and the person's place as it will be) and the sender delivers
the messages; only then is the person moved into the flow, in the transaction that marks the row
sent (`bot/checkins/place.py`), so a check-in that did not go out never moves anyone. One
person's check-ins go out one at a time, each prepared on the place the last one left. A
transient failure puts the row back to `pending` with exponential backoff (or the platform's
`retry_after`); a permanent one marks it `failed` for the notice shown on the person's next
message. Each cause is a `Failure` code (`bot/checkins/failures.py`). The passes that find due
rows are `bot/checkins/service.py`.
"""

from __future__ import annotations

import asyncio
import logging
import random
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from sqlalchemy.exc import DBAPIError, OperationalError

from bot.checkins import claims, place, scheduling
from bot.checkins.batching import Batcher
from bot.checkins.config import CheckinSettings
from bot.checkins.connection import transaction
from bot.checkins.failures import Failure
from bot.checkins.pacing import Pacer
from bot.checkins.rows import CheckinRow, DueRow
from bot.core.model import Conversation, Opened, UserKey
from bot.core.ports import (
    PermanentSendError,
    Sender,
    Store,
    StoreUnavailable,
    TransientSendError,
)
from bot.store.connection import sql_connection

log = logging.getLogger(__name__)

OpenFlow = Callable[[UserKey, str], Awaitable[Opened]]
"""Prepares a check-in flow for a person without moving them (`Engine.prepare_flow`)."""
Clock = Callable[[], datetime]
DB_ERRORS = (OperationalError, DBAPIError, OSError, StoreUnavailable)

PREPARE_AHEAD = 0.5
"""Seconds before its paced slot that a check-in is claimed and its flow opened."""


class Outcome(Enum):
    """How one due check-in ended in a pass (counted by value in `CheckinService.stats`)."""

    SENT = "sent"
    MOVED = "moved"
    RETRY = "retry"
    FAILED = "failed"
    CANCELLED = "cancelled"
    LOST_RACE = "lost_race"
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class Sent:
    """A delivered check-in to mark sent, with the place it moves its person to (if any)."""

    row_id: int
    key: UserKey
    place: Conversation | None


class Delivery:
    """Delivers due check-ins one at a time (many at once on the event loop) for one service;
    `stop` is the service's stop signal: no new claims, and naps end early."""

    def __init__(
        self,
        store: Store,
        open_flow: OpenFlow,
        sender: Sender,
        clock: Clock,
        settings: CheckinSettings,
        stop: asyncio.Event,
    ) -> None:
        self.store = store
        self.open_flow = open_flow
        self.sender = sender
        self.clock = clock
        self.settings = settings
        self.instance = settings.instance
        self._stop = stop
        pacing = settings.pacing
        self.pacer = Pacer(pacing, sleep=self.nap) if pacing else None
        self.gate = Pacer(pacing, sleep=self.nap) if pacing else None
        self._rng = random.Random()
        self._claims: Batcher[int, bool] = Batcher(self._claim_batch)
        self._sent: Batcher[Sent, bool] = Batcher(self._sent_batch)
        self._people: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()

    async def _claim_batch(self, ids: list[int]) -> list[bool]:
        async with transaction(self.store) as conn:
            return await claims.claim_many(conn, ids, self.instance, self.clock())

    async def _sent_batch(self, batch: list[Sent]) -> list[bool]:
        """Mark the rows sent and move their people into the check-in flows, in one commit."""
        async with self.store.transaction() as tx:
            for sent in batch:
                if sent.place is not None and not await place.move(tx, sent.key, sent.place):
                    log.info("checkin.place_kept", extra={"checkin": sent.row_id})
            ids = [sent.row_id for sent in batch]
            return await claims.mark_sent_many(sql_connection(tx), ids, self.instance, self.clock())

    def _person(self, key: UserKey) -> asyncio.Lock:
        """One check-in at a time per person, so each is prepared on the place the last left."""
        lock = self._people.get(str(key))
        if lock is None:
            lock = self._people[str(key)] = asyncio.Lock()
        return lock

    async def nap(self, seconds: float) -> None:
        """Sleep that ends early when the service stops."""
        try:
            await asyncio.wait_for(self._stop.wait(), timeout=max(0.0, seconds))
        except TimeoutError:
            pass

    async def deliver(self, due: DueRow) -> Outcome:
        """Take `due` to its outcome; database errors are the caller's to handle."""
        row, prefs = due.row, due.prefs
        key = UserKey.parse(row.user_key)
        now = self.clock()
        if prefs.opted_out:
            async with transaction(self.store) as conn:
                await claims.mark_cancelled(conn, row.id, Failure.OPTED_OUT, now)
            return Outcome.CANCELLED
        reason = scheduling.hold_reason(
            row, prefs, now, self.settings.grace, self.settings.on_time_tolerance
        )
        if reason is not None:
            async with transaction(self.store) as conn:
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
        async with self._person(key):
            return await self._send_claimed(row, key, row.attempts + 1, slot)

    async def _send_claimed(
        self, row: CheckinRow, key: UserKey, attempt: int, slot: float | None
    ) -> Outcome:
        try:
            opened = await self.open_flow(key, row.flow)
        except StoreUnavailable:
            return await self._retry(row, attempt, Failure.STORE_UNAVAILABLE, None)
        except Exception as exc:  # a broken flow must not stop other check-ins
            log.error("checkin.open_failed", extra={"checkin": row.id, "error": type(exc).__name__})
            return await self._fail(row, Failure.OPEN_FLOW.with_detail(type(exc).__name__))
        replies = opened.replies
        if not replies:
            return await self._fail(row, Failure.NOTHING_TO_SEND, notified=True)
        if self.pacer is not None and self.gate is not None and slot is not None:
            await self.pacer.until(slot)
            await self.gate.wait(key)  # exact spacing of the sends themselves
            if len(replies) > 1:
                self.pacer.reserve(key, len(replies) - 1)
                self.gate.reserve(key, len(replies) - 1)
        return await self._send(row, key, attempt, opened)

    async def _send(self, row: CheckinRow, key: UserKey, attempt: int, opened: Opened) -> Outcome:
        try:
            async with asyncio.timeout(self.settings.send_timeout):
                await self.sender.send(key, opened.replies)
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
        await self._record_sent(Sent(row.id, key, opened.place))
        log.info("checkin.sent", extra={"checkin": row.id})
        return Outcome.SENT

    async def _record_sent(self, sent: Sent) -> None:
        """Mark the row sent and move the person, trying a few times: a row left in `sending`
        would later read as interrupted, and the person would be told a delivered check-in may
        have been lost."""
        for delay in (0.0, 0.1, 0.5, 2.0):
            await self.nap(delay)
            try:
                await self._sent.submit(sent)
                return
            except DB_ERRORS as exc:
                log.warning(
                    "checkin.mark_sent_failed",
                    extra={"checkin": sent.row_id, "error": type(exc).__name__},
                )

    def backoff(self, attempt: int, retry_after: float | None) -> timedelta:
        """Exponential backoff with jitter, never sooner than the platform asked."""
        base = self.settings.backoff_base * (2 ** max(0, attempt - 1))
        delay: timedelta = min(base, self.settings.backoff_max) * (1 + 0.1 * self._rng.random())
        if retry_after is not None:
            delay = max(delay, timedelta(seconds=retry_after))
        return delay

    async def _retry(
        self, row: CheckinRow, attempt: int, reason: str, retry_after: float | None
    ) -> Outcome:
        if attempt >= self.settings.max_attempts:
            return await self._fail(row, Failure.GAVE_UP.with_detail(reason))
        now = self.clock()
        async with transaction(self.store) as conn:
            await claims.mark_retry(
                conn, row.id, self.instance, now + self.backoff(attempt, retry_after), reason, now
            )
        log.info("checkin.retry", extra={"checkin": row.id, "attempt": attempt})
        return Outcome.RETRY

    async def _fail(self, row: CheckinRow, error: str, *, notified: bool = False) -> Outcome:
        async with transaction(self.store) as conn:
            await claims.mark_failed(
                conn, row.id, self.instance, error, self.clock(), notified=notified
            )
        return Outcome.FAILED
