"""What kind of thing a crisis message mentioned, said back in a few kind words.

A second crisis response in one conversation says "you've mentioned this again"; when a rule of
the crisis check named what the message was about ("may be putting things in order", "says
others would be better off without them"), `kind_said(reasons)` gives the few words that say it
back to the person ("putting your affairs in order", "others being better off without you"),
as a message id to translate, or None when no rule named it (the model alone, or a question
about means: those are never said back); `kind_of(text, reasons)` also tells affairs put in
order from another plan (and names the same kinds in Spanish words, which the model flags
without an English rule), and `said_of(text)` reads a message itself. After a yes to the direct
question, the kind is the one kept of the message it was asked
about (`check_guard.ASKED_KIND`, never its words). Nothing here quotes or logs what they wrote.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.text import fold
from bot.i18n import N_
from bot.safety.crisis import assess

ASKED_KIND = "crisis_check_kind"
"""Meta key: what kind of thing the message the direct question was asked about mentioned (a
message id of this module, never its words)."""
SAID_VAR = "crisis_said"
"""Variable: that kind, in the person's language, for the crisis flow's "you've mentioned ...
again"; empty when no rule named it."""

IN_ORDER = N_("putting your affairs in order")
BETTER_OFF = N_("others being better off without you")
GOODBYE = N_("saying goodbye")
WANT_TO_DIE = N_("wanting to die")
ENDING = N_("ending your life")
HURTING = N_("hurting yourself")
NOT_HERE = N_("not wanting to be here")
TIRED = N_("being tired of living")
NO_REASON = N_("not seeing a reason to live")
NOT_WAKE = N_("wanting to sleep and not wake up")
PLAN = N_("having a plan")
HOPELESS = N_("feeling hopeless")
WORTHLESS = N_("feeling worthless")
CANT_GO_ON = N_("feeling you can't go on")

_KINDS: tuple[tuple[str, str], ...] = (
    # the most telling first: a message with several reasons is said back by the first found
    ("may be putting things in order", IN_ORDER),
    ("says others would be better off without them", BETTER_OFF),
    ("sounds like a goodbye", GOODBYE),
    ("may be saying goodbye", GOODBYE),
    ("may have chosen a place or a day", PLAN),
    ("says they will go through with it", PLAN),
    ("talks about a plan or means", PLAN),
    ("wishes to sleep and not wake up", NOT_WAKE),
    ("sees no reason to live", NO_REASON),
    ("says they don't want to be here", NOT_HERE),
    ("may be tired of living", TIRED),
    ("says they want to die", WANT_TO_DIE),
    ("mentions wanting to die", WANT_TO_DIE),
    ("mentions ending their life", ENDING),
    ("mentions killing themself", ENDING),
    ("mentions suicide", ENDING),
    ("talks about ending it all", ENDING),
    ("uses a slang word for suicide", ENDING),
    ("mentions hurting themself", HURTING),
    ("may be hurting themself", HURTING),
    ("mentions cutting", HURTING),
    ("mentions a relapse", HURTING),
    ("says they can't go on", CANT_GO_ON),
    ("sounds hopeless", HOPELESS),
    ("feels worthless", WORTHLESS),
)


_IN_ORDER = re.compile(
    r"(?<!\w)(?:(?:affairs|things|everything|my stuff) (?:are |is )?(?:all )?in order"
    r"|sort(?:ed|ing)? (?:out )?my (?:affairs|things|stuff)|(?:giv(?:e|ing|en)|gave) (?:\w+ )?away"
    r"|(?:wrote|writing|written|left) (?:a |some |my )?(?:note|letters?|will)(?!\w)"
    r"|(?:mis )?asuntos en orden|todo (?:en orden|arreglado|listo)|regal(?:e|ando|ado) mis cosas"
    r"|cartas? (?:de despedida|para mi)|deje (?:escrita )?una carta)"
)
"""Words of putting one's affairs in order, which the rules count as a plan."""


_WORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(r"(?<!\w)(?:" + pattern + r")(?!\w)"), kind)
    for pattern, kind in (
        (r"(?:estarian|estarias|estaria|estan|viviran|vivirian) mejor sin mi", BETTER_OFF),
        (r"(?:soy|ser) una carga|solo estorbo", BETTER_OFF),
        (r"despedir(?:me)?|me despido|despedida|adios a todos", GOODBYE),
        (r"(?:quiero|quisiera|me quiero) morir(?:me)?|quiero estar muert[oa]", WANT_TO_DIE),
        (r"quitarme la vida|matarme|suicidarme|acabar con (?:todo|mi vida)", ENDING),
        (r"(?:no quiero|ya no quiero) (?:estar aqui|seguir aqui|existir)", NOT_HERE),
        (r"hacerme dano|cortarme|lastimarme|me (?:volvi a )?corte", HURTING),
        (r"dormir y no despertar|no (?:quiero )?despertar(?:me)?", NOT_WAKE),
        (r"(?:cansad[oa]|hart[oa]) de vivir", TIRED),
    )
)
"""Spanish words for the same kinds, for messages the model flags without an English rule."""


def kind_said(reasons: Iterable[str]) -> str | None:
    """The words (an untranslated message id) saying what kind of thing `reasons` name, or
    None when no rule named one that is said back."""
    given = set(reasons)
    return next((words for reason, words in _KINDS if reason in given), None)


def kind_of(text: str, reasons: Iterable[str]) -> str | None:
    """What kind of thing `text`, with the crisis check's `reasons` for it, is about: a plan
    that is affairs put in order is said as that; otherwise `kind_said`."""
    said = fold(text).replace("'", "")
    kind = kind_said(reasons)
    if kind in (PLAN, GOODBYE, None) and _IN_ORDER.search(said):
        return IN_ORDER
    return kind or next((k for pattern, k in _WORDS if pattern.search(said)), None)


def said_of(text: str) -> str | None:
    """What kind of thing the crisis message `text` is about, by the crisis check's rules."""
    return kind_of(text, assess(text).reasons) if text else None
