"""Reading an answer at the same question in another language the bot speaks.

`elsewhere` reads an answer at the same question in the other languages: "hoy no" from someone
spoken to in English, too short to tell its language, is taken when surely matched there. A
message of two or three words ("voy a esperar", "cancela todos") is too short for the language
detector, so it is matched in the language already in use. Each language's flows know their own
option words (Spanish flows know the English ones too, since the English examples keep working
there). An answer leans to another language when it uses words only that language's flows know,
at least as many as the words the language in use knows: then it is read there too, and a match
there counts as surely as any ("cancela todos" is "Cancel all of them", not a loose "Cancel one").
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.flows.model import Step
from bot.understanding.lexicon import Speller
from bot.understanding.matcher import Match, Matcher
from bot.understanding.normal import norm

SURE = 0.9
"""How surely an answer must match the same question in another language to be taken, when its
words do not lean to that language."""


def leans_to(text: str, here: Speller, there: Speller) -> bool:
    """Whether `text` uses as many words (of three letters or more, as written) only `there`'s
    flows know as words `here`'s flows know, and at least one."""
    said = [w for w in norm(text).split() if len(w) >= 3]
    only_there = sum(1 for w in said if there.knows(w) and not here.knows(w))
    known_here = sum(1 for w in said if here.knows(w))
    return only_there > 0 and only_there >= known_here


def elsewhere(
    flow_id: str,
    step: Step,
    text: str,
    taken: Match,
    here: Matcher,
    others: Sequence[tuple[Matcher, Step | None]],
) -> Match | None:
    """The option of `step` that `text` means at the same question in another language (each of
    `others`, with its matcher): one surely matched there, or, when its words lean to that
    language, one taken there as any answer would be, even over what was `taken` here (or the
    options offered back there, when neither took one)."""
    for theirs, there in others:
        leaning = leans_to(text, here.speller, theirs.speller)
        if there is None or (taken.option is not None and not leaning):
            continue
        if not leaning and not theirs.may_take(flow_id, there, text, SURE):
            continue  # only a sure match would count there, and none can be
        found = theirs.match(flow_id, there, text)
        option = next((o for o in step.choices if found.option and o.id == found.option.id), None)
        if option is not None and (leaning or (found.score or 0) >= SURE):
            return Match(option, found.score)
        ids = [o.id for o in found.candidates]
        if leaning and taken.option is None and ids and step.any_text is None:
            return Match(candidates=tuple(o for i in ids for o in step.choices if o.id == i))
    return None
