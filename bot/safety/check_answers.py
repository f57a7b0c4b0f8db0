"""A second reading of a typed answer to the direct question ("are you having thoughts of ending
your life?"), for the ways people answer that the first reading (`crisis_check.read_answer`)
does not know, in the languages the check speaks.

`refine(text, first)` takes the first reading and corrects it in the safe direction only:
- an answer that says "not sure" in words that open with a no ("no estoy seguro", "não tenho
  certeza", "non sono sicuro", "je ne suis pas sûr", "ich bin nicht sicher") is unsure, never no;
- a yes said later in the sentence ("la verdad es que sí", "últimamente sí", "I'm having those
  thoughts") is yes, or unsure when it comes with a no;
- a figure of speech said in other words ("es un decir", "jaja no, exageraba", "just a saying"),
  or a bare no after a laugh ("jajaja no"), is no, when nothing in it leans towards yes or not
  sure;
- a plain no after surprise or annoyance at being asked ("neta? es la tercera vez q me
  preguntas. NO. hablaba de la renta", "q?? no wey jaja", "seriously? NO lol") is no, when
  nothing in it leans towards yes or not sure or names a risk (`bot.safety.annoyed_no`).
Nothing that was yes or unsure ever becomes no. `lost_at_question(text)` tells an answer that did
not follow the question ("wdym", "¿qué?").
"""

from __future__ import annotations

import re

from bot.core.text import fold
from bot.safety.annoyed_no import no_after_surprise
from bot.understanding.freetext import reads_as_lost

YES, NO, UNSURE = "yes", "no", "unsure"

_UNSURE = re.compile(
    r"\b(?:no estoy segur[oa]s?|no lo tengo claro|no sabria decir(?:te)?|no se que decir"
    r"|nao tenho certeza|nao estou segur[oa]|nao sei|non sono sicur[oa]|non lo so"
    r"|(?:je ne suis|je suis) pas sur(?:e)?|pas sure?|(?:ich bin )?nicht sicher|weiss nicht"
    r"|not sure|not certain|unsure|no idea|no clue|hard to say|i dont know|i don'?t know)\b"
)
_YES = re.compile(
    r"\b(?:(?:que|pues|creo que|ultimamente|a veces|la verdad(?: es que)?|bueno|vale|pues la"
    r" verdad,?) si|si,? (?:tengo|los tengo|a veces|ultimamente|bastante|mucho)"
    r"|tengo (?:esos |estos )?pensamientos|los tengo|lo (?:he )?pens(?:ado|ando|e)"
    r"|(?:i'?m|im|i am|i'?ve been|ive been|i have been) having (?:those|these|them|such|some)"
    r"|i (?:do )?have (?:those|these|them|such) thoughts|i think about it|more than i'?d like"
    r"|(?:tenho|estou tendo) (?:esses )?pensamentos|ho (?:questi )?pensieri"
    r"|j'?ai (?:ces|des) pensees|ich habe (?:solche|diese) gedanken)\b"
)
_AS_SAID = re.compile(
    r"\b(?:es un decir|(?:es|era|fue) (?:solo )?(?:una )?(?:manera|forma) de (?:hablar|decir)"
    r"|(?:es|era) (?:solo )?una expresion|exageraba|estaba exagerando|lo dije en broma"
    r"|lo decia en broma|era (?:una )?broma|(?:just|only) a saying|its a saying|just saying it"
    r"|i was exaggerating|exaggerating|not literally|didn'?t mean it literally"
    r"|didnt mean it literally|just something people say)\b"
)
_NO_OPEN = re.compile(
    r"^(?:(?:ja|je|ha|lol|jaja\w*|jeje\w*|haha\w*|xd)[\s,.!]*)+(?:no+|nah|nope)[\s,.!]*$"
)
"""A bare no after a laugh ("jajaja no"); a no with more words is left to the first reading."""
_LEANS = re.compile(
    r"\b(?:but|though|sometimes|lately|pero|aunque|a veces|ultimamente|mas o menos|un poco"
    r"|quiza\w*|tal vez|maybe)\b"
)


def refine(text: str, first: str | None) -> str | None:
    """The first reading of `text`, corrected towards yes or unsure (never towards no)."""
    said = fold(text)
    if not said:
        return first
    if _UNSURE.search(said):
        return UNSURE if first in {None, NO, UNSURE} else first
    if _YES.search(said):
        return UNSURE if first == NO else first if first in {YES, UNSURE} else YES
    if first is None and not _LEANS.search(said):
        if _AS_SAID.search(said) or _NO_OPEN.match(said) or no_after_surprise(said):
            return NO
    return first


_LINKING = re.compile(r"(?<!\w)(?:que|como)(?!\w)")


def lost_at_question(text: str) -> bool:
    """Whether the person did not follow the question ("what is mean?", "wdym", "¿qué?"); a
    "que" or "como" inside a sentence ("ya te dije que era broma") is no sign of that."""
    if not reads_as_lost(text):
        return False
    return len(text.split()) <= 2 or not _LINKING.search(fold(text))
