"""Pure time arithmetic for check-ins: horizons, local wall-clock times, DST and quiet hours.

A check-in is kept as the local wall-clock time it is meant for (`2026-03-29T10:00` in
`Europe/London`), and its UTC due time is derived from that. Adding "2 weeks" or "3 months" happens
on the local calendar, so a 10:00 check-in stays at 10:00 across a DST change. Converting a wall
time that does not exist (the hour skipped in spring) moves it forward by the size of the gap
(02:30 becomes 03:30); a wall time that happens twice (the hour repeated in autumn) takes the first.
Quiet hours (`21:00` to `09:00` by default, possibly across midnight) push a time to their end.
Nothing here touches a database or the clock: callers pass `now`. What people type is read in
the language of the turn as well as English (`bot.i18n.spoken`), and dates are written in it.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.i18n import _
from bot.i18n.spoken import format_day, format_short, in_english
from bot.understanding.time_words import CLOCK, plain_time_words, read_plain

WALL_FORMAT = "%Y-%m-%dT%H:%M"
MAX_SEARCH_DAYS = 800


class TimingError(ValueError):
    """A horizon, time of day, date or time zone that cannot be understood; the text says the
    fix. Errors about what a person typed never repeat it, so they are safe to show as is."""


@dataclass(frozen=True, slots=True)
class Horizon:
    """How far ahead: calendar months and days (kept on the local calendar) or an exact span."""

    months: int = 0
    days: int = 0
    span: timedelta = timedelta(0)

    @property
    def exact(self) -> bool:
        """True for hour/minute horizons, which ignore the time of day."""
        return self.span > timedelta(0)


_UNITS: dict[str, tuple[str, int]] = {
    "min": ("minutes", 1),
    "mins": ("minutes", 1),
    "minute": ("minutes", 1),
    "minutes": ("minutes", 1),
    "h": ("hours", 1),
    "hr": ("hours", 1),
    "hrs": ("hours", 1),
    "hour": ("hours", 1),
    "hours": ("hours", 1),
    "d": ("days", 1),
    "day": ("days", 1),
    "days": ("days", 1),
    "w": ("days", 7),
    "wk": ("days", 7),
    "week": ("days", 7),
    "weeks": ("days", 7),
    "mo": ("months", 1),
    "mon": ("months", 1),
    "month": ("months", 1),
    "months": ("months", 1),
    "y": ("months", 12),
    "yr": ("months", 12),
    "year": ("months", 12),
    "years": ("months", 12),
}
_HORIZON = re.compile(r"^(\d{1,4}|an?|one)\s*([a-z]+)$")


def parse_horizon(text: str) -> Horizon:
    """`1d`, `3d`, `2w`, `3mo`, `1y`, `4h`, `30min`, or words: `2 weeks`, `a month`."""
    said = re.sub(r"^(?:in|for)\s+", "", in_english(text).strip().lower())
    m = _HORIZON.match(said)
    if m is None or m.group(2) not in _UNITS:
        raise TimingError(
            f"cannot read the horizon {text!r}; write a number and a unit, like 1d, 2w, 3mo "
            "(d = days, w = weeks, mo = months, y = years, h = hours, min = minutes)"
        )
    count = 1 if m.group(1) in ("a", "an", "one") else int(m.group(1))
    kind, factor = _UNITS[m.group(2)]
    n = count * factor
    if kind == "months":
        return Horizon(months=n)
    if kind == "days":
        return Horizon(days=n)
    return Horizon(span=timedelta(**{kind: n}))


def parse_time_of_day(text: str) -> time:
    """`10:00`, `9`, `9am`, `6.30 pm`, `18h30`, `noon`, `morning`, `evening` -> a time; and
    in words (`bot.understanding.time_words`): "around 7pm", "after lunch", "7 in the evening",
    "a las 7 de la tarde"."""
    said = re.sub(r"^at\s+", "", in_english(text).strip().lower())
    said = plain_time_words(said).replace(" ", "")
    found = read_plain(said)
    if found is not None:
        return found
    m = CLOCK.match(said)
    if m is None:
        raise TimingError(_("I couldn't read that time; write it like 10:00, 9am or 18:30"))
    if m.group(3) and not 1 <= int(m.group(1)) <= 12:
        raise TimingError(_("that isn't a time on a 12-hour clock; try 9am or 18:30"))
    raise TimingError(_("that isn't a time of day; use 00:00 to 23:59"))


_BARE_HOUR = re.compile(r"[1-9](?:[:.h]\d{2})?|1[01](?:[:.h]\d{2})?")


def afternoon_meant(text: str, value: time, quiet: Quiet) -> time:
    """A bare hour said without am or pm ("3", "half past four") read as the morning but inside
    quiet hours, when the same hour after noon is not: the afternoon or evening is meant."""
    said = re.sub(r"^at\s+", "", in_english(text).strip().lower())
    if not quiet.contains(value) or not _BARE_HOUR.fullmatch(plain_time_words(said)):
        return value
    later = value.replace(hour=value.hour + 12)
    return value if quiet.contains(later) else later


def format_hm(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def zone(name: str) -> ZoneInfo:
    """The IANA zone `name`; raises TimingError naming the fix when it is unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise TimingError(
            f"unknown time zone {name!r}; use an IANA name like Europe/London or America/New_York"
        ) from None


