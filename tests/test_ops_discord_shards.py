"""Discord's gateway shards split across two real `bounceback run discord` processes on one
PostgreSQL database, with the fake Discord: each process connects only its own shard and answers
only the events Discord sends to that shard, and one person's conversation carries over from a
server (shard 1, the second process) to their DMs (shard 0, the first process)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bot.core.model import Conversation, UserKey
from bot.store.crypto import Cipher
from bot.store.sql import SqlStore
from tests.fakes import discord_payloads as dp
from tests.fakes.discord import FakeDiscord
from tests.ops_support import BotProcess, bot_env, free_port, scratch_database
from tests.test_ops_metrics import parse

pytestmark = pytest.mark.timeout(180)

KEY = UserKey("discord", dp.APP_ID, dp.USER_ID)
GUILD_ON_SHARD_1 = str(int(dp.GUILD_ID) + (1 << 22))  # (id >> 22) % 2 == 1


@dataclass
class Shards:
    fake: FakeDiscord
    processes: list[BotProcess]
    store: SqlStore

    async def place(self) -> Conversation | None:
        async with self.store.transaction() as tx:
            return await tx.load(KEY)

    async def wait_place(self, flow: str, step: str, within: float = 30.0) -> Conversation:
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            conv = await self.place()
            if conv is not None and (conv.flow, conv.step) == (flow, step):
                return conv
            await asyncio.sleep(0.05)
        raise AssertionError(f"the conversation never reached {flow}.{step}: {await self.place()}")


@pytest.fixture
async def shards(pg_url: str, tmp_path: Path) -> AsyncIterator[Shards]:
    async with scratch_database(pg_url) as db, FakeDiscord() as fake:
        key = Fernet.generate_key().decode()
        processes = []
        for shard in range(2):
            home = tmp_path / f"shard{shard}"
            home.mkdir()
            env = bot_env(
                metrics_port=free_port(),
                database_url=db,
                secret_key=key,
                home=home,
                DISCORD_TOKEN="fake-token",
                DISCORD_API_URL=fake.api_url,
                DISCORD_GATEWAY_URL=fake.gateway_url,
                DISCORD_SHARD_COUNT="2",
                DISCORD_SHARD_IDS=str(shard),
            )
            processes.append(BotProcess(env, tmp_path / f"shard{shard}.log", platform="discord"))
        store = SqlStore.open(db, Cipher([key]))
        try:
            await asyncio.gather(*(p.start() for p in processes))
            await asyncio.gather(*(p.wait_ready() for p in processes))
            await fake.wait_connected(sessions=2, within=30)
            yield Shards(fake, processes, store)
            for p in processes:
                p.terminate()
            codes = await asyncio.gather(*(p.wait(15) for p in processes))
            assert codes == [0, 0], [p.log_text()[-2000:] for p in processes]
        finally:
            await store.close()
            for p in processes:
                await p.kill()


async def test_each_process_runs_its_shard_and_a_conversation_crosses_them(
    shards: Shards,
) -> None:
    fake = shards.fake
    assert sorted(tuple(x["shard"]) for x in fake.identify_payloads) == [(0, 2), (1, 2)]

    # /vent in a server whose events go to shard 1: the second process answers.
    command = dp.slash_command("vent", in_guild=True)
    command["guild_id"] = GUILD_ON_SHARD_1
    await fake.interaction(command)
    await shards.wait_place("vent", "open")

    # The person answers in their DMs, which Discord sends to shard 0: the first process
    # picks the conversation up from the database where the second left it.
    await fake.dispatch("MESSAGE_CREATE", dp.dm_message("It stings. I really wanted that one."))
    conv = await shards.wait_place("vent", "heard")
    assert conv.vars["vent_text"] == "It stings. I really wanted that one."

    first, second = [parse(await p.metrics()) for p in shards.processes]
    assert first['bounceback_turns_total{outcome="ok"}'] == 1
    assert second['bounceback_turns_total{outcome="ok"}'] == 1
    for page in (first, second):
        assert page['bounceback_platform_errors_total{platform="discord"}'] == 0
