"""Discord as a platform the long-running bot serves (`bot.plugs.Platform`): its settings check
and its `serve`."""

from __future__ import annotations

from collections.abc import Mapping

from bot.adapters.discord.config import DiscordConfig, DiscordConfigError
from bot.adapters.discord.runner import serve
from bot.plugs import Platform


def settings_problem(env: Mapping[str, str]) -> str | None:
    """The first Discord setting that is missing or wrong, or None."""
    try:
        DiscordConfig.from_env(env)
    except DiscordConfigError as exc:
        return str(exc)
    return None


PLATFORM = Platform(
    name="discord", serve=serve, problem=settings_problem, config_errors=(DiscordConfigError,)
)
