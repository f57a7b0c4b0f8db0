"""Answers to "Are you safe right now?" that say neither yes nor no plainly.

"idk man, not really, just tired", "no se, nomas cansado", "kinda? just worn out" mix a doubt,
a "not really" and a smaller trouble: they could mean "not safe" or "not in danger, only tired".
`unclear_safe_answer` finds such an answer so the crisis flow can ask once more, gently, before
deciding; a plain "no", "not really", "no estoy a salvo" or any word of harm is never unclear: it
stays not safe, and an unclear answer to the second asking is taken as not safe too. Plain
patterns over folded text; nothing here logs the text.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping

from bot.primitives.text import fold

UNCLEAR_ASKED = {"lines": "lines_unclear", "resume_check": "resume_unclear"}
"""The crisis flow's steps asking once more after an unclear answer, for each safe question."""
UNCLEAR_VIA = {"lines": "lines_unsure", "resume_check": "resume_unsure"}
"""The crisis flow's steps an unclear answer goes through (with `UNCLEAR` set) to be asked again."""
UNCLEAR = "crisis_unclear"
"""Variable: set when the answer to a safe question was unclear, so it is asked once more."""

_DOUBT = re.compile(
    r"(?<!\w)(?:idk|dunno|i dont know|i don'?t know|not sure|unsure|i guess|maybe|kinda|kind of|"
    r"sort of|sorta|no idea|no estoy segur[oa]|eh+|meh|hmm+|no se|ni idea|quien sabe|tal vez|"
    r"quiza\w*|mas o menos|"
    r"creo que no|creo que si|supongo|i think so|i think not|ish)(?!\w)"
)
_NOT_REALLY = re.compile(
    r"(?<!\w)(?:not really|no really|nah|nope|no(?!\s+(?:se|idea|estoy segur[oa]|sure)(?!\w))|"
    r"not exactly|not much|no mucho|la verdad no|"
    r"pues no|no tanto|realmente no|no realmente)(?!\w)"
)
_SMALLER = re.compile(
    r"(?<!\w)(?:just|only|solo|nomas|namas|nada mas|simplemente|mostly|mas bien|really)\s+"
    r"(?:(?:i'?m|im|i am|feeling|feel|estoy|ando|me siento|really|very|so|super|muy|bien)\s+)*"
    r"(?:tired|exhausted|sad|stressed|down|drained|worn out|wiped|fed up|burnt out|burned out|"
    r"low|bummed|upset|frustrated|overwhelmed|sleepy|cansad[oa]|agotad[oa]|triste|"
    r"estresad[oa]|hart[oa]|bajonead[oa]|desanimad[oa]|frustrad[oa]|fundid[oa]|quemad[oa]|"
    r"con sueno)(?!\w)"
)
_HARM = re.compile(
    r"(?<!\w)(?:not safe|unsafe|dont feel safe|don'?t feel safe|danger|hurt|harm|kill|die|dying|"
    r"dead|end it|suicid\w*|pills|no estoy a salvo|no me siento segur[oa]|peligro|dano|"
    r"lastimar\w*|matar\w*|morir\w*|muert[oa]|acabar con)(?!\w)"
)


def unclear_safe_answer(text: str) -> bool:
    """Whether `text`, typed at "Are you safe right now?", mixes readings (a doubt, a "not
    really", a smaller trouble) so that neither yes nor no can be taken from it. Any word of harm
    or unsafety, or one reading alone ("not really", "idk"), is not unclear."""
    said = fold(text).replace("'", "")
    if not said or len(said.split()) > 25 or _HARM.search(said):
        return False
    readings = sum(bool(p.search(said)) for p in (_DOUBT, _NOT_REALLY, _SMALLER))
    return readings >= 2 or bool(_SMALLER.search(said))


def asked_again_at(step: str, variables: MutableMapping[str, object]) -> str:
    """Where an unclear answer typed at the crisis flow's `step` goes: asked once more after the
    first asking (`UNCLEAR` set in `variables`), else, at the second asking, not safe."""
    variables[UNCLEAR] = "yes" if step in UNCLEAR_VIA else ""
    return UNCLEAR_VIA.get(step, "not_safe")
