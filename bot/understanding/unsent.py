"""Reading a message that says nothing is, or will be, sent to the employer.

`not_sending(text)` hears a short message that says the person will not reply at all ("i'm not
sending anything", "can i just not reply at all?", "definitely not send mine", "no voy a mandar
nada"), not waiting ("not tonight", "i haven't sent it yet"), nor turning down only the calmer
version, nor saying there was no draft ("that was me venting"). `unsent(text)` hears that nothing
was sent ("wait i did NOT send them anything", "no mandé nada"). `sends(option)` says whether an
option is one of sending the message ("Send mine anyway"), which such words never choose.
"""

from __future__ import annotations

import re

from bot.flows.model import ChoiceOption
from bot.primitives.text import fold

MAX_WORDS = 30
"""Saying so is short; anything longer is a draft or a vent."""
_VERB = (
    r"(?:send|sending|sent|reply|replying|respond|responding|answer|answering|write back|"
    r"writing back|email|emailing|message|messaging|text|texting)"
)
_NOT = (
    r"(?:not|never|won'?t|wont|don'?t|dont|do not|will not)"
    r"(?:\s+(?:want|going|gonna|plan|planning|feel like|really|even|just|to|a|definitely|"
    r"actually|bother|bothering|ever))*"
)
_VERB_ES = r"(?:mandar|mando|enviar|envio|responder|respondo|contestar|contesto|escribir|escribo)"
_NOT_ES = r"no(?:\s+(?:le|les|lo|la|voy|vamos|quiero|pienso|pensaba|a|nada))*"
_REFUSE = re.compile(
    r"(?<!\w)" + _NOT + r"\s+" + _VERB + r"(?!\w)|(?<!\w)" + _NOT_ES + r"\s+" + _VERB_ES + r"(?!\w)"
)
_WAIT = re.compile(
    r"(?<!\w)(?:yet|tonight|today|now|right now|until|till|til|tomorrow|hoy|todavia|aun|"
    r"manana|ahora|hasta)(?!\w)"
)
"""Not yet, not tonight: waiting, which "Hold it" answers."""
_OTHER = re.compile(
    r"(?<!\w)(?:calm|calmer|rewrite|your version|yours|your one|nicer|softer|polite|tranquila|"
    r"tuya|tu version)(?!\w)"
)
"""Not sending the calmer version is no refusal to reply at all."""
_UNSENT = re.compile(
    r"(?<!\w)(?<!you )(?<!u )(?<!they )(?<!she )(?<!he )(?<!ya )"
    r"(?:i\s+)?(?:did not|didn'?t|didnt|never|have not|haven'?t|havent|has not|"
    r"hasn'?t)\s+(?:actually\s+|even\s+|really\s+)?(?:send|sent|reply|replied|respond|responded|"
    r"answer|answered|email|emailed|write back|wrote back)(?!\w)"
    r"(?!\s+(?:my (?:question|q)|me|the question))"
    r"|(?<!\w)nothing (?:was|has been|got|went) (?:sent|out)(?!\w)"
    r"|(?<!\w)(?:it|that|mine)(?:'s| is| was|s)? not (?:sent|gone|out)(?!\w)"
    r"|(?<!\w)no (?:lo |la |les |le )?(?:mande|envie|respondi|conteste|escribi)(?!\w)"
    r"|(?<!\w)no (?:se |lo |la )?(?:mando|envio|fue)(?: nada)?(?!\w)"
)
"""Nothing was sent ("i did NOT send them anything", "no mandé nada"); never the bot or them not
answering ("you didnt answer my question", "they never replied")."""
_NO_DRAFT = re.compile(
    r"(?<!\w)(?:vent|venting|rant|ranting|wasn'?t a|was not a|isn'?t a|is not a|not a draft|"
    r"no era|no es (?:un|mi)|desahog\w*)(?!\w)"
)
""""not sending anything, that was me venting": no draft at all, which `bot.anywhere` hears."""
_SPLIT = re.compile(r"[.!?;,]+|\s+but\s+|\s+pero\s+")


def _said(text: str) -> str | None:
    said = " ".join(fold(text or "").split())
    if not said or len(said.split()) > MAX_WORDS:
        return None
    return said


def not_sending(text: str) -> bool:
    """Whether `text` says they will not reply at all (no waiting, no other version)."""
    said = _said(text)
    if said is None or _NO_DRAFT.search(said):
        return False
    found = False
    for clause in _SPLIT.split(said):
        if not _REFUSE.search(clause):
            continue
        if _WAIT.search(clause) or _OTHER.search(clause) or _UNSENT.search(clause):
            return False
        found = True
    return found


def unsent(text: str) -> bool:
    """Whether `text` says nothing was sent ("wait i did NOT send them anything")."""
    said = _said(text)
    return said is not None and any(_UNSENT.search(c) for c in _SPLIT.split(said))


_SENDS = re.compile(r"(?<!\w)send(?!\w)")
_NOT_SENDS = re.compile(r"(?<!\w)(?:not|unsent|don'?t|dont|before|never)(?!\w)")


def sends(option: ChoiceOption) -> bool:
    """Whether `option` is one of sending the message ("Send mine anyway", "I'm ready to send it
    myself"), not of leaving it ("I'll leave it unsent") nor checking it first."""
    label = fold(option.label)
    return option.id == "send" or (bool(_SENDS.search(label)) and not _NOT_SENDS.search(label))
