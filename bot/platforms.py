"""The chat platforms `bounceback run slack|discord|all` can serve, by name.

On top of the layers with the command line: the one place that names the adapters the runner
serves, so `bot.runner` and `bot.preflight` never import an adapter.
"""

from __future__ import annotations

from bot.plugs import Platform

NAMES = ("slack", "discord", "all")


def platforms(name: str) -> list[Platform]:
    """The platforms `name` ("slack", "discord" or "all") stands for."""
    out: list[Platform] = []
    if name in ("slack", "all"):
        # lazy: start-up time; only the chosen platform's SDK (slack-bolt) is imported
        from bot.adapters.slack.platform import PLATFORM as SLACK

        out.append(SLACK)
    if name in ("discord", "all"):
        # lazy: start-up time; only the chosen platform's SDK (discord.py) is imported
        from bot.adapters.discord.platform import PLATFORM as DISCORD

        out.append(DISCORD)
    return out
