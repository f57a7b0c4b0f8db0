"""The plan's suggested steps the person passed on in this conversation, so none is offered again.

A step's "Skip this one" (the weekly check-in's "No, thanks") sets the variable `plan_passed` to
the step's name (`feedback`, `weekly`); the next plan action keeps it in the conversation's notes
with the time (`note_passed`), and `passed_before` says whether a step was passed on within
`PASSED_FOR`: the length of a conversation (the engine's idle time), so a plan walked again ("Go
through the suggested steps", or `plan` typed after leaving it) leaves it out, and a later
conversation may offer it again.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.context import TurnContext

PASSED_VAR = "plan_passed"
"""Var: the step just passed on, set by the skip option, kept by the next plan action."""
PASSED = "plan_passed"
"""Meta: `{step: when}` for the steps passed on."""
PASSED_SAID = "plan_passed_said"
"""Meta: leaving out the steps passed on was said in this conversation (said once)."""
PASSED_FOR = timedelta(hours=12)


def note_passed(ctx: TurnContext) -> None:
    """Keep the step just passed on (`plan_passed`), with the time, dropping old ones."""
    step = str(ctx.vars.pop(PASSED_VAR, None) or "")
    kept = {k: v for k, v in _passed(ctx).items() if ctx.now - v <= PASSED_FOR}
    if step:
        kept[step] = ctx.now
    if kept:
        ctx.meta[PASSED] = {k: v.isoformat() for k, v in kept.items()}
    else:
        ctx.meta.pop(PASSED, None)
        ctx.meta.pop(PASSED_SAID, None)


def passed_before(ctx: TurnContext, step: str) -> bool:
    """Whether `step` was passed on in this conversation."""
    when = _passed(ctx).get(step)
    return when is not None and ctx.now - when <= PASSED_FOR


def _passed(ctx: TurnContext) -> dict[str, datetime]:
    raw = ctx.meta.get(PASSED)
    out: dict[str, datetime] = {}
    if isinstance(raw, dict):
        for k, v in raw.items():
            try:
                out[str(k)] = datetime.fromisoformat(str(v))
            except ValueError:
                continue
    return out
