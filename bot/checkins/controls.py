"""Flow actions that keep the person in charge of check-ins: pause, resume, turn off, and the
settings (time zone, time of day, quiet hours).

Each reads what the person typed from the variable named by its `text_var` argument and sets
`*_ok` to `yes` or `no` for the flow to branch on; on `no` it has already said what to write
instead. Changing the time zone keeps every upcoming check-in at its local wall-clock time in
the new zone; changing the time of day moves the automatic ones and those asked for at the old
usual time ("check on me tuesday"), not those the person gave a time of their own.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import time
from typing import Any

from bot.checkins import access, repo, scheduling
from bot.checkins.booked import own_times
from bot.checkins.prefs import match_timezone, parse_pause, parse_quiet
from bot.checkins.timing import (
    TimingError,
    afternoon_meant,
    format_hm,
    human_date,
    parse_time_of_day,
    to_wall,
)
from bot.core.actions import ActionRegistry
from bot.core.context import TurnContext
from bot.i18n import _
from bot.i18n.spoken import in_english
from bot.i18n.zones import zone_label
from bot.understanding.time_words import time_in


def register(registry: ActionRegistry) -> None:
    registry.register(
        "checkins_pause", sets=["pause_ok", "pause_until"], optional=["text_var", "text"]
    )(checkins_pause)
    registry.register("checkins_resume", sets=["resume_state"])(checkins_resume)
    registry.register("checkins_opt_out", sets=["cancel_count"])(checkins_opt_out)
    registry.register(
        "checkin_settings",
        sets=[
            "settings_tz",
            "settings_time",
            "settings_quiet",
            "settings_state",
            "settings_summary",
        ],
    )(checkin_settings)
    registry.register(
        "set_timezone", sets=["tz_ok", "tz_name", "checkins_moved"], optional=["text_var", "text"]
    )(set_timezone)
    registry.register(
        "set_checkin_time",
        sets=["time_ok", "checkin_time", "checkins_moved"],
        optional=["text_var", "text"],
    )(set_checkin_time)
    registry.register(
        "set_quiet_hours", sets=["quiet_ok", "quiet_text"], optional=["text_var", "text"]
    )(set_quiet_hours)


def quiet_words(start: time, end: time) -> str:
    """`22:00 to 08:00`, or `none` (in the person's language)."""
    if start == end:
        return _("none")
    return _("{start} to {end}").format(start=format_hm(start), end=format_hm(end))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "?", ")")) else ".")


async def checkins_pause(ctx: TurnContext, args: Mapping[str, Any]) -> None:
    """Pause check-ins for a period or until a date (`2 weeks`, `until 2026-12-01`)."""
    ctx.vars["pause_ok"] = "no"
    ctx.vars["pause_until"] = ""
    prefs = await access.load(ctx)
    tz = access.person_zone(ctx, prefs)
    try:
        until = parse_pause(access.text_arg(ctx, args), ctx.now, tz)
    except TimingError as exc:
        ctx.say(_capital(str(exc)))
        return
    await access.store(ctx, prefs, paused_until=until)
    ctx.vars["pause_ok"] = "yes"
    ctx.vars["pause_until"] = human_date(
        to_wall(until, tz).date(), today=access.local_now(ctx, prefs).date()
    )


async def checkins_resume(ctx: TurnContext, args: Mapping[str, Any]) -> None:
    """End a pause, or turn check-ins back on; `resume_state` says which it was
    (`paused`, `off`, or `on` when nothing needed changing)."""
    prefs = await access.load(ctx)
    if prefs.opted_out:
        state = "off"
    elif prefs.paused_at(ctx.now):
        state = "paused"
    else:
        state = "on"
    if state != "on" or prefs.paused_until is not None:
        await access.store(ctx, prefs, paused_until=None, opted_out=False)
    ctx.vars["resume_state"] = state


async def checkins_opt_out(ctx: TurnContext, args: Mapping[str, Any]) -> None:
    """Turn check-ins off: cancel every upcoming one and schedule none until turned back on."""
    prefs = await access.load(ctx)
    await access.store(ctx, prefs, opted_out=True, paused_until=None)
    done = await repo.cancel(access.connection(ctx), str(ctx.key), None, ctx.now)
    ctx.vars["cancel_count"] = str(done)


