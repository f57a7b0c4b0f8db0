"""Running the real Bounce Back Discord client against `FakeDiscord` in tests and benchmarks.

`running_bot(engine, fake)` points discord.py at the fake, starts the client, waits until it is
ready with its commands synced, and closes it (restoring the endpoints) when the block ends.
`Handled` counts the events the bot has fully answered, so tests await them instead of sleeping.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from bot.adapters.discord.config import DiscordConfig, apply_endpoints, current_endpoints
from bot.adapters.discord.runner import BounceBackClient, build_client
from tests.fakes.discord import FakeDiscord


class Handled:
    """Counts events the bot has fully handled (all replies sent), to await them in tests."""

    def __init__(self, client: BounceBackClient) -> None:
        self.kinds: list[str] = []
        self.latencies: list[float] = []
        self._changed = asyncio.Event()
        client.bridge.observers.append(self._saw)

    def _saw(self, kind: str, elapsed: float) -> None:
        self.kinds.append(kind)
        self.latencies.append(elapsed)
        self._changed.set()

    async def wait(self, count: int, within: float = 10.0) -> list[str]:
        """Wait until `count` events in all have been handled; return their kinds."""

        async def _wait() -> None:
            while len(self.kinds) < count:
                self._changed.clear()
                await self._changed.wait()

        try:
            await asyncio.wait_for(_wait(), within)
        except TimeoutError:
            raise AssertionError(
                f"only {len(self.kinds)} of {count} events handled within {within}s: {self.kinds}"
            ) from None
        return self.kinds[:count]


@asynccontextmanager
async def running_bot(
    engine: Any, fake: FakeDiscord, **config: Any
) -> AsyncIterator[BounceBackClient]:
    """The real Bounce Back discord.py client, connected to `fake` until the block ends."""
    saved = current_endpoints()
    apply_endpoints(fake.api_url, fake.gateway_url)
    token = config.pop("token", "fake-token")
    options = {k: config.pop(k) for k in list(config) if k not in _CONFIG_FIELDS}
    client = build_client(
        engine, DiscordConfig(token=token, **config), guild_ready_timeout=0.1, **options
    )
    task = asyncio.create_task(client.start(token))
    try:
        await asyncio.wait_for(client.wait_until_ready(), 10)
        await asyncio.wait_for(client.synced.wait(), 10)
        yield client
    finally:
        await client.close()
        try:
            await asyncio.wait_for(task, 10)
        finally:
            apply_endpoints(*saved)


_CONFIG_FIELDS = {
    "client_id",
    "guild_id",
    "shard_count",
    "shard_ids",
    "notify_channel_id",
    "api_url",
    "gateway_url",
    "sync_commands",
}
