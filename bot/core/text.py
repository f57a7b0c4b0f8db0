"""Text folding for the core and everything above it (the functions live in `bot.primitives.text`,
below the flows, which need them too)."""

from __future__ import annotations

from bot.primitives.text import command_key, contains_phrase, fold

__all__ = ["command_key", "contains_phrase", "fold"]
