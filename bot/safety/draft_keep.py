"""Keeping a fact the rewrite would otherwise lose: a plain restatement instead of a cut.

When a sentence that carries a fact still stings after softening, the rewrite used to leave it
out, and with it the fact. `restate(sentence)` says the same facts again in plain template words
("I completed four interviews and a 90-minute presentation.", "I was told by Ms. Sharma that the
offer letter would be released by the 25th.", "The interview started 45 min late."), so the point
survives even when the person's own words cannot. `extra_sentences(text, said)` adds the kinds of
fact the patterns in `draft_facts` do not cover (what someone told them, how late an interview
started, an ordinal date) when no kept sentence carries them yet. Nothing here adds a fact the
draft did not state, and every restatement passes the rule families before it is used.
"""

from __future__ import annotations

import re

from bot.safety.draft_facts import fact_sentences, find_facts
from bot.safety.draft_rules import find_hits, is_clean_words
from bot.safety.draft_tidy import capitalise, soften, squeeze

_ROUGH = frozenset(
    {"insult", "blame", "sarcasm", "passive", "bridge", "ill_will", "entitlement", "threat",
     "demand", "profanity", "shouting", "punctuation"}
)  # fmt: skip
_NAME = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? )?[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?"
_TOLD = re.compile(
    rf"\b(?:I was (?P<verb>told|assured|promised|informed|advised)(?: by (?P<by>{_NAME}|your "
    rf"(?:recruiter|hiring manager|team|colleague|HR))?)?|(?P<who>{_NAME}|your (?:recruiter"
    r"|hiring manager|colleague|HR)|you) (?P<verb2>told|assured|promised|informed|advised|said)"
    r"(?: me)?)(?:,? that | (?=(?:the|I|I'd|I'm|I would|my|it|it's|we|a|an|this)\b))"
    r"(?P<what>[^.?!;]{6,140})"
)
_DAY = re.compile(r"\b(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WILL = re.compile(r"\b(?:will|'ll)\b")
_LATE = re.compile(
    r"\b(?P<n>\d+|five|ten|fifteen|twenty|thirty|forty|forty-five|an?)\s*(?P<unit>min(?:ute)?s?"
    r"|hours?|hrs?)\s+late\b",
    re.IGNORECASE,
)
_MONEY = re.compile(
    r"(?P<amt>[£$€]\s?\d[\d,.]*k?|\b\d[\d,.]*\s?(?:euros?|pounds|dollars|EUR|GBP|USD)\b)"
    r"(?P<why>[^.;!?]{0,60}?\bfor (?:the |my |your |a )?[\w' -]{3,50}?(?= *(?:[,.;!?]|$)))?"
)
_OWED = re.compile(
    r"(?i)\b(?:owe[sd]?|pay|paid|payment|refund\w*|reimburs\w*|expenses?|costs?|invoice|fee)\b"
)
_KEY = re.compile(r"[\w'+#£$€%-]+")
_STOP = frozenset({"a", "an", "the", "of", "my", "your", "to", "and", "on", "in", "for", "i"})


def _calm(text: str) -> bool:
    return is_clean_words(text) and not any(h.family in _ROUGH for h in find_hits(text))


def _told(text: str) -> list[str]:
    """What someone told them, as "I was told by X that Y." (future tense moved to "would")."""
    out = []
    for m in _TOLD.finditer(text):
        what = soften(re.split(r",(?!\d)", m["what"])[0]).strip(" ,")  # "$95,000" is one number
        what = _WILL.sub("would", what)
        if len(what.split()) < 3 or not _calm(what):
            continue
        by = m["by"] or m["who"]
        by = None if by in {None, "you"} else by
        verb = {"said": "told"}.get(m["verb"] or m["verb2"], m["verb"] or m["verb2"])
        said = f"I was {verb}" + (f" by {by}" if by else "") + f" that {what}"
        if (day := _DAY.search(text[: m.start()])) and day["day"] not in what:
            said = f"On {day['day']}, {said}"
        out.append(capitalise(squeeze(said)) + ".")
    return out


def _money(text: str) -> list[str]:
    """A sum they are owed, said plainly ("I am asking about the payment of £150 for the assessment
    day on the 2nd."), only where the sentence is about paying or being owed."""
    if not _OWED.search(text):
        return []
    out = []
    for m in _MONEY.finditer(text):
        why = re.sub(r"^.*?\bfor ", "for ", m["why"] or "").strip()
        out.append(squeeze(f"I am asking about the payment of {m['amt']} {why}").rstrip() + ".")
    return out[:2]


def _late(text: str) -> list[str]:
    """How late something started, said plainly ("The interview started 45 min late.")."""
    return [f"The interview started {m['n']} {m['unit']} late." for m in _LATE.finditer(text)][:1]


def _carried(sentence: str, said: str) -> bool:
    have = {w.lower() for w in _KEY.findall(said)}
    need = [w.lower() for w in _KEY.findall(sentence) if w.lower() not in _STOP]
    key = [w for w in need if re.search(r"\d|[A-Z]", w) or w not in _TEMPLATE_WORDS]
    return all(w in have for w in key)


_TEMPLATE_WORDS = frozenset(
    "was told assured promised informed advised by that would interview started late min mins "
    "minute minutes hour hours".split()
)


def extra_sentences(text: str, said: str) -> list[str]:
    """Plain sentences for the facts in `text` that `said` does not carry yet and that the
    patterns in `draft_facts` miss: what they were told, how late an interview started."""
    out: list[str] = []
    for sentence in _told(text) + _late(text) + _money(text):
        if not _carried(sentence, said + " " + " ".join(out)) and _calm(sentence):
            out.append(sentence)
    return out


_ANCHOR = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|hundred|once|twice)\b|(?<=\w )[A-Z][a-z]+",
)
"""A concrete anchor: a number, or a name or month inside the sentence. A sentence without one
("thank you, truly, for teaching me a test") is a jab, and is not restated."""


def restate(sentence: str) -> str:
    """`sentence`'s facts in plain template words, or "" when it carries none the templates
    know. Used instead of dropping a fact sentence whose own words still sting."""
    plain = soften(sentence)
    if not _ANCHOR.search(plain):
        return ""
    extra = extra_sentences(plain, "")
    out = fact_sentences(find_facts(plain).not_in(" ".join(extra))) + extra
    text = " ".join(s for s in out if _calm(s))
    return text if text and text != sentence else ""
