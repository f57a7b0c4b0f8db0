"""What makes a sentence of a draft concrete, so the calmer version keeps it: a number, a date or
a day, a job word (an interview, a take-home, a visa), something the person did or was told, or a
name inside the sentence. `has_fact(text)` says whether a sentence has any of them, `is_calm(text)`
whether no rule family and no named jab fires in it, and `statement(text)` writes it as one plain
sentence with a full stop; `echoes(fragment, before)` whether a verbless fragment only repeats the
sentence before it.
"""

from __future__ import annotations

import re

from bot.safety.draft_clauses import JAB
from bot.safety.draft_rules import find_hits
from bot.safety.draft_tidy import capitalise, squeeze

NUMBERISH = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|hundred|half|once|twice|first|second|third|fourth|fifth|last|next"
    r"|a (?:week|month|day|year|fortnight))\b",
    re.IGNORECASE,
)
_WHEN = re.compile(
    r"(?i:\b(?:january|february|feburary|march|april|june|july|august|september|october"
    r"|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|\b(?:mon|tues|wednes"
    r"|thurs|fri|satur|sun)days?\b|\b(?:today|yesterday|tomorrow|tonight|morning|evening"
    r"|weekend|[0-9]{1,2}(?:am|pm))\b)|\bMay\b"
)
_DID = re.compile(
    r"\b(?:I|I've|I'd|we)\b[^.?!]{0,40}?\b(?:did|done|took|taken|flew|drove|travel+ed|spent|paid"
    r"|prepared|completed|submitted|sent|built|made|wrote|gave|applied|interviewed|turned down"
    r"|declined|missed|moved|relocated|rearranged|cancel+ed|managed|led|worked|have|had|hold"
    r"|was told|was asked|went through|waited|met|presented|answered|delivered|listed|signed"
    r"|finished|passed|left|quit|resigned|booked|bought|studied|trained|learned|learnt|found out"
    r"|received|(?:rejected|turned down|marked down|cut) (?:for|because|over))\b"
    r"|\b(?:said|says|told|promised|asked|offered|insisted|mentioned|assured|confirmed|wrote|claimed"
    r"|cited|stated|states"
    r"|advertised|cancel+ed|withdrawn|frozen|on hold|late|rescheduled|interrupt\w*|turned up"
    r"|showed up|no-show)\b",
    re.IGNORECASE,
)
_JOB_WORDS = re.compile(
    r"\b(?:interview\w*|rounds?|stages?|onsite|on-site|panel|calls?|screen\w*|offer|role"
    r"|position|job|vacancy|opening|recruiter|hiring manager|hr|cv|resume|résumé|portfolio"
    r"|references?|referees?|referral|test|assessment\w*|task|take[- ]?home|exercise"
    r"|challenge|case study|presentation|deck|slides?|application|salary|budget|remote|office"
    r"|hotel|travel|train|flight|parking|expenses|reimburse\w*|leave|certif\w*|experience"
    r"|degree|phd|nda|background check|contract|notice|team of|rejection|invoice|certificate"
    r"|permit|visa|code|repo|reviewers?|comments)\b",
    re.IGNORECASE,
)
PROPER = re.compile(r"(?<=[\w,] )(?:[A-Z][\w+#.&'-]*|[A-Z]{2,}\w*)")
NOT_PROPER = frozenset({"I", "I'm", "I've", "I'd", "I'll", "HR", "OK"})


def has_fact(text: str) -> bool:
    """Whether a sentence says something concrete: a number, a date, a name, a task, an act."""
    if NUMBERISH.search(text) or _WHEN.search(text) or _JOB_WORDS.search(text):
        return True
    if _DID.search(text):
        return True
    return any(m.group(0).strip(".,") not in NOT_PROPER for m in PROPER.finditer(text))


_ROUGH = frozenset({"insult", "blame", "sarcasm", "passive", "bridge", "ill_will", "entitlement",
                    "threat", "demand", "profanity", "shouting", "punctuation"})  # fmt: skip
_QUOTE_MARK = re.compile(r"(?<![A-Za-z])'|'(?![A-Za-z])")
PARENS = re.compile(r"\(([^()]*)\)")


def is_calm(text: str) -> bool:
    """No rule family fires and no jab is named (the tone model judges the whole message later)."""
    return not JAB.search(text) and not any(h.family in _ROUGH for h in find_hits(text))


def statement(text: str) -> str:
    """A sentence ending in one full stop (a question with a fact becomes a statement)."""
    text = squeeze(text.rstrip("?!. "))
    if len(_QUOTE_MARK.findall(text)) % 2 and text.endswith("'"):
        text = text.rstrip("'?!. ")  # the quote opened in an earlier sentence
    return capitalise(text) + "." if text else ""


AMOUNT_ONLY = re.compile(r"^[$€£]\d[\d,.]*[km]?\.?$|^\d[\d,.]*\s?(?:€|eur|usd|dollars)\.?$", re.I)
"""A sentence that is only an amount ("$612."): kept, joined to the sentence before it."""
_SMALL = frozenset("a an the in on at of to for and or with".split())


def echoes(fragment: str, before: str) -> bool:
    """Whether a verbless `fragment` only repeats words of the sentence `before` it."""
    words = set(re.findall(r"[\w'$-]+", fragment.lower())) - _SMALL
    return bool(words) and words <= set(re.findall(r"[\w'$-]+", before.lower()))
