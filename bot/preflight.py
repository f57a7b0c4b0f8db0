"""What `bounceback run` checks before it starts anything: the platform settings, and a store
that will neither lose nor split data.

`preflight(settings, platforms)` returns None when the bot may start, else one line naming the
setting and the fix (the command exits 2 with it). The SQLite store is one file for one process:
refused where several processes would each keep their own file, or where the file would vanish
with its container:
- Discord shards split across processes (`DISCORD_SHARD_IDS` naming only some of them);
- inside Kubernetes (`KUBERNETES_SERVICE_HOST` is set in every pod): replicas each get a file,
  lost with the pod.
`BOUNCEBACK_SQLITE_SINGLE_PROCESS=yes` says this is the only process and its file is on a
persistent volume; the refusal is then lifted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.plugs import Platform
from bot.settings import Settings

YES = ("1", "yes", "true", "on")
SHARED_STORE_FIX = (
    "set BOUNCEBACK_DATABASE_URL to one PostgreSQL database shared by every process "
    "(postgresql+asyncpg://USER:PASSWORD@HOST:5432/DB)"
)


def platform_problem(env: Mapping[str, str], platforms: Sequence[Platform]) -> str | None:
    """The first platform setting that is missing or wrong, flattened to one line."""
    for platform in platforms:
        problem = platform.problem(env)
        if problem is not None:
            return one_line(problem)
    return None


def sqlite_problem(settings: Settings, platforms: Sequence[Platform]) -> str | None:
    """Why a SQLite store would lose or split data here, or None."""
    env = settings.env
    if settings.store_kind != "sqlite":
        return None
    if env.get("BOUNCEBACK_SQLITE_SINGLE_PROCESS", "").strip().lower() in YES:
        return None
    if any(p.name == "discord" for p in platforms) and _some_shards(env):
        return (
            "BOUNCEBACK_DATABASE_URL is unset or SQLite, but DISCORD_SHARD_IDS runs only some "
            "Discord shards here, so the others run in other processes, each with its own "
            f"file; {SHARED_STORE_FIX}"
        )
    if env.get("KUBERNETES_SERVICE_HOST"):
        return (
            "BOUNCEBACK_DATABASE_URL is unset or SQLite inside Kubernetes: each replica would "
            f"keep its own file and lose it with the pod; {SHARED_STORE_FIX} (or, for exactly "
            "one replica on a persistent volume, BOUNCEBACK_SQLITE_SINGLE_PROCESS=yes)"
        )
    return None


def _some_shards(env: Mapping[str, str]) -> bool:
    ids = {x.strip() for x in env.get("DISCORD_SHARD_IDS", "").split(",") if x.strip()}
    count = env.get("DISCORD_SHARD_COUNT", "").strip()
    if not ids:
        return False
    return not count.isdigit() or ids != {str(i) for i in range(int(count))}


def one_line(message: str) -> str:
    """A message that may list several problems, on one line."""
    parts = [p.strip().lstrip("- ").strip() for p in message.splitlines()]
    head, *rest = [p for p in parts if p] or [message]
    if not rest:
        return head
    return head.rstrip(":") + ": " + "; ".join(rest)


def preflight(settings: Settings, platforms: Sequence[Platform]) -> str | None:
    """None when `run` may start; else the one line to print before exiting 2."""
    return platform_problem(settings.env, platforms) or sqlite_problem(settings, platforms)
