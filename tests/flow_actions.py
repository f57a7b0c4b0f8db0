"""A small action registry for flow loader tests: `set` (sets its `name`) and `plan_add`
(needs `item`), so validation of actions and variables can be tested without the real parts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.core.actions import ActionRegistry
from bot.core.context import TurnContext


def make_registry() -> ActionRegistry:
    registry = ActionRegistry()

    @registry.register("set", sets=lambda a: [a["name"]], required=["name", "value"])
    async def set_var(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        ctx.vars[args["name"]] = args["value"]

    @registry.register("plan_add", required=["item"])
    async def plan_add(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        return None

    return registry
