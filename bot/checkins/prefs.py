"""A person's check-in preferences and how to read what they type to change them.

`Prefs` mirrors one row of the `preferences` table: time zone (their own choice, else the one their
platform profile reports), preferred time of day, quiet hours, a pause end, how many check-ins a
day are fine, and opt-out. The readers here turn "pause 2 weeks", "until 2026-12-01", "London" or
"6pm" into values, in the turn's language as well as English ("2 semanas", "hasta el 1 de
diciembre"); they are pure and raise `TimingError` with a hint on what to write instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

from bot.checkins.timing import (
    Horizon,
    Quiet,
    TimingError,
    add_months,
    parse_horizon,
    parse_time_of_day,
    to_utc,
    to_wall,
    zone,
)
from bot.checkins.zone_words import zone_said
from bot.i18n import _
from bot.i18n.spoken import in_english
from bot.primitives.calendar_words import MONTHS
from bot.primitives.text import fold

DEFAULT_TIME = time(10)
MAX_PAUSE_DAYS = 731


@dataclass(frozen=True, slots=True)
class Prefs:
    """One person's settings; `saved` is False for the defaults of someone never stored."""

    tz: str | None = None
    tz_from_platform: bool = False
    preferred_time: str | None = None
    quiet_start: str = "21:00"
    quiet_end: str = "09:00"
    paused_until: datetime | None = None
    max_per_day: int = 1
    opted_out: bool = False
    extra: dict[str, object] = field(default_factory=dict)
    saved: bool = False

    @property
    def quiet(self) -> Quiet:
        return Quiet.parse(self.quiet_start, self.quiet_end)

    def time_of_day(self, default: time = DEFAULT_TIME) -> time:
        if self.preferred_time:
            return parse_time_of_day(self.preferred_time)
        return default

    def paused_at(self, now: datetime) -> bool:
        return self.paused_until is not None and self.paused_until > now

    def with_platform_tz(self, platform_tz: str | None) -> Prefs:
        """Adopt the platform profile's zone unless the person chose one themselves."""
        if not platform_tz or (self.tz and not self.tz_from_platform):
            return self
        if platform_tz == self.tz:
            return self
        try:
            zone(platform_tz)
        except TimingError:
            return self
        return replace(self, tz=platform_tz, tz_from_platform=True)


def effective_zone(prefs: Prefs, fallback: str) -> ZoneInfo:
    """The person's zone: their own, else the fallback (the engine's idea), else UTC."""
    for name in (prefs.tz, fallback, "UTC"):
        if name:
            try:
                return zone(name)
            except TimingError:
                continue
    return ZoneInfo("UTC")


@lru_cache(maxsize=1)
def _zone_index() -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for name in sorted(available_timezones()):
        if name.startswith(("Etc/", "SystemV/", "posix/", "right/")):
            continue
        city = name.rsplit("/", 1)[-1].replace("_", " ").lower()
        index.setdefault(city, []).append(name)
        index.setdefault(name.lower(), []).append(name)
    for alias in ("UTC", "GMT"):
        index.setdefault(alias.lower(), []).append("UTC")
    return index


def match_timezone(text: str) -> str:
    """An IANA zone from what a person typed: `Europe/London`, `london`, `New York`, `UTC`."""
    said = re.sub(r"\s+", " ", fold(text).replace("_", " "))
    said = said.strip(" .!?,;")
    if not said:
        raise TimingError(_("write a city or a time zone name, like London or America/New_York"))
    found = zone_said(said, _known)
    if found is not None:
        return found
    raise TimingError(
        _(
            "I don't know that place yet. Try a big city near you or a region, like Chicago, "
            "eastern, pacific, London or Mexico City, or a name like America/New_York"
        )
    )


def _known(words: str) -> str | None:
    """An IANA zone or a city in one ("auckland", "america/new york"), if `words` is one."""
    hits = _zone_index().get(words) or _zone_index().get(words.replace(" ", "_"))
    return hits[0] if hits else None


_MONTHS = {name.lower(): n for n, name in enumerate(MONTHS, start=1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\.?(?: (\d{4}))?$")
_MONTH_DAY = re.compile(r"^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,?(?: (\d{4}))?$")


def parse_date(text: str, today: date) -> date:
    """`2026-12-01`, `1 December`, `Dec 1 2026`, `tomorrow`; a date without a year is the next
    one to come."""
    said = re.sub(r"\s+", " ", in_english(text).strip().lower().replace(",", " ")).strip()
    if said == "tomorrow":
        return today + timedelta(days=1)
    year: int | None
    if m := _ISO.match(said):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif (m := _DAY_MONTH.match(said)) and m.group(2) in _MONTHS:
        day, month = int(m.group(1)), _MONTHS[m.group(2)]
        year = int(m.group(3)) if m.group(3) else None
    elif (m := _MONTH_DAY.match(said)) and m.group(1) in _MONTHS:
        month, day = _MONTHS[m.group(1)], int(m.group(2))
        year = int(m.group(3)) if m.group(3) else None
    else:
        raise TimingError(_("I couldn't read that date; write it like 2026-12-01"))
    try:
        found = date(year or today.year, month, day)
        if year is None and found < today:
            found = date(today.year + 1, month, day)
    except ValueError:
        raise TimingError(_("that isn't a real date; check the day and month")) from None
    return found


def parse_pause(text: str, now: datetime, tz: ZoneInfo) -> datetime:
    """When a pause ends (UTC): at the start of the local day after the period, or of the date.

    `2 weeks`, `a month`, `10 days`, `until 2026-12-01`, `till Dec 1`, `2026-12-01`.
    """
    said = re.sub(r"\s+", " ", in_english(text).strip().lower())
    said = re.sub(r"^(for|until|till|til|to|through) ", "", said)
    today = to_wall(now, tz).date()
    try:
        end_day = _after(today, parse_horizon(said))
    except TimingError:
        try:
            end_day = parse_date(said, today)
        except TimingError:
            raise TimingError(
                _(
                    "I couldn't read that; say how long (2 weeks, a month) or until when "
                    "(2026-12-01)"
                )
            ) from None
    if end_day <= today:
        raise TimingError(_("that date has already passed; pick a day after today"))
    if (end_day - today).days > MAX_PAUSE_DAYS:
        raise TimingError(
            _("that's more than two years away; pick a nearer date, or turn check-ins off instead")
        )
    return to_utc(datetime.combine(end_day, time(0)), tz)


def _after(today: date, horizon: Horizon) -> date:
    if horizon.exact:
        days = max(1, round(horizon.span / timedelta(days=1)))
        return today + timedelta(days=days)
    return add_months(today, horizon.months) + timedelta(days=horizon.days)


def parse_quiet(text: str) -> Quiet:
    """`22:00-08:00`, `10pm to 8am`, `none`/`off` (no quiet hours)."""
    said = in_english(text).strip().lower()
    if said in ("none", "off", "no", "never"):
        return Quiet(time(0), time(0))
    parts = re.split(r"\s*(?:-|–|to|until|till)\s*", said)
    if len(parts) != 2:
        raise TimingError(_("write quiet hours as a start and an end, like 22:00-08:00"))
    return Quiet(parse_time_of_day(parts[0]), parse_time_of_day(parts[1]))
