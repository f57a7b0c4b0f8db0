"""A flow's message template made into a message (`Text`) for a person's variables."""

from __future__ import annotations

from collections.abc import Mapping

from bot.core.model import Part, Text
from bot.flows.template import pieces


def render(template: str, variables: Mapping[str, object]) -> Text:
    """Render `template`; variable values become user-originated parts (escaped by adapters)."""
    parts = tuple(Part(text, from_user) for text, from_user in pieces(template, variables))
    return Text(parts or (Part(""),))
