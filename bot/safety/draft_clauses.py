"""Where a draft sentence splits into clauses, which clauses only jab, and which facts a clause
may still give the calmer version.

`CLAUSE` splits a sentence at commas, semicolons and joining words; `JAB` finds clauses that only
jab, even in calm words (guesses about motives, wishes that their choice goes wrong, comparisons
with whoever got the job). `fact_source` gives the clauses of a sentence where facts may be
looked for (calm ones, and ones that are only rude), and apart from them the counts, tasks,
spans and dates `draft_facts` finds in a threat or an ill wish, whose own words never come
back; `not_named` keeps those only when no calm clause names the same thing.
"""

from __future__ import annotations

import re

from bot.safety.draft_facts import find_facts
from bot.safety.draft_rules import find_hits
from bot.safety.draft_tidy import soften, squeeze

CLAUSE = re.compile(
    r"(,\s+(?:and |but |then |so )?|;\s+|:\s+(?=[A-Za-z0-9])|\s+-+\s+"
    r"|\s+(?:and|but|unless|so(?!\s+(?:much|many|far|long|little|few|very|sorry|kind)\b)"
    r"|because|while|then|now|or)\s+)",
    re.IGNORECASE,
)
# Clauses that only jab, even in calm words: guesses about their motives, wishes that their
# choice goes wrong, comparisons with whoever got the job.
JAB = re.compile(
    r"\b(?:I(?:'m| am) (?:starting to |beginning to )?(?:think|guess|suppose|assume) (?:you|they"
    r"|that you|your)|^(?:I )?guess\b|^funny how\b|^(?:it's |it is )?funny that\b"
    r"|\blie[sd]? (?:for a living|through (?:his|her|their|your) teeth)|\bliars?\b"
    r"|(?:as )?you (?:obviously |clearly )?(?:can't|cannot|couldn't) (?:read|count|understand)"
    r"|who (?:you|they) (?:think|thinks) (?:you|they) (?:are|is)\b"
    r"|\b(?:none of you|nobody|no one|you (?:never|didn't|did not|couldn't|could not))(?: even)?"
    r" (?:bother(?:ed)?|care[sd]?) to\b"
    r"|I'll repeat|let me repeat|I'll say it again|put up with|I bet|I can only assume"
    r"|for teaching me|lesson learned|thank you,? truly|done being (?:polite|nice|patient|civil)"
    r"|\bis (?:insane|absurd|ridiculous|laughable|a joke|a farce|a circus|a disgrace)\b"
    r"|you probably|hope (?:it|that|this|the|your)\b.{0,40}\bworth it|hope (?:it|that|this) helps"
    r"|hope you(?:'re| are) (?:happy|proud|pleased)|hope (?:your|the) (?:next|new)"
    r"|(?:good|best of) luck with (?:that|your)|enjoy your|you(?:'ll| will) see"
    r"|^(?:congratulations|congrats) on\b"
    r"|\bwhich (?:was|is|turned out to be) (?:a |an |all |total |complete )?(?:lie|lies|joke"
    r"|nonsense|rubbish|bs|laughable|garbage|insult)\b"
    r"|(?:go|going|went|chose|choose|choosing|pick|picked|picking|hire|hired|hiring)"
    r" (?:with )?(?:someone|somebody|a junior"
    r"|an intern)|for (?:(?:a junior|an intern)(?! (?:[\w-]+ )?(?:role|position|job|post)\b)"
    r"|someone (?:with less|younger|cheaper|fresh))"
    r"|now I have nothing|which I (?:assume|guess|suppose|take it) means|smells like"
    r"|(?:^|\b(?:so|and|but|then),? |[,;:] )(?:maybe|perhaps) (?:fix|try|learn|train|update|read"
    r"|hire|stop|get)\b"
    r"|\b(?:which|that|something|what) you (?:seem to|seemingly|clearly|obviously|apparently"
    r"|conveniently|must)(?: have)? (?:missed|ignored|forgot(?:ten)?|overlooked|lost|skipped"
    r"|not read|didn't read)\b|\b(?:quit|stop) (?:lying|pretending|wasting|playing)\b"
    r"|fake (?:listing|job|posting|ad|advert)|black hole|in case (?:it|they|you) (?:got lost"
    r"|went missing)|\b(?:nice|great|good|brilliant) (?:job|work)\b(?!\s+(?:on|at|with|in|to|of"
    r"|for)))",
    re.IGNORECASE,
)
_NO_FACTS = frozenset({"threat", "ill_will", "bridge", "entitlement"})
"""Clauses in these families give only the facts `draft_facts` finds in them, said plainly; sarcasm
and passive-aggressive ones often wrap a real one ("thanks for finally replying after 7 weeks")."""


def fact_source(text: str) -> tuple[str, list[str]]:
    """The clauses of `text` where facts may be looked for: calm ones, ones only rude (an insult
    around a fact); and apart, what `find_facts` finds in a threat or an ill wish."""
    out: list[str] = []
    harsh: list[str] = []
    for raw in CLAUSE.split(text)[::2]:
        clause = soften(raw)
        if jab := JAB.search(clause):  # "which I assume means ... my 9 years of ICU experience"
            clause = squeeze(clause[: jab.start()] + " " + clause[jab.end() :])
        if len(clause.split()) < 2:
            continue
        if any(h.family in _NO_FACTS for h in find_hits(clause)):
            harsh += find_facts(raw).phrases()
        else:
            out.append(clause)
    return ", ".join(out), harsh


def not_named(facts: list[str], calm: str) -> list[str]:
    """The facts of a threat or an ill wish that no calm clause names ("the take-home")."""
    return [f for f in facts if f.lower().removesuffix(" process").split()[-1] not in calm.lower()]
