"""What every check-in action needs from a turn: the open connection, the settings, the person's
preferences (adopting their platform profile's time zone), the zone to use for them and a way to
wake the delivery service.

The zone is the one they set, else the turn's (the engine's: their platform profile's, else the
main zone of the country their locale names, "es-MX": Mexico City, see `bot.i18n.zones`, else
the deployment's default). `guessed_zone` says when it came from the locale, so the bot can say
which time it assumed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.checkins import repo
from bot.checkins.config import CheckinSettings
from bot.checkins.prefs import Prefs, effective_zone
from bot.checkins.service import CheckinService
from bot.checkins.timing import to_wall
from bot.core.context import OWN_TZ, TurnContext
from bot.i18n.zones import locale_zone
from bot.store.connection import sql_connection

_DEFAULTS: CheckinSettings | None = None


def has_sql(ctx: TurnContext) -> bool:
    return isinstance(getattr(ctx.tx, "handle", None), AsyncConnection)


def connection(ctx: TurnContext) -> AsyncConnection:
    """The turn's own SQL connection: check-in actions commit with the rest of the turn."""
    return sql_connection(ctx.tx)


def settings(ctx: TurnContext) -> CheckinSettings:
    service = ctx.services.find(CheckinService)
    if service is not None:
        return service.settings
    found = ctx.services.find(CheckinSettings)
    if found is not None:
        return found
    global _DEFAULTS
    if _DEFAULTS is None:
        _DEFAULTS = CheckinSettings(pacing=None)
    return _DEFAULTS


def wake(ctx: TurnContext, due_at: datetime) -> None:
    service = ctx.services.find(CheckinService)
    if service is not None:
        service.hint(due_at)


async def load(ctx: TurnContext) -> Prefs:
    """The person's preferences; a time zone from their platform profile is remembered (unless
    they chose one themselves) so check-ins can be placed when they are not talking to us."""
    conn = connection(ctx)
    prefs = await repo.load_prefs(conn, str(ctx.key))
    adopted = prefs.with_platform_tz(ctx.turn.tz)
    if adopted is not prefs:
        await repo.save_prefs(conn, str(ctx.key), adopted, ctx.now)
    if adopted.tz and not adopted.tz_from_platform:
        own(ctx, adopted.tz)
    return adopted


def own(ctx: TurnContext, name: str) -> None:
    """Take `name`, the zone the person chose, as this turn's and later turns' zone, so every
    reader of days and times ("tomorrow", "wednesday", quiet hours) goes by their own clock."""
    ctx.meta[OWN_TZ] = name
    ctx.tz = name


async def store(ctx: TurnContext, prefs: Prefs, **changes: Any) -> Prefs:
    new = replace(prefs, **changes)
    await repo.save_prefs(connection(ctx), str(ctx.key), new, ctx.now)
    return new


def guessed_zone(ctx: TurnContext, prefs: Prefs) -> str | None:
    """The locale country's zone when nothing better is known (no zone of their own, none from
    their platform), else None."""
    if prefs.tz or ctx.turn.tz or ctx.meta.get("tz"):
        return None
    return locale_zone(ctx.locale)


def person_zone(ctx: TurnContext, prefs: Prefs) -> ZoneInfo:
    """The zone to show this person times in."""
    return effective_zone(prefs, ctx.tz)


def local_now(ctx: TurnContext, prefs: Prefs) -> datetime:
    return to_wall(ctx.now, person_zone(ctx, prefs))


def flag(value: object) -> bool:
    """An action argument meaning yes: true, "true", "yes", 1."""
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("true", "yes", "1", "on")


def text_arg(ctx: TurnContext, args: Any, name: str = "text_var") -> str:
    """The words to read: the variable named by `text_var`, else the `text` argument."""
    var = args.get(name)
    if var:
        return str(ctx.vars.get(str(var)) or "").strip()
    return str(args.get("text") or "").strip()
