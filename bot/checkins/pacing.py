"""Pacing of proactive sends, so check-ins never burst past a platform's rate limits.

Limits apply per scope: Slack allows about one message a second in a channel (each DM is a
channel) plus a workspace-wide budget; Discord allows 50 requests a second per bot (a workspace of
ours is a Discord application, i.e. one bot). A `Pacer` keeps, for every scope, the earliest time
its next send may go out (a generic cell rate algorithm: a steady rate plus a small burst) and
hands out reservations in call order, so a backlog in one workspace never delays another.
Retrying after a 429 still happens in the service; pacing is what keeps 429s rare.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from bot.core.model import UserKey


@dataclass(frozen=True, slots=True)
class Rule:
    """`rate` units a second (a unit is one message, plus `overhead` per send) with `burst`
    units allowed at once, per `scope`: `user` (the DM channel) or `workspace`."""

    scope: str
    rate: float
    burst: float = 1.0
    overhead: float = 0.0


def default_rules() -> dict[str, tuple[Rule, ...]]:
    """Conservative defaults under the documented limits."""
    return {
        "slack": (Rule("user", 1.0), Rule("workspace", 5.0, burst=10.0)),
        # one request to open the DM channel, then one per message
        "discord": (Rule("workspace", 40.0, burst=10.0, overhead=1.0),),
    }


@dataclass(frozen=True, slots=True)
class Pacing:
    """Rules by platform; a platform without rules (the console) is not paced."""

    rules: dict[str, tuple[Rule, ...]] = field(default_factory=default_rules)


class Pacer:
    """Hands out send times; `await wait(key, messages)` returns when that send may go."""

    def __init__(
        self,
        pacing: Pacing,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.pacing = pacing
        self._monotonic = monotonic
        self._sleep = sleep
        self._tat: dict[tuple[str, ...], float] = {}

    def _scopes(self, key: UserKey) -> list[tuple[tuple[str, ...], Rule]]:
        out: list[tuple[tuple[str, ...], Rule]] = []
        for rule in self.pacing.rules.get(key.platform, ()):
            if rule.scope == "user":
                out.append(((key.platform, key.workspace, key.user, "user"), rule))
            else:
                out.append(((key.platform, key.workspace, rule.scope), rule))
        return out

    def reserve(self, key: UserKey, messages: int = 1) -> float:
        """Book the next slot for a send of `messages` to `key`; returns seconds to wait."""
        scopes = self._scopes(key)
        if not scopes:
            return 0.0
        now = self._monotonic()
        at = now
        for name, rule in scopes:
            tolerance = (rule.burst - 1.0) / rule.rate
            at = max(at, self._tat.get(name, now) - tolerance)
        for name, rule in scopes:
            cost = (messages + rule.overhead) / rule.rate
            self._tat[name] = max(self._tat.get(name, now), at) + cost
        return at - now

    async def wait(self, key: UserKey, messages: int = 1) -> None:
        delay = self.reserve(key, messages)
        if delay > 0:
            await self._sleep(delay)

    def slot(self, key: UserKey, messages: int = 1) -> float:
        """Book a send like `reserve`, returning the booked moment on this pacer's clock."""
        return self._monotonic() + self.reserve(key, messages)

    async def until(self, moment: float, *, ahead: float = 0.0) -> None:
        """Sleep until `ahead` seconds before `moment` (a value from `slot`)."""
        delay = moment - ahead - self._monotonic()
        if delay > 0:
            await self._sleep(delay)

    def __len__(self) -> int:
        """How many scopes (a person, a workspace) have a slot booked."""
        return len(self._tat)

    def forget_idle(self) -> None:
        """Drop scopes whose slots are all in the past (keeps memory flat over months)."""
        now = self._monotonic()
        for name in [n for n, tat in self._tat.items() if tat < now]:
            del self._tat[name]
