"""The crisis inspector: the check every inbound text passes before any flow sees it.

`CrisisInspector` is an engine inspector. For each text it assesses the message with the
person's crisis memory (kept in `meta["crisis_memory"]`), updates that memory, and on a crisis
starts the `crisis` flow, remembering where the person was so they can go back only if they ask.
A question about means without any sign of distress gets one gentle line and no interruption.
It also keeps the promise that the bot says it is a bot: when more than `reminder_after` has
passed since it last said so (`meta["disclosed_at"]`, set by the `mark_disclosed` action), it
adds a short reminder. It never logs or stores the text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Protocol

from bot.core.context import Redirect, TurnContext
from bot.core.model import Text, UnderstoodKind
from bot.safety import crisis
from bot.safety.crisis import Assessment, CrisisMemory
from bot.safety.resources import resources_message

log = logging.getLogger(__name__)

CRISIS_FLOW = "crisis"
CARE_FLOWS = frozenset({"crisis", "crisis_followup", "safetyplan", "grounding"})
"""Flows that already are the crisis response: a new crisis message does not restart them."""

REMINDER = Text.of(
    "A quick reminder: I'm a bot, not a person or a counsellor. If you'd like to talk to someone, "
    "type help."
)
MEANS_NOTE = Text.of(
    "I can't help with that. If you're asking because you're thinking about hurting yourself, "
    "please talk to someone now: type help and I'll show you who you can reach, any time."
)
STILL_HERE = (
    "I'm still here with you. If you might act on these thoughts, please reach out to a person now:"
)


class AssessFn(Protocol):
    def __call__(
        self, text: str, memory: CrisisMemory | None = None, now: datetime | None = None
    ) -> Assessment: ...


UpdateFn = Callable[[CrisisMemory | None, Assessment, datetime], CrisisMemory]


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


class CrisisInspector:
    """`await inspector(ctx, text)`: True when it took over the turn (a crisis)."""

    def __init__(
        self,
        assess: AssessFn | None = None,
        update_memory: UpdateFn | None = None,
        *,
        reminder_after: timedelta = timedelta(hours=3),
    ) -> None:
        self.assess: AssessFn = assess or crisis.assess
        self.update_memory: UpdateFn = update_memory or crisis.update_memory
        self.reminder_after = reminder_after

    async def __call__(self, ctx: TurnContext, text: str) -> bool:
        memory = CrisisMemory.from_json(ctx.meta.get("crisis_memory"))
        found = self.assess(text, memory, ctx.now)
        ctx.meta["crisis_memory"] = self.update_memory(memory, found, ctx.now).to_json()
        if found.crisis:
            ctx.understand(UnderstoodKind.CRISIS)
            if ctx.conv.flow in CARE_FLOWS and ctx.conv.step:
                log.info("safety.crisis_repeat")
                ctx.say(STILL_HERE)
                ctx.say(resources_message(ctx.services, ctx.locale))
                ctx.redirect = Redirect(ctx.conv.flow, ctx.conv.step, reprompt=True)
                return True
            log.info("safety.crisis_interrupt")
            ctx.start_flow(CRISIS_FLOW, remember=True)
            return True
        if found.means_seeking:
            log.info("safety.means_question")
            ctx.say(MEANS_NOTE)
        self._remind(ctx)
        return False

    def _remind(self, ctx: TurnContext) -> None:
        said = _parse_time(ctx.meta.get("disclosed_at"))
        if said is None:
            if ctx.conv.version == 0:
                return  # a first message: the welcome flow says it is a bot
        elif ctx.now - said <= self.reminder_after:
            return
        ctx.say(REMINDER)
        ctx.meta["disclosed_at"] = ctx.now.isoformat()


FIRST_CONTACT = Text.of(
    "Hi, I'm Bounce Back. I'm a bot, not a therapist or a crisis service, and what you tell me "
    "stays private."
)


def disclose_on_first_contact(ctx: TurnContext) -> None:
    """An engine finisher: a person's very first turn always says the bot is a bot. The welcome
    flow says so itself (and marks it with `mark_disclosed`); any other first turn, such as a
    first `/draft`, gets this line in front of its answer."""
    if ctx.conv.version == 0 and "disclosed_at" not in ctx.meta:
        ctx.replies.insert(0, FIRST_CONTACT)
        ctx.meta["disclosed_at"] = ctx.now.isoformat()
