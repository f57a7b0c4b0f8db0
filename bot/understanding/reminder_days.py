"""The day a reminder asks for: "remind me monday", "check on me in 3 days", "recuérdame
mañana". `reminder_asked(text)` reads the day in English words, whatever language the request
was written in; `days_until(when, now, tz)` turns it into whole days from today in the person's
time zone and the words to say it with ("on Friday", "tomorrow", "on Tuesday 15 December").
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.i18n import _
from bot.i18n.spoken import format_day, format_weekday, in_english
from bot.primitives.text import fold
from bot.understanding.freetext import reminder_when

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_IN_DAYS = re.compile(r"(?<!\w)in (\d{1,2}) (day|days|week|weeks)(?!\w)")


def days_until(when: str, now: datetime, tz: str) -> tuple[int, str]:
    """Whole days from today (in time zone `tz`) to `when` (a weekday, `next week`, `in 3
    days`, `in 1 weeks`, else tomorrow), and how to say it in the person's language."""
    try:
        today = now.astimezone(ZoneInfo(tz)).date()
    except (ValueError, KeyError, ZoneInfoNotFoundError):
        today = now.date()
    if when in WEEKDAYS:
        days = (WEEKDAYS.index(when) - today.weekday()) % 7 or 7
        return days, _("on {day}").format(day=format_weekday(today + timedelta(days=days)))
    if when == "next week":
        return 7, _("next week")
    m = _IN_DAYS.search(when)
    if m is not None and int(m.group(1)) > 0:
        days = int(m.group(1)) * (7 if m.group(2).startswith("week") else 1)
        return days, _("on {date}").format(date=format_day(today + timedelta(days=days)))
    return 1, _("tomorrow")


def reminder_asked(text: str) -> str | None:
    """The day a reminder in `text` asks for, in English words ("monday", "tomorrow", "in 3
    days"), whatever language it was written in; None when `text` asks for no reminder."""
    said = in_english(text)
    day = reminder_when(said)
    span = _IN_DAYS.search(fold(said))
    if span is not None and reminder_when(f"{said} tomorrow") is not None:
        return span.group(0) if day in (None, "tomorrow") else day
    return day


def day_named(text: str, now: datetime, tz: str) -> tuple[int, str] | None:
    """Whole days from `now` (in time zone `tz`) until the day `text` names ("friday at 9", "in
    3 days"), and how to say it; None when it names no day."""
    asked = reminder_asked(f"remind me {in_english(text)}")
    return None if asked is None else days_until(asked, now, tz)
