"""Moving a check-in the person already has to another day or time, said in their own words.

`move_checkin` (an inspector) takes "move friday's one to 12", "change the friday reminder to
noon", "quiero cambiar el del viernes a las 12" or "mejor cámbialo, que sea el viernes a las 12",
wherever the person is (except a draft or the care flows), and moves the check-in:

- which one: the one on the day named first, when a check-in falls on it ("friday's one");
  otherwise the only one, or the one made last ("cámbialo": the one just set);
- to when: the day named last (when it is not the day of the one found) and the time named
  ("to 12", "a las 12", "noon", "later, like 11": 23:00 after 20:00), each kept from the
  check-in when not said. "Tomorrow" is the day after today, "8 december" that very date; a
  time already gone is a week on for a week day, the next day for today or a date.

It is moved in place (its flow and id stay), out of quiet hours, and the reply names the new
date and time; then the question that was waiting is asked again. A message that names no day
or time, or no check-in to move, is left to the flows ("Change the time" still opens the
settings for the usual time).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple

from bot.checkins import access, repo
from bot.checkins.adding import passed_note, quiet_note, time_named
from bot.checkins.rows import CheckinRow
from bot.checkins.timing import (
    TimingError,
    format_wall,
    human_when,
    parse_time_of_day,
    parse_wall,
    to_utc,
    to_wall,
    zone,
)
from bot.core.actions import ActionRegistry
from bot.core.context import TurnContext
from bot.core.engine import Engine
from bot.core.model import UnderstoodKind
from bot.i18n import _
from bot.primitives.regex_keys import Keyed
from bot.primitives.text import fold
from bot.reminding import CHANGED_WITHIN, CHECKINS_FLOW, JUST_SET
from bot.understanding.reminder_days import tomorrow_from
from bot.understanding.time_words import time_in

NOT_IN = frozenset({"draft", "crisis", "crisis_followup", "safetyplan", "grounding", "remind"})
"""Flows whose words are not about the person's check-ins (a draft, a safety plan), and the
remind flow, which moves the check-in it is setting up itself."""

_MOVE = re.compile(
    r"(?<!\w)(?:move|moving|change|changing|reschedule|shift|push|switch|make (?:it|that)|"
    r"cambi\w*|camb[ií]a\w*|mov\w*|mu[eé]v\w*|pas\w+|reprogram\w*|que sea|"
    r"(?:can|could|should) (?:it|that|(?:the|my) (?:\w+ )?(?:thing|one|check ?-?in|reminder)) be|"
    r"(?:puede|podria) ser)(?!\w)"
)
"""Words asking to move something ("move", "change", "cambiar", "cámbialo", "que sea", "can the
thursday thing be at night", "¿puede ser en la noche el del jueves?")."""
_MOVE_KEYED = Keyed(_MOVE, alone=True)
"""`_MOVE`, skipped on a text holding none of its keys (`bot.primitives.regex_keys`)."""
_WHICH = re.compile(
    r"(?<!\w)(?:one|thing|reminder|check ?-?ins?|checkins?|recordatorio|aviso|seguimiento"
    r"|(?:el|la|uno|una) del?)(?!\w)"
)
"""Words naming a check-in ("friday's one", "the friday reminder", "el del viernes")."""
_IT = re.compile(r"(?<!\w)(?:it|that|lo|la|\w+(?:alo|elo|ilo|ala|ela))(?!\w)")
"""A check-in named only as "it" ("move it to saturday", "cámbialo"): taken where the person is
looking at their check-ins, or between conversations, never in the middle of one ("I had to move
it to friday" in a vent is about something else)."""
PLAIN_PLACES = frozenset({"", "checkins", "menu"})
_DAYS = {
    "monday": 0, "mon": 0, "lunes": 0,
    "tuesday": 1, "tues": 1, "tue": 1, "martes": 1,
    "wednesday": 2, "wed": 2, "miercoles": 2,
    "thursday": 3, "thurs": 3, "thu": 3, "jueves": 3,
    "friday": 4, "fri": 4, "viernes": 4,
    "saturday": 5, "sat": 5, "sabado": 5,
    "sunday": 6, "sun": 6, "domingo": 6,
}  # fmt: skip
_DAY = re.compile(r"(?<!\w)(" + "|".join(sorted(_DAYS, key=len, reverse=True)) + r")(?:'?s)?(?!\w)")
_TOMORROW = re.compile(
    r"(?<!\w)(?<!day after )(?<!pasado )"
    r"(?:tomorrow|tmrw|tmr|tomorow|(?<!la )(?<!las )manana(?! por))(?!\w)"
)
_TODAY = re.compile(r"(?<!\w)(?:today|tonight|hoy|esta noche)(?!\w)")
_MONTHS = {
    "january": 1, "jan": 1, "enero": 1, "february": 2, "feb": 2, "febrero": 2,
    "march": 3, "mar": 3, "marzo": 3, "april": 4, "apr": 4, "abril": 4, "may": 5, "mayo": 5,
    "june": 6, "jun": 6, "junio": 6, "july": 7, "jul": 7, "julio": 7,
    "august": 8, "aug": 8, "agosto": 8, "september": 9, "sept": 9, "sep": 9, "septiembre": 9,
    "october": 10, "oct": 10, "octubre": 10, "november": 11, "nov": 11, "noviembre": 11,
    "december": 12, "dec": 12, "diciembre": 12,
}  # fmt: skip
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE = re.compile(
    r"(?<!\w)(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?"
    + _MONTH
    + r"|"
    + _MONTH
    + r"\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?)(?!\w)"
)
"""A date with its month ("8 dec", "december 8th", "8 de diciembre"): that very date."""
_AFTER_TOMORROW = re.compile(r"(?<!\w)(?:(?:the )?day after tomorrow|pasado manana)(?!\w)")
_DAY_AFTER = re.compile(
    r"(?<!\w)(?:(?:the |a )?(?:day after|next day|following day)(?! tomorrow)|a day later|"
    r"(?:el |al )?(?:dia siguiente|otro dia)|(?:un |el )dia despues)(?!\w)"
)
"""A day said from the check-in's own day ("make it the day after", "al otro día"): the day
after the one it is on, not after today."""
_TO_CLOCK = re.compile(
    r"(?<!\w)(?:to|at|for|like|around|a las|a la|para las|para la|hasta las|como a las)\s+"
    r"(\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)?)(?!\w)"
)


def _clock(said: str) -> time | None:
    """The new time of day named ("to 12", "a las 12", "noon", "3pm", "seven at night"), if any:
    the one reader of times in words (`time_in`) first."""
    found = time_in(said)
    if found is not None:
        return found
    m = _TO_CLOCK.search(said)
    if m is not None:
        try:
            return parse_time_of_day(m.group(1).replace(".", ":"))
        except TimingError:
            pass
    return time_named(said)


def days_named(said: str) -> bool:
    """Whether folded `said` names a week day, a date, today, tomorrow, or the day after the
    check-in's."""
    return bool(
        _DAY.search(said)
        or _DATE.search(said)
        or _TODAY.search(said)
        or _TOMORROW.search(said)
        or _AFTER_TOMORROW.search(said)
        or _DAY_AFTER.search(said)
    )


def day_after_named(said: str) -> bool:
    """Whether folded `said` asks for the day after the check-in's own ("the next day")."""
    return _DAY_AFTER.search(said) is not None


def time_named_in(said: str) -> time | None:
    """The time of day folded `said` names ("to 12", "a las 12", "noon"), if any."""
    return _clock(said)


class Day(NamedTuple):
    """A day named: its date, and whether it was only a week day ("friday": the same day a
    week on once its time has passed), not a date ("today", "tomorrow", "8 december")."""

    on: date
    weekly: bool


def _days(said: str, today: date, tomorrow: date | None = None) -> list[Day]:
    """The days named, in the order said (a weekday is its next one, today included; "tomorrow"
    is the day after today, whatever day the check-in is on; "8 dec" is that date)."""
    found: list[tuple[int, Day]] = []
    dates = list(_DATE.finditer(said))
    for m in dates:
        n, month = int(m.group(1) or m.group(4)), _MONTHS[m.group(2) or m.group(3)]
        on = _dated(today.year, month, n)
        if on is not None and on < today:
            on = _dated(today.year + 1, month, n)
        if on is not None:
            found.append((m.start(), Day(on, weekly=False)))
    for m in _DAY.finditer(said):
        if any(abs(d.start() - m.end()) <= 3 or abs(m.start() - d.end()) <= 3 for d in dates):
            continue  # "tuesday december 8": the date says the day
        ahead = (_DAYS[m.group(1)] - today.weekday()) % 7
        on = _of_month(said[m.end() :], today)
        found.append((m.start(), Day(on or today + timedelta(ahead), weekly=on is None)))
    found += [(m.start(), Day(today, False)) for m in _TODAY.finditer(said)]
    tomorrow = tomorrow or today + timedelta(days=1)
    found += [(m.start(), Day(tomorrow, False)) for m in _TOMORROW.finditer(said)]
    found += [
        (m.start(), Day(today + timedelta(days=2), False)) for m in _AFTER_TOMORROW.finditer(said)
    ]
    return [d for _at, d in sorted(found)]


def _dated(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_MONTH_DAY = re.compile(r"\s*(?:the\s+|el\s+)?(\d{1,2})(?:st|nd|rd|th)?\b")


def _of_month(after: str, today: date) -> date | None:
    """The date a day of the month written right after a weekday names ("monday 14", "lunes
    14": the 14th of this month, or of the next once it has passed), or None."""
    m = _MONTH_DAY.match(after)
    if m is None:
        return None
    n = int(m.group(1))
    year, month = (today.year, today.month) if n >= today.day else _next_month(today)
    try:
        return date(year, month, n)
    except ValueError:
        return None


def _next_month(today: date) -> tuple[int, int]:
    return (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)


_LATER = re.compile(r"(?<!\w)(?:later|mas tarde)(?!\w)")


def _later(said: str, new: time | None, old: time) -> time | None:
    """ "Make it later, like 11" from 20:00: 23:00, the 11 that comes after, not the morning."""
    if new is not None and new < old and new.hour < 12 and _LATER.search(said):
        if re.search(r"(?<!\w)(?:am|a\.m\.|de la manana|in the morning)(?!\w)", said) is None:
            return new.replace(hour=new.hour + 12)
    return new


def asks_to_move(text: str, *, by_it: bool = True) -> bool:
    """Whether `text` asks to move a check-in to a day or time it names (`by_it`: naming it
    "it" is enough)."""
    said = fold(text)
    if not _MOVE_KEYED.search(said):
        return False  # asked first: on nearly every message no moving word, nothing else to read
    if not (_WHICH.search(said) or (by_it and _IT.search(said))):
        return False
    return bool(days_named(said) or _clock(said))


def _local(row: CheckinRow) -> datetime:
    try:
        return parse_wall(row.local_time)
    except ValueError:
        return to_wall(row.due_at, zone(row.tz))


def _pick(rows: list[CheckinRow], days: list[Day]) -> tuple[CheckinRow, list[Day]]:
    """The check-in meant and the days left to say where it goes: the first day names the one
    on it ("friday's one"; a date only the one on that very date, so "move it to 8 december"
    moves the one on the 15th there)."""
    for row in rows:
        on = _local(row).date()
        if days and (on.weekday() == days[0].on.weekday() if days[0].weekly else on == days[0].on):
            return row, days[1:]
    return max(rows, key=lambda r: r.id), days


async def move_checkin(ctx: TurnContext, text: str) -> bool:
    """ "Move friday's one to 12": move that check-in, say where it went, ask again."""
    by_it = (ctx.conv.flow or "") in PLAIN_PLACES
    if ctx.conv.flow in NOT_IN or not asks_to_move(text, by_it=by_it) or not access.has_sql(ctx):
        return False
    if _just_set(ctx) and not _WHICH.search(fold(text)):
        return False  # "no, make it tuesday" right after: the remind flow asks again itself
    if not await moved(ctx, text):
        return False
    ctx.understand(UnderstoodKind.FLOW)
    engine = ctx.services.find(Engine)
    if engine is not None and ctx.conv.flow == CHECKINS_FLOW:
        await engine.walker.enter(ctx, CHECKINS_FLOW, "list")  # the list, as it is now
    elif engine is not None and engine.walker.current(ctx) is not None:
        engine.walker.reprompt(ctx)
    return True


async def checkins_move(ctx: TurnContext, args: Mapping[str, Any]) -> None:
    """The check-ins screen's "Move one": move the one the words in `text_var` name ("friday's
    to 12") and set `move_ok` to "yes", or "no" when they name no check-in or no new time."""
    moving = access.has_sql(ctx) and await moved(ctx, access.text_arg(ctx, args, "text_var"))
    ctx.vars["move_ok"] = "yes" if moving else "no"


def register(registry: ActionRegistry) -> None:
    """Add `checkins_move` to `registry`."""
    registry.register("checkins_move", sets=["move_ok"], required=["text_var"])(checkins_move)


async def moved(ctx: TurnContext, text: str, row_id: int | None = None) -> bool:
    """Move the check-in `text` names (or the one `row_id` says) to the day or time it names,
    and say so (or that it is there already); False (saying nothing) when there is none to
    move or nowhere new to move it."""
    rows = await repo.upcoming(access.connection(ctx), str(ctx.key))
    if row_id is not None:
        rows = [r for r in rows if r.id == row_id]
    if not rows:
        return False
    said = fold(text)
    prefs = await access.load(ctx)
    local_now = access.local_now(ctx, prefs)
    today = local_now.date()
    named = _days(said, today, tomorrow_from(local_now))
    row, days = _pick(rows, named) if row_id is None else (rows[0], named)
    old = _local(row)
    if _DAY_AFTER.search(said):  # "make it the day after": after the day it is on
        days = [*days, Day(old.date() + timedelta(days=1), weekly=False)]
    new_time = _clock(said)
    if not days and new_time is None:
        return False  # "move friday's one" with nowhere to go: left to the flows
    new_time = _later(said, new_time, old.time())
    wall = datetime.combine(days[-1].on if days else old.date(), new_time or old.time())
    if wall == old:  # "WEDNESDAY. seven pm" once it is there: said so, not left unread
        ctx.say(
            _("That's where it is already: your check-in is on {when}.").format(
                when=human_when(old, today=today)
            )
        )
        return True
    tz = zone(row.tz)
    local_now = to_wall(ctx.now, tz)
    wanted = wall_said = wall
    while to_utc(wanted, tz) <= ctx.now:  # a week day a week on; today, a date: the next day
        wanted += timedelta(days=7 if days and days[-1].weekly else 1)
    wall = prefs.quiet.leave(wanted)
    if wall != wanted:  # "move it to 10pm": said, never moved on silently
        ctx.say(quiet_note(wanted, wall, prefs.quiet, local_now))
    elif wanted != wall_said:
        ctx.say(passed_note(wall_said, wall, local_now))
    due = to_utc(wall, tz)
    moved = await repo.move(
        access.connection(ctx), row.id, due_at=due, local_time=format_wall(wall), tz=row.tz,
        now=ctx.now,
    )  # fmt: skip
    if not moved:
        return False
    access.wake(ctx, due)
    ctx.say(
        _("Done: I've moved your check-in from {before} to {when}.").format(
            before=human_when(old, today=today), when=human_when(wall, today=today)
        )
    )
    return True


def just_set(ctx: TurnContext) -> bool:
    """Whether the remind flow set a check-in moments ago (it takes a change said next)."""
    return _just_set(ctx)


def _just_set(ctx: TurnContext) -> bool:
    raw = ctx.meta.get(JUST_SET)
    if not isinstance(raw, list) or not raw:
        return False
    try:
        return ctx.now - datetime.fromisoformat(str(raw[-1])) <= CHANGED_WITHIN
    except ValueError:
        return False
