"""The lines a calmer version never keeps any part of: threats (legal ones and "I'll post this
on LinkedIn so everyone knows"), ill wishes and name-calling.

Softening such a line word by word leaves a piece of it behind ("Tag you and your CEO so
everyone knows..."), so it goes whole. A threat or ill wish runs to the end of its sentence
("I'm going to tweet this and tag your CEO"): from the clause where it starts, the rest of the
sentence goes; the calm clauses before it ("I did four rounds, and ...") stay. Name-calling is
local to its clause ("and honestly that's pathetic"), so only that clause goes; a name-call on a
fact ("your stupid case study") is softened instead, so the fact stays, and `without_name_calls`
takes a name put beside what they did out of the sentence ("you morons rejected me after ...",
"Ben is an idiot who scheduled ..."). An ill wish in plain words ("I hope your manager chokes on
it") counts as ill will here, even when the review's rules do not name it.

`looks_cut(sentence)` names what such a cut leaves when it goes wrong: a sentence that opens
with a bare verb aimed at them or the public ("Tag you and...", "Post this on Glassdoor").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.safety.draft_rules import Hit, find_hits
from bot.safety.draft_tidy import soften

RUNS_ON = frozenset({"threat", "ill_will"})
"""Kinds that carry on to the end of their sentence: the rest of it goes with them."""
LOCAL = frozenset({"insult"})
"""Kinds whose own clause goes whole, the clauses around it stay."""
HARM = RUNS_ON | LOCAL

_BOUNDARY = re.compile(
    r",\s+(?:and |but |so |then )?|;\s+|:\s+|\s+-+\s+"
    r"|\s+(?:and|but|so|because|then|or|while|unless)\s+",
    re.IGNORECASE,
)
_JOINTS = re.compile("(" + _BOUNDARY.pattern + ")", re.IGNORECASE)
_INTENT = re.compile(
    r"(?i)(?:\b(?:I'll|I will|I'm going to|I am going to|gonna|going to)\s+(?:\w+\s+){0,2}?|^)"
    r"(?:tag|post|tweet|blast|expose|share|warn|write|name|report|sue|tell|call out|leave)\b"
)
_STUB_END = re.compile(
    r"(?i)\b(?:that's|it's|is|are|was|were|be|been|you're|they're|a|an|the|so|such|really|just"
    r"|very|totally|completely|absolutely|honestly|frankly)$"
)
_DONE_TO_ME = re.compile(r"(?i)\b(?:I was|me|my|I)\b")
"""What is left says what happened to them ("I was turned down over voicemail")."""
_CUT_VERB = re.compile(
    r"^(?:tag|post|tweet|blast|expose|share|warn|write|put|name|report|sue|leave|make sure"
    r"|expect|see|hear|go public|mark|watch|email|message|call out|tell (?:everyone|everybody"
    r"|the world|people|others|other candidates))\b(?!\s+(?:me|us)\b)"
    r"(?!,?\s+(?:said|says|told|tells|was|is|has|had|from|at|in|who|promised|assured|mentioned"
    r"|called|emailed|wrote|confirmed|asked|and I)\b)",
    re.IGNORECASE,
)


_VEILED = re.compile(
    r"(?i)\b(?:(?:you(?:'d| had)? )?better (?:hope|pray|watch out|watch your)|watch your back"
    r"|you(?:'ll| will) (?:regret|be sorry)|karma(?:'s| is| will)|what goes around)\b"
)
"""A veiled threat ("Better hope I never run into your manager"): the review's rules may not
name it, but a calmer version keeps no part of it."""


_ILL_WISH = re.compile(
    r"(?i)\bhope (?:that )?(?:you|they|he|she|your\b[\w' -]{0,30}?|the\b[\w' -]{0,30}?"
    r"|whoever\b[\w' -]{0,30}?|this company|that company)(?:'s| is| are| will| (?:\w+ly|also))?"
    r" (?:chokes?|rots?|burns?|fails?|suffers?|regrets?|loses?|crash(?:es)?|collapses?"
    r"|go(?:es)? (?:under|bust|bankrupt|broke)|gets? (?:fired|sacked|what|the same)"
    r"|quits?|screws? up|messes? up|falls? apart|struggles?|drowns?|miserable|sorry|choking"
    r"|failing|burning|rotting|suffering|struggling|regretting)\b"
)
"""An ill wish in plain words ("I hope your hiring manager chokes on that decision"): the review's
rules may not name it, but a calmer version keeps no part of it."""


def harm_hits(text: str) -> list[Hit]:
    """The threat, ill-will and insult hits in `text` (a veiled threat counts as a threat)."""
    hits = [h for h in find_hits(text) if h.family in HARM]
    if m := _VEILED.search(text):
        hits.append(Hit("threat", (m.group(0),)))
    if m := _ILL_WISH.search(text):
        hits.append(Hit("ill_will", (m.group(0),)))
    return hits


def _starts(text: str, hits: list[Hit]) -> list[int]:
    lowered = text.lower()
    found = (lowered.find(e.lower()) for h in hits for e in h.examples if e)
    return [i for i in found if i >= 0]


def before_harm(text: str) -> str:
    """`text` up to the clause where its first threat or ill wish starts ("" when that is the
    first clause); `text` itself when it has neither. The clauses kept are the longest opening
    run that says nothing harmful on its own, less a last one that opens the threat ("I'm going
    to tag you" before "and your CEO on LinkedIn")."""
    if not any(h.family in RUNS_ON for h in harm_hits(text)):
        return text
    pieces = _JOINTS.split(text)
    kept = ""
    for i in range(0, len(pieces), 2):
        longer = kept + (pieces[i - 1] if i else "") + pieces[i]
        if any(h.family in RUNS_ON for h in harm_hits(longer)):
            break
        kept = longer
    while kept and _INTENT.search(_JOINTS.split(kept)[-1]):
        kept = kept[: max((m.start() for m in _JOINTS.finditer(kept)), default=0)]
    return kept.rstrip(" ,;:-")


def bare_insult(clause: str, has_fact: Callable[[str], bool]) -> bool:
    """Whether `clause` calls them names in a way softening cannot mend: what is left is a stub
    ("honestly that's pathetic" leaves "that's"), still stings, or says nothing concrete. It is
    then left out whole. A name-call around a fact ("your stupid case study", "a coward for
    rejecting me over voicemail") is softened instead, so the fact stays."""
    if not any(h.family in LOCAL for h in harm_hits(clause)):
        return False
    left = soften(clause).strip(" .,!?")
    if len(left.split()) < 3 or _STUB_END.search(left) or harm_hits(left):
        return True
    return not has_fact(left) and not _DONE_TO_ME.search(left)


_HEAPED = r"(?:(?:absolute|complete|utter|total|real|bunch of|pack of|load of|lot of|such)\s+)*"
_CALLED_YOU = re.compile(
    rf"\b(?P<you>(?i:you))\s+(?P<name>{_HEAPED}[A-Za-z-]+)(?=\s+(?:have |had |just |then |all )?"
    r"(?:[a-z]+ed|sent|told|made|kept|took|gave|let|put|ghosted|went|did|chose|picked|hired|said"
    r"|rejected|left|lost|wasted|can't|couldn't|didn't|won't|never|still)\b)"
)
"""A name put between "you" and what they did ("you morons rejected me after..."): the name goes,
what they did stays."""
_CALLED_WHO = re.compile(
    rf"\s+(?:is|are|was|were)\s+(?:an?\s+)?(?P<name>{_HEAPED}[A-Za-z-]+(?:\s+[A-Za-z-]+)?)"
    r"\s+(?:who|that)\s+(?=[a-z]+(?:ed|s)?\b)"
)
"""A name put on someone before what they did ("Ben is an idiot who scheduled my interview for
9am"): the name goes, what they did stays ("Ben scheduled my interview for 9am")."""


_CALLED_LAST = re.compile(
    rf"(?i),\s*you\s+{_HEAPED}(?!(?:know|see|guys|all|two|three|both|too|folks|lot|there|again"
    r"|first|later|though|included|people|sir|madam|now|then|here|once|twice|anyway)\b)"
    r"[a-z-]+(?<!ly)(?=\s*(?:[.!?]+\s*|$))"
)
"""A name said last, after a comma ("..., you cheapskates."): the name goes, the sentence stays."""


def _insult(words: str) -> bool:
    return any(h.family in LOCAL or h.examples == ("you people",) for h in find_hits(words))


def without_name_calls(sentence: str) -> str:
    """`sentence` with a name-call that only sits beside a fact taken out, so the fact can stay:
    "you morons rejected me" -> "you rejected me", "Ben is an idiot who scheduled" -> "Ben
    scheduled". A name-call that carries the sentence on its own is left for the clause rules."""
    out = _CALLED_YOU.sub(lambda m: m["you"] if _insult(m[0]) else m[0], sentence)
    out = _CALLED_WHO.sub(lambda m: " " if _insult(m[0]) else m[0], out)
    return _CALLED_LAST.sub("", out)


def goes_whole(sentence: str, has_fact: Callable[[str], bool]) -> bool:
    """Whether `sentence` cannot be kept by softening it as a whole: it threatens or wishes
    them ill, or one of its clauses is only a name-call."""
    if any(h.family in RUNS_ON for h in harm_hits(sentence)):
        return True
    return any(bare_insult(c, has_fact) for c in _BOUNDARY.split(sentence))


def looks_cut(sentence: str) -> bool:
    """Whether `sentence` reads as an order left over from a cut threat ("Tag you and your CEO
    so everyone knows")."""
    return bool(_CUT_VERB.match(sentence.strip(" \"'(")))
