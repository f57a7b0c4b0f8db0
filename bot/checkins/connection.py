"""The check-ins' way into the database: the SQL connection of one of the store's own transactions
(`Store.transaction`), so check-in reads and writes queue behind the same SQLite write lock as
turns, and a database outage is the store's `StoreUnavailable`, logged once by the store.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.core.ports import Store
from bot.store.connection import sql_connection


@asynccontextmanager
async def transaction(store: Store) -> AsyncIterator[AsyncConnection]:
    """One store transaction (the store's lock and outage handling), as a SQL connection."""
    async with store.transaction() as tx:
        yield sql_connection(tx)
