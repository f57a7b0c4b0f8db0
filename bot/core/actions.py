"""The action registry as the core uses it: actions receive a `TurnContext`.

The registry itself lives in `bot.primitives.actions`, below the flows, which check action names
and the variables actions set without needing the core.
"""

from __future__ import annotations

from bot.core.context import TurnContext
from bot.primitives import actions as _actions

ActionRegistry = _actions.ActionRegistry[TurnContext]
ActionSpec = _actions.ActionSpec[TurnContext]
ActionFn = _actions.ActionFn[TurnContext]
SetsFn = _actions.SetsFn

__all__ = ["ActionFn", "ActionRegistry", "ActionSpec", "SetsFn"]
