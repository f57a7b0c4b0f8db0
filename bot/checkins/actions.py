"""Flow actions for check-ins: scheduling one, and the person's own list with cancel.

`register(registry, services)` adds every check-in action (these, the pause and settings
controls, the mood history, and reading the time of one a person adds) to the registry.
Arguments of `schedule_checkin`:
`flow` (the check-in flow to open), `in` (`1d`, `3d`, `2w`, `3mo`, `4h`...), optional `at`
(`HH:MM` local, or `preferred`: the person's time of day, the default), optional
`requested: true` (the person asked for it: the one-a-day limit does not apply) and optional
`replace: false` (keep an earlier pending check-in of the same flow; by default it is replaced).
When the time zone was only assumed from the locale's country, `checkin_when` names it ("10:00
(Mexico City time; if yours is different, type settings)"; the how-to only the first time);
when no zone is known at all the time is UTC, and the first time says so.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from datetime import datetime, time
from typing import Any

from bot.checkins import access, adding, controls, mood, moving, repo, scheduling
from bot.checkins.booked import remember_booked
from bot.checkins.rows import CheckinRow
from bot.checkins.timing import (
    TimingError,
    human_date,
    human_wall,
    human_when,
    parse_horizon,
    parse_time_of_day,
    to_wall,
    zone,
)
from bot.core.actions import ActionRegistry
from bot.core.context import Services, TurnContext
from bot.core.engine import Engine
from bot.core.text import fold
from bot.flows.model import FlowSet
from bot.i18n import _, language
from bot.i18n.zones import city, zone_label

log = logging.getLogger(__name__)

OFFER_KEY = "checkins.offered"
ZONE_SAID = "checkins.zone_said"
UTC = "UTC"
"""Meta key: the zone assumed from the locale that the person was last told about."""
MAX_BUTTONS = 10
_CANCEL_ARG = re.compile(r"^cancel\s+(all|next|\d+)$")


def register(registry: ActionRegistry, services: Services) -> None:
    """Add the check-in, pause, settings and mood actions. `services` may hold a
    `CheckinService` (woken when a check-in is due soon) and `CheckinSettings`."""
    registry.register(
        "schedule_checkin",
        sets=["checkin_when", "checkin_scheduled"],
        required=["flow", "in"],
        optional=["at", "requested", "replace"],
    )(schedule_checkin)
    registry.register(
        "checkins_list",
        sets=[
            "checkins_count",
            "has_checkins",
            "checkins_listing",
            "checkins_paused",
            "checkins_paused_until",
        ],
    )(checkins_list)
    registry.register("checkins_args", sets=["cancel_count"])(checkins_args)
    registry.register("checkins_offer_cancel")(checkins_offer_cancel)
    registry.register("checkins_cancel", sets=["cancel_count"], optional=["which", "pick_var"])(
        checkins_cancel
    )
    controls.register(registry)
    mood.register(registry)
    adding.register(registry)
    moving.register(registry)


def _at(value: object) -> time | None:
    if value is None or str(value).strip().lower() in ("", "preferred"):
        return None
    return parse_time_of_day(str(value))


def _title(ctx: TurnContext, flow_id: str) -> str:
    flows = ctx.services.find(FlowSet)
    if flows is None:
        engine = ctx.services.find(Engine)
        flows = engine.flows if engine is not None else None
    flow = flows.in_language(language()).get(flow_id) if flows is not None else None
    return flow.title if flow is not None else _("check-in")


def _local(row: CheckinRow) -> datetime:
    try:
        tz = zone(row.tz)
    except TimingError:
        tz = zone("UTC")
    return to_wall(row.due_at, tz)


def _assumed(ctx: TurnContext, guessed: str | None, when: str, *, in_utc: bool = False) -> str:
    """`when`, naming the zone the time is in when it was only assumed from the locale's
    country, with how to change it the first time (once per zone); `in_utc`: no zone is known
    at all, so the time is UTC, said once with how to change it."""
    if guessed is None and in_utc:
        if ctx.meta.get(ZONE_SAID) == UTC:
            return when
        ctx.meta[ZONE_SAID] = UTC
        return _(
            "{when} (UTC: type settings and tell me your city or time zone if that's wrong)"
        ).format(when=when)
    if guessed is None:
        return when
    place = city(guessed)
    if ctx.meta.get(ZONE_SAID) == guessed:
        return _("{when} ({city} time)").format(when=when, city=place)
    ctx.meta[ZONE_SAID] = guessed
    return _("{when} ({city} time; if yours is different, type settings)").format(
        when=when, city=place
    )


async def schedule_checkin(ctx: TurnContext, args: Mapping[str, Any]) -> None:
    """Schedule a check-in that opens flow `flow` after `in`; sets `checkin_when`."""
    ctx.vars["checkin_scheduled"] = "no"
    ctx.vars["checkin_when"] = ""
    flow = str(args.get("flow") or "").strip()
    try:
        horizon = parse_horizon(str(args.get("in") or ""))
        at = _at(args.get("at"))
    except TimingError:
        log.error("checkin.bad_args", extra={"flow": ctx.conv.flow, "step": ctx.conv.step})
        return
    if not flow:
        log.error("checkin.bad_args", extra={"flow": ctx.conv.flow, "step": ctx.conv.step})
        return
    prefs = await access.load(ctx)
    if prefs.opted_out:
        ctx.say(
            _(
                "(You've turned check-ins off, so I won't message you about this. "
                "Type settings to turn them back on.)"
            )
        )
        return
    conn = access.connection(ctx)
    key = str(ctx.key)
    if args.get("replace") is None or access.flag(args.get("replace")):
        same = [r.id for r in await repo.upcoming(conn, key) if r.flow == flow]
        if same:
            await repo.cancel(conn, key, same, ctx.now)
    placed = await scheduling.schedule(
        conn,
        user_key=key,
        flow=flow,
        horizon=horizon,
        at=at,
        requested=access.flag(args.get("requested", False)),
        now=ctx.now,
        prefs=prefs,
        fallback_tz=ctx.tz,
        default_time=access.settings(ctx).default_time,
    )
    remember_booked(ctx, placed.id, own_time=at is not None)
    ctx.vars["checkin_scheduled"] = "yes"
    guessed = access.guessed_zone(ctx, prefs)
    unknown = not (prefs.tz or ctx.turn.tz or ctx.meta.get("tz"))
    ctx.vars["checkin_when"] = _assumed(
        ctx,
        guessed if placed.tz == guessed else None,
        human_when(placed.wall, today=to_wall(ctx.now, zone(placed.tz)).date()),
        in_utc=unknown and guessed is None and placed.tz == UTC,
    )
    if prefs.paused_until is not None and prefs.paused_at(placed.due_at):
        until = to_wall(prefs.paused_until, zone(placed.tz)).date()
        ctx.say(
            _("(Check-ins are paused until {date}, so that one will wait until then.)").format(
                date=human_date(until)
            )
        )
    access.wake(ctx, placed.due_at)


async def checkins_list(ctx: TurnContext, args: Mapping[str, Any]) -> None:
    """Describe the person's upcoming check-ins in their local time (`checkins_listing`)."""
    prefs = await access.load(ctx)
    rows = await repo.upcoming(access.connection(ctx), str(ctx.key))
    ctx.vars["checkins_count"] = str(len(rows))
    ctx.vars["has_checkins"] = "yes" if rows else "no"
    paused = prefs.paused_at(ctx.now) and prefs.paused_until is not None
    ctx.vars["checkins_paused"] = "yes" if paused else "no"
    ctx.vars["checkins_paused_until"] = ""
    lines = []
    for n, row in enumerate(rows, 1):
        lines.append(f"{n}. {human_wall(_local(row))} · {_title(ctx, row.flow)}")
    zones = sorted({r.tz for r in rows})
    if len(zones) == 1:
        lines.append(_("(Times are in {zone}.)").format(zone=zone_label(zones[0])))
    if paused and prefs.paused_until is not None:
        until = human_date(to_wall(prefs.paused_until, access.person_zone(ctx, prefs)).date())
        ctx.vars["checkins_paused_until"] = until
        lines.append(
            _("Check-ins are paused until {date}; anything due before then waits.").format(
                date=until
            )
        )
    ctx.vars["checkins_listing"] = "\n".join(lines)
    ctx.meta[OFFER_KEY] = [r.id for r in rows[:MAX_BUTTONS]]


