"""`bounceback chat --json`: a conversation read from piped lines, written as JSON lines.

For flow authors and tools. Each input line is one message; for each, exactly one JSON object is
written to stdout, and nothing else ever is (check-ins that fall due go to stderr):

    {"you": "...", "understood": {"as": KIND, "flow": ID|null, "step": ID|null,
     "choice": LABEL|null, "score": FLOAT|null}, "replies": [{"text": "...", "choices": [...]}]}

KIND is one of choice, answer, command, flow, question, crisis, fallback; flow/step name the
question that was waiting; choice is the label of the option taken.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import TextIO

from bot.app import build_app_or_explain, start_background
from bot.core.engine import Handled
from bot.core.model import Attachment, Choices, Notify, Reply, Text, Turn, UserKey
from bot.settings import Settings


def reply_json(reply: Reply) -> dict[str, object] | None:
    """One reply as `{"text", "choices"}`; None for a message meant for someone else."""
    if isinstance(reply, Text):
        return {"text": reply.plain, "choices": []}
    if isinstance(reply, Choices):
        return {"text": reply.prompt.plain, "choices": [o.label for o in reply.options]}
    if isinstance(reply, Attachment):
        caption = reply.caption.plain if reply.caption else ""
        return {"text": caption or f"[file {reply.filename}]", "choices": []}
    if isinstance(reply, Notify):
        return None
    return None


def turn_json(said: str, handled: Handled) -> str:
    """The JSON line for one message and what the engine did with it."""
    u = handled.understood
    understood = {
        "as": u.kind.value if u else "fallback",
        "flow": u.flow if u else None,
        "step": u.step if u else None,
        "choice": u.choice if u else None,
        "score": u.score if u else None,
    }
    replies = [r for r in (reply_json(x) for x in handled.replies) if r is not None]
    return json.dumps(
        {"you": said, "understood": understood, "replies": replies}, ensure_ascii=False
    )


async def run_lines(
    handle: object, key: UserKey, lines: Iterable[str], out: TextIO, *, locale: str, tz: str
) -> None:
    """Send each line to `handle` (an `Engine.handle_detailed`) and write one JSON line each."""
    assert callable(handle)
    for raw in lines:
        said = raw.rstrip("\r\n")
        handled = await handle(Turn(key, text=said, locale=locale, tz=tz))
        assert isinstance(handled, Handled)
        out.write(turn_json(said, handled) + "\n")
        out.flush()


async def chat_json(settings: Settings, user: str) -> int:
    """`bounceback chat --json`: stdin lines in, one JSON object per line out."""
    app = await build_app_or_explain(settings, sys.stderr)
    if app is None:
        return 1
    key = UserKey("console", "local", user)
    background = await start_background(app, console_key=key, out=sys.stderr)
    try:
        await run_lines(
            app.engine.handle_detailed,
            key,
            sys.stdin,
            sys.stdout,
            locale=settings.locale,
            tz=settings.tz,
        )
    finally:
        await background.stop()
        await app.close()
    return 0
