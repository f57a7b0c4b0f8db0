"""Senders for proactive check-ins that need no platform: recording (tests, benchmarks) and
console (prints to a stream). Slack and Discord adapters provide their own `Sender`."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TextIO

from bot.core.model import Choices, Reply, Text, UserKey


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


def plain(reply: Reply) -> str:
    """A reply as plain lines (choices numbered, as the console shows them)."""
    if isinstance(reply, Text):
        return reply.plain
    if isinstance(reply, Choices):
        lines = [reply.prompt.plain]
        lines += [f"  {n}. {o.label}" for n, o in enumerate(reply.options, 1)]
        return "\n".join(lines)
    return f"[{type(reply).__name__}]"


@dataclass
class ConsoleSender:
    """Prints check-ins to a stream, for `bounceback chat` and local trials."""

    stream: TextIO = field(default_factory=lambda: sys.stdout)

    async def send(self, key: UserKey, replies: list[Reply]) -> None:
        for reply in replies:
            print(plain(reply), file=self.stream, flush=True)
