"""Whether a message about a plan step says it was done, or not done, or neither (in English or
Spanish: "ya hice lo del casero", "todavía no lo hice").

`done_said(text)` is "done" for a statement that something was done ("I talked to my landlord",
"applied for unemployment", "done with the landlord one", "tick off the landlord one"), "undone"
for a word that it was not, or is wrongly ticked ("I want to mark 1 as NOT done", "number 1 is
wrong. I never applied", "untick the landlord one", "I haven't applied"), and None otherwise: a
question ("where do I apply for unemployment"), a request ("what should I say to the
landlord") or a bare name ("the landlord one"). `step_meant(text, steps)` is the step such a
message names (its number, or its words, "applied" naming "Apply for ..."), or None;
`leaving_said(text)`: giving up on naming one ("olvídalo", "ninguno", "never mind");
`bare_number`: only a number ("el 1"), an option's at a menu, never a step; `wrong_one_said`:
the step just ticked was the wrong one ("noo ese no!!").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from bot.primitives.text import fold
from bot.understanding.plan_words import step_named

Done = Literal["done", "undone"]

_UNDONE = re.compile(
    r"(?<!\w)(?:un-?(?:tick|check|mark)\w*|(?:is|was|as|it's|its|still|marked|mark it|not yet)"
    r"\s+not\s+(?:done|finished|complete|completed)|not (?:done|finished|completed) (?:yet|at all)"
    r"|(?:is|was|that's|thats|it's|its) (?:wrong|a mistake|not right)|wrongly ticked"
    r"|(?:i|i've|ive|i have|i had|i still)\s+(?:not|never|haven't|havent|hasn't|didn't|didnt"
    r"|did not|have not|had not|hadn't)\s+(?:yet\s+)?(?:\w+ed|done|did|do|spoken|spoke|sent"
    r"|written|wrote|gone|went|talk|apply|call|email|send|finish|start|update|speak|write|go"
    r"|contact|reach|ask|made|make|paid|pay|signed|sign|got|get)"
    r"|(?:haven't|havent|have not|didn't|didnt|did not|never)\s+(?:\w+ed|done|did|do|spoke"
    r"|spoken|sent|talk|apply|call|email|send|finish|update|speak|write|contact|reach|pay|sign)"
    r"|(?:haven't|havent|didn't|didnt)\s+yet|take (?:the )?tick off"
    r"|desmarca\w*|no (?:lo |la )?(?:he|hice|hemos)\b|todavia no|aun no|no esta hech[oa]"
    r"|nunca (?:lo |la )?\w+[ei])(?!\w)"
)
_TICK = re.compile(
    r"(?<!\w)(?:(?:tick|cross|check|mark)(?:ed)?\s+(?:it\s+|that\s+|this\s+|\w+\s+)?off"
    r"|(?:tick|cross|check)(?:ed)?\s+(?:the|that|this|number|step|it|\d)"
    r"|mark(?:ed)?\s+.{0,40}?\s+(?:as\s+)?(?:done|finished|complete|completed)"
    r"|tach\w*|marca(?:r|lo|la)?\s+.{0,40}?hech[oa])(?!\w)"
)
"""Asking for a tick, even as a question ("can you tick off the landlord one")."""
_PAST = (
    r"(?:(?!(?:need|needed|wanted|planned|hoped|tried|supposed|used|intended|decided)(?!\w))\w+ed"
    r"|did|done|spoke|spoken|sent|wrote|written|went|gone|made|paid|got|rang|met|saw"
    r"|set up|put|read|found|sorted|fixed)"
)
_DONE = re.compile(
    r"(?<!\w)(?:done with|finished with|(?:i'm|im|i am) done|(?:is|was|that's|thats|all|got it)"
    r" done|(?:i|i've|ive|i have|i just|i already|just|already|finally)\s+(?:just\s+|already\s+"
    r"|finally\s+|actually\s+)?"
    + _PAST
    + r"|^(?:ok(?:ay)?\s+|so\s+|well\s+)?(?:just\s+|already\s+|finally\s+)?"
    + _PAST
    + r"|(?:done|finished|completed|sorted)(?:\s+(?:it|that|the\s+\w+(?:\s+one)?))?$"
    r"|^(?:done|finished|completed|sorted)(?!\w)"
    r"|(?:ya|lo|la)\s+(?:hice|hable|llame|aplique|solicite|mande|envie|termine|complete|pague"
    r"|escribi|pedi|fui)|^(?:hice|hable|llame|aplique|solicite|mande|envie|termine)"
    r"|^listo(?!\w)|ya (?:esta|quedo)(?!\w))(?!\w)"
)
"""Saying something was done ("I talked to my landlord", "applied for unemployment")."""
_QUESTION = re.compile(
    r"\?|(?:^|[.!,;]\s*)(?:what|where|how|when|who|which|why|should|shall|can|could|would|do|does"
    r"|is|are|will|que|donde|como|cuando|debo|puedo|deberia)\s"
)
_ENDINGS = (("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))


def _plain(text: str) -> str:
    return " ".join(fold(text or "").split())


_EXPLAINING = re.compile(
    r"(?<!\w)(?:i meant|i did ?n[o']?t mean|what i meant|i (?:was|am|m) (?:just )?trying to"
    r" explain|i should explain|let me explain|quise decir|me referia|lo que quise decir|no quise"
    r" decir)(?!\w)"
)
"""Explaining what they meant earlier: no statement about a plan step."""


def done_said(text: str) -> Done | None:
    """ "done", "undone" or None (see the module docstring)."""
    said = _plain(text)
    if not said or _EXPLAINING.search(said):
        return None  # "I meant that I am retiring... I did not mean anything worse": no step
    if _UNDONE.search(said):
        return "undone"
    if _TICK.search(said):
        return "done"
    clauses = [c.strip() for c in re.split(r"(?<=[.!?;])\s+|,\s*(?:but|and|so)?\s*", said)]
    for clause in clauses:
        if not clause or _QUESTION.search(clause + " "):
            continue
        if _DONE.search(clause.rstrip(".!") + " "):
            return "done"
    return None


_REMOVE = re.compile(
    r"(?<!\w)(?:remove|delete|erase|get rid of|drop|take (?:it|that|this|\w+(?: \w+)?) (?:off|out)"
    r" (?:of )?(?:the|my) (?:list|plan)|quit(?:a|ar|ale|alo|ala|amelo|en)|borr(?:a|ar|alo|ala"
    r"|arlo|arla|en)|elimin(?:a|ar|alo|ala|arlo|arla))(?!\w)"
)
"""Asking to take a step out of the plan ("remove 3", "quita el 3", "quiero borrarlo")."""


def removal_said(text: str) -> bool:
    """Whether `text` asks to take a plan step out of the plan altogether."""
    said = _plain(text)
    return bool(said) and _REMOVE.search(said) is not None and not _EXPLAINING.search(said)


def _stem(word: str) -> str:
    for end, put in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)] + put
    return word


def _stems(text: str) -> str:
    return " ".join(_stem(w) for w in re.findall(r"[^\W_]+", fold(text or "")))


def step_meant(text: str, steps: Sequence[str]) -> int | None:
    """The position (from 1) of the step `text` names, by number or words, or None."""
    found = step_named(text, steps, spelled=False)
    if found is not None:
        return found
    number = re.search(r"(?<![\w.])(?:number|no\.?|#|step)?\s*(\d{1,2})(?![\w.])", fold(text))
    if number is not None and 1 <= int(number.group(1)) <= len(steps):
        return int(number.group(1))
    return step_named(_stems(text), [_stems(s) for s in steps], spelled=False)


BARE_WORDS = 4
"""A message this short, and no question, that names a step only names it ("the landlord one")."""


def tick_meant(text: str, steps: Sequence[str]) -> tuple[int, Done | None] | None:
    """The step `text` would tick or untick, and how: (position, "done" or "undone"), or
    (position, None) for a bare name ("the landlord one"); None for a question, a request or a
    long message that only mentions a step ("where do I apply for unemployment")."""
    number = step_meant(text, steps)
    if number is None:
        return None
    said = done_said(text)
    if said is not None:
        return number, said
    plain = _plain(text)
    if _QUESTION.search(plain + " ") or len(plain.split()) > BARE_WORDS:
        return None
    return number, None


_LEAVING = re.compile(
    r"^(?:(?:no|nah|ok|okay|bueno|pues|mejor|mmm+|hmm+|ah|eh|actually|sabes que|oh)\W+)*"
    r"(?:nada|ninguno|ninguna|ningun|olvid(?:ar|a|alo|ala|ate|emoslo|a eso)|no importa|dejalo"
    r"|dejala|deja|cancel\w*|never ?mind|nvm|none|nothing|forget (?:it|that|about it)|no hice "
    r"(?:ninguno|nada)|i didn'?t do any|none of them|ya no|skip|salir|no se|i don'?t know|neither"
    r"|nope|mejor no|no gracias|no thanks|ahorita no|ahora no|not now|leave it|keep (?:them|it)"
    r"(?: all)?|changed my mind|cambie de (?:idea|opinion)|no quiero (?:quitar|borrar|marcar"
    r"|tachar) (?:ninguno|nada)|i don'?t want to (?:remove|delete|tick) (?:any|anything))(?!\w)"
)


_BARE_NUMBER = re.compile(
    r"^(?:(?:el|la|lo|the|option|opcion|number|numero|num|nr|#)\W*)?\d{1,2}\W*$"
)


def bare_number(text: str) -> bool:
    """Whether `text` is only a number, perhaps with an article ("3", "el 1", "option 2"): at a
    menu it picks the option with that number, it names no step."""
    return _BARE_NUMBER.match(fold(text).strip()) is not None


def leaving_said(text: str) -> bool:
    """Whether `text` gives up on naming a step ("nada", "olvídalo", "never mind")."""
    return _LEAVING.search(_plain(text)) is not None


_WRONG_ONE = re.compile(
    r"^(?:no+\W*|nah\W*|oops\W*|ay\W*)*(?:(?:ese|esa|eso) no(?: era)?|no (?:era )?(?:ese|esa)"
    r"|(?:not|no) that one|wrong one|that'?s the wrong one|(?:ese|esa) no es)\W*(?:no+\W*)*$"
)


def wrong_one_said(text: str) -> bool:
    """Whether `text`, right after a tick, says the wrong step was ticked ("noo ese no!!")."""
    return _WRONG_ONE.search(_plain(text)) is not None


_POINTED = re.compile(
    r"(?<!\w)(?:quit(?:alo|ala|amelo)|borr(?:alo|ala)|elimin(?:alo|ala)|saca(?:lo|la)"
    r"|(?:quita|borra|elimina|saca) (?:ese|esa|eso|este|esta|esto)"
    r"|(?:remove|delete|drop|take out|take off|get rid of) (?:that|it|this|that one|this one)"
    r"|take (?:that|it|this)(?: one)? (?:out|off))(?!\w)"
)
"""Pointing at a step to take it out ("quítalo", "quita ese", "remove that one")."""
_NOT_THAT = re.compile(r"(?<!\w)(?:not that(?: one)?|(?:ese|esa|eso) no)(?!\w)")
"""Turning down a step pointed at ("not that", "eso no"): a removal only with `_NOT_HERE`."""
_NOT_HERE = re.compile(
    r"(?<!\w)(?:(?:aca|aqui|here|over here) no (?:hay|existe|tenemos|aplica)"
    r"|no (?:hay|existe|tenemos|aplica) (?:eso|esa|ese)|(?:we|i) don'?t have (?:that|it|this|those)"
    r"|(?:that|it) doesn'?t exist(?: here)?|doesn'?t apply (?:here|to me)|there'?s no such thing)"
    r"(?!\w)"
)
"""Saying the step pointed at does not exist where they live ("acá no hay eso")."""


def pointed_removal(text: str) -> bool | None:
    """Whether `text` points at a step to take it out without naming it ("quítalo, acá no hay
    eso", "remove that one", "not that, we don't have it"): None when it does not, else whether
    it says the step does not exist where they live."""
    said = _plain(text)
    here = _NOT_HERE.search(said) is not None if said else False
    if not said or not (_POINTED.search(said) or (here and _NOT_THAT.search(said))):
        return None
    return here