async def checkin_settings(ctx: TurnContext, args: Mapping[str, Any]) -> None:
    """Describe the current settings (`settings_summary`, and one variable per setting)."""
    prefs = await access.load(ctx)
    tz = access.person_zone(ctx, prefs)
    tod = format_hm(prefs.time_of_day(access.settings(ctx).default_time))
    quiet = prefs.quiet
    quiet_text = quiet_words(quiet.start, quiet.end)
    if prefs.opted_out:
        state = _("off")
    elif prefs.paused_at(ctx.now) and prefs.paused_until is not None:
        until = human_date(to_wall(prefs.paused_until, tz).date())
        state = _("paused until {date}").format(date=until)
    else:
        state = _("on")
    zone_name = zone_label(tz.key)
    if not prefs.tz:
        zone_name = _("{zone} (I haven't been told yours yet)").format(zone=zone_name)
    ctx.vars.update(
        {
            "settings_tz": zone_name,
            "settings_time": tod,
            "settings_quiet": quiet_text,
            "settings_state": state,
        }
    )
    ctx.vars["settings_summary"] = _(
        "Check-ins: {state}\nTime zone: {zone}\nUsual time: {time}\nQuiet hours: {quiet}"
    ).format(state=state, zone=zone_name, time=tod, quiet=quiet_text)


async def set_timezone(ctx: TurnContext, args: Mapping[str, Any]) -> None:
    """Set the person's time zone from a city or zone name; upcoming check-ins keep their
    local time in the new zone (`checkins_moved`: how many moved)."""
    ctx.vars["tz_ok"] = "no"
    ctx.vars["tz_name"] = ""
    ctx.vars["checkins_moved"] = "0"
    try:
        name = match_timezone(access.text_arg(ctx, args))
    except TimingError as exc:
        ctx.say(_capital(str(exc)))
        return
    prefs = await access.load(ctx)
    prefs = await access.store(ctx, prefs, tz=name, tz_from_platform=False)
    access.own(ctx, name)
    moved = await scheduling.follow_zone(
        access.connection(ctx), str(ctx.key), name, ctx.now, prefs.quiet
    )
    ctx.vars["checkins_moved"] = str(moved)
    ctx.vars["tz_ok"] = "yes"
    ctx.vars["tz_name"] = zone_label(name)


async def set_checkin_time(ctx: TurnContext, args: Mapping[str, Any]) -> None:
    """Set the usual time of day for check-ins (`10:00`, `6pm`, `evening`, "3 in the afternoon
    please", a time named in a longer sentence; a bare "3" in quiet hours is 15:00). Pending
    automatic check-ins, and those asked for at the old usual time, move to it on the same days
    (`checkins_moved`: how many moved; the flow says so)."""
    ctx.vars["time_ok"] = "no"
    ctx.vars["checkin_time"] = ""
    ctx.vars["checkins_moved"] = "0"
    try:
        tod = parse_time_of_day(access.text_arg(ctx, args))
    except TimingError as exc:
        found = time_in(in_english(access.text_arg(ctx, args)))  # "3pm would be great"
        if found is None:
            ctx.say(_capital(str(exc)))
            return
        tod = found
    prefs = await access.load(ctx)
    quiet = prefs.quiet
    tod = afternoon_meant(access.text_arg(ctx, args), tod, quiet)
    if quiet.contains(tod):
        ctx.say(
            _(
                "That's inside your quiet hours ({quiet}), so pick another time or change the "
                "quiet hours first."
            ).format(quiet=quiet_words(quiet.start, quiet.end))
        )
        return
    old = prefs.time_of_day(access.settings(ctx).default_time)
    prefs = await access.store(ctx, prefs, preferred_time=format_hm(tod))
    moved = await scheduling.follow_time(
        access.connection(ctx), str(ctx.key), tod, ctx.now, quiet, old, own_times(ctx)
    )
    ctx.vars["checkins_moved"] = str(moved)
    ctx.vars["time_ok"] = "yes"
    ctx.vars["checkin_time"] = format_hm(tod)


async def set_quiet_hours(ctx: TurnContext, args: Mapping[str, Any]) -> None:
    """Set quiet hours (`22:00-08:00`, or `none`); check-ins never arrive inside them."""
    ctx.vars["quiet_ok"] = "no"
    ctx.vars["quiet_text"] = ""
    try:
        quiet = parse_quiet(access.text_arg(ctx, args))
    except TimingError as exc:
        ctx.say(_capital(str(exc)))
        return
    prefs = await access.load(ctx)
    await access.store(
        ctx, prefs, quiet_start=format_hm(quiet.start), quiet_end=format_hm(quiet.end)
    )
    await scheduling.follow_zone(access.connection(ctx), str(ctx.key), None, ctx.now, quiet)
    ctx.vars["quiet_ok"] = "yes"
    ctx.vars["quiet_text"] = quiet_words(quiet.start, quiet.end)
