"""The person's place around a check-in that did not reach them.

The engine's `open_flow` moves the person to the check-in flow's first question before the
message is sent: it renders the messages by walking the flow in the same transaction that saves
their place, and an answer that comes back a moment after delivery must find that step. So the
service notes where the person was (`place`) and, when the send then fails, puts them back
(`put_back`), so their next message is not read as an answer to a question they never saw. If
they have written since (the saved version moved on), their own turn decided where they are and
nothing is changed.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.model import Conversation, UserKey
from bot.core.ports import Store


async def place(store: Store, key: UserKey) -> Conversation | None:
    """The person's conversation now (None when they have none yet)."""
    async with store.transaction() as tx:
        return await tx.load(key)


async def put_back(store: Store, key: UserKey, before: Conversation | None, flow: str) -> bool:
    """Restore `before` when the only save since it was the check-in flow `flow` opening;
    True when restored. `VersionConflict` when the person writes at this very moment."""
    async with store.transaction() as tx:
        now = await tx.load(key)
        opened = (before.version if before is not None else 0) + 1
        if now is None or now.version != opened or now.flow != flow:
            return False
        await tx.save(key, replace(before or Conversation(), version=now.version))
        return True
