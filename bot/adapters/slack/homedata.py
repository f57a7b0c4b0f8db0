"""Gathering what the App Home shows, from the store and the other parts' services.

Owns `StoreHome`: in one store transaction it reads the person's plan checklist and mood answers
(through the store's item and mood methods) and their upcoming check-ins and preferences (through
the check-ins part's repository), and turns them into the plain `HomeData` that `home.home_view`
renders. It also cancels a check-in from the Home tab's button. Crisis resources come from the
safety part (the deployment's resources file, else its built-in lines) for the person's locale.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from bot.adapters.slack.home import (
    DEFAULT_RESOURCES,
    HomeCheckin,
    HomeData,
    HomeMood,
    HomePlanItem,
    HomeSettings,
)
from bot.adapters.slack.tracking import Profile, error_code
from bot.checkins import repo
from bot.checkins.timing import human_wall, parse_wall
from bot.core.context import Services
from bot.core.model import UserKey
from bot.core.ports import Store
from bot.flows.model import FlowSet
from bot.i18n.current import SOURCE, _, language, use_language
from bot.i18n.person import LANGUAGE, primary
from bot.i18n.spoken import format_day, format_month_day
from bot.safety.resources import resources_message
from bot.store.connection import sql_connection

log = logging.getLogger(__name__)

PLAN_KINDS = ("plan", "thought")


def _day(when: datetime) -> str:
    return format_month_day(when.date())


def _when(local_time: str) -> str:
    try:
        return human_wall(parse_wall(local_time))
    except ValueError:
        return local_time


def resource_lines(services: Services | None, locale: str | None) -> tuple[str, ...]:
    """The crisis resources for the person's locale (the deployment's, else the built-in ones),
    one line each, text or chat options first."""
    if services is None:
        return DEFAULT_RESOURCES
    try:
        message = resources_message(services, locale or "en")
    except Exception as exc:  # the Home tab must render even if resources are misconfigured
        log.warning("slack.home_resources_failed", extra={"error": error_code(exc)})
        return DEFAULT_RESOURCES
    return tuple(line for line in message.splitlines() if line.strip()) or DEFAULT_RESOURCES


class StoreHome:
    """Loads `HomeData` for a person and cancels check-ins from the Home tab."""

    def __init__(
        self,
        store: Store,
        flows: FlowSet,
        services: Services | None = None,
        *,
        checkins_on: bool = True,
    ) -> None:
        self.store = store
        self.flows = flows
        self.services = services
        self.checkins_on = checkins_on

    def _title(self, flow_id: str) -> str:
        flow = self.flows.in_language(language()).get(flow_id)
        return flow.title if flow is not None and flow.title else _("A check-in")

    async def load(self, key: UserKey, profile: Profile) -> HomeData:
        async with self.store.transaction() as tx:
            items: list[Any] = []
            for kind in PLAN_KINDS:
                items.extend(await tx.list_items(key, kind))
            moods = await tx.list_moods(key)
            rows = await repo.upcoming(sql_connection(tx), str(key))
            prefs = await repo.load_prefs(sql_connection(tx), str(key))
            conv = await tx.load(key)
        spoken = str((conv.meta.get(LANGUAGE) if conv is not None else None) or "")
        spoken = spoken or primary(profile.locale)
        if spoken not in self.flows.languages:
            spoken = SOURCE
        use_language(spoken, self.flows.code_texts.get(spoken))  # titles and lines in theirs
        items.sort(key=lambda i: i.id)
        plan = tuple(
            HomePlanItem(str(i.data.get("text", "")), bool(i.data.get("done"))) for i in items
        )
        mood_list = tuple(
            HomeMood(_day(m.created_at), int(m.score))
            for m in sorted(moods, key=lambda m: m.created_at)
            if m.score is not None
        )
        checkins = tuple(
            HomeCheckin(str(r.id), self._title(r.flow), _when(r.local_time)) for r in rows
        )
        own_tz = prefs.tz if prefs.tz and not prefs.tz_from_platform else None
        paused = prefs.paused_until
        settings = HomeSettings(
            tz=own_tz or profile.tz or prefs.tz or "UTC",
            tz_from_profile=own_tz is None and profile.tz is not None,
            quiet_start=prefs.quiet_start,
            quiet_end=prefs.quiet_end,
            paused_until=format_day(paused.date(), with_year=True)
            if paused is not None and paused > datetime.now(UTC)
            else None,
        )
        return HomeData(
            checkins=checkins,
            plan=plan,
            moods=mood_list,
            settings=settings,
            resources=resource_lines(self.services, profile.locale),
            checkins_known=self.checkins_on,
        )

    async def cancel(self, key: UserKey, checkin_id: str) -> bool:
        if not checkin_id.isdigit():
            return False
        async with self.store.transaction() as tx:
            n = await repo.cancel(
                sql_connection(tx), str(key), [int(checkin_id)], datetime.now(UTC)
            )
        return n > 0
