"""The short, stable pseudonym a person goes by in logs: never the platform id itself."""

from __future__ import annotations

import hashlib

from bot.core.model import UserKey


def key_digest(key: UserKey) -> str:
    """A short, stable pseudonym for logs: never the platform id itself."""
    return hashlib.sha256(str(key).encode()).hexdigest()[:12]
