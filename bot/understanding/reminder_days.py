"""The day a reminder asks for: "remind me monday", "check on me in 3 days", "recuérdame mañana",
"check in next tuesday", "remind me on 15 december". `reminder_asked(text)` reads the day in English
words, whatever language the request was written in; `days_until(when, now, tz)` turns it into whole
days from today in the person's time zone and the words to say it with ("on Friday", "tomorrow", "on
Tuesday 15 December").
Between midnight and 04:00 local, "tomorrow" is the day that has just started (`tomorrow_from`).

A week day alone ("tuesday", "this tuesday", "this friday coming") is the coming one; today's ("el
lunes en la mañana" said on a Monday) is next week's, as people who mean today say "today", said
with its date so it can be put right. A day said not to be meant ("monday not tuesday", "dije lunes,
no martes") is left out. "Next <week day>" is read by `dates_said.next_weekday`: the coming one when
it already falls in next week or is more than two days away (on Monday 7 December "next friday" is
11 December, on Sunday 6 December "next tuesday" is 8 December), else next week's ("next tuesday" on
Monday is 15 December); either way it is said back with its date ("on Friday 11 December"), so the
person can correct it ("no, the 18th"). A date said ("15 december", "the 15th", "15/12", "el martes
15") wins over a week day: within the next year, and when the week day said with it disagrees, the
date is trusted and `weekday_note` says so plainly.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.i18n import _
from bot.i18n.spoken import format_date_only, format_day, format_weekday, in_english
from bot.primitives.text import fold
from bot.understanding.dates_said import WEEKDAYS, date_of, date_said, next_weekday
from bot.understanding.freetext import asks_reminder, reminder_when

_IN_DAYS = re.compile(r"(?<!\w)in (\d{1,2}) (day|days|week|weeks)(?!\w)")
_NEXT_DAY = re.compile(
    r"(?<!\w)next\s+(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|s|sday|nesday|rsday|"
    r"urday)?(?!\w)"
)


_NOT_DAY = re.compile(
    r"(?<!\w)(?<!today )(?<!tomorrow )(?:not|no|instead of|rather than|never said)\s+"
    r"(?:on\s+|the\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!\w)"
)
"""A week day said not to be meant ("monday not tuesday"): never the day asked for. A "no" after
"today" is about today ("hoy no, el lunes": monday)."""


def _local(now: datetime, tz: str) -> datetime:
    try:
        return now.astimezone(ZoneInfo(tz))
    except (ValueError, KeyError, ZoneInfoNotFoundError):
        return now


def _today(now: datetime, tz: str) -> date:
    return _local(now, tz).date()


SMALL_HOURS_END = 4
"""Until 04:00 local, "tomorrow" is the day that has just started: said before sleeping, it
means the coming morning ("check on me tomorrow" at 00:15 on Tuesday is Tuesday), and the day
is said back with its date so it can be put right."""


def tomorrow_from(local_now: datetime) -> date:
    """The day "tomorrow" means at the local time `local_now` (see `SMALL_HOURS_END`)."""
    ahead = 0 if local_now.hour < SMALL_HOURS_END else 1
    return local_now.date() + timedelta(days=ahead)


def _on(today: date, day: date) -> tuple[int, str]:
    days = (day - today).days
    if days == 0:
        return 0, _("today")
    if days == 1:
        return 1, _("tomorrow")
    if days < 7:
        return days, _("on {day}").format(day=format_weekday(day))
    return days, _("on {date}").format(date=format_day(day))


def days_until(when: str, now: datetime, tz: str, at: str = "") -> tuple[int, str]:
    """Whole days from today (in time zone `tz`) to `when` (a weekday, `next tuesday`, a date
    form from `date_said`, `next week`, `in 3 days`, else tomorrow), and how to say it in the
    person's language; today's week day is next week's (`at` is kept for callers)."""
    today = _today(now, tz)
    dated = date_of(when, today)
    if dated is not None:  # a date said is said back with its date ("the 11" is "Friday 11")
        days, words = _on(today, dated[0])
        return days, words if days < 2 else _("on {date}").format(date=format_day(dated[0]))
    if when.startswith("next ") and when[5:] in WEEKDAYS:
        day = next_weekday(when[5:], today)  # said with its date: people differ on "next"
        return (day - today).days, _("on {date}").format(date=format_day(day))
    if when in WEEKDAYS:
        days = (WEEKDAYS.index(when) - today.weekday()) % 7
        if days == 0:  # "el lunes en la mañana" said on a Monday: next week's, unless "today"
            return 7, _("on {date}").format(date=format_day(today + timedelta(days=7)))
        return days, _("on {day}").format(day=format_weekday(today + timedelta(days=days)))
    if when == "next week":
        return 7, _("next week")
    m = _IN_DAYS.search(when)
    if m is not None and int(m.group(1)) > 0:
        days = int(m.group(1)) * (7 if m.group(2).startswith("week") else 1)
        return days, _("on {date}").format(date=format_day(today + timedelta(days=days)))
    if _local(now, tz).hour < SMALL_HOURS_END:  # "tomorrow" just after midnight: the coming day
        return 0, _("on {date}").format(date=format_day(today))
    return 1, _("tomorrow")


def weekday_note(when: str, now: datetime, tz: str) -> str:
    """When `when` is a date said with a week day that does not fall on it ("tuesday 16
    december"), a plain line saying the date was followed; else ""."""
    dated = date_of(when, _today(now, tz))
    if dated is None or not dated[1] or WEEKDAYS[dated[0].weekday()] == dated[1]:
        return ""
    said = date(2026, 12, 7) + timedelta(days=WEEKDAYS.index(dated[1]))  # a Monday, onwards
    line = _("Just so you know: {date} is a {weekday}, not a {said}, so I went by the date.")
    return line.format(
        date=format_date_only(dated[0]), weekday=format_weekday(dated[0]), said=format_weekday(said)
    )


def day_in(said: str, now: datetime | None = None, tz: str = "UTC") -> str | None:
    """The day folded English words name, with no asking words needed: a date form, `next
    tuesday`, a week day, `tomorrow`, `next week`, `in 3 days`; None when none."""
    said = _NOT_DAY.sub(" ", said)  # "monday not tuesday": monday
    today = _today(now, tz) if now is not None else None
    dated = date_said(said, today)
    if dated is not None:
        return dated
    m = _NEXT_DAY.search(said)
    if m is not None:
        return "next " + next(d for d in WEEKDAYS if d.startswith(m.group(1)[:3]))
    day = reminder_when(f"remind me {said}")
    span = _IN_DAYS.search(said)
    if span is not None and day in (None, "tomorrow"):
        return span.group(0)
    return day


def reminder_asked(text: str, now: datetime | None = None, tz: str = "UTC") -> str | None:
    """The day a reminder in `text` asks for, in English words ("monday", "next tuesday",
    "tomorrow", "in 3 days") or a date form (`d15m12`), whatever language it was written in;
    None when `text` asks for no reminder or names no day."""
    said = fold(in_english(text).replace("’", "'"))
    if not asks_reminder(said):
        return None
    return day_in(said, now, tz)


def day_named(text: str, now: datetime, tz: str) -> tuple[int, str] | None:
    """Whole days from `now` (in time zone `tz`) until the day `text` names ("friday at 9", "in
    3 days", "15 december"), and how to say it; None when it names no day."""
    asked = day_in(fold(in_english(text).replace("’", "'")), now, tz)
    return None if asked is None else days_until(asked, now, tz)
