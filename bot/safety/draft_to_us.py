"""Talk to the bot, typed where the draft brake waits for the draft.

"hello??", "are you there?" or "I asked if I should write my manager" is said to the bot, not
to the employer, so it is answered, never reviewed as a draft. `said_to_us(text)` reads a short
message as a greeting or a check that the bot is there (`"hello"`), a question about whether to
write to them at all (`"ask"`), or neither (`""`, a draft). Nothing here logs what was typed.
"""

from __future__ import annotations

import re
from typing import Literal

from bot.primitives.text import fold

_WRITE = (
    r"(?:write|write to|email|e-mail|mail|message|text|reply to|reply|respond to|respond"
    r"|answer|contact|reach out to|get back to|dm|escribir(?:le)?|responder(?:le)?|contestar(?:le)?"
    r"|mandar(?:le)?)"
)
_ASK = re.compile(
    r"(?<!\w)(?:"
    rf"(?:should|shall|do|can) i (?:even |still |just |actually )?{_WRITE}(?!\w)"
    rf"|(?:if|whether) i should (?:even |still |just |actually )?{_WRITE}(?!\w)"
    rf"|(?:is it|would it be) (?:a )?(?:good|bad|smart|wise|ok|okay|worth it)(?: idea)? to {_WRITE}"
    r"|is it worth (?:writing|emailing|replying|messaging|answering)(?!\w)"
    r"|(?:deberia|debo|conviene|vale la pena) (?:escribir|responder|contestar|mandar)"
    r")"
)
_HELLO = re.compile(
    r"^(?:(?:hello+|hi+|hey+|hola+|yo|oi)(?: there| bot| again)?"
    r"|(?:are )?(?:you|u) (?:still )?there|anyone (?:there|home)|is anyone there"
    r"|is this (?:thing )?(?:on|working)|estas ahi|hay alguien)"
    r"[\s?!.,]*$"
)
_LEAD = re.compile(r"^(?:hello+|hi+|hey+|hola+)\s*(?:\?+|!+\?+)[\s?!.,]*")
"""A greeting that pings the bot ("hello??") before what they say to it."""
_TO_THEM = re.compile(
    r"(?<!\w)(?:your (?!advice|help|opinion|thoughts|take)\w+|you (?:never|didn't|did not|have"
    r"|could|should|wasted|people|guys)"
    r"|ustedes|su empresa|dear|regards|sincerely|saludos)(?!\w)"
)
MAX_WORDS = 25
"""A longer message is a draft, whatever it asks."""


def said_to_us(text: str) -> Literal["hello", "ask", ""]:
    """Whether a short message typed for the draft is said to the bot: a greeting or a check
    that it is there (`"hello"`), or a question about whether to write at all (`"ask"`)."""
    said = " ".join(fold(text or "").replace("’", "'").split())
    if not said or len(said.split()) > MAX_WORDS or _TO_THEM.search(said):
        return ""
    if _HELLO.match(said):
        return "hello"
    rest = _LEAD.sub("", said)
    if _ASK.search(rest):
        return "ask"
    return "hello" if rest != said and _HELLO.match(rest) else ""