def as_utc(value: datetime) -> datetime:
    """An aware UTC datetime; naive values (as SQLite returns them) are taken to be UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def to_utc(wall: datetime, tz: ZoneInfo) -> datetime:
    """The UTC instant of a local wall-clock time.

    `fold=0` gives exactly the rules we want: in a gap the offset from before the change applies,
    so the instant lands that many minutes later on the clock (moved forward); in a repeated hour
    the first occurrence is taken.
    """
    return wall.replace(tzinfo=tz, fold=0).astimezone(UTC)


def to_wall(instant: datetime, tz: ZoneInfo) -> datetime:
    """The naive local wall-clock time of a UTC instant."""
    return as_utc(instant).astimezone(tz).replace(tzinfo=None)


def format_wall(wall: datetime) -> str:
    return wall.strftime(WALL_FORMAT)


def parse_wall(text: str) -> datetime:
    return datetime.strptime(text[:16], WALL_FORMAT)


def add_months(day: date, months: int) -> date:
    """`day` plus calendar months; the 31st becomes the last day of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


@dataclass(frozen=True, slots=True)
class Quiet:
    """Quiet hours `[start, end)` in local time; equal ends mean no quiet hours."""

    start: time = time(21)
    end: time = time(9)

    @classmethod
    def parse(cls, start: str, end: str) -> Quiet:
        return cls(parse_time_of_day(start), parse_time_of_day(end))

    def contains(self, t: time) -> bool:
        t = t.replace(second=0, microsecond=0)
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= t < self.end
        return t >= self.start or t < self.end

    def leave(self, wall: datetime) -> datetime:
        """`wall`, or the end of the quiet period it falls in (possibly the next morning)."""
        if not self.contains(wall.time()):
            return wall
        end = datetime.combine(wall.date(), self.end)
        if self.start > self.end and wall.time() >= self.start:
            end += timedelta(days=1)
        return end


def plan_wall(now: datetime, horizon: Horizon, tz: ZoneInfo, at: time, quiet: Quiet) -> datetime:
    """The local wall-clock time a check-in `horizon` from `now` is meant for.

    Calendar horizons land on the local date `horizon` ahead at `at`; exact ones (hours, minutes)
    keep the clock time they land on. Either way the result is moved out of quiet hours and is
    never in the past.
    """
    local_now = to_wall(now, tz)
    if horizon.exact:
        wall = to_wall(as_utc(now) + horizon.span, tz).replace(second=0, microsecond=0)
    else:
        day = add_months(local_now.date(), horizon.months) + timedelta(days=horizon.days)
        wall = datetime.combine(day, at)
    wall = quiet.leave(wall)
    while to_utc(wall, tz) <= as_utc(now):
        wall = quiet.leave(wall + timedelta(days=1))
    return wall


def next_free_wall(
    wall: datetime,
    tz: ZoneInfo,
    quiet: Quiet,
    *,
    after: datetime,
    is_free: Callable[[date], bool],
) -> datetime:
    """The first wall time at `wall`'s time of day, on its day or later, outside quiet hours,
    strictly after the instant `after`, on a local day `is_free` accepts."""
    tod = wall.time()
    day = wall.date()
    for _day in range(MAX_SEARCH_DAYS):
        candidate = quiet.leave(datetime.combine(day, tod))
        if to_utc(candidate, tz) > as_utc(after) and is_free(candidate.date()):
            return candidate
        day += timedelta(days=1)
    raise TimingError(_("no free day for a check-in in the next two years; cancel some first"))


def human_wall(wall: datetime) -> str:
    """`Tue 3 Mar, 10:00` (`mar 3 mar, 10:00` in Spanish)."""
    return format_short(wall)


def human_when(wall: datetime, *, today: date | None = None) -> str:
    """`Tuesday 3 March at 10:00` (with the year when it is not this year): reads after "on"."""
    day = human_date(wall.date(), today=today)
    return _("{date} at {time}").format(date=day, time=f"{wall:%H:%M}")


def human_date(day: date, *, today: date | None = None) -> str:
    """`Tuesday 1 December` (and the year when it is not this year), in the turn's language."""
    return format_day(day, with_year=today is not None and day.year != today.year)
