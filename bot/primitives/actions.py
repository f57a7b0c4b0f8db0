"""The action registry: named operations a flow step can run (`action: name`).

A bottom primitive: the flows check names against it, the core runs the actions.

Every part of the bot extends one registry at start-up: the core registers `set`, `plan_add` and
friends; safety registers `draft_review` and the crisis helpers; check-ins register
`schedule_checkin`. Each entry declares which variables it sets, so flow validation can tell
whether a template's variable is always set on every path.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

Ctx = TypeVar("Ctx")
"""What an action is handed each turn (the core's `TurnContext`; flows never call actions)."""

ActionFn = Callable[[Ctx, Mapping[str, Any]], Awaitable[None]]
SetsFn = Callable[[Mapping[str, Any]], Iterable[str]]


@dataclass(frozen=True, slots=True)
class ActionSpec(Generic[Ctx]):
    """A registered action: its function, the variables it sets, its required arguments."""

    name: str
    fn: ActionFn[Ctx]
    sets: SetsFn
    required_args: tuple[str, ...] = ()
    optional_args: tuple[str, ...] = ()
    doc: str = ""


class ActionRegistry(Generic[Ctx]):
    """Actions by name. Registering a name twice is a programming error.

    Generic in the context an action receives, so this module needs nothing from the core:
    the flows check names and variables against any registry, the core runs them.
    """

    def __init__(self) -> None:
        self._specs: dict[str, ActionSpec[Ctx]] = {}

    def register(
        self,
        name: str,
        *,
        sets: Iterable[str] | SetsFn = (),
        required: Iterable[str] = (),
        optional: Iterable[str] = (),
        doc: str = "",
    ) -> Callable[[ActionFn[Ctx]], ActionFn[Ctx]]:
        """Decorator: `@registry.register("plan_add", required=["item"])`."""

        def deco(fn: ActionFn[Ctx]) -> ActionFn[Ctx]:
            if name in self._specs:
                raise ValueError(f"action {name!r} is registered twice")
            if callable(sets):
                sets_fn: SetsFn = sets
            else:
                fixed = tuple(sets)

                def sets_fn(_args: Mapping[str, Any]) -> Iterable[str]:
                    return fixed

            self._specs[name] = ActionSpec(
                name, fn, sets_fn, tuple(required), tuple(optional), doc or (fn.__doc__ or "")
            )
            return fn

        return deco

    def get(self, name: str) -> ActionSpec[Ctx] | None:
        return self._specs.get(name)

    def names(self) -> list[str]:
        return sorted(self._specs)

    def __contains__(self, name: object) -> bool:
        return name in self._specs
