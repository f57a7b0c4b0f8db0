"""Tunable behaviour of check-ins, with defaults that suit a community deployment."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from datetime import time, timedelta

from bot.checkins.pacing import Pacing


def default_instance() -> str:
    """A name for this process in `claimed_by`: host, pid and a random part (pids get reused)."""
    return f"{os.uname().nodename[:32]}:{os.getpid()}:{secrets.token_hex(3)}"


@dataclass(frozen=True)
class CheckinSettings:
    """How check-ins are scheduled and delivered.

    - `grace`: a check-in found overdue (the bot was down) still goes out when it is at most this
      late and it is not quiet hours for the person; older ones move to their next good slot.
    - `poll_interval`: how often the table is read for due rows that another process scheduled;
      rows this process schedules also get an exact-time wake-up.
    - `stale_after`: a row left in `sending` this long belonged to a process that died mid-send.
    - `pacing`: rate rules per platform; None turns pacing off (benchmarks, the console).
    """

    grace: timedelta = timedelta(hours=12)
    default_time: time = time(10)
    poll_interval: float = 30.0
    batch_size: int = 500
    max_in_flight: int = 64
    max_attempts: int = 6
    backoff_base: timedelta = timedelta(seconds=30)
    backoff_max: timedelta = timedelta(hours=1)
    send_timeout: float = 30.0
    stale_after: timedelta = timedelta(minutes=10)
    on_time_tolerance: timedelta = timedelta(minutes=5)
    pacing: Pacing | None = field(default_factory=Pacing)
    instance: str = field(default_factory=default_instance)
