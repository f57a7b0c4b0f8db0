"""What an action (and the safety inspector) sees and may change during one turn.

A `TurnContext` carries the person's key, the inbound turn, their conversation (variables and
bookkeeping), the open store transaction, the clock, a seeded random source, the services other
parts registered (check-in scheduler, draft reviewer, crisis resources), and the replies collected
so far. Actions add replies with `say`/`ask`, set variables, and may redirect the conversation
with `jump` or `start_flow`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar, cast

from bot.core.model import (
    Choices,
    Conversation,
    Option,
    Reply,
    StepRef,
    Text,
    Turn,
    Understood,
    UnderstoodKind,
    UserKey,
)
from bot.core.ports import StoreTx

T = TypeVar("T")


class Services:
    """A typed service locator: parts register an instance under its class, actions look it up."""

    def __init__(self) -> None:
        self._by_type: dict[type[Any], Any] = {}

    def add(self, instance: object, as_type: type[Any] | None = None) -> None:
        self._by_type[as_type or type(instance)] = instance

    def get(self, cls: type[T]) -> T:
        try:
            return cast(T, self._by_type[cls])
        except KeyError:
            raise LookupError(f"no {cls.__name__} is configured in this bot") from None

    def find(self, cls: type[T]) -> T | None:
        return cast("T | None", self._by_type.get(cls))


@dataclass(frozen=True, slots=True)
class Redirect:
    """A request to move the conversation: to `flow` (its start, or `step`), or to end it."""

    flow: str | None
    step: str | None = None
    remember: bool = False
    """Keep the current place so the person can resume it later (used by the crisis interrupt)."""
    reprompt: bool = False
    """Show the step's question again without re-running its actions and messages."""
    replay: str | None = None
    """Answer `step` with this text, as if the person had just typed it there (a message the
    crisis check held back while it asked them directly)."""


OWN_TZ = "own_tz"
"""Conversation meta key: the time zone the person chose themselves ("I'm in Chicago"); it wins
over a platform's or locale's guess, so days ("tomorrow", "wednesday") and quiet hours are read
in their own time."""


@dataclass
class TurnContext:
    """Mutable per-turn state handed to actions and inspectors."""

    key: UserKey
    turn: Turn
    conv: Conversation
    tx: StoreTx
    now: datetime
    rng: random.Random
    services: Services
    locale: str = "en"
    tz: str = "UTC"
    replies: list[Reply] = field(default_factory=list)
    redirect: Redirect | None = None
    stop_flow: bool = False
    erase: bool = False
    waiting: tuple[str, str] | None = None
    """The flow and step of the question that was waiting when the turn arrived."""
    understood: Understood | None = None
    replay: str | None = None
    """Text the engine answers the waiting question with after this turn (see `Redirect`)."""
    captured: str | None = None
    """The text captured this turn, on its own (an `append` capture keeps earlier parts too)."""
    """What the turn was taken as (set by the engine, or an inspector that takes the turn)."""

    @property
    def vars(self) -> dict[str, object]:
        return self.conv.vars

    @property
    def meta(self) -> dict[str, object]:
        return self.conv.meta

    def understand(
        self, kind: UnderstoodKind, *, choice: str | None = None, score: float | None = None
    ) -> None:
        """Record what this turn was taken as, against the question that was waiting."""
        flow, step = self.waiting or (None, None)
        self.understood = Understood(kind, flow, step, choice, score)

    def say(self, text: str | Text) -> None:
        self.replies.append(Text.of(text) if isinstance(text, str) else text)

    def ask(self, prompt: str | Text, options: list[tuple[str, str]]) -> None:
        """Show buttons not tied to a flow step: a click arrives as if the option id were typed,
        so ids are usually commands (`("/checkins cancel 3", "Cancel")`)."""
        p = Text.of(prompt) if isinstance(prompt, str) else prompt
        at = StepRef("", "")
        self.replies.append(Choices(p, tuple(Option(i, lbl) for i, lbl in options), at))

    def reply(self, reply: Reply) -> None:
        self.replies.append(reply)

    def start_flow(self, flow: str, *, remember: bool = False, step: str | None = None) -> None:
        """Leave the current flow for `flow`; `remember` keeps the old place for a resume."""
        self.redirect = Redirect(flow, step, remember)

    def erase_user(self) -> None:
        """Delete everything held on this person when the turn commits (`forget`)."""
        self.erase = True
        self.stop_flow = True

    def end_flow(self) -> None:
        """End the conversation here (the person is back at no flow)."""
        self.stop_flow = True
