"""Reading what the bot said in tests: all text of a turn's replies, choices as
`prompt | label / label`, a file's caption included; `speaker` and `placer` make a test module's
`say(app, text)` and `place(app)` for one person."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.app import App
from bot.core.model import Attachment, Choices, Reply, Text, Turn, UserKey


def said(replies: list[Reply]) -> str:
    out = []
    for r in replies:
        if isinstance(r, Text):
            out.append(r.plain)
        elif isinstance(r, Choices):
            out.append(r.prompt.plain + " | " + " / ".join(o.label for o in r.options))
        elif isinstance(r, Attachment) and r.caption is not None:
            out.append(r.caption.plain)
    return "\n".join(out)


def speaker(key: UserKey, locale: str = "en-US") -> Callable[[App, str], Awaitable[str]]:
    """`say(app, text)`: what the bot answers `key` typing `text`."""

    async def say(app: App, text: str) -> str:
        return said(await app.engine.handle(Turn(key, text=text, locale=locale)))

    return say


def placer(key: UserKey) -> Callable[[App], Awaitable[str]]:
    """`place(app)`: "flow.step" where `key`'s conversation waits."""

    async def place(app: App) -> str:
        async with app.store.transaction() as tx:
            conv = await tx.load(key)
        assert conv is not None
        return f"{conv.flow}.{conv.step}"

    return place
