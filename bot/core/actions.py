"""The action registry: named operations a flow step can run (`action: name`).

Every part of the bot extends one registry at start-up: the core registers `set`, `plan_add` and
friends; safety registers `draft_review` and the crisis helpers; check-ins register
`schedule_checkin`. Each entry declares which variables it sets, so flow validation can tell
whether a template's variable is always set on every path.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.core.context import TurnContext

ActionFn = Callable[["TurnContext", Mapping[str, Any]], Awaitable[None]]
SetsFn = Callable[[Mapping[str, Any]], Iterable[str]]


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """A registered action: its function, the variables it sets, its required arguments."""

    name: str
    fn: ActionFn
    sets: SetsFn
    required_args: tuple[str, ...] = ()
    optional_args: tuple[str, ...] = ()
    doc: str = ""


class ActionRegistry:
    """Actions by name. Registering a name twice is a programming error."""

    def __init__(self) -> None:
        self._specs: dict[str, ActionSpec] = {}

    def register(
        self,
        name: str,
        *,
        sets: Iterable[str] | SetsFn = (),
        required: Iterable[str] = (),
        optional: Iterable[str] = (),
        doc: str = "",
    ) -> Callable[[ActionFn], ActionFn]:
        """Decorator: `@registry.register("plan_add", required=["item"])`."""

        def deco(fn: ActionFn) -> ActionFn:
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

    def get(self, name: str) -> ActionSpec | None:
        return self._specs.get(name)

    def names(self) -> list[str]:
        return sorted(self._specs)

    def __contains__(self, name: object) -> bool:
        return name in self._specs
