"""Senders for proactive check-ins: console (prints to a stream) and routing (by the person's
platform, to the sender each adapter registers when it starts). Tests record deliveries with
their own sender (`tests/checkin_support.py`)."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TextIO

from bot.core.model import Reply, UserKey
from bot.core.plain import plain
from bot.core.ports import Sender, TransientSendError


@dataclass
class ConsoleSender:
    """Prints check-ins to a stream, for `bounceback chat` and local trials."""

    stream: TextIO = field(default_factory=lambda: sys.stdout)

    async def send(self, key: UserKey, replies: list[Reply]) -> None:
        for reply in replies:
            print(plain(reply), file=self.stream, flush=True)


class RoutingSender:
    """Sends a check-in through the adapter of the person's platform.

    The runner adds one to the app's services; each adapter, once started, calls `register`
    with its own sender, so neither imports the other.
    """

    def __init__(self) -> None:
        self.by_platform: dict[str, Sender] = {}

    def register(self, platform: str, sender: Sender) -> None:
        self.by_platform[platform] = sender

    async def send(self, key: UserKey, replies: list[Reply]) -> None:
        sender = self.by_platform.get(key.platform)
        if sender is None:  # the adapter has not started yet, or is not configured here
            raise TransientSendError(f"no_{key.platform}_adapter", retry_after=60.0)
        await sender.send(key, replies)
