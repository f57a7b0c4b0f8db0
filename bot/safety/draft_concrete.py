"""What makes a sentence of a draft concrete, so the calmer version keeps it: a number, a date or
a day, a job word (an interview, a take-home, a visa), something the person did or was told, or a
name inside the sentence. `has_fact(text)` says whether a sentence has any of them.
"""

from __future__ import annotations

import re

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
    r"|received)\b"
    r"|\b(?:said|says|told|promised|asked|offered|insisted|mentioned|assured|confirmed|wrote|claimed"
    r"|cited|stated|states"
    r"|advertised|cancel+ed|withdrawn|frozen|on hold|late|rescheduled|interrupt\w*)\b",
    re.IGNORECASE,
)
_JOB_WORDS = re.compile(
    r"\b(?:interview\w*|rounds?|stages?|onsite|on-site|panel|calls?|screen\w*|offer|role"
    r"|position|job|vacancy|opening|recruiter|hiring manager|hr|cv|resume|résumé|portfolio"
    r"|references?|referees?|referral|test|assessment\w*|task|take[- ]?home|exercise"
    r"|challenge|case study|presentation|deck|slides?|application|salary|budget|remote|office"
    r"|hotel|travel|train|flight|parking|expenses|reimburse\w*|leave|certif\w*|experience"
    r"|degree|phd|nda|background check|contract|notice|team of|rejection|invoice|certificate"
    r"|permit|visa)\b",
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