async def checkins_offer_cancel(ctx: TurnContext, args: Mapping[str, Any]) -> None:
    """Buttons, one per upcoming check-in; a click arrives as `/checkins cancel <id>`."""
    rows = await repo.upcoming(access.connection(ctx), str(ctx.key))
    rows = rows[:MAX_BUTTONS]
    ctx.meta[OFFER_KEY] = [r.id for r in rows]
    if rows:
        ctx.ask(
            _("Which one should I cancel?"),
            [(f"/checkins cancel {r.id}", human_wall(_local(r))) for r in rows],
        )


async def _cancel_ids(ctx: TurnContext, ids: list[int] | None) -> int:
    rows = await repo.upcoming(access.connection(ctx), str(ctx.key))
    chosen = [r for r in rows if ids is None or r.id in ids]
    done = await repo.cancel(access.connection(ctx), str(ctx.key), [r.id for r in chosen], ctx.now)
    ctx.vars["cancel_count"] = str(done)
    if done == 0:
        ctx.say(_("I couldn't find that check-in; it may have gone out or been cancelled already."))
    elif done == 1:
        ctx.say(
            _("Done: I've cancelled the check-in on {when}.").format(
                when=human_wall(_local(chosen[0]))
            )
        )
    else:
        ctx.say(_("Done: I've cancelled all {count} check-ins.").format(count=done))
    return done


