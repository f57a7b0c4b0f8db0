"""The news a first message tells, said back in one warm line before anything else.

`news_line(text)`: for a first message that tells of a rejection or a job lost ("hi, just got
rejected after 4 rounds", "they ghosted me after the final round", "me despidieron"), one short
line reflecting it ("I'm sorry. 4 rounds and then a no: that really hurts."), in the person's
language; "" for a message that tells nothing ("hi", "/start"). Never glad, never upbeat.
`news_facts(text)`: the situation as that line met it (`said_back`), so the welcome does not
say the same situation back a second time; None when the line said none of it back.

Plain patterns over folded text, English and Spanish, with the facts `situation.pick_up` reads.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.i18n import N_, _
from bot.primitives.text import fold
from bot.understanding.situation import acknowledge, pick_up

_TOLD = re.compile(
    r"(?<!\w)(?:reject(?:ed|ion|ions)?|turn(?:ed|s)? (?:me )?down|turndown|"
    r"(?:did ?n'?t|didnt|did not|not) (?:get|land) (?:the |that |this |an? )?(?:job|role|offer|"
    r"position|it)|went with (?:another|someone|somebody|a different|an internal)|"
    r"(?:not|decided not to) (?:moving|move|to move|go|going) (?:forward|ahead)|unsuccessful|"
    r"said no|got (?:a|the) no|a no(?: today| this morning| yesterday)?[.!,]|knock ?back|"
    r"ghosted|no offer|"
    r"rechaz\w*|no me (?:eligieron|escogieron|seleccionaron|quisieron|dieron (?:el|la) "
    r"(?:trabajo|puesto|chamba|oferta))|no (?:quede|pase)|me dijeron que no)(?!\w)"
)
"""Words that tell of a rejection."""
_ROUNDS = re.compile(
    r"(?<!\w)(\d{1,2}|two|three|four|five|six|seven|eight|dos|tres|cuatro|cinco|seis|siete) "
    r"(rounds|interviews|rondas|entrevistas)(?!\w)"
)
_COUNTED = {
    "rounds": N_("I'm sorry. {n} rounds and then a no: that really hurts."),
    "rondas": N_("I'm sorry. {n} rounds and then a no: that really hurts."),
    "interviews": N_("I'm sorry. {n} interviews and then a no: that really hurts."),
    "entrevistas": N_("I'm sorry. {n} interviews and then a no: that really hurts."),
}
_SPANISH_NUMBERS = {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7}
_ENGLISH_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8
}  # fmt: skip
LOST = N_("I'm sorry you lost your job. That's a lot to take in.")
SORRY = N_("I'm sorry. {what}")
PLAIN = N_("I'm sorry, that's hard news to get.")
MANY = N_("I'm sorry. {count} rejections is a lot to take in.")
NEWS_MET = "news_met"
"""Meta key: the stage and how they heard, as known when the first message's news was met
(cleared when a new rejection starts, used once by the welcome's saying back)."""
SAID_BACK = ("stage", "heard")
"""The facts a line built from `acknowledge` says back."""
SITUATION = ("stage", "heard", "rejections", "heard_when")
"""Every fact `acknowledge` reads."""


def said_back(values: Mapping[str, object]) -> dict[str, str]:
    """What a line saying back the situation reads of `values` (variables or picked-up facts):
    the stage, how they heard, how many rejections and how long ago."""
    return {k: str(values[k]) for k in SITUATION if values.get(k) not in (None, "")}


def news_facts(text: str) -> dict[str, str] | None:
    """The situation as `news_line(text)` met it (`said_back`), when that line said it back
    (how far they got, how they heard, how many rounds or rejections); None when it said none
    of it."""
    return _met(text)[1]


def news_line(text: str) -> str:
    """One line meeting the news `text` tells, in the person's language, or ""."""
    return _met(text)[0]


def _met(text: str) -> tuple[str, dict[str, str] | None]:
    """`news_line` and `news_facts` of `text`."""
    if not _tells(text):
        return "", None
    facts = pick_up(text)
    if facts.get("job_lost"):
        return _(LOST), None
    known = said_back(facts)
    counted = _rounds(fold(text))
    if counted is not None:
        n, kind = counted
        return _(_COUNTED[kind]).format(n=n), known
    if any(k in known for k in SAID_BACK):
        return _(SORRY).format(what=acknowledge(known)), known
    count = known.get("rejections", "")
    if count.isdigit() and int(count) >= 2:
        return _(MANY).format(count=count), known
    return _(PLAIN), None


def _tells(text: str) -> bool:
    """Whether `text` tells news at all: rejection words, a job lost, a stage or silence."""
    if not text.strip() or text.lstrip().startswith("/"):
        return False
    said = fold(text.replace("’", "'"))
    facts = pick_up(text)
    return bool(_TOLD.search(said) or facts.get("job_lost") or facts.get("heard") == "no_answer")


def _rounds(said: str) -> tuple[int, str] | None:
    """How many rounds or interviews `said` counts (two or more), and which word it used."""
    m = _ROUNDS.search(said)
    if m is None:
        return None
    word = m.group(1)
    n = int(word) if word.isdigit() else _ENGLISH_NUMBERS.get(word) or _SPANISH_NUMBERS[word]
    return (n, m.group(2)) if n >= 2 else None
