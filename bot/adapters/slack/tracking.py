"""Small bookkeeping the Slack handlers need: in-flight work, recently seen ids, profile hints.

`InFlight` runs each turn as a tracked task after the acknowledgement, so a SIGTERM can wait for
turns already under way. `RecentIds` remembers delivery ids (event ids, clicks, slash commands) to
drop a redelivery in this process before it reaches the engine (the engine's transaction still
claims every event id, which covers several workers). `Profiles` caches the time zone and locale
of each person's Slack profile (`users.info`), used as hints when they have not set their own.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.ops.events import platform_error

log = logging.getLogger(__name__)


def error_code(exc: BaseException) -> str:
    """A loggable name for a failure: the Slack error code or the exception type, never text."""
    if isinstance(exc, SlackApiError):
        data = exc.response.data if isinstance(exc.response.data, dict) else {}
        return str(data.get("error") or f"http_{exc.response.status_code}")
    return type(exc).__name__


class InFlight:
    """Tracked background tasks: spawn after the ack, drain on shutdown."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[None]] = set()
        self.started = 0
        self.finished = 0
        self.failed = 0

    def __len__(self) -> int:
        return len(self._tasks)

    def spawn(self, work: Coroutine[Any, Any, None], name: str) -> asyncio.Task[None]:
        task = asyncio.create_task(self._guard(work, name), name=f"slack.{name}")
        self._tasks.add(task)
        self.started += 1
        task.add_done_callback(self._tasks.discard)
        return task

    async def _guard(self, work: Coroutine[Any, Any, None], name: str) -> None:
        try:
            await work
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # one failed turn must not take the bot down
            self.failed += 1
            platform_error("slack")
            log.error("slack.task_failed", extra={"task": name, "error": error_code(exc)})
        finally:
            self.finished += 1

    async def drain(self, within: float) -> bool:
        """Wait for every running task, including any started meanwhile; cancel what is left
        after `within` seconds. True when every task ended on its own."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        while self._tasks and (left := deadline - loop.time()) > 0:
            await asyncio.wait(set(self._tasks), timeout=left)
        still = set(self._tasks)
        for task in still:
            task.cancel()
        if still:
            log.warning("slack.shutdown_cancelled", extra={"tasks": len(still)})
            await asyncio.gather(*still, return_exceptions=True)
        return not still


class RecentIds:
    """A bounded set of ids seen lately (oldest forgotten first)."""

    def __init__(self, limit: int = 20_000) -> None:
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._limit = limit

    def __contains__(self, key: object) -> bool:
        return key in self._seen

    def first_time(self, key: str) -> bool:
        """True the first time `key` is offered; False for a repeat."""
        if key in self._seen:
            return False
        self._seen[key] = None
        if len(self._seen) > self._limit:
            self._seen.popitem(last=False)
        return True


@dataclass(frozen=True, slots=True)
class Profile:
    """Hints from a person's Slack profile; None when unknown."""

    tz: str | None = None
    locale: str | None = None


class Profiles:
    """`users.info` time zone and locale per person, cached for an hour (a minute on failure)."""

    def __init__(self, client: AsyncWebClient, ttl: float = 3600.0, limit: int = 50_000) -> None:
        self._client = client
        self._ttl = ttl
        self._limit = limit
        self._cache: OrderedDict[str, tuple[float, Profile]] = OrderedDict()

    def _put(self, user: str, profile: Profile, ttl: float) -> Profile:
        self._cache[user] = (time.monotonic() + ttl, profile)
        self._cache.move_to_end(user)
        if len(self._cache) > self._limit:
            self._cache.popitem(last=False)
        return profile

    async def get(self, user: str) -> Profile:
        hit = self._cache.get(user)
        if hit is not None and hit[0] > time.monotonic():
            return hit[1]
        try:
            resp = await self._client.users_info(user=user, include_locale=True)
        except Exception as exc:  # a missing scope or an outage must not block the turn
            log.info("slack.profile_unavailable", extra={"error": error_code(exc)})
            return self._put(user, Profile(), 60.0)
        info = resp.get("user") or {}
        tz = info.get("tz") if isinstance(info.get("tz"), str) else None
        locale = info.get("locale") if isinstance(info.get("locale"), str) else None
        return self._put(user, Profile(tz=tz, locale=locale), self._ttl)
