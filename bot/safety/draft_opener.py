"""The first line of the calmer rewrite: what the message is, said the way the draft means it.

A draft that asks why gets "I'd like to ask about the decision on my application", one that asks
for feedback "I'd like to ask for feedback on my interview", one that chases a silence "I'd like
to follow up on my application"; a draft that turns down an offer, withdraws, asks for a payment
or for their data to be deleted, or only states what happened, opens with that. `intent` reads which
one a draft is; `opener` says it, with the role and company when the draft names them. A draft
that says they were turned down is never answered with a follow-up on the application: after a
no, the ask is the reason, feedback, or later roles.
"""

from __future__ import annotations

import re
from typing import Literal

Intent = Literal[
    "withdraw", "decline", "data", "payment", "why", "feedback", "follow_up", "decision", "facts"
]  # fmt: skip

_WITHDRAW = re.compile(
    r"\b(?:withdraw(?:ing)? (?:my (?:application|candidacy)|from (?:the|your|this) (?:[\w-]+ )?"
    r"(?:process|recruitment|hiring|interviews?|selection|consideration|running|role|position"
    r"|job|vacancy|opening))|remove me from (?:the|your)"
    r" (?:process|shortlist|consideration|list)|no longer (?:interested|want to be considered)"
    r"|pull(?:ing)? out of (?:the|your) process|take me out of (?:the|your) process)\b",
    re.IGNORECASE,
)
_DECLINE = re.compile(
    r"\b(?:(?:i(?:'m| am| will|'ll)? )?(?:declin(?:e|ing)|turn(?:ing)? down|reject(?:ing)?"
    r"|refus(?:e|ing)|not (?:accept|tak)(?:ing)?|won't (?:be )?(?:accept|tak)(?:ing|e)?"
    r"|will not (?:be )?(?:accept|tak)(?:ing|e)?|keep|shove|stick)"
    r" (?:your|the|this) (?:[\w-]+ ){0,2}offer)\b",
    re.IGNORECASE,
)
_DATA = re.compile(
    r"\b(?:delete|erase|remove|destroy) (?:all )?(?:of )?my (?:cv|resume|data|details|personal"
    r"|information|references|passport|bank|recording|application data)|\bgdpr\b|personal data",
    re.IGNORECASE,
)
_PAYMENT = re.compile(
    r"\b(?:refund\w*|reimburs\w*|expenses|invoice|stipend|mileage|travel costs|pay (?:me|back|for)"
    r"|paid for (?:the|my) (?:flight|hotel|train|travel)|owe me|amount due|payment date)\b",
    re.IGNORECASE,
)
_WHY = re.compile(
    r"\b(?:why|reasons?|explain|explanation|what (?:went wrong|happened|changed)|how come"
    r"|which (?:criteri\w+|requirements?|skills?|part)|where i fell short|how the shortlist)\b",
    re.IGNORECASE,
)
_FEEDBACK = re.compile(
    r"\b(?:feedback|notes|pointers|what the (?:panel|interviewers?|assessors?) (?:said|thought)"
    r"|my results|score)\b",
    re.IGNORECASE,
)
_GIVING_FEEDBACK = re.compile(r"\bgive (?:you )?(?:some )?feedback\b", re.IGNORECASE)
_WAITING = re.compile(
    r"\b(?:haven't heard|have not heard|heard nothing|no (?:reply|response|answer|word|update)"
    r"|still waiting|waiting to hear|ghost\w*|silence|chas(?:e|ing)|following up|follow up"
    r"|any update|still (?:open|in the running|being considered|hiring)|(?:role|position|job)"
    r" (?:is |has been |was )?(?:filled|still open|open)|yes or no|reply|get back to me"
    r"|reserve list|rescheduled)\b",
    re.IGNORECASE,
)
_DECIDED = re.compile(
    r"\b(?:reject\w*|turned (?:me )?down|not (?:selected|shortlisted|successful|moving forward)"
    r"|unsuccessful|went with|offer (?:was )?(?:pulled|withdrawn|rescinded)|no longer moving)\b",
    re.IGNORECASE,
)

