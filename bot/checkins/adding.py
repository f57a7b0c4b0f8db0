"""Reading when a person wants a check-in they add themselves ("friday at 9am", "tomorrow
evening", "monday"), for the check-ins screen's "Add a check-in" and "check on me at night".

`checkin_time_read` reads the words in variable `text_var` (or, without it, the answer just
given) and sets `add_in` (days ahead, as `schedule_checkin` takes them: `3d`), `add_at` (a local
`HH:MM`, or "" for the person's usual time) and `add_ok` ("yes" when a day or a time was found).
The day comes from the reminder reader in understanding, the time from the check-in time reader
(`parse_time_of_day`), tried on the whole text first and then on the words after "at", "around"
and the like.

`checkin_landing` tells, before a check-in is agreed or added, when quiet hours will move it,
once, and puts the day and time it will really arrive in `words_var`, so the confirmation that
follows names the same time. The words are `quiet_note`'s (moving a check-in says them too): no
messages between 21:00 and 09:00, the nearest time instead, and a time just before the quiet
hours that evening when it is still ahead. A time asked for today ("tonight") that has already
gone by is said too (`passed_note`), with the day it comes instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import datetime, time, timedelta
from typing import Any

from bot.checkins import access, scheduling
from bot.checkins.booked import remember_booked
from bot.checkins.prefs import effective_zone
from bot.checkins.timing import (
    Quiet,
    TimingError,
    format_hm,
    human_when,
    parse_horizon,
    parse_time_of_day,
    plan_wall,
    to_wall,
)
from bot.core.actions import ActionRegistry
from bot.core.context import TurnContext
from bot.core.text import fold
from bot.i18n import _
from bot.i18n.spoken import format_weekday, in_english
from bot.understanding.freetext import asks_reminder
from bot.understanding.reminder_days import day_named
from bot.understanding.time_words import time_in

_AFTER_WORD = re.compile(
    r"(?<!\w)(?:at|around|about|by|from|before|after|~)\s+(\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)?|"
    r"[a-z]+)(?!\w)"
)
_CLOCK_WORDS = re.compile(
    r"(?<!\w)(\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)|\d{1,2}:\d{2}|noon|midday|morning|afternoon|"
    r"evening)(?!\w)"
)

_TODAY = re.compile(r"(?<!\w)(?:today|tonight|hoy|esta noche)(?!\w)")


def register(registry: ActionRegistry) -> None:
    """Add `checkin_time_read` to `registry`."""
    registry.register(
        "checkin_time_read", sets=["add_in", "add_at", "add_ok"], optional=["text_var"]
    )(checkin_time_read)
    registry.register(
        "checkin_landing", sets=["checkin_moved"], required=["in"], optional=["at", "words_var"]
    )(checkin_landing)
    registry.register("checkin_first_asked")(checkin_first_asked)


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
    found = time_in(said)
    if found is not None:
        return found
    for candidate in _candidates(said):
        try:
            return parse_time_of_day(candidate)
        except TimingError:
            continue
    return None


async def checkin_time_read(ctx: TurnContext, args: Mapping[str, Any]) -> None:
    """Set `add_in`, `add_at` and `add_ok` from the words in variable `text_var`, or without
    it from the answer just given ("check on me at night" picking "Check on me tomorrow")."""
    words = (
        access.text_arg(ctx, args, "text_var") if args.get("text_var") else (ctx.turn.text or "")
    )
    day = day_named(words, ctx.now, ctx.tz)
    at = time_named(words)
    ctx.vars["add_ok"] = "yes" if day is not None or at is not None else "no"
    ctx.vars["add_at"] = f"{at.hour:02d}:{at.minute:02d}" if at is not None else ""
    days = day[0] if day is not None else 1
    if day is None and at is not None:
        now = access.local_now(ctx, await access.load(ctx))
        days = 0 if at > now.time() else 1  # "at 6pm": today if it is still to come
        if _TODAY.search(fold(in_english(words))):
            days = 0  # "tonight" once its time has gone: `checkin_landing` says so
    ctx.vars["add_in"] = f"{days}d"


NO_QUIET = Quiet(time(0), time(0))
EVENING_MARGIN = timedelta(minutes=30)
"""How long before the quiet hours start the evening time offered instead is (20:30)."""


def quiet_note(wanted: datetime, landing: datetime, quiet: Quiet, local_now: datetime) -> str:
    """Said when quiet hours moved a check-in from `wanted` to `landing` (local wall times):
    that no message goes out in the quiet hours, when it comes instead, and, when the time asked
    for was late in the evening and a time just before the quiet hours on that day is still
    ahead, that one as a choice ("move it to 20:30")."""
    when = human_when(landing, today=local_now.date())
    note = _(
        "I don't send messages between {start} and {end} (your quiet hours), so {time} won't "
        "work. The nearest time I can message you is {when}."
    ).format(
        start=format_hm(quiet.start), end=format_hm(quiet.end), time=f"{wanted:%H:%M}", when=when
    )
    evening = datetime.combine(wanted.date(), quiet.start) - EVENING_MARGIN
    late = quiet.start > quiet.end and wanted.time() >= quiet.start
    if late and evening > local_now and not quiet.contains(evening.time()):
        if evening.date() == local_now.date():
            more = _(
                "If you'd rather have it this evening, {time} still works: say \"make it today "
                'at {time}".'
            )
        elif evening.date() == local_now.date() + timedelta(days=1):
            more = _(
                "If you'd rather have it tomorrow evening, {time} still works: say \"make it "
                'tomorrow at {time}".'
            )
        else:
            more = _(
                "If you'd rather have it that evening, {time} still works: say \"move it to "
                '{day} at {time}".'
            )
        note += " " + more.format(day=format_weekday(evening.date()), time=f"{evening:%H:%M}")
    return note


def passed_note(wanted: datetime, landing: datetime, local_now: datetime) -> str:
    """Said when the time asked for today ("tonight", "11pm today") has already gone by: so,
    and when it comes instead."""
    note = _("It's already past {time} today, so the soonest I can make it is {when}.")
    return note.format(time=f"{wanted:%H:%M}", when=human_when(landing, today=local_now.date()))


async def checkin_landing(ctx: TurnContext, args: Mapping[str, Any]) -> None:
    """When quiet hours would move a check-in asked for (`in`, `at` as `schedule_checkin` takes
    them), say so now and set variable `words_var` to when it will arrive ("on Wednesday 9
    December at 09:00"); `checkin_moved` is "yes" then, else "no"."""
    ctx.vars["checkin_moved"] = "no"
    try:
        horizon = parse_horizon(str(args.get("in") or ""))
        said_at = str(args.get("at") or "").strip()
        at = parse_time_of_day(said_at) if said_at else None
    except TimingError:
        return
    prefs = await access.load(ctx)
    if prefs.opted_out:
        return
    tz = effective_zone(prefs, ctx.tz)
    at = at or prefs.time_of_day(access.settings(ctx).default_time)
    wanted = plan_wall(ctx.now, horizon, tz, at, NO_QUIET)
    landing: datetime = plan_wall(ctx.now, horizon, tz, at, prefs.quiet)
    local_now = to_wall(ctx.now, tz)
    today = not horizon.exact and horizon.months == 0 and horizon.days == 0
    asked = datetime.combine(local_now.date(), at)
    if landing == wanted and not (today and asked <= local_now):
        return
    if landing == wanted:  # "tonight" once tonight's time has gone by: said, not hidden
        ctx.say(passed_note(asked, landing, local_now))
    else:
        ctx.say(quiet_note(wanted, landing, prefs.quiet, local_now))
    ctx.vars["checkin_moved"] = "yes"
    if args.get("words_var"):
        when = human_when(landing, today=local_now.date())
        ctx.vars[str(args["words_var"])] = _("on {date}").format(date=when)


async def checkin_first_asked(ctx: TurnContext, args: Mapping[str, Any]) -> None:
    """A first message that also asks for a check-in ("got rejected today... check in on me
    tonight"): book it now, at the day and time it names, and say so in one plain line, so the
    first aid goes on without losing the request."""
    text = ctx.turn.text or ""
    said = fold(in_english(text))
    if not access.has_sql(ctx) or not asks_reminder(said):
        return
    day = day_named(text, ctx.now, ctx.tz)
    at = time_named(text)
    if day is None and at is None:
        return
    prefs = await access.load(ctx)
    if prefs.opted_out:
        return
    days = day[0] if day is not None else 0
    placed = await scheduling.schedule(
        access.connection(ctx), user_key=str(ctx.key), flow="checkin_mood",
        horizon=parse_horizon(f"{days}d"), at=at, requested=True, now=ctx.now, prefs=prefs,
        fallback_tz=ctx.tz, default_time=access.settings(ctx).default_time,
    )  # fmt: skip
    remember_booked(ctx, placed.id, own_time=at is not None)
    access.wake(ctx, placed.due_at)
    when = human_when(placed.wall, today=access.local_now(ctx, prefs).date())
    ctx.say(
        _("I've set the check-in you asked for: I'll message you on {when}. Type checkins to "
          "change it.").format(when=when)
    )  # fmt: skip
