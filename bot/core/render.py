"""A flow's message template made into a message (`Text`) for a person's variables."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache

from bot.core.model import Part, Text
from bot.flows.template import pieces


def render(template: str, variables: Mapping[str, object]) -> Text:
    """Render `template`; variable values become user-originated parts (escaped by adapters)."""
    parts = tuple(Part(text, from_user) for text, from_user in pieces(template, variables))
    return Text(parts or (Part(""),))


def is_plain(template: str) -> bool:
    """True when `template` has no `{name}` and no doubled brace: it reads exactly as written."""
    return "{" not in template and "}" not in template


@lru_cache(maxsize=8192)
def plain_text(template: str) -> Text:
    """The message of a plain template (a flow's own words, never a person's): made once, the
    same few recur every turn, and a `Text` never changes."""
    return Text.of(template)


def render_lazily(template: str, variables: Callable[[], Mapping[str, object]]) -> Text:
    """`render`, gathering the variables only when the template uses some: most labels and
    messages are plain text, and gathering a person's variables copies all of them. `template`
    is a flow's text."""
    if is_plain(template):
        return plain_text(template)
    return render(template, variables())
