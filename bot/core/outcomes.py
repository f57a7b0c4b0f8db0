"""What became of one turn, as the engine reports it to its turn observers (metrics, logs)."""

from __future__ import annotations

import enum


class TurnOutcome(enum.StrEnum):
    """The outcome of one turn; a `str`, so it is also the metrics label."""

    OK = "ok"
    DUPLICATE = "duplicate"
    """The platform delivered the same event twice; the second was dropped."""
    CONFLICT = "conflict"
    """Another turn saved first; this one was retried, and saved."""
    CONFLICT_EXHAUSTED = "conflict_exhausted"
    STORE_UNAVAILABLE = "store_unavailable"
    ERROR = "error"

    @property
    def committed(self) -> bool:
        """Whether the turn's changes were saved."""
        return self in (TurnOutcome.OK, TurnOutcome.CONFLICT)
