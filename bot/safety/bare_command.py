"""The crisis check of a bare command ("/rejected", "/menu", "/ayuda"): the same every time.

A slash command with nothing after it carries no words of the person's own, so its assessment
depends on the command word alone: never a risk, at most a setback remembered ("/rejected"
mentions a rejection). `remembering(assess)` answers such a message from a small table filled on
first use, and passes every other message, with its memory, to `assess` unchanged. Only bare
command words are kept, never what a person wrote.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.safety.crisis import Assessment, CrisisMemory
from bot.safety.inspector import AssessFn

BARE = re.compile(r"/[a-z_]{1,30}")
"""A command word alone, as platforms send slash commands."""
KEPT = 256
"""At most this many command words are remembered (there are a few dozen)."""


def remembering(assess: AssessFn) -> AssessFn:
    """`assess`, answering a bare command from what the same command got before."""
    table: dict[str, Assessment] = {}

    def checked(
        text: str, memory: CrisisMemory | None = None, now: datetime | None = None
    ) -> Assessment:
        if BARE.fullmatch(text) is None:
            return assess(text, memory, now)
        found = table.get(text)
        if found is None:
            if len(table) >= KEPT:
                table.clear()
            found = table[text] = assess(text, None, None)
        return found

    return checked
