"""YAML node trees for the checked data files (questions, resources), composed once per text.

The readers walk the nodes for positions and never change them, so one tree serves every
reader of the same text: building the bot twice (tests, reloads) does not parse the same file
twice. Errors are not remembered; a broken file raises each time it is read.
"""

from __future__ import annotations

from functools import lru_cache

import yaml
from yaml.nodes import Node

__all__ = ["compose"]


@lru_cache(maxsize=32)
def compose(text: str) -> Node | None:
    """The node tree of `text` (safe YAML), shared by every caller; do not change it."""
    try:
        return yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        # the pure-Python reader words errors and their positions as the checks expect
        return yaml.compose(text, Loader=yaml.SafeLoader)
