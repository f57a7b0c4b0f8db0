"""Plain restatements of what a sentence would otherwise lose when it goes: the facts of a
sarcastic question ("Was the 3-day trial shift just free labour?" -> "I completed the 3-day trial
shift."; "Is a 2-week silence normal?" -> "There was a 2-week silence."), and a fact in brackets
inside a jab ("Since none of you read it (the comments refer to a function that isn't in my
code)"). Used by `draft_sentences` when its own calm version of a sentence comes up empty.
"""

from __future__ import annotations

import re

from bot.safety.draft_concrete import NOT_PROPER, PARENS, PROPER, has_fact, is_calm, statement
from bot.safety.draft_harm import before_harm
from bot.safety.draft_keep import restate
from bot.safety.draft_quotes import unquote
from bot.safety.draft_tidy import soften


def asked_fact(question: str) -> str:
    """The facts of a question that asks nothing ("Was the 5-hour case study free consulting?")
    said plainly ("I completed the 5-hour case study."), when the plain words keep every name
    it holds; "" otherwise (the question is then read as any other sentence)."""
    if not question.endswith("?") or not _ASKING.match(soften(question)):
        return ""
    said = restate(before_harm(question)) or _asked_about(question)
    names = [m.group(0).strip(".,") for m in PROPER.finditer(question)]
    names += re.findall(r"\d+", question)
    return said if said and all(n in said for n in names if n not in NOT_PROPER) else ""


_ASKED_ABOUT = re.compile(
    r"(?i)^(?:so |and |but )?(?:was|were|is|are) (?P<np>(?:the|my|a|an|that|this|those|these)"
    r" (?:(?!(?:just|really|actually|even|simply|only|all|merely|normal|acceptable|standard"
    r"|supposed|meant|worth|free|some|nothing|part|a|an|for|considered|ignored|binned|wasted"
    r"|pointless|useless|any|not|never|how|what|ok|okay|fine)\b)[\w'-]+ ){1,7}?)"
    r"(?=(?:just|really|actually|even|simply|only|all|merely|normal|acceptable|standard|supposed"
    r"|meant|worth|free|some|nothing|part|a|an|for|considered|ignored|binned|wasted|pointless"
    r"|useless|any|not|never|ok|okay|fine)\b)"
)
"""The thing a sarcastic question is about ("Was the 3-day trial shift just free labour?")."""
_DONE_WORK = re.compile(
    r"(?i)\b(?:task|test|shift|trial|project|case study|presentation|assignment|challenge"
    r"|exercise|assessment|deck|report|proposal|portfolio|essay|interviews?|rounds?|trip|visit"
    r"|day|days|call|calls|prototype|demo|work sample|mock-?up|plan)$"
)


def _asked_about(question: str) -> str:
    """What a sarcastic question is about said as a plain fact: the work they did ("I completed
    the 3-day trial shift.") or what happened ("There was a 2-week silence after the final
    round."); "" when the question names nothing concrete."""
    m = _ASKED_ABOUT.match(unquote(question).rstrip("?!. "))
    if m is None or not has_fact(np := m["np"].strip()) or not is_calm(np):
        return ""
    article, rest = np.split(" ", 1)
    if article.lower() in {"a", "an"}:
        return statement(f"There was {np}")
    head = re.split(r" (?:after|for|on|at|in|with|last|this|from|by|over) ", rest)[0]
    if _DONE_WORK.search(head):
        done = (
            "took part in"
            if re.search(r"(?i)(?:interview|round|call|panel)s?$", head)
            else "completed"
        )
        return statement(f"I {done} {'my' if article.lower() == 'my' else 'the'} {rest}")
    return ""


_ASKING = re.compile(
    r"(?i)^(?:so |and |but )?(?:is|was|were|are|did|do|does|has|have|had|will|would|could"
    r"|should|who|what|why|how|where|when)\b(?! I\b)"
)
"""The word order of a question; a statement with a question mark ("2 years at your charity and
you don't shortlist me?") keeps its own words."""


def aside(raw: str) -> str:
    """The fact in brackets of a sentence that goes ("Since none of you read it (the comments
    refer to a function that isn't in my code)"), said as a sentence of its own; "" if none."""
    inside = [soften(m.group(1)) for m in PARENS.finditer(raw)]
    return " ".join(
        statement(s) for s in inside if len(s.split()) >= 4 and is_calm(s) and has_fact(s)
    )