async def checkins_args(ctx: TurnContext, args: Mapping[str, Any]) -> None:
    """Act on `/checkins cancel <id>`, `cancel next` or `cancel all` (the button ids)."""
    raw = fold(str(ctx.vars.get("command_args") or ""))
    ctx.vars["command_args"] = ""
    ctx.vars["cancel_count"] = "0"
    m = _CANCEL_ARG.match(raw)
    if m is None:
        return
    what = m.group(1)
    if what == "all":
        await _cancel_ids(ctx, None)
    elif what == "next":
        rows = await repo.upcoming(access.connection(ctx), str(ctx.key))
        await _cancel_ids(ctx, [rows[0].id] if rows else [])
    else:
        await _cancel_ids(ctx, [int(what)])


async def checkins_cancel(ctx: TurnContext, args: Mapping[str, Any]) -> None:
    """Cancel `which: all|next`, or the one picked in variable `pick_var` (its number in the
    list just shown, or the label of its button)."""
    which = str(args.get("which") or "").strip().lower()
    ctx.vars["cancel_count"] = "0"
    if which == "all":
        await _cancel_ids(ctx, None)
        return
    rows = await repo.upcoming(access.connection(ctx), str(ctx.key))
    if which == "next":
        await _cancel_ids(ctx, [rows[0].id] if rows else [])
        return
    said = fold(access.text_arg(ctx, args, "pick_var")).rstrip(".")
    raw_offered = ctx.meta.get(OFFER_KEY)
    offered = (
        [int(i) for i in raw_offered if isinstance(i, int)] if isinstance(raw_offered, list) else []
    )
    pick: int | None = None
    if said.isdigit() and 1 <= int(said) <= len(offered):
        pick = offered[int(said) - 1]
    else:
        m = re.match(r"^/?checkins cancel (\d+)$", said)
        if m:
            pick = int(m.group(1))
        for n, row in enumerate(rows, 1):
            if said in (fold(f"{n}. {human_wall(_local(row))}"), fold(human_wall(_local(row)))):
                pick = row.id
    if pick is None:
        ctx.say(_("I couldn't tell which one you meant; nothing was cancelled."))
        return
    await _cancel_ids(ctx, [pick])
