"""Which step of the person's plan a message names: by its number ("2", "the second one") or by
its words ("can you tick off the landlord one", "la del casero"), or by other words for the same
thing ("lo del casero" names "Hablar con quien me alquila").

`step_named(text, steps)` is the 1-based position of the one step the message names, or None
when it names none, or several equally. `hurried(text)`: someone tired of going step by step
who asks for the plan itself ("whatever. just give me my plan", "ya dame el plan").
`own_step(text)`: a step of their own asked to be added ("y tmb pon ir a la profedet el lunes"; "va,
agrégalo" only agrees to the step suggested), kept without a lead-in (`without_lead_in`: "un
paso: llamar a Ana" is "llamar a Ana").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.primitives.text import fold
from bot.understanding.normal import words
from bot.understanding.numbers import ORDINALS, POSITIONS, read_number

_FILLER = frozenset(
    "a an the one ones that this it step item thing task entry tick ticked off done did do mark "
    "marked finished complete completed can could you please pls just ok okay i ive i've me my "
    "as for with about of to and or is was have has had already yes yeah now number "
    "el la lo los las uno una de del ese esa eso paso tache tacha tachar marca marcar hecho hice "
    "ya puedes porfa por favor mi mis que con y o remove delete erase quita quitar borra borrar "
    "elimina eliminar como en para a al por un unos unas hoy ayer me te se su sus le les ya "
    "tambien tmb pon ponlo agrega anade add put".split()
)
_SENSES = (
    frozenset(
        "casero casera caseros arrendador arrendadora dueno duena landlord landlady renta rentas "
        "rentar alquiler alquila alquilo arriendo rent lender prestamista presto hipoteca "
        "mortgage".split()
    ),
    frozenset("desempleo paro unemployment benefits".split()),
)
"""Words that name the same step in other words ("lo del casero": "quien me alquila")."""
ORDER = frozenset(ORDINALS) | frozenset(POSITIONS)
"""Words that say a place in the list ("the second one", "the last one")."""
STEM = 5
"""Words sharing their first letters this far are one word ("landlord", "landlords")."""


def _sense(word: str) -> int | None:
    for n, sense in enumerate(_SENSES):
        if word in sense:
            return n
    return None


def _same(a: str, b: str) -> bool:
    if a == b or (min(len(a), len(b)) >= STEM and a[:STEM] == b[:STEM]):
        return True
    sense = _sense(a)
    return sense is not None and sense == _sense(b)


def step_named(text: str, steps: Sequence[str], *, spelled: bool = True) -> int | None:
    """The position (from 1) of the step `text` names, or None (see the module docstring);
    without `spelled`, a number counts only in digits or as a place ("the second one"), so "tick
    one" names no step."""
    reading = read_number(text)
    digits = spelled or any(c.isdigit() for c in text) or any(w in ORDER for w in words(text))
    if reading.value is not None and digits and all(w in _FILLER for w in reading.rest):
        return reading.value  # "2", "tick off number 2", not "the landlord one"
    said = [w for w in words(text) if w not in _FILLER and len(w) > 1]
    if not said:
        return None
    scores = []
    for step in steps:
        own = [w for w in words(step) if w not in _FILLER]
        scores.append(sum(1 for w in said if any(_same(w, o) for o in own)))
    best = max(scores, default=0)
    if best == 0 or scores.count(best) > 1:
        return None
    return scores.index(best) + 1


def shares_words(text: str, step: str) -> bool:
    """Whether `text` says a word of `step` ("practising interviews", "Practise interviews")."""
    own = [w for w in words(step) if w not in _FILLER and w not in GENERIC and len(w) > 2]
    said = [w for w in words(text) if w not in _FILLER and w not in GENERIC and len(w) > 2]
    return any(_same(w, o) for w in said for o in own)


_HURRIED = re.compile(
    r"(?<!\w)(?:(?:just|only|can you just|can u just|pls|please) (?:give|show|send|tell) me "
    r"(?:my|the|a) (?:plan|steps|list)|(?:give|show) me (?:my|the) (?:plan|steps|list) "
    r"(?:already|now|please)|skip (?:all )?(?:this|that|these|the questions) and (?:give|show) "
    r"me (?:my|the) (?:plan|steps)|(?:solo |nada mas |ya )?(?:dame|damelo|muestrame) "
    r"(?:mi|el) plan(?: ya)?)(?!\w)"
)


def hurried(text: str) -> bool:
    """Whether `text` asks for the plan itself, tired of going step by step."""
    return _HURRIED.search(fold(text)) is not None


