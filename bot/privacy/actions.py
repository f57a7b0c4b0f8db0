"""The `forget_me` and `export_mydata` actions behind the `forget` and `mydata` flows."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from bot.core.actions import ActionRegistry
from bot.core.context import Services, TurnContext
from bot.core.model import Attachment, Text
from bot.privacy.summary import summary
from bot.store.crypto import Cipher
from bot.store.export import collect


def register(registry: ActionRegistry, services: Services) -> None:
    @registry.register("forget_me")
    async def forget_me(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Erase everything held on this person when the turn commits."""
        ctx.erase_user()
        ctx.say(
            "Done. I've erased everything I held about you: our conversations, your plan, "
            "moods, drafts, safety plan, check-ins and settings. If you come back, we'll "
            "start fresh."
        )

    @registry.register("export_mydata")
    async def export_mydata(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Send the person a JSON file of everything held about them, with a summary."""
        data = await collect(ctx.tx.handle, ctx.services.get(Cipher), ctx.key)
        body = json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8")
        ctx.reply(
            Attachment("bounceback-mydata.json", body, "application/json", Text.of(summary(data)))
        )
