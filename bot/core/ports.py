"""The narrow storage protocol the engine needs, free of any database library.

A `Store` opens one transaction per turn; a `StoreTx` loads and saves a person's `Conversation`
with an optimistic version (a stale save raises `VersionConflict` and the engine retries the turn
from fresh state), and claims platform event ids so a redelivered event is dropped. Other parts
keep personal records (plan entries, drafts, the safety plan) and mood answers through the item and
mood methods, encrypted at rest by the implementation; check-ins reach their own tables through
`StoreTx.handle`, the implementation's connection, inside the same transaction.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from bot.core.model import Conversation, Reply, UserKey


class VersionConflict(Exception):
    """Another process saved this person's conversation first; reload and try again."""


class StoreUnavailable(Exception):
    """The database cannot be reached right now; nothing was saved."""


@dataclass(frozen=True, slots=True)
class Item:
    """A personal record: a plan entry, a held draft, a reframed thought, the safety plan.

    `data` is stored encrypted; `free_text` marks records the retention job may purge.
    """

    id: int
    kind: str
    data: dict[str, Any]
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class MoodEntry:
    """One mood answer: a 1-5 score and/or the person's own words (stored encrypted)."""

    score: int | None
    words: str | None
    created_at: datetime


class StoreTx(Protocol):
    """One transaction: everything a turn does commits together or not at all."""

    @property
    def handle(self) -> object:
        """The implementation's connection, for repositories of other parts (the SQL store's
        is narrowed by `bot.store.connection.sql_connection`)."""

    async def load(self, key: UserKey) -> Conversation | None: ...

    async def save(self, key: UserKey, conv: Conversation) -> int:
        """Save, expecting `conv.version` to be current; return the new version."""

    async def claim_event(self, key: UserKey, event_id: str) -> bool:
        """True the first time an event id is seen; False for a redelivery."""

    async def delete_user(self, key: UserKey) -> None:
        """Delete everything held on this person, in every table."""

    async def add_item(
        self, key: UserKey, kind: str, data: dict[str, Any], *, free_text: bool = True
    ) -> int: ...

    async def list_items(self, key: UserKey, kind: str | None = None) -> list[Item]: ...

    async def update_item(self, key: UserKey, item_id: int, data: dict[str, Any]) -> bool: ...

    async def delete_items(self, key: UserKey, kind: str, item_id: int | None = None) -> int: ...

    async def add_mood(
        self, key: UserKey, score: int | None, words: str | None, *, at: datetime | None = None
    ) -> None: ...

    async def list_moods(self, key: UserKey) -> list[MoodEntry]: ...


class Store(Protocol):
    """A database of conversations."""

    def transaction(self) -> AbstractAsyncContextManager[StoreTx]: ...

    async def close(self) -> None: ...


class SendError(Exception):
    """A platform refused or failed to deliver a proactive message."""


class TransientSendError(SendError):
    """Worth retrying later: rate limited (with `retry_after` seconds), a 5xx, a timeout."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


class PermanentSendError(SendError):
    """Never going to work: DMs closed (Discord 50007), `cannot_dm_bot`, `user_not_found`,
    `account_inactive`. `code` is the platform's error code, safe to store and log."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class Sender(Protocol):
    """Delivers replies to a person proactively (a check-in DM), on their platform."""

    async def send(self, key: UserKey, replies: list[Reply]) -> None:
        """Send as a direct message; raise TransientSendError or PermanentSendError on failure."""
