"""Words said in passing that change which next steps fit: money pressure beyond the situation's
own money words ("it has to pay by the 1st", "need cash fast", "unemployment"), and a follow-up
already sent ("i followed up twice, nothing"), after which chasing again is no advice; a
mortgage rather than rent ("it's a mortgage"), so the lender is named and not a landlord; and
which of the plan's money steps is asked for after all ("add the unemployment one too").

Plain patterns over folded text (`bot.primitives.text.fold`), English and Spanish; what is picked
up must be predictable and explainable.
"""

from __future__ import annotations

import re

from bot.primitives.regex_keys import Keyed
from bot.primitives.text import fold
from bot.understanding.situation_words import MONEY_WORDS

_MONEY_WORDS = Keyed(MONEY_WORDS, alone=True)  # the only keyed checks of the folded text
_MONEY_MORE = Keyed(
    re.compile(
        r"(?<!\w)(?:"
        r"pays? (?:by|before|for) (?:the )?(?:1st|first|end of the month|rent|bills?|food)"
        r"|(?:something|job|work|anything) (?:that )?pays?(?: (?:fast|quickly|now|soon|this week))?"
        r"|(?:need|needs|needing) (?:cash|income|a paycheck|to pay)"
        r"|cash (?:fast|quick|now)|unemployment|temp (?:work|job|jobs|agency)|gig work"
        r"|payday|overdraft|landlord|evict(?:ed|ion)?|behind on (?:rent|bills|payments)"
        r"|can'?t (?:make|cover|pay) (?:rent|the rent|bills|my bills|it)"
        r"|desempleo|en (?:el )?paro|sin (?:dinero|plata|un peso)|plata"
        r"|pagar (?:la renta|el alquiler|las cuentas)"
        r"|casero|arrendador|cuentas por pagar"
        r")(?!\w)"
    ),
    alone=True,
)

_FOLLOWED_UP = Keyed(
    re.compile(
        r"(?<!\w)(?:"
        r"(?:already |i |ive |i'?ve |we )?followed ?-?up (?:twice|two times|three times"
        r"|again|already|a couple of times|a few times|more than once|once"
        r"|with (?:them|all|each|every))"
        r"|(?:already|i|ive|i'?ve) (?:already )?followed ?up"
        r"|(?:chased|emailed|e-?mailed|called|messaged|wrote to|pinged)"
        r" (?:them|the recruiter|all of them|everyone|each of them|every one)"
        r" (?:twice|two times|three times|again|already|a few times)"
        r"|sent (?:a |two |2 |three |3 )?follow ?-?ups?"
        r"|ya (?:les |le )?(?:escribi|di seguimiento|hice seguimiento|insisti)"
        r"|(?:les |le )?(?:escribi|insisti) (?:dos|2|tres|3) veces"
        r")(?!\w)"
    ),
    alone=True,
)
_NOT_YET = re.compile(
    r"(?:should i|shall i|do i|can i|have(?:nt| not)|never|not|didnt|didn'?t|dont|don'?t|when to"
    r"|no he|todavia no|aun no)(?: \w+){0,2} $"
)


def money_said(text: str) -> bool:
    """Whether `text` says money weighs on them: rent, bills or savings ("how will i pay rent"),
    or needing work that pays soon ("it has to pay by the 1st", "temp work", "sin dinero")."""
    said = fold(text)
    return bool(_MONEY_WORDS.search(said) or _MONEY_MORE.search(said))


_MORTGAGE = Keyed(
    re.compile(
        r"(?<!\w)(?:mortgages?|home loan|house loan|hipotecas?|credito hipotecario"
        r"|prestamo hipotecario|credito de (?:la )?(?:casa|vivienda))(?!\w)"
    )
)
_NO_MORTGAGE = re.compile(
    r"(?:dont|don'?t|do not|no|not|never|without|sin|paid off)(?: \w+){0,2} $"
)


