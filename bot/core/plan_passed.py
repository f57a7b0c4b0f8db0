"""The plan's suggested steps the person passed on in this conversation, so none is offered again.

`offered` notes the step a plan question is suggesting (named as the question is: `feedback`,
`weekly`) and the id of its option that passes it on (`skip`, or `no` for the weekly check-in).
The next plan action calls `note_passed`: when that option was just picked at that question or
one of its follow-ups (`feedback_email`), the step is kept in the conversation's notes with the
time. `passed_before` says whether a step was passed on within `PASSED_FOR`, the length
of a conversation (the engine's idle time): a plan walked again ("Go through the suggested
steps", or `plan` typed after leaving it) leaves it out, and a later conversation may offer it
again.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.context import TurnContext
from bot.core.model import UnderstoodKind

OFFERED = "plan_offered"
"""Meta: `[step, option id]` of the plan question last asked and its option that passes it on."""
PASSED = "plan_passed"
"""Meta: `{step: when}` for the steps passed on."""
PASSED_SAID = "plan_passed_said"
"""Meta: leaving out the steps passed on was said in this conversation (said once)."""
PASSED_FOR = timedelta(hours=12)
PLAN_FLOW = "plan"


def offered(ctx: TurnContext, step: str, skip_id: str) -> None:
    """Note that the plan is suggesting `step`, which option `skip_id` passes on."""
    ctx.meta[OFFERED] = [step, skip_id]


def note_passed(ctx: TurnContext) -> None:
    """Keep the step just passed on (its passing option picked this turn), with the time,
    dropping old ones."""
    pending = ctx.meta.pop(OFFERED, None)
    kept = {k: v for k, v in _passed(ctx).items() if ctx.now - v <= PASSED_FOR}
    if isinstance(pending, list) and len(pending) == 2:
        step, skip_id = (str(x) for x in pending)
        if _picked_at(ctx, step) and str(ctx.vars.get("last_choice") or "") == skip_id:
            kept[step] = ctx.now
    if kept:
        ctx.meta[PASSED] = {k: v.isoformat() for k, v in kept.items()}
    else:
        ctx.meta.pop(PASSED, None)
        ctx.meta.pop(PASSED_SAID, None)


def _picked_at(ctx: TurnContext, step: str) -> bool:
    """Whether this turn picked an option at plan question `step` or one of its follow-ups
    (`feedback_email` for `feedback`)."""
    found = ctx.understood
    if found is None or found.kind is not UnderstoodKind.CHOICE or found.flow != PLAN_FLOW:
        return False
    return found.step == step or (found.step or "").startswith(step + "_")


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
