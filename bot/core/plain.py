"""Replies as plain text, the way a terminal shows them: choices as numbered options, a file
between markers. Used by the console adapter and by senders that print. The markers are in the
language of the turn (the file's name and contents are a data format and stay as they are)."""

from __future__ import annotations

from bot.core.model import Attachment, Choices, Notify, Reply, Text
from bot.i18n import _


def plain(reply: Reply) -> str:
    """How one reply reads as plain text."""
    if isinstance(reply, Text):
        return reply.plain
    if isinstance(reply, Choices):
        lines = [reply.prompt.plain]
        lines += [f"  {n}. {o.label}" for n, o in enumerate(reply.options, 1)]
        return "\n".join(lines)
    if isinstance(reply, Attachment):
        head = reply.caption.plain + "\n" if reply.caption else ""
        body = reply.content.decode("utf-8", errors="replace")
        end = _("--- end of {filename} ---").format(filename=reply.filename)
        return f"{head}--- {reply.filename} ---\n{body}\n{end}"
    if isinstance(reply, Notify):
        return _("(A message was sent to {target}.)").format(target=reply.target)
    return ""
