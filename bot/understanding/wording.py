"""How an answer is worded, apart from what it names: whether it asks something back, whether
it hedges ("safe i guess"), and which words a negating opening governs ("not great, it got
worse": only "great"). The matcher reads these to decide how sure to be.
"""

from __future__ import annotations

import re

from bot.flows.model import ChoiceOption
from bot.understanding.normal import norm
from bot.understanding.yesno import Polarity

SOFT_OPENINGS = frozenset(
    "ok okay k kk okie alright all right fine cool right so well hmm um oh ah".split()
    + "please pls plz".split()
)
"""Openings that, before words naming an option, are only a way of starting to speak."""
RESERVATIONS = frozenset("but wait though unless actually except if".split())
"""Words after a yes or no that hold it back ("yes but wait"): it is not taken as sure."""
HEDGES = frozenset("ish kinda kind sorta sort guess probably mostly maybe somewhat".split())
"""Words that make an answer doubtful; a doubtful yes is asked about, never taken."""
HEDGED_WITHIN = 3
"""In a longer answer, a hedging word counts only this close after its opening."""
QUESTION_WORDS = frozenset(
    "will would can could should do does did is are am was what how why when where who which "
    "wont cant shouldnt isnt arent".split()
)


def asks(text: str) -> bool:
    """Whether `text` reads as a question: a question mark, or a question word leading 4+ words."""
    if text.rstrip().endswith("?"):
        return True
    said = norm(text).split()
    return len(said) >= 4 and said[0] in QUESTION_WORDS


_CLAUSE_END = re.compile(r"[,.;:!?]|\s(?:but|and|so|because|cause|since)\s")


def negated(text: str, took: int) -> str:
    """The words a negating opening governs ("not great, it got worse": only "great"), in
    normal form: those after the opening up to the end of its clause."""
    clause = _CLAUSE_END.split(text, maxsplit=1)[0]
    said = norm(text).split()
    first = norm(clause).split()
    if len(first) < took:
        first = said
    return " ".join(first[took:])


def hedged(said: str, opening: Polarity) -> bool:
    """Whether the answer itself is doubtful ("safe i guess", "yes kind of"): a hedging word in
    a short answer, or just after its yes or no; "yes, they wrote back, kind of harsh" is not."""
    tokens = said.split()
    near = tokens if len(tokens) <= HEDGED_WITHIN * 2 else tokens[: opening.took + HEDGED_WITHIN]
    return bool(HEDGES.intersection(near))


def asking_option(option: ChoiceOption) -> bool:
    """Whether the option is itself a question ("What if they still don't answer?"), so that
    an answer asking it is no less sure for its question mark."""
    return option.label.rstrip().endswith("?")
