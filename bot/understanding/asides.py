"""Words said in passing that are not an answer to the waiting question: a fact put right ("it
was the FINAL round", "no, it was by phone") and a request about the language ("can you write
it in English?", "en español por favor").

`corrected(text)` is the situation facts a short correction states (none for a plain answer or
for venting that mentions them); `correction_line(facts)` says back what was put right, in the
person's language; `said_aside(text, asked)` is both, or, at the question asking for one fact,
another fact told instead ("i just got off the phone" when asked how far they got);
`language_asked(text)` is the words naming the language someone asks for, or None. Plain
patterns over folded text, no model.
"""

from __future__ import annotations

import re

from bot.i18n import N_, _
from bot.primitives.text import fold
from bot.understanding.situation import pick_up
from bot.understanding.situation_es import CORRECTING

CORRECTION_WORDS = 10
"""A correction is short: longer messages mentioning a fact are venting or answers."""
_CORRECTING = re.compile(
    r"^(?:no+|nope|nah|actually|sorry|wait|oops|correction|i meant|i mean|to be clear|"
    r"it was|it wasnt|it was actually|twas|not \w+(?: \w+)? but|no no|" + CORRECTING + r")\b"
)
_SHOUTED = re.compile(r"\b[A-Z]{3,}\b")
STAGE_SAID = {
    "application": N_("it ended at the application"),
    "phone_screen": N_("it was after the phone screen"),
    "interview": N_("it was after an interview"),
    "final_round": N_("it was the final round"),
    "offer_stage": N_("it was at the offer stage"),
}
HEARD_SAID = {
    "call": N_("they told you by phone"),
    "email": N_("they told you by email"),
    "no_answer": N_("they never answered at all"),
}
PUT_RIGHT = N_("Got it, thanks for putting me right: {fact}.")
TOLD = N_("Got it: {fact}.")
FACTS = ("stage", "heard")


_MARKS = re.compile(r"[^\w\s]")


def corrected(text: str) -> dict[str, str]:
    """The stage or way of hearing that a short correction states ("it was the FINAL round",
    "no, it was by phone", "actually it was a phone screen"); {} when `text` is no correction."""
    said = fold(text).strip()
    if said.endswith("?") or len(said.split()) > CORRECTION_WORDS:
        return {}
    plain = _MARKS.sub("", said).strip()
    if not (_CORRECTING.match(plain) or _SHOUTED.search(text)):
        return {}
    facts = pick_up(text)
    return {name: str(facts[name]) for name in FACTS if name in facts}


def correction_line(facts: dict[str, str], line: str = PUT_RIGHT) -> str:
    """One line saying back what was put right (or told), in the person's language."""
    parts = [_(STAGE_SAID[facts["stage"]])] if facts.get("stage") in STAGE_SAID else []
    if facts.get("heard") in HEARD_SAID:
        parts.append(_(HEARD_SAID[facts["heard"]]))
    return _(line).format(fact=", ".join(parts)) if parts else ""


def said_aside(text: str, asked: str | None) -> tuple[dict[str, str], str]:
    """The facts `text` states in passing and the line acknowledging them. `asked` is the fact
    the waiting question asks for ("stage" at "How far had you got?"), or None: there, any other
    fact stated without it is an aside ("i just got off the phone": they heard by phone);
    elsewhere only a correction is."""
    if asked is None:
        facts = corrected(text)
        return facts, correction_line(facts)
    stated = pick_up(text)
    if asked in stated or fold(text).strip().endswith("?"):
        return {}, ""
    if len(text.split()) > CORRECTION_WORDS:
        return {}, ""
    facts = {name: str(stated[name]) for name in FACTS if name in stated}
    return facts, correction_line(facts, TOLD)


_LANGUAGES = (
    r"english|ingles|spanish|espanol|castellano|french|frances|german|aleman|portuguese|"
    r"portugues|italian|italiano"
)
_LANGUAGE_ASKED = (
    re.compile(r"(?<!\w)(?:in|en) (" + _LANGUAGES + r")(?!\w)"),
    re.compile(
        r"(?<!\w)(?:speak|talk|write|reply|answer|use|switch to|change to|habla\w*|escrib\w*|"
        r"cambia\w* a|usa\w*)\s+(?:\w+\s+){0,2}?(" + _LANGUAGES + r")(?!\w)"
    ),
    re.compile(r"^(" + _LANGUAGES + r")(?: please| pls| por favor| porfa)?\W*$"),
)


def language_asked(text: str) -> str | None:
    """The word naming the language `text` asks to be spoken to in ("can you write it in
    English?", "do you speak spanish", "en español por favor"), or None. A message that only
    mentions a language ("the interview was in english") is no request."""
    said = fold(text).strip().lower()
    if len(said.split()) > CORRECTION_WORDS:
        return None
    for pattern in _LANGUAGE_ASKED:
        m = pattern.search(said)
        if m is not None and _requesting(said, pattern is _LANGUAGE_ASKED[0]):
            return m.group(1)
    return None


_REQUEST = re.compile(
    r"(?<!\w)(?:can|could|would|will|pls|please|por favor|porfa|puedes|podrias|do you|"
    r"habla\w*|escrib\w*|speak|talk|write|reply|answer|switch|change|cambia\w*|usa\w*)(?!\w)"
)


def _requesting(said: str, only_in: bool) -> bool:
    """Whether the message asks for something (a request word, a question, or only a language
    name) rather than tells that something was in a language."""
    if only_in and re.match(r"^(?:in|en) \w+\W*(?:please|pls|por favor|porfa)?\W*$", said):
        return True
    return bool(_REQUEST.search(said)) or said.endswith("?")
