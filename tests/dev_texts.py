"""The message texts of a development set, however it nests them: a plain string, a list, or a
mapping whose `text` is the message (its other keys, such as labels, are not messages)."""

from __future__ import annotations

from typing import Any


def texts_in(node: Any) -> list[str]:
    """Every message text under `node` (parsed YAML), in file order."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, list):
        return [t for item in node for t in texts_in(item)]
    if isinstance(node, dict):
        if isinstance(node.get("text"), str):
            return [node["text"]]
        return [t for value in node.values() for t in texts_in(value)]
    return []
