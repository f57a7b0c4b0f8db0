"""Slack as a platform the long-running bot serves (`bot.plugs.Platform`): its settings check
and its `serve`."""

from __future__ import annotations

from collections.abc import Mapping

from bot.adapters.slack.runner import SlackConfigError, SlackSettings, serve
from bot.plugs import Platform


def settings_problem(env: Mapping[str, str]) -> str | None:
    """The first Slack setting that is missing or wrong, or None."""
    try:
        slack = SlackSettings.from_env(env)
    except SlackConfigError as exc:
        return str(exc)
    if not slack.socket_mode and not 0 <= slack.port <= 65535:
        return f"PORT / BOUNCEBACK_HTTP_PORT must be a port number (0-65535), got {slack.port}"
    return None


PLATFORM = Platform(
    name="slack", serve=serve, problem=settings_problem, config_errors=(SlackConfigError,)
)
