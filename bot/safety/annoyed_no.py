"""A no to the direct question ("are you having thoughts of ending your life?") that comes after
surprise or annoyance at being asked: "neta? es la tercera vez q me preguntas. NO. hablaba de la
renta", "q?? no wey jaja", "otra vez?? NO. ya te dije q no", "seriously? NO lol".

`no_after_surprise(said)` takes folded text. It is a no when, once the opening pieces of surprise
or annoyance are set aside ("neta?", "q??", "otra vez??", "en serio?", "wtf", "what??",
"you already asked me"), the first piece is a plain no ("NO.", "no wey jaja", "ya te dije q no",
"i said no"), and nothing in the whole message leans towards yes or not sure or names a risk
("pero a veces...", "no. ya no quiero vivir", "no, just tired of living"). The reason given
after the no ("hablaba de la renta", "nomas estoy cansado y sin chamba", "i meant my job") is
kept as it is: what it was about is not the question. Plain patterns; nothing here logs text.
"""

from __future__ import annotations

import re

_PIECES = re.compile(r"[.!?¿¡;\n…]+")
_SURPRISE = re.compile(
    r"^(?:(?:neta|q+|que+|ke+|k|otra vez|de nuevo|en serio|enserio|como|mande|eh|ah|oye|wey|guey"
    r"|a poco|ay|chale|wtf|what|wut|wat|seriously|really|again|omg|huh|bruh|bro|dude|come on"
    r"|lol|jaja\w*|haha\w*|ugh|uff|ya|x?d)[\s,]*)+$"
    r"|^(?:(?:ya )?es (?:la|ya la) \w+ vez (?:que|q) me (?:lo )?preguntas"
    r"|ya me lo (?:preguntaste|habias preguntado|dijiste)|otra vez con eso"
    r"|cuantas veces me (?:lo )?(?:vas a preguntar|preguntas)"
    r"|(?:you )?(?:already|just) asked(?: me)?(?: that)?(?: already)?"
    r"|(?:why|y) (?:do|d) (?:you|u) keep asking(?: me)?(?: that)?"
    r"|how many times(?: are you going to ask| will you ask)?)$"
)
"""A piece of the message that only says surprise or annoyance at the question."""
_NO = re.compile(
    r"^(?:(?:ya te (?:lo )?dije|te (?:lo )?dije|dije|ya dije|i said|i already said|i told you"
    r"|already told you|i already told you)[\s,]+(?:(?:que|q)\s+)?)?"
    r"(?:no+|nah+|nope|naw|para nada|claro que no|of course not|hell no|obvio no"
    r"|no way(?! out))(?!\w)"
    r"(?! (?:mames|manches|jodas|inventes|friegues)(?!\w))"
    r"(?! (?:one|point|reason|hope|future|way out|longer|more)(?!\w))"
)
"""A piece that is a plain no, perhaps as "I already told you": the rest of it is its reason
("no mames" is surprise, not an answer; "no one would miss me" is no answer at all)."""
_LEANS = re.compile(
    r"(?<!\w)(?:but|though|although|sometimes|lately|maybe|idk|not sure|unsure|kind of|kinda"
    r"|sort of|a little|pero|aunque|a veces|ultimamente|mas o menos|un poco|quiza\w*|tal vez"
    r"|no se|no lo se|no estoy segur[oa]|creo que si|si|yes|yeah|yep)(?!\w)"
)
"""Words that lean towards yes or not sure: then the answer is not plainly no."""
_RISK = re.compile(
    r"(?<!\w)(?:mor(?:ir|irme|irse)|muert[oa]|matar\w*|quitarme la vida|suicid\w*|vivir|vida"
    r"|desaparecer|no vale la pena|sin sentido|para que (?:seguir|sigo)|ya no (?:puedo|aguanto)"
    r"|cansad[oa] de (?:todo|vivir)|hart[oa] de (?:todo|vivir)|hacerme dano|lastimarme"
    r"|die|dying|dead|death|kill\w*|end (?:it|things|my life)|disappear|no point|pointless"
    r"|whats the point|hopeless|tired of (?:living|life|everything)|can'?t (?:go on|take it)"
    r"|cant (?:go on|take it)|hurt myself|live|living|life|burden|better off|miss me"
    r"|(?:no one|nobody) (?:would|will|cares)|nadie me)(?!\w)"
)
"""Risk words: a no that comes with them is left to the first reading (and to support)."""


def names_risk(said: str) -> bool:
    """Whether folded `said` has risk words: a no that comes with them is not plainly no."""
    return _RISK.search(said.replace("’", "'")) is not None


def no_after_surprise(said: str) -> bool:
    """Whether folded `said` is a plain no, perhaps after surprise or annoyance at the question."""
    said = said.replace("’", "'")
    if _LEANS.search(said) or _RISK.search(said):
        return False
    pieces = [p.strip(" ,") for p in _PIECES.split(said)]
    pieces = [p for p in pieces if p]
    while pieces and not _NO.match(pieces[0]) and _SURPRISE.match(pieces[0]):
        pieces.pop(0)
    return bool(pieces) and _NO.match(pieces[0]) is not None
