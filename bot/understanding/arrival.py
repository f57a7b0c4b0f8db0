"""Why someone came, and how they are when they come back.

`came_because` (below): why someone came, when a first message says it: sent by someone ("my
daughter said try it", "a friend told me about this", "mi hija me dijo que lo probara") or
trying it out ("just trying this"). Read once, on the first message, so the welcome can
acknowledge it briefly.

`feeling_low(text)`: a greeting that says they feel bad ("hi again. still feel bad", "hola,
sigo mal"): the line that meets it (`LOW_LINES`), said before anything else.

Plain patterns over folded text, English and Spanish.
"""

from __future__ import annotations

import re
from typing import Literal

from bot.i18n import N_, _
from bot.primitives.text import fold
from bot.understanding.feelings import Lexicon
from bot.understanding.mood import mood_score
from bot.understanding.mood_es import mood_score_es

LOW_MOOD = 2
"""A mood read at or below this from a greeting is met before anything else."""
LOW_LINES = {
    "still": N_("I'm sorry it still feels bad. "),
    "now": N_("I'm sorry you're feeling bad. "),
}
_STILL = re.compile(r"(?<!\w)(?:still|stil|sill|still?|sigo|sigue|todavia|aun)(?!\w)")


def feeling_low(text: str) -> str | None:
    """The `LOW_LINES` key for a message that says the person feels bad, else None (a slash
    command such as "/rejected" is not scored: it names a flow, never a feeling)."""
    if not text or text.startswith("/"):
        return None
    scored = mood_score(text) or mood_score_es(text)
    if scored is None or scored[0] > LOW_MOOD:
        return None
    return "still" if _STILL.search(fold(text)) else "now"


def met_on_return(text: str) -> str:
    """The line meeting how a returning person says they feel, ending in a space: the low
    mood line ("hi again. still feel bad"), else the feelings lexicon's line for a hard feeling
    named ("hola de nuevo, no pude dormir jaja": tiredness); else ""."""
    low = feeling_low(text)
    if low:
        return _(LOW_LINES[low])
    if not text or text.startswith("/"):
        return ""
    lexicon = Lexicon.load()
    reading = lexicon.read(text)
    if reading.tone != "hard" or not reading.feelings:
        return ""
    return lexicon.reply(text, [])[1] + " "


_PEOPLE = (
    r"(?:daughter|son|wife|husband|partner|girlfriend|boyfriend|friend|friends|mum|mom|mother"
    r"|dad|father|sister|brother|kid|kids|family|coach|career coach|therapist|counsell?or"
    r"|doctor|colleague|coworker|co-worker|boss|manager|recruiter|teacher|mentor|neighbou?r"
    r"|someone|somebody|a friend)"
)
_VERB = (
    r"(?:said|says|told me|suggested|recommended|sent me|showed me|mentioned|thought|pointed me"
    r"|thinks)"
)
_WHAT = (
    r"(?: (?:to|i should|i could|i might|that i should|that i try|maybe|it might help to"
    r"|it would help to|id like|i'?d like|it could help to))?"
    r" (?:try|trying|use|using|check|give|come|talk|chat|this|you|here|about (?:this|you|it)"
    r"|it (?:might|would|could) help)"
)
_SENT = re.compile(
    r"(?<!\w)(?:"
    r"(?:my|a|an|our) (?:\w+ )?"
    + _PEOPLE
    + r" "
    + _VERB
    + _WHAT
    + r"|(?:someone|somebody) "
    + _VERB
    + _WHAT
    + r"|(?:recommended|suggested) (?:to me )?by (?:my|a) "
    + _PEOPLE
    + r"|(?:was|got|been) (?:told|sent|recommended) (?:to )?(?:try|here|this|you)"
    r"|mi (?:hija|hijo|esposa|esposo|pareja|novia|novio|amiga|amigo|mama|papa|madre|padre"
    r"|hermana|hermano|familia|terapeuta|jefe|jefa|companera|companero) (?:me )?"
    r"(?:dijo que (?:lo )?(?:probara|intentara|usara|hablara)|recomendo|sugirio|mando|paso)"
    r"|me (?:recomendaron|dijeron que (?:lo )?(?:probara|intentara|usara))"
    r")(?!\w)"
)
_TRYING = re.compile(
    r"(?<!\w)(?:(?:just |only )?(?:trying|testing|checking) (?:this|it|you) out|giving (?:this|it"
    r"|you) a (?:try|go|shot)|thought i'?d (?:try|give it a)|(?:just )?curious|"
    r"probando|solo (?:quiero|queria) probar)(?!\w)"
)

Arrival = Literal["sent", "trying"]


def came_because(text: str) -> Arrival | None:
    """`sent` when `text` says someone sent them, `trying` when they say they are trying it
    out, else None."""
    said = fold(text)
    if _SENT.search(said):
        return "sent"
    if _TRYING.search(said):
        return "trying"
    return None
