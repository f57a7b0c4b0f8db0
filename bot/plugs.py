"""What a chat platform's adapter hands the long-running bot (`bot.runner`): its name, how to
check its settings before anything starts, how to serve, and which errors mean "fix a setting".

Adapters sit above the runner and build their own `Platform`; the command line picks them by name
(`bot.platforms`), so the runner and the preflight never import an adapter.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

from bot.app import App


class Serve(Protocol):
    """Runs one adapter for a built app until `stop` is set; registers its check-in sender."""

    def __call__(
        self, app: App, env: Mapping[str, str], stop: asyncio.Event
    ) -> Awaitable[None]: ...


@dataclass(frozen=True)
class Platform:
    """One chat platform the bot can serve."""

    name: str
    serve: Serve
    problem: Callable[[Mapping[str, str]], str | None]
    """The first setting that is missing or wrong, as one line, or None."""
    config_errors: tuple[type[BaseException], ...]
    """Errors `serve` raises for a setting that is wrong or a token the platform refused."""
