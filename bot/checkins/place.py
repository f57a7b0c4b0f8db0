"""The person's place around a check-in: moved into its flow only once the message reached them.

The engine's `prepare_flow` opens the check-in flow without saving it as the person's place: it
walks the flow in its own transaction (its actions' writes commit there) and hands back the
messages and the conversation as it will be. After the platform confirmed the send, `move`
saves that conversation in the same store transaction that marks the row sent, so the place and
the sent mark commit together or not at all. A failed send moves nothing: the person's next
message is never read as an answer to a question they did not see.

If they wrote between the opening and the sent mark, their own turn decided where they are (the
saved version moved on) and the check-in leaves it. An answer to the check-in needs the message
first, and the move commits as soon as the platform says it is delivered.
"""

from __future__ import annotations

from bot.core.model import Conversation, UserKey
from bot.core.ports import StoreTx, VersionConflict


async def move(tx: StoreTx, key: UserKey, place: Conversation) -> bool:
    """Save `place` as the person's conversation in `tx`; False (nothing changed) when they
    have written since it was prepared."""
    try:
        await tx.save(key, place)
    except VersionConflict:
        return False
    return True
