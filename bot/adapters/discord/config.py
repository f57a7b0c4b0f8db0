"""Discord settings read from the environment, and the two process-wide endpoint overrides.

`DiscordConfig.from_env` reads `DISCORD_TOKEN`, `DISCORD_CLIENT_ID`, `DISCORD_GUILD_ID`,
`DISCORD_SHARD_COUNT`, `DISCORD_SHARD_IDS`, `DISCORD_NOTIFY_CHANNEL_ID`, `DISCORD_API_URL`,
`DISCORD_GATEWAY_URL` and `BOUNCEBACK_DISCORD_SYNC_COMMANDS` (0 on all but one process); every
problem is reported at once, each saying how to fix it. `apply_endpoints` points discord.py's REST
base and default gateway elsewhere (a rate-limit proxy, or the local fake in tests); both are
module-level attributes of discord.py 2.7, so they affect the whole process.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import discord.gateway
import discord.http
import yarl

DEFAULT_API_URL = "https://discord.com/api/v10"
DEFAULT_GATEWAY_URL = "wss://gateway.discord.gg/"
TRUE = ("1", "true", "yes", "on")
FALSE = ("0", "false", "no", "off")


class DiscordConfigError(ValueError):
    """One or more Discord settings are missing or malformed; the message lists each fix."""


@dataclass(frozen=True, slots=True)
class DiscordConfig:
    token: str
    client_id: str | None = None
    guild_id: int | None = None
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    notify_channel_id: int | None = None
    api_url: str | None = None
    gateway_url: str | None = None
    sync_commands: bool = True

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> DiscordConfig:
        problems: list[str] = []

        def snowflake(name: str) -> int | None:
            raw = env.get(name, "").strip()
            if not raw:
                return None
            if not raw.isdigit():
                problems.append(
                    f"{name} must be a numeric Discord id (enable Developer Mode, then "
                    f"right-click and 'Copy ID'); got {len(raw)} non-numeric characters"
                )
                return None
            return int(raw)

        token = env.get("DISCORD_TOKEN", "").strip()
        if not token:
            problems.append(
                "DISCORD_TOKEN is not set; copy the bot token from the Discord developer portal "
                "(your application > Bot > Reset Token)"
            )
        shard_count: int | None = None
        raw_count = env.get("DISCORD_SHARD_COUNT", "").strip()
        if raw_count:
            if raw_count.isdigit() and int(raw_count) > 0:
                shard_count = int(raw_count)
            else:
                problems.append("DISCORD_SHARD_COUNT must be a whole number of shards, 1 or more")
        shard_ids: tuple[int, ...] | None = None
        raw_ids = env.get("DISCORD_SHARD_IDS", "").strip()
        if raw_ids:
            parts = [x.strip() for x in raw_ids.split(",") if x.strip()]
            if not all(x.isdigit() for x in parts) or not parts:
                problems.append("DISCORD_SHARD_IDS must be a comma list of shard numbers, e.g. 0,1")
            elif shard_count is None:
                problems.append("DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT (the total shards)")
            elif any(int(x) >= shard_count for x in parts):
                problems.append(
                    f"DISCORD_SHARD_IDS must each be below DISCORD_SHARD_COUNT ({shard_count}); "
                    "shards are numbered from 0"
                )
            else:
                shard_ids = tuple(sorted({int(x) for x in parts}))
        client_id = env.get("DISCORD_CLIENT_ID", "").strip() or None
        if client_id is not None and not client_id.isdigit():
            problems.append(
                "DISCORD_CLIENT_ID must be the numeric Application ID from the developer portal "
                "(General Information)"
            )
        guild_id = snowflake("DISCORD_GUILD_ID")
        notify = snowflake("DISCORD_NOTIFY_CHANNEL_ID")
        api_url = env.get("DISCORD_API_URL", "").strip() or None
        gateway_url = env.get("DISCORD_GATEWAY_URL", "").strip() or None
        if api_url and not api_url.startswith(("http://", "https://")):
            problems.append("DISCORD_API_URL must start with http:// or https://")
        if gateway_url and not gateway_url.startswith(("ws://", "wss://")):
            problems.append("DISCORD_GATEWAY_URL must start with ws:// or wss://")
        raw_sync = env.get("BOUNCEBACK_DISCORD_SYNC_COMMANDS", "").strip().lower()
        if raw_sync not in ("", *TRUE, *FALSE):
            problems.append(
                "BOUNCEBACK_DISCORD_SYNC_COMMANDS must be 1 (publish the slash commands at start) "
                "or 0 (leave it to another process)"
            )
        if problems:
            raise DiscordConfigError(
                "Discord settings need fixing:\n  - " + "\n  - ".join(problems)
            )
        return cls(
            token=token,
            client_id=client_id,
            guild_id=guild_id,
            shard_count=shard_count,
            shard_ids=shard_ids,
            notify_channel_id=notify,
            api_url=api_url,
            gateway_url=gateway_url,
            sync_commands=raw_sync not in FALSE,
        )


def apply_endpoints(api_url: str | None, gateway_url: str | None) -> None:
    """Point discord.py at other REST and gateway endpoints (None leaves one unchanged).

    The REST base must include the API version (`.../api/v10`); interaction callbacks and
    webhooks use it too.
    """
    if api_url:
        discord.http.Route.BASE = api_url.rstrip("/")
    if gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)


def current_endpoints() -> tuple[str, str]:
    """The REST base and gateway now in effect (to restore after a test)."""
    return discord.http.Route.BASE, str(discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
