"""Safe output: escaping what a person typed for each platform, and splitting long messages.

`slack_escape` turns `&`, `<` and `>` into entities, so `<!everyone>` or `<@U123>` typed by a
person can never become a ping or a link. `discord_escape` escapes Discord markdown and breaks
`@everyone`, `@here` and user or role mentions with a zero-width space, the same approach as
discord.py's `escape_markdown` and `escape_mentions`, written out here so this package imports no
platform library. `split_message` cuts a long message into pieces under a platform's limit,
preferring paragraph, then line, then word boundaries. Escape first, then split: the limit applies
to what is sent.
"""

from __future__ import annotations

import bisect
import re

SLACK_TEXT_LIMIT = 3000
"""Characters in one Slack section block's text."""

DISCORD_TEXT_LIMIT = 2000
"""Characters in one Discord message's content."""

_ZWSP = "\u200b"

# Discord markdown: the same characters and line-start constructs discord.py escapes. Its masked
# link pattern `\[.+\]\(.+\)` backtracks badly on text like "[[[[..." that a person could send,
# so here a `[` is only found by the regex and the link is measured by `_LinkFinder` instead,
# with exactly the same result: from the `[` to the last `)` of its line, when a `](` follows at
# least one character later and a `)` at least one character after that.
_MD_COMMON = r"^>(?:>>)?\s|(?P<bracket>\[)|^#{1,3}|^\s*-"
_URL = r"(?P<url><[^: >]+:\/[^ >]+>|(?:https?|steam):\/\/[^\s<]+[^<.,:;\"\'\]\s])"
_MARKDOWN = re.compile(rf"(?:{_URL}|(?P<markdown>[_\\~|\*`]|{_MD_COMMON}))", re.MULTILINE)
_MENTION = re.compile(r"@(everyone|here|[!&]?[0-9]{17,20})")

_SEPARATORS = ("\n\n", "\n", " ")


def slack_escape(text: str) -> str:
    """Escape a person's words for Slack text (`&` first, so entities are not doubled)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _LinkFinder:
    """Where a masked link starting at a `[` ends, in constant time per `[` after one pass."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.opens: list[int] = [m.start() for m in re.finditer(r"\]\(", text)]
        self.breaks: list[int] = [m.start() for m in re.finditer("\n", text)]

    def end(self, start: int) -> int | None:
        """End (exclusive) of the link at `start`, or None when there is none."""
        line_end = self._line_end(start)
        i = bisect.bisect_left(self.opens, start + 2)
        if i == len(self.opens) or self.opens[i] >= line_end:
            return None
        close = self.text.rfind(")", self.opens[i] + 3, line_end)
        return None if close < 0 else close + 1

    def _line_end(self, pos: int) -> int:
        i = bisect.bisect_left(self.breaks, pos)
        return self.breaks[i] if i < len(self.breaks) else len(self.text)


def _escape_markdown(text: str) -> str:
    out: list[str] = []
    links: _LinkFinder | None = None
    pos = 0
    while (m := _MARKDOWN.search(text, pos)) is not None:
        out.append(text[pos : m.start()])
        if m.group("url"):
            out.append(m.group("url"))
            pos = m.end()
        elif m.group("bracket"):
            links = links or _LinkFinder(text)
            end = links.end(m.start())
            out.append("[" if end is None else "\\" + text[m.start() : end])
            pos = m.start() + 1 if end is None else end
        else:
            out.append("\\" + m.group("markdown"))
            pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def discord_escape(text: str) -> str:
    """Escape a person's words for Discord: markdown characters and mass or user mentions.

    Links are left as they are (escaping inside a URL would break it). The adapter still sends
    every message with `allowed_mentions` set to none; this makes the text itself harmless too.
    """
    return _MENTION.sub(lambda m: "@" + _ZWSP + m.group(1), _escape_markdown(text))


def split_message(text: str, limit: int) -> list[str]:
    """Split `text` into pieces of at most `limit` characters, in order.

    Cuts between paragraphs where it can, then between lines, then between words; a single word
    longer than `limit` is the only thing ever cut in the middle (never inside a `&amp;`-style
    entity, and never right after a lone escaping backslash). Whitespace at the edges of each
    piece is dropped, and so are pieces left empty. `split_message("", n)` is `[]`.
    """
    if limit < 1:
        raise ValueError(f"limit must be at least 1 character, got {limit}")
    pieces = _pack(text, limit, _SEPARATORS)
    return [p.strip() for p in pieces if p.strip()]


def _pack(text: str, limit: int, separators: tuple[str, ...]) -> list[str]:
    if len(text) <= limit:
        return [text]
    if not separators:
        return _hard_cut(text, limit)
    sep, rest = separators[0], separators[1:]
    chunks: list[str] = []
    current = ""
    for part in text.split(sep):
        candidate = current + sep + part if current else part
        if len(candidate) <= limit:
            current = candidate
            continue
        if current.strip():
            chunks.append(current)
        current = ""
        if len(part) <= limit:
            current = part
        else:
            sub = _pack(part, limit, rest)
            chunks.extend(sub[:-1])
            current = sub[-1] if sub else ""
    if current.strip():
        chunks.append(current)
    return chunks


def _hard_cut(word: str, limit: int) -> list[str]:
    out: list[str] = []
    while len(word) > limit:
        cut = _safe_cut(word, limit)
        out.append(word[:cut])
        word = word[cut:]
    if word:
        out.append(word)
    return out


def _safe_cut(word: str, limit: int) -> int:
    """Where to cut a too-long word: not inside `&...;`, not after a lone `\\`."""
    cut = limit
    amp = word.rfind("&", max(0, cut - 7), cut)
    if amp > 0:
        semi = word.find(";", amp, amp + 8)
        if semi >= cut:
            cut = amp
    trailing = len(word[:cut]) - len(word[:cut].rstrip("\\"))
    if trailing % 2 == 1 and cut > 1:
        cut -= 1
    return max(cut, 1)
