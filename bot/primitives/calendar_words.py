"""The English names of the months and weekdays, written once for everything that reads dates.

The check-in settings read "1 December" or "Dec 1" with them, and the draft rewrite knows that a
capitalised "March" or "Friday" after "at" is a date, not a company. Both import from here.
"""

from __future__ import annotations

MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
"""The months, January first: `MONTHS.index(name) + 1` is the month's number."""

WEEKDAYS: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip
"""The weekdays, Monday first (as `date.weekday()` counts them)."""