def mortgage_said(text: str) -> bool:
    """Whether `text` says they pay a mortgage ("i dont have a landlord, it's a mortgage",
    "tengo hipoteca"), not that they have none ("no mortgage, i rent")."""
    said = fold(text)
    return any(
        not _NO_MORTGAGE.search(said[max(0, found.start() - 24) : found.start()])
        for found in _MORTGAGE.finditer(said)
    )


def followed_up_said(text: str) -> bool:
    """Whether `text` says they have already followed up ("i followed up twice, nothing",
    "already chased them"), not that they might ("should i follow up?", "i haven't followed up")."""
    said = fold(text)
    for found in _FOLLOWED_UP.finditer(said):
        if not _NOT_YET.search(said[max(0, found.start() - 24) : found.start()]):
            return True
    return False


_ADD_MORE = re.compile(
    r"(?<!\w)(?:add|include|put (?:it|that|them) (?:in|on)|(?:also|too|as well)(?:\W+\w+){0,4}"
    r" one|one (?:too|as well)|agrega\w*|anade\w*|incluye\w*|tambien (?:el|la|lo))(?!\w)"
)
_NOT_ADD = re.compile(r"(?<!\w)(?:dont|don'?t|do not|no|not|never|remove|take out|quita\w*)(?!\w)")
_MONEY_STEP_NAMES = {
    "benefits": re.compile(r"(?<!\w)(?:unemployment|benefits?|desempleo|paro|subsidio)(?!\w)"),
    "landlord": re.compile(
        r"(?<!\w)(?:landlord|lender|rent|mortgage|bank|casero|arrendador|banco|hipoteca)(?!\w)"
    ),
    "bridge": re.compile(
        r"(?<!\w)(?:temp|agency|bridge|shifts?|short ?-?term|gig|temporal|turnos)(?!\w)"
    ),
}

_LIST = re.compile(r"[,;:]+|\s(?:and|&|plus|y|e)\s")
"""Where a list of steps asked to be added is cut ("A y B", "A, B and C")."""
_NOT_A_STEP = frozenset({"i", "im", "we", "it", "that", "this", "yo", "lo", "eso", "esto"})
"""Words a told sentence or a pronoun starts with, never a step listed to add."""
ITEM_WORDS = 6
"""A step in such a list is said in a few words; a longer part is a story, not a step."""
_NAMED_AFTER = re.compile(
    r"(?:add|include|agrega\w*|anade\w*|incluye\w*|del?|de la)"
    r"(?: (?:the|el|la|lo|that))?(?: \w+)? $"
)
"""A money step named as what to add: "add the unemployment...", "el del desempleo"."""
_NAMED_BEFORE = re.compile(r"(?:[ -]\w+){0,2} (?:one|step|thing|too|as well|tambien)(?!\w)")
"""A money step named as an item: "...landlord one", "...short-term work one"."""


def money_steps_added(text: str) -> list[str]:
    """Which of the plan's money steps `text` asks to add after all ("add the unemployment one
    too", "also the landlord one", each of a list: "agrega: pedir el seguro de desempleo y
    buscar chamba temporal"): `benefits`, `landlord`, `bridge`, in that order; none when
    nothing is asked to be added, or it is asked not to be."""
    said = fold(text)
    asked = _ADD_MORE.search(said)
    if asked is None or _NOT_ADD.search(said):
        return []
    items = [i.split() for i in _LIST.split(said[asked.end() :]) if i.strip()]
    if items and items[0][0] in _NOT_A_STEP:
        items = []  # "add it, i also need to sort rent": "it" is added, the rest is told
    items = [i for i in items if len(i) <= ITEM_WORDS and i[0] not in _NOT_A_STEP]
    return [
        name
        for name, words in _MONEY_STEP_NAMES.items()
        if any(
            _NAMED_AFTER.search(said[: f.start()]) or _NAMED_BEFORE.match(said[f.end() :])
            for f in words.finditer(said)
        )
        or any(words.search(" ".join(item)) for item in items)  # "agrega: A y B"
    ]