_STATED = re.compile(
    r"\b(?:interview\w*|rounds?|panel|assessment|test|presentation|recruiter|hiring manager"
    r"|case study|take-?home|onsite|on-site|trial)\b",
    re.IGNORECASE,
)
"""A draft with none of these and no ask says too little to be more than a follow-up."""


_TASK = re.compile(
    r"\b(take[- ]?home(?: (?:task|test|assignment|exercise|project|challenge))?"
    r"|case stud(?:y|ies)|(?:technical|coding|written|skills?|aptitude|online|personality"
    r"|psychometric|trial) (?:tests?|assessments?|challenges?|exercises?|tasks?)"
    r"|(?:home ?work |trial )?assignments?|work sample|assessment|(?:(?:6|six|8|eight|[\w-]+-hour)"
    r" )?tasks?)\b",
    re.IGNORECASE,
)
"""A task the person did for them, as the draft names it ("take-home", "case study")."""


def named_task(text: str) -> str | None:
    """The task the draft names, in its own words ("take-home" is a "take-home task"), or None."""
    m = _TASK.search(text)
    if m is None:
        return None
    name = re.sub(r"^(?:\d+|[a-z]+)-hour ", "", m.group(1).lower()).replace(
        "take home", "take-home"
    )
    name = re.sub(r"^(?:6|six|8|eight) ", "", name)
    return "take-home task" if name in {"take-home", "takehome"} else name


def intent(text: str) -> Intent:
    """What the draft is, in order of what matters most to the person writing it."""
    if _WITHDRAW.search(text):
        return "withdraw"
    if _DECLINE.search(text):
        return "decline"
    if _DATA.search(text):
        return "data"
    if _PAYMENT.search(text):
        return "payment"
    if _WHY.search(text):
        return "why"
    if _FEEDBACK.search(text) and not _GIVING_FEEDBACK.search(text):
        return "feedback"
    if _DECIDED.search(text):  # after a no, the ask is the reason, never a follow-up
        return "decision"
    if _WAITING.search(text):
        return "follow_up"
    return "facts" if _STATED.search(text) else "follow_up"


def decided(text: str) -> bool:
    """Whether the draft says they were turned down ("rejected", "went with someone else")."""
    return bool(_DECIDED.search(text))


def said_by_opener(sentence: str, text: str) -> bool:
    """Whether `sentence` (kept from the draft `text`) only says what the opener already says:
    the person's own "keep your offer" or "I withdraw my application", often said in anger."""
    kind = intent(text)
    return (kind == "withdraw" and bool(_WITHDRAW.search(sentence))) or (
        kind == "decline" and bool(_DECLINE.search(sentence))
    )


def opener(
    text: str,
    *,
    role: str | None = None,
    company: str | None = None,
    stage: str = "application",
    task: str | None = None,
    told_no: bool = False,
) -> str:
    """The first sentence of the rewrite of `text`, matched to what the draft is; it names an
    interview or a task only when the draft does (`stage`, `task`), else the application.
    With no `text` it opens with a plain follow-up, or, when `told_no` (they were turned down),
    asks about the decision: after a no, it never follows up on the application."""
    about = f" for the {role} role" if role else ""
    where = f" at {company}" if company else ""
    application = f"my application{about}{where}"
    if stage in {"interview", "final"}:
        interview = f"my interview{about}{where}"
    elif stage == "task" and task:
        interview = f"my {task}{about}{where}"
    else:
        interview = application
    if told_no and not text:
        return f"I'd like to ask about the decision on {application}."
    return {
        "withdraw": f"I'd like to withdraw {application}.",
        "decline": f"I'd like to reply to your offer{about}{where}: I've decided to decline it.",
        "data": f"I'd like to ask about the personal details I shared with {application}.",
        "payment": f"I'd like to ask about a payment linked to {interview}.",
        "why": f"I'd like to ask about the decision on {application}.",
        "feedback": f"I'd like to ask for feedback on {interview}.",
        "follow_up": f"I'd like to follow up on {application}.",
        "decision": f"I'd like to ask about the decision on {application}.",
        "facts": f"I'd like to share some thoughts on {interview}.",
    }[intent(text)]
