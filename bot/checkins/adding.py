"""Reading when a person wants a check-in they add themselves ("friday at 9am", "tomorrow
evening", "monday"), for the check-ins screen's "Add a check-in".

`checkin_time_read` reads the words in variable `text_var` and sets `add_in` (days ahead, as
`schedule_checkin` takes them: `3d`), `add_at` (a local `HH:MM`, or "" for the person's usual
time) and `add_ok` ("yes" when a day or a time was found). The day comes from the reminder
reader in understanding, the time from the check-in time reader (`parse_time_of_day`), tried on
the whole text first and then on the words after "at", "around" and the like.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import time
from typing import Any

from bot.checkins import access
from bot.checkins.timing import TimingError, parse_time_of_day
from bot.core.actions import ActionRegistry
from bot.core.context import TurnContext
from bot.core.text import fold
from bot.i18n.spoken import in_english
from bot.understanding.reminder_days import day_named

_AFTER_WORD = re.compile(
    r"(?<!\w)(?:at|around|about|by|from|before|after|~)\s+(\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)?|"
    r"[a-z]+)(?!\w)"
)
_CLOCK_WORDS = re.compile(
    r"(?<!\w)(\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)|\d{1,2}:\d{2}|noon|midday|morning|afternoon|"
    r"evening)(?!\w)"
)


def register(registry: ActionRegistry) -> None:
    """Add `checkin_time_read` to `registry`."""
    registry.register(
        "checkin_time_read", sets=["add_in", "add_at", "add_ok"], required=["text_var"]
    )(checkin_time_read)


def _candidates(said: str) -> Iterator[str]:
    yield said
    for m in _AFTER_WORD.finditer(said):
        yield m.group(0)
        yield m.group(1)
    for m in _CLOCK_WORDS.finditer(said):
        yield m.group(1)


def time_named(text: str) -> time | None:
    """The time of day `text` names, if any ("friday at 9am" -> 09:00)."""
    said = fold(in_english(text))
    for candidate in _candidates(said):
        try:
            return parse_time_of_day(candidate)
        except TimingError:
            continue
    return None


async def checkin_time_read(ctx: TurnContext, args: Mapping[str, Any]) -> None:
    """Set `add_in`, `add_at` and `add_ok` from the words in variable `text_var`."""
    words = access.text_arg(ctx, args, "text_var")
    day = day_named(words, ctx.now, ctx.tz)
    at = time_named(words)
    ctx.vars["add_ok"] = "yes" if day is not None or at is not None else "no"
    ctx.vars["add_at"] = f"{at.hour:02d}:{at.minute:02d}" if at is not None else ""
    days = day[0] if day is not None else 1
    if day is None and at is not None:
        now = access.local_now(ctx, await access.load(ctx))
        days = 0 if at > now.time() else 1  # "at 6pm": today if it is still to come
    ctx.vars["add_in"] = f"{days}d"
