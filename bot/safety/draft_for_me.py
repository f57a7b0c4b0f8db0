"""Asking the bot to write the reply, typed where the draft brake waits for a draft.

"no sé cómo escribirlo, hacelo vos", "escríbelo tú", "can you write it for me": a request to
the bot, not a message to the employer, so it is never reviewed (or praised) as a draft.
`asks_us_to_write(text)` says whether a short message is such a request; the flow then explains
how to start, gives a short outline and keeps waiting for their first try. Nothing here logs
what was typed.
"""

from __future__ import annotations

import re

from bot.primitives.text import fold

_WRITE_IT = re.compile(
    r"(?<!\w)(?:"
    # Spanish: "hacelo vos", "escribilo vos", "escríbelo tú", "redactalo vos", "hazlo tú"
    r"(?:hacelo|hazlo|escribilo|escribelo|escribimelo|redactalo|redactamelo|armalo|armamelo"
    r"|hacemelo|hazmelo)(?: (?:vos|tu|usted|por mi)| ?[.!?]*$)"
    r"|(?:podes|puedes|podrias|puede|podria|me podes|me puedes|me podrias)"
    r" (?:escribir|redactar|armar|hacer)(?:lo|la|melo|mela)?(?: vos| tu)?(?: por mi)?"
    r"(?: (?:el|un) (?:mensaje|correo|mail|email|texto))?"
    r"|escribi(?:lo|melo)? vos|escribe(?:lo|melo)? tu|escribamelo|redactamelo|hacelo por mi"
    r"|(?:escribime|escribeme|redactame|armame|hazme|haceme) (?:el|un) (?:mensaje|correo|mail"
    r"|email|texto)"
    # English: "can you write it for me", "you write it", "write it for me"
    r"|(?:can|could|would|will) you (?:please )?(?:just )?(?:write|draft|do|word)"
    r" (?:it|this|that|one|something|the (?:email|message|reply)|me (?:one|something|a reply))"
    r"|you (?:write|draft|do) it|write (?:it|one|this|the (?:email|message|reply)) for me"
    r"|(?:just )?write (?:me )?(?:something|one|a reply)"
    r")(?!\w)"
)
_TO_THEM = re.compile(r"(?<!\w)(?:ustedes|su empresa|your company|you guys|vosotros)(?!\w)")
MAX_WORDS = 30
"""A longer message is a draft, whatever it asks."""


def asks_us_to_write(text: str) -> bool:
    """Whether `text` asks the bot to write the reply ("hacelo vos", "you write it") rather
    than being the reply: short, and said to the bot, not to the employer."""
    said = " ".join(fold(text or "").split())
    if not said or len(said.split()) > MAX_WORDS or _TO_THEM.search(said):
        return False
    return _WRITE_IT.search(said) is not None
