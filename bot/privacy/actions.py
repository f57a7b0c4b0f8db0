"""The `forget_me` and `export_mydata` actions behind the `forget` and `mydata` flows."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from bot.core.actions import ActionRegistry
from bot.core.context import Services, TurnContext
from bot.core.engine import Engine
from bot.core.model import Attachment, Text
from bot.flows.model import FlowSet
from bot.i18n import _
from bot.privacy.summary import plain_notes, summary
from bot.store.connection import sql_connection
from bot.store.crypto import Cipher
from bot.store.export import collect
from bot.understanding.situation import FACT_VARS


def answer_vars(flows: FlowSet) -> frozenset[str]:
    """The values a person gives: every captured answer, every value a choice sets, and the
    facts picked up from what they wrote (stage, how they heard, how many, how long ago)."""
    names: set[str] = set(FACT_VARS)
    for flow in flows.flows.values():
        for step in flow.steps.values():
            if step.capture is not None:
                names.add(step.capture.var)
            for option in step.choices:
                names.update(option.sets)
    return frozenset(names)


def register(registry: ActionRegistry, services: Services) -> None:
    @registry.register("forget_me")
    async def forget_me(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Erase everything held on this person when the turn commits."""
        ctx.erase_user()
        ctx.say(
            _(
                "Done. I've erased everything I held about you: our conversations, your plan, "
                "moods, drafts, safety plan, check-ins and settings. If you come back, we'll "
                "start fresh."
            )
        )

    @registry.register("export_mydata")
    async def export_mydata(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Send the person a JSON file of everything held about them, with a summary."""
        engine = ctx.services.find(Engine)
        answers = answer_vars(engine.flows) if engine is not None else None
        data = plain_notes(
            await collect(sql_connection(ctx.tx), ctx.services.get(Cipher), ctx.key, answers)
        )
        body = json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8")
        ctx.reply(
            Attachment("bounceback-mydata.json", body, "application/json", Text.of(summary(data)))
        )
