"""Senders for proactive check-ins that need no platform: recording (tests, benchmarks) and
console (prints to a stream). Slack and Discord adapters provide their own `Sender`."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TextIO

from bot.core.model import Reply, UserKey
from bot.core.plain import plain


@dataclass
class Delivery:
    key: UserKey
    replies: list[Reply]
    at: datetime


@dataclass
class RecordingSender:
    """Keeps every delivery in memory; implements bot.core.ports.Sender."""

    deliveries: list[Delivery] = field(default_factory=list)

    async def send(self, key: UserKey, replies: list[Reply]) -> None:
        self.deliveries.append(Delivery(key, list(replies), datetime.now(UTC)))


@dataclass
class ConsoleSender:
    """Prints check-ins to a stream, for `bounceback chat` and local trials."""

    stream: TextIO = field(default_factory=lambda: sys.stdout)

    async def send(self, key: UserKey, replies: list[Reply]) -> None:
        for reply in replies:
            print(plain(reply), file=self.stream, flush=True)