_VERB = (
    r"(?:agr[eé]g(?:a|ar|alo|ala|ame|ue|uen|amos)|a[nñ]ad(?:e|ir|elo|ela|eme|a)|pon(?:lo|la|le|me"
    r"|er|erlo|erla)?|p[oó]nmelo|incluy(?:e|elo|ela)|inclu[ií]r?|add|put|include)"
)
_ASKING = (
    r"(?:(?:oye|y|and|also|tambi[eé]n|tmb|tb|porfa|please|pls|can you|could you|puedes|podr[ií]as"
    r"|quiero|quisiera|me gustar[ií]a|i want to|i wanna|i'?d like to|let'?s|let me)\s+)*"
)
_ADDING = re.compile(
    r"(?:^|[.!?;,]\s*)" + _ASKING + r"(?<!\w)" + _VERB + r"(?!\w)\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_TRIM_FRONT = re.compile(
    r"^(?:(?:tambi[eé]n|tmb|tb|too|also|que|oye|y|and|what about|lo de|lo del|la de|el de"
    r"|(?:a|en|al|to|in|into|on)\s+(?:mi|my|el|the)\s+(?:plan|lista|list)|como paso|as a step"
    r")(?!\w)[\s:,]*)+",
    re.IGNORECASE,
)
_TRIM_BACK = re.compile(
    r"(?:[\s,]*(?<!\w)(?:(?:a|en|al|to|in|into|on)\s+(?:(?:mi|my|el|the)\s+)?(?:plan|lista|list)"
    r"|tambi[eé]n|tmb|too|also|porfa|por favor|please|pls|plis|in)(?!\w))+$",
    re.IGNORECASE,
)
GENERIC = frozenset(
    "un una uno paso pasos step steps a an one my own mi propio propia otro otra another new "
    "nuevo it that this them those these both all everything eso esto esa lo la los las todo "
    "todos todas ambos dos something algo more mas too also tambien y and de del the el mine "
    "mio thing cosa porfa please in".split()
)
ASSENT = frozenset(
    "ok okay okey k kk va vale sale dale orale andale simon si sip yes yeah yep yup sure fine "
    "alright right cool great perfect perfecto perfecta listo bueno bien claro obvio porfa "
    "please pls plis go ahead de acuerdo esta bien sounds good good then entonces pues ya "
    "también tambien also and y".split()
)
"""Words that only agree ("va", "sale", "ok sure"): said before "add it", no step of their own."""
_LEAD_IN = re.compile(
    r"^(?:(?:un|una|el|mi|otro|otra|nuevo|a|an|my|another|new|the)\s+)*(?:paso|step|tarea|task|"
    r"cosa|item|idea)(?:\s+(?:nuevo|new|propio|mio|of my own|de mi parte))?"
    r"(?:\s*[:=\-–—]\s*|\s+(?:es|is|would be|seria|:)\s+)",
    re.IGNORECASE,
)
"""Words leading in to a step of their own ("un paso: llamar a Ana", "my step is ..."), not part
of it."""


def without_lead_in(text: str) -> str:
    """`text` without a lead-in naming it a step ("un paso: llamar a Ana" is "llamar a Ana")."""
    said = " ".join((text or "").split())
    rest = _LEAD_IN.sub("", said, count=1).strip()
    return rest or said


_TICKING = re.compile(r"(?<!\w)(?:hech[oa]s?|done|finished|listo|terminad[oa])(?!\w)")


def own_step(text: str) -> str | None:
    """A step of their own asked to be put in the plan ("y tmb pon ir a la profedet el lunes",
    "oye y lo de la profedet? ponlo"), in their words; "" when adding is asked without saying
    what ("QUIERO AGREGAR UN PASO", "add it"); None when nothing is asked to be added, or only a
    number ("add 2"), a tick ("pon el 1 como hecho") or something told rather than a thing to
    do ("add: rent is due friday", `told_not_done`)."""
    said = " ".join((text or "").split())
    found = _ADDING.search(said)
    if found is None:
        return None
    own = _clean(found.group("rest"))
    if not own and found.start() > 0:  # "lo de la profedet? ponlo": what comes before
        own = _clean(said[: found.start()])
        if all(w in ASSENT for w in words(own)):
            own = ""  # "va, agrégalo", "ok sure, add it": a yes to what was suggested
    plain = words(own)
    if _TICKING.search(fold(own)) or (plain and all(w.isdigit() or w in ORDER for w in plain)):
        return None
    if plain and plain[-1] in ("one", "ones"):
        return None  # "add the unemployment one": an option shown, not a step of their own
    if told_not_done(own):
        return None  # "add: rent is due friday": something told, not a thing to do
    return own if any(w not in GENERIC for w in plain) else ""


_BEING = frozenset(
    "is are was were isnt arent wasnt werent s es esta estan son fue era vence vencen toca "
    "tocan".split()
)
"""Words saying how things are ("rent is due", "la renta vence"), not what to do."""
TOLD_WITHIN = 3
"""Such a word this early ("rent is due friday", "my rent is due") makes the words a thing
told; later on it is part of a step ("call the landlord because rent is due")."""


def told_not_done(own: str) -> bool:
    """Whether `own` says how things are rather than a thing to do ("rent is due friday", "la
    renta vence el viernes"); a step led by a verb to do ("pagar la renta que vence el viernes",
    "to pay the rent that is due") is a step."""
    plain = words(re.split(r"[,;:.]", own)[0].replace("'", " "))
    if not plain or plain[0] == "to" or re.fullmatch(r"[a-z]{2,}(?:ar|er|ir)", plain[0]):
        return False
    return any(w in _BEING for w in plain[1 : TOLD_WITHIN + 1])


def said_before_adding(text: str) -> str:
    """What comes before the words asking to add a step of their own ("las tres" in "las tres.
    y agrega ir a la profedet"), or "" when the step itself is said before ("lo de la profedet?
    ponlo") or nothing is asked to be added."""
    said = " ".join((text or "").split())
    found = _ADDING.search(said)
    if found is None or not _clean(found.group("rest")):
        return ""
    return said[: found.start()]


def _clean(part: str) -> str:
    part = without_lead_in(part.strip(" \t.!?;,:¿¡\"'"))
    part = _TRIM_BACK.sub("", _TRIM_FRONT.sub("", part)).strip(" \t.!?;,:¿¡\"'")
    return part
