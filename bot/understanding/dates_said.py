"""Dates said in words, read against today: "15 december", "december 15", "dec 15", "the
15th", "the 15", "15/12", "tuesday 15" (from Spanish "el martes 15", "el 15"), in English
words (`in_english` rewrites Spanish first: "el 15 de diciembre" is "15 december").

`date_said(said)` finds the date a folded English sentence names and gives it in a short plain
form (`d15m12`, `d15` for "the 15th"), with the week day said next to it if any
(`tuesday d15m12`); `date_of(form, today)` turns that form into the date it stands for: always
within the next year (a day already past this year is next year's, "the 15th" is the coming
15th), and the week day that was said, if any, so a caller can say when the two disagree. A
number after a week day ("tuesday 8") is a date only when that day falls on that week day, or
when it is no hour (above 12): otherwise it is a time ("tuesday 8", "tuesday 8pm").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*,?\s+(?:the\s+)?)?"
_DAY_MONTH = re.compile(rf"(?<![\w/:.]){_WEEKDAY}{_DAY}(?:\s+of)?\s+{_MONTH}(?!\w)")
_MONTH_DAY = re.compile(rf"(?<![\w/:.]){_WEEKDAY}{_MONTH}\s+(?:the\s+)?{_DAY}(?![\w:])")
_SLASHED = re.compile(rf"(?<![\w/:.]){_WEEKDAY}(\d{{1,2}})/(\d{{1,2}})(?:/\d{{2,4}})?(?![\w/])")
_NTH = re.compile(rf"(?<![\w/:.]){_WEEKDAY}(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)(?!\w)")
_THE_NUMBER = re.compile(
    r"(?<!\w)the\s+(\d{1,2})(?=\s*(?:$|[,.!?;)]|(?:at|around|then|instead|please|in the|"
    r"por favor)\b))"
)
_WEEKDAY_NUMBER = re.compile(
    r"(?<!\w)(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\s+(?:the\s+)?(\d{1,2})"
    r"(?![\w:.]|\s*(?:am|pm|a\.m|p\.m|ish|o'?clock|in the|at night|de la)\b)"
)


def _weekday(short: str | None) -> str:
    if not short:
        return ""
    return next(d for d in WEEKDAYS if d.startswith(short[:3]))


def _month(short: str) -> int:
    return next(n for n, m in enumerate(MONTHS, 1) if m.startswith(short[:3]))


def _form(weekday: str, day: int, month: int | None) -> str | None:
    if not 1 <= day <= 31:
        return None
    plain = f"d{day}" + (f"m{month}" if month else "")
    return f"{weekday} {plain}".strip()


def date_said(said: str, today: date | None = None) -> str | None:
    """The date a folded English sentence names, as a plain form (`tuesday d15m12`, `d15`), or
    None. With `today`, a week day followed by a small number ("tuesday 8") is a date only
    when that day falls on that week day."""
    if m := _DAY_MONTH.search(said):
        return _form(_weekday(m.group(1)), int(m.group(2)), _month(m.group(3)))
    if m := _MONTH_DAY.search(said):
        return _form(_weekday(m.group(1)), int(m.group(3)), _month(m.group(2)))
    if m := _SLASHED.search(said):
        first, second = int(m.group(2)), int(m.group(3))
        day, month = (second, first) if second > 12 >= first else (first, second)
        return _form(_weekday(m.group(1)), day, month) if 1 <= month <= 12 else None
    if m := _NTH.search(said):
        return _form(_weekday(m.group(1)), int(m.group(2)), None)
    if m := _THE_NUMBER.search(said):  # "the 11", "el 11"
        return _form("", int(m.group(1)), None)
    if m := _WEEKDAY_NUMBER.search(said):
        weekday, day = _weekday(m.group(1)), int(m.group(2))
        if day > 12:
            return _form(weekday, day, None)
        if today is not None:
            found = date_of(f"d{day}", today)
            if found is not None and WEEKDAYS[found[0].weekday()] == weekday:
                return _form(weekday, day, None)
    return None


_FORM = re.compile(r"^(?:([a-z]+) )?d(\d{1,2})(?:m(\d{1,2}))?$")


def date_of(form: str, today: date) -> tuple[date, str] | None:
    """The date a plain form (`tuesday d15m12`) stands for from `today`, within the next year,
    and the week day said with it ("" if none); None when it is no date (`d31m2`)."""
    m = _FORM.match(form.strip())
    if m is None:
        return None
    said_weekday, day = m.group(1) or "", int(m.group(2))
    if m.group(3):
        month = int(m.group(3))
        for year in (today.year, today.year + 1, today.year + 2):
            found = _valid(year, month, day)
            if found is not None and found >= today:
                return found, said_weekday
        return None
    start = today.replace(day=1)
    for ahead in range(13):
        year, month = start.year + (start.month - 1 + ahead) // 12, (start.month - 1 + ahead) % 12
        found = _valid(year, month + 1, day)
        if found is not None and found >= today:
            return found, said_weekday
    return None


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


NEAR = 2
"""A coming week day at most this many days away is not what "next <week day>" means: said on
Monday, "next tuesday" (tomorrow) or "next wednesday" are next week's."""


def next_weekday(weekday: str, today: date) -> date:
    """The day "next <weekday>" means. When the coming one already falls in next week (weeks
    start on Monday), it is that one: on Sunday 6 December "next tuesday" is 8 December, on
    Friday 11 December "next monday" is 14. When the coming one is still this week, people
    differ; it is the coming one when more than `NEAR` days away (on Monday 7 December "next
    friday" is 11 December, as most people mean), else next week's ("next tuesday" is 15
    December). `next_is_unclear` says when the phrase could mean either, so it is said back
    with its date."""
    coming = today + timedelta(days=(WEEKDAYS.index(weekday) - today.weekday()) % 7 or 7)
    monday = today + timedelta(days=7 - today.weekday())
    following = monday + timedelta(days=WEEKDAYS.index(weekday))
    if coming == following or (coming - today).days > NEAR:
        return coming
    return following


def next_is_unclear(weekday: str, today: date) -> bool:
    """Whether "next <weekday>" said `today` could mean two days a week apart (the coming one
    is still this week)."""
    coming = today + timedelta(days=(WEEKDAYS.index(weekday) - today.weekday()) % 7 or 7)
    return coming < today + timedelta(days=7 - today.weekday())
