"""The crisis check of a bare command ("/rejected", "/menu", "/ayuda") or a bare number ("2"):
the same every time.

A slash command with nothing after it carries no words of the person's own, so its assessment
depends on the command word alone: never a risk, at most a setback remembered ("/rejected"
mentions a rejection). A number of one to three digits, the usual answer to a question with
numbered buttons, is one word the rules read and the model never scores, and no rule that needs
earlier distress matches it: its assessment is the same whatever the memory holds (checked for
every such number by the tests). `remembering(assess)` answers such a message from a small table
filled on first use, and passes every other message, with its memory, to `assess` unchanged.
Only bare command words and numbers are kept, never what a person wrote.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.safety.crisis import Assessment, CrisisMemory
from bot.safety.inspector import AssessFn

BARE = re.compile(r"/[a-z_]{1,30}")
"""A command word alone, as platforms send slash commands."""
NUMBER = re.compile(r"[0-9]{1,3}")
"""A number alone, as typed to pick a numbered button."""
KEPT = 1_500
"""At most this many command words and numbers are remembered (a few dozen words, and at most
a thousand numbers)."""


def remembering(assess: AssessFn) -> AssessFn:
    """`assess`, answering a bare command or number from what the same message got before."""
    table: dict[str, Assessment] = {}

    def checked(
        text: str, memory: CrisisMemory | None = None, now: datetime | None = None
    ) -> Assessment:
        if BARE.fullmatch(text) is None and NUMBER.fullmatch(text) is None:
            return assess(text, memory, now)
        found = table.get(text)
        if found is None:
            if len(table) >= KEPT:
                table.clear()
            found = table[text] = assess(text, None, None)
        return found

    return checked
