"""Putting a person at a flow's step, and reading where they are, on a built app's real store:
shared by the tests that type answers at one question."""

from __future__ import annotations

from bot.app import App
from bot.core.model import Conversation, UserKey


async def put_at(
    app: App, key: UserKey, flow: str, step: str, *, asked: bool = False, **vars_: str
) -> None:
    """Place `key` at `flow`.`step` with `vars_` added (`asked`: as if the question was shown)."""
    async with app.store.transaction() as tx:
        conv = await tx.load(key) or Conversation()
        conv.flow, conv.step, conv.vars = flow, step, {**conv.vars, **vars_}
        if asked:
            conv.meta["asked"] = 1
        await tx.save(key, conv)


async def place_of(app: App, key: UserKey) -> Conversation:
    """Where `key` is now (they must have a conversation)."""
    async with app.store.transaction() as tx:
        conv = await tx.load(key)
    assert conv is not None
    return conv
