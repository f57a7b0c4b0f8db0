"""What a message tells about the situation beyond the stage and the way of hearing: a job
lost rather than an application turned down ("I was made redundant after thirty years", "me
despidieron", "I wasn't applying for anything"), whether a reply is stated as a fact rather
than asked about, wished for, requested or told of another rejection ("check if they
replied", "is it ok to email them", "talk through a rejection. again"), and how long ago,
said back in the person's own amount ("five weeks", "cinco semanas"), also when said around the
silence ("ghosted for 3 weeks", "3 weeks after an interview").

Also whether they want no more contact with that employer ("I don't want to talk to them
again", "no quiero volver a saber nada de ellos"). Plain patterns over folded text, English and
Spanish, read by `situation`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from bot.i18n import N_, _
from bot.primitives.regex_keys import Keyed
from bot.understanding.situation_words import RESPONDED

_LOST = Keyed(
    re.compile(
        r"(?<!\w)(?:"
        r"(?:made|been made|was made|got made|being made) redundant|redundanc(?:y|ies)|"
        r"laid off|layoffs?|layed off|let me go|let us go|let go of me|"
        r"(?:was|were|got|been|being|am|im|i'?m) let go|"
        r"(?:lost|losing) my (?:job|position|role)|"
        r"(?:got|was|been|being) (?:fired|sacked|dismissed)|"
        r"fired me|sacked me|"
        r"(?:my )?(?:job|role|position) (?:was|got|has been) (?:cut|eliminated)|"
        r"(?:wasnt|wasn't|was not|not|werent|weren't|i'?m not|im not) (?:even )?"
        r"(?:applying|looking) (?:for )?(?:anything|a job|work|jobs)|"
        r"(?:me|nos) (?:despidieron|despidio|corrieron|corrio|echaron|liquidaron)|"
        r"(?:fui|fue|fuimos|quede|estoy) despedid[oa]s?|"
        r"(?:perdi|me quede sin) (?:mi |el )?(?:trabajo|empleo|chamba|puesto)|"
        r"recorte de personal|reestructuracion|"
        r"no (?:estaba )?(?:postulando|buscando trabajo|aplicando)(?: a nada)?"
        r")(?!\w)"
    )
)
"""A job lost, or no application at all: not a stage of an application."""


def job_lost(said: str) -> bool:
    """Whether folded `said` tells of a job lost (laid off, made redundant, fired, let go) or
    says there was no application at all."""
    return bool(_LOST.search(said))


_NO_CONTACT = Keyed(
    re.compile(
        r"(?<!\w)(?:"
        r"(?:dont|don'?t|do not|never|not going to|wont|won'?t|will never) (?:ever )?"
        r"(?:want to |wanna )?(?:talk|speak|write|reach out|deal|hear from|have anything to do|"
        r"be in touch|contact|email|message|see)(?: to| with| back to)? (?:them|him|her|"
        r"that company|those people|that recruiter|anyone (?:there|from there))"
        r"(?: again| ever again| anymore| any more)"
        r"|(?:i'?m|im|i am) (?:so )?done with (?:them|that company|those people)"
        r"|no (?:more )?contact with (?:them|that company)"
        r"|no quiero volver a (?:hablar|saber nada|escribirles|escribirle|contactarlos|verlos|"
        r"tener contacto)"
        r"|no quiero (?:hablar|saber nada|tener (?:nada que ver|contacto)) (?:con|de) "
        r"(?:ellos|esa empresa|esa gente)"
        r"|no (?:les |le )?vuelvo a (?:hablar|escribir)|no quiero nada con (?:ellos|esa empresa)"
        r")(?!\w)"
    )
)
"""Wanting no more contact with the employer: the plan leaves out the steps that contact them."""


def no_contact(said: str) -> bool:
    """Whether folded `said` says the person wants no more contact with the employer."""
    return bool(_NO_CONTACT.search(said))


_ASKING = re.compile(
    r"^\W*(?:is|are|am|can|could|should|would|will|shall|may|might|do|does|did|how|what|why|"
    r"when|where|which|who|puedo|puedes|podria|podrias|debo|deberia|deberias|es normal|"
    r"esta bien|que|como|por que|cuando|donde)(?!\w)"
)
_WANTING = re.compile(
    r"(?<!\w)(?:remind me|a reminder|reminders?|i want|i'?d like|id like|i would like|"
    r"i need to|help me|let'?s|lets|talk through|talk about|go through|is it ok|is it okay|"
    r"quiero|quisiera|recuerdame|recordatorio|ayudame|hablemos|podemos|me gustaria|"
    r"again|otra vez|de nuevo|una vez mas)(?!\w)"
)
_IF = re.compile(
    r"(?<!\w)(?:if|whether|in case|unless|(?:revisar|ver|saber|checar|chequear|confirmar|"
    r"averiguar|preguntar|pregunto|no se|a ver) si|por si)(?!\w)"
)


_FIGURE = re.compile(
    r"(?<!\w)(?:i'?m|im|i am|feel like|like|basically|just|such) (?:a |an )?(?:[\w'-]+ ){0,2}"
    r"(?:rejection|rejected)(?: (?:letter|e-?mail|magnet|machine|collector|story|pile))?(?!\w)"
)
"""A figure of speech made of a rejection ("im a walking rejection letter"): no news of a reply."""


def states_fact(text: str, said: str) -> bool:
    """Whether a message tells something as a fact: not a question ("is it ok to email them?"),
    a condition ("to check if they replied", "revisar si me contestaron"), a request ("i want
    a reminder"), another rejection told ("talk through a rejection. again") or a figure of
    speech ("im a walking rejection letter haha")."""
    words = said.strip()
    if text.rstrip().endswith("?") or _ASKING.search(words):
        return False
    if _FIGURE.search(words) and not RESPONDED.search(_FIGURE.sub(" ", words)):
        return False  # "im a walking rejection letter haha" is about them, not a reply
    return not (_WANTING.search(words) or _IF.search(words))


_SAID_UNITS = {
    "day": (N_("{n} day"), N_("{n} days")),
    "week": (N_("{n} week"), N_("{n} weeks")),
    "month": (N_("{n} month"), N_("{n} months")),
}
_AGO_WORDS = re.compile(r"^(\d+) (day|week|month)s? ago$")
_PLAIN_WHEN = {
    "last week": N_("a week"),
    "last month": N_("a month"),
    "a few days ago": N_("a few days"),
    "two days ago": N_("two days"),
}


def since_days(days_ago: object) -> str:
    """How long ago, in the person's language, from a number of days alone (a fact kept with
    words nothing can say back): whole months from 30 days, whole weeks from 7, else days;
    "" for none or under a day."""
    if isinstance(days_ago, bool) or not isinstance(days_ago, int | float) or days_ago < 1:
        return ""
    days = int(days_ago)
    unit, n = (
        ("month", days // 30) if days >= 30 else ("week", days // 7) if days >= 7 else ("day", days)
    )
    return since_said(f"{n} {unit} ago")


def since_said(heard_when: str) -> str:
    """How long ago, in the person's language, from the words the facts keep ("5 weeks ago"
    -> "5 weeks", "5 semanas"), or "" when nothing sayable was kept."""
    m = _AGO_WORDS.match(heard_when.strip())
    if m is not None:
        n = int(m.group(1))
        one, many = _SAID_UNITS[m.group(2)]
        return _(one if n == 1 else many).format(n=n)
    plain = _PLAIN_WHEN.get(heard_when.strip())
    return _(plain) if plain else ""


_BARE_UNITS = {
    "week": ("week", 7), "weeks": ("week", 7), "month": ("month", 30), "months": ("month", 30),
    "day": ("day", 1), "days": ("day", 1), "semana": ("week", 7), "semanas": ("week", 7),
    "mes": ("month", 30), "meses": ("month", 30), "dia": ("day", 1), "dias": ("day", 1),
}  # fmt: skip


_UNIT_STEMS = ("day", "week", "month", "dia", "semana", "mes")
"""One of these is in every unit `_amounts` reads (`_BARE_UNITS`)."""


@cache
def _amounts(number: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The expressions of `bare_amount` and `silence_for` for the number pattern `number`,
    compiled once (the callers pass one of two patterns)."""
    return (
        re.compile(
            r"(?:^|[,.;:!?(-])\s*(?:(?:about|almost|over|like|unas|unos|casi|como|mas de|ya) )?"
            + number
            + r" (days?|weeks?|months?|dias?|semanas?|mes|meses)(?: (?:now|ya|ago))?\s*"
            r"(?:$|[,.;:!?)])"
        ),
        re.compile(
            r"(?<!\w)(?:ghosted|ghosting|silence|nothing|waiting|no (?:word|reply|answer|news|"
            r"response)|heard nothing|not heard (?:anything|back))(?: (?:from|by) (?:them|the \w+"
            r"|\w+))? (?:for (?:about |almost |over |nearly |like |a good )?)?"
            + number
            + r" (days?|weeks?|months?)(?!\w)"
        ),
        re.compile(
            r"(?<!\w)" + number + r" (days?|weeks?|months?) (?:after|since) (?:the|an|my|our|"
            r"their|that) (?:\w+ )?(?:interview|call|chat|round|screen)(?!\w)"
        ),
    )


