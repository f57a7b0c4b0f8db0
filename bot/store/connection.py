"""The SQL connection behind a store transaction, for the repositories of other parts.

`StoreTx.handle` is typed `object` in the engine's protocol (the core knows no database
library); `sql_connection` narrows it to the `AsyncConnection` of `bot.store.sql.SqlTx`, so
check-ins, privacy and the adapters reach their tables inside the same transaction as a turn.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.core.ports import StoreTx


def sql_connection(tx: StoreTx) -> AsyncConnection:
    """The SQL connection of a store transaction; TypeError for a store that is not SQL."""
    handle = tx.handle
    if not isinstance(handle, AsyncConnection):
        raise TypeError("this needs the SQL store (bot.store.sql.SqlStore)")
    return handle
