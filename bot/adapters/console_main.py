"""`bounceback chat`: builds the app on the embedded default and runs a console conversation,
optionally reloading flows when their files change (`--reload`). The banner is in the language
of `--locale` when the flows speak it."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys

from bot.adapters.console import ConsoleChat
from bot.adapters.console_input import tolerant
from bot.app import App, build_app_or_explain, start_background
from bot.core.model import UserKey
from bot.i18n import N_, _, use_language
from bot.i18n.current import SOURCE
from bot.i18n.person import primary
from bot.reload import watch_flows
from bot.settings import Settings

log = logging.getLogger(__name__)

BANNER = N_("Bounce Back (console). Type /help for commands, /quit to leave.")


def speak_locale(app: App, locale: str | None) -> None:
    """Speak the language of `locale` in this task until a turn says otherwise (the first
    prompt), English when the flows don't speak it."""
    code = primary(locale)
    code = code if code in app.flows.languages else SOURCE
    use_language(code, app.flows.code_texts.get(code))


def banner(app: App, locale: str | None) -> str:
    """The console banner in the language of `locale`, English when the flows don't speak it."""
    speak_locale(app, locale)
    try:
        return _(BANNER)
    finally:
        use_language(SOURCE)


async def chat(
    settings: Settings, user: str, *, reload: bool = False, tz: str | None = None
) -> int:
    """Chat in the terminal. `tz`: the zone given with `--tz`; without it, the person's zone is
    what they set, else their locale's country's, else the deployment default."""
    app = await build_app_or_explain(settings, sys.stderr)
    if app is None:
        return 1
    interactive = sys.stdin.isatty()
    tolerant(sys.stdin)
    tolerant(sys.stdout)
    key = UserKey("console", "local", user)
    console = ConsoleChat(app.engine.handle, key, sys.stdout, locale=settings.locale, tz=tz)
    background = await start_background(app, console_key=key, out=sys.stdout)
    watcher = asyncio.create_task(watch_flows(app, sys.stderr)) if reload else None
    try:
        if interactive:
            print(banner(app, settings.locale) + "\n")
        speak_locale(app, settings.locale)  # the first prompt; each turn then sets its own
        await console.run(sys.stdin, interactive=interactive)
    finally:
        if watcher is not None:
            watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watcher
        await background.stop()
        await app.close()
    return 0


__all__ = ["App", "chat"]