def bare_amount(
    said: str, number: str, read: Callable[[str], int | None]
) -> tuple[str, int] | None:
    """An amount of time said on its own, as a message or a clause ("cinco semanas", "the
    interview, 5 weeks."), or said around the silence (`silence_for`), as the facts keep it;
    `number` is the pattern of a number (one group), `read` its value."""
    if not any(unit in said for unit in _UNIT_STEMS):
        return None  # every expression here needs a unit of time
    m = _amounts(number)[0].search(said.strip())
    count = None if m is None else read(m.group(1))
    if m is None or count is None:
        return silence_for(said, number, read)
    unit, days = _BARE_UNITS[m.group(2)]
    return f"{count} {unit}{'s' if count != 1 else ''} ago", count * days


def silence_for(
    said: str, number: str, read: Callable[[str], int | None]
) -> tuple[str, int] | None:
    """How long the silence has lasted, said around it ("ghosted for 3 weeks", "no reply for
    ten days", "3 weeks after an interview"), as `bare_amount` keeps it."""
    _, around, after = _amounts(number)
    m = around.search(said) or after.search(said)
    count = None if m is None else read(m.group(1))
    if m is None or count is None:
        return None
    unit, days = _BARE_UNITS[m.group(2)]
    return f"{count} {unit}{'s' if count != 1 else ''} ago", count * days
