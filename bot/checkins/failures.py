"""Why a check-in did not go out: one code per cause, stored in `checkins.last_error`.

The column holds `code` or `code:detail` (`gave_up:timeout`, `open_flow:KeyError`) and, for a
delivery the platform refused for good, the platform's own code (`cannot_dm`, `http_403`), which
reads back as `UNDELIVERABLE`. `Failure.of` is the one place that reads the column; whether the
fault was on our side (the person is told "something went wrong on my side") is a property of the
code, not a prefix matched elsewhere.
"""

from __future__ import annotations

from enum import StrEnum


class Failure(StrEnum):
    """The cause of a failed, retried or cancelled check-in."""

    INTERRUPTED = "interrupted"
    """The process died mid-send: whether the message got out is unknowable."""
    OPEN_FLOW = "open_flow"
    """The check-in flow could not be opened (detail: the exception class)."""
    ERROR = "error"
    """The sender failed in an unknown way, so it is never resent (detail: the class)."""
    STORE_UNAVAILABLE = "store_unavailable"
    """The database was away while the check-in was prepared."""
    NOTHING_TO_SEND = "nothing_to_send"
    """The flow opened but said nothing."""
    OPTED_OUT = "opted_out"
    """The person turned check-ins off before it was due."""
    GAVE_UP = "gave_up"
    """Retried `max_attempts` times (detail: the last transient cause)."""
    TIMEOUT = "timeout"
    """The platform did not answer within `send_timeout` (retried)."""
    NETWORK = "network"
    """The connection to the platform failed (retried; detail: the class)."""
    TRANSIENT = "transient"
    """The platform asked to try again later without saying why (retried)."""
    UNDELIVERABLE = "undeliverable"
    """The platform refused for good; the column holds the platform's own code instead."""

    @property
    def ours(self) -> bool:
        """Whether the fault was on our side rather than the person's settings."""
        return self in _OURS

    def with_detail(self, detail: str) -> str:
        """The column text for this code with a detail, e.g. `gave_up:timeout`."""
        return f"{self.value}:{detail}"

    @classmethod
    def of(cls, last_error: str | None) -> Failure | None:
        """The code of a stored `last_error` (None when there is none)."""
        if not last_error:
            return None
        try:
            return cls(last_error.split(":", 1)[0])
        except ValueError:
            return cls.UNDELIVERABLE


_OURS = frozenset(
    {Failure.INTERRUPTED, Failure.OPEN_FLOW, Failure.ERROR, Failure.STORE_UNAVAILABLE}
)
