"""Reading what the bot said in tests: all text of a turn's replies, choices as
`prompt | label / label`, a file's caption included."""

from __future__ import annotations

from bot.core.model import Attachment, Choices, Reply, Text


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
