"""Saying something again without saying it the same way, in the flows that loop (the care flows).

A message with several wordings (`{variants: [...]}`) is first said in its first wording; each
time it comes back, the wording said least so far is used, in the order the flow lists them (so a
flow lists them from fullest to shortest, and the bot says less as it repeats), and never the
wording said last time. No wording is said more than `MOST` times in a conversation while
another is left. A line with several wordings that only accompanies the question
(`required=False`) is left out once every wording has been said `MOST` times: saying less, rather
than the same again. A line with one wording is always said (the steps of an exercise, the
support lines), and so is a question; its wordings keep turning.

What was said is remembered in `meta[SAID]` by where the message is written (its file, line and
column), as counts only, never as text; it is forgotten after `FORGET_AFTER` without a turn.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import PurePath

from bot.core.context import TurnContext
from bot.flows.model import Message

SAID = "lines_said"
"""Meta key: {"at": when last used, "lines": {message key: [times said per wording, last]}}."""
MOST = 2
"""The times one wording is said in a conversation while another wording is left."""
FORGET_AFTER = timedelta(hours=12)
"""A conversation this long without turns is a new one: every wording may be said again."""


def message_key(message: Message) -> str:
    """Where the message is written, the same in every language's copy of the flows."""
    pos = message.pos
    return f"{PurePath(pos.file).name}:{pos.line}:{pos.col}"


def choose(ctx: TurnContext, key: str, variants: tuple[str, ...], *, required: bool) -> str | None:
    """The wording of `variants` to say now (None: leave the line out; only when not
    `required`)."""
    if len(variants) == 1:
        return variants[0]  # one wording: always said, nothing to remember
    lines = _lines(ctx)
    kept = lines.get(key)
    counts = [0] * len(variants)
    last = -1
    if isinstance(kept, list) and len(kept) == len(variants) + 1:
        counts = [int(c) if isinstance(c, int) else 0 for c in kept[:-1]]
        last = kept[-1] if isinstance(kept[-1], int) else -1
    index = 0
    if any(counts):
        fresh = [i for i in range(len(variants)) if counts[i] < MOST and i != last]
        if not fresh and not required:
            return None
        left = fresh or [i for i in range(len(variants)) if i != last] or [0]
        index = min(left, key=lambda i: (counts[i], i))
    counts[index] += 1
    lines[key] = [*counts, index]
    return variants[index]


def _lines(ctx: TurnContext) -> dict[str, object]:
    """This conversation's memory of lines said (a fresh one after a long silence)."""
    memory = ctx.meta.get(SAID)
    now = ctx.now.isoformat()
    if isinstance(memory, dict) and isinstance(memory.get("lines"), dict):
        at = memory.get("at")
        if isinstance(at, str) and _recent(at, ctx.now):
            memory["at"] = now
            lines = memory["lines"]
            assert isinstance(lines, dict)
            return lines
    lines = {}
    ctx.meta[SAID] = {"at": now, "lines": lines}
    return lines


def _recent(at: str, now: datetime) -> bool:
    try:
        then = datetime.fromisoformat(at)
    except ValueError:
        return False
    return timedelta(0) <= now - then <= FORGET_AFTER
