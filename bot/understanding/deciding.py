"""How sure an answer is of each option becomes a match: a clear winner is taken, two close
candidates are offered back ("did you mean"), nothing close is a miss (`decide`), and the
thresholds that draw those lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.flows.model import ChoiceOption

TAKE = 0.7
"""A candidate at least this good, clearly ahead of the next, is taken."""
CLOSE = 0.06
"""Two candidates within this of each other are too close to call: ask which."""
CONSIDER = 0.55
"""Below this an option is not a candidate at all."""
ALONE = 0.58
"""A lone candidate at least this good, with nothing else near (below `RIVAL`), is taken;
from an answer that opens by not knowing ("i dont know what i need"), only at `ALONE_UNSURE`."""
ALONE_UNSURE = 0.62
RIVAL = 0.45
CAREFUL_TAKE = 0.76
CAREFUL_CLOSE = 0.1
"""An option that `means: yes` (I'm safe, erase everything, cancel them all) is taken from
words alone only when this sure and this far ahead; a plain "yes" still takes it."""
POLARITY = 0.95  # how sure a plain yes/no/maybe opening is of the option that `means` it
ASKED_TAKE = 0.85
"""An answer ending in a question mark is taken only this sure (after `QUESTION` scaling): most
such messages ask something back rather than answer."""

WORD_SCALE = 0.95
"""A full word-for-word match of a phrase's content words is nearly as sure as the phrase."""
QUESTION = 0.9
"""Scores of an answer that ends in a question mark are scaled by this."""
DURATION = 0.9
"""How sure a length of time said another way is of the one option that lasts as long."""
SPELT = 0.95
"""How sure an option's own phrase is once the answer's misspellings are put right."""
ENDING = 0.9
"""How sure the last clause of a long answer is, alone, of an option that means no yes, no or
mood ("the second paragraph is too snarky, so ill tweak it" is a change)."""


@dataclass(frozen=True, slots=True)
class Match:
    """`option` when taken (with `score`); `candidates` when two are close (or one alone, with
    its `score`); else a miss.
    `refused` marks a number that can never name an option (negative, huge, foreign digits)."""

    option: ChoiceOption | None = None
    score: float | None = None
    candidates: tuple[ChoiceOption, ...] = ()
    refused: bool = False


def decide(
    options: Sequence[ChoiceOption],
    scores: Sequence[float],
    *,
    hedged: bool = False,
    asked: bool = False,
    unsure: bool = False,
) -> Match:
    """Take a clear winner, offer two close ones back, or miss. A `yes` option is never taken
    from a hedged answer ("ok-ish", "safe i guess"): that is asked about instead. An answer
    that asks something back ("can it be every two weeks?") is taken only when it is sure;
    otherwise the nearest option is offered back ("Did you mean ...?")."""
    ranked = sorted(range(len(options)), key=lambda i: -scores[i])
    if not ranked or scores[ranked[0]] < CONSIDER:
        return Match()
    top = ranked[0]
    best = scores[top]
    runner = scores[ranked[1]] if len(ranked) > 1 else 0.0
    careful = options[top].means == "yes" and (best < POLARITY or hedged)
    take, close = (CAREFUL_TAKE, CAREFUL_CLOSE) if careful else (TAKE, CLOSE)
    if careful and hedged:
        take = 1.01
    if runner >= CONSIDER and best - runner < close:
        return Match(candidates=(options[top], options[ranked[1]]))
    if asked:
        take = max(take, ASKED_TAKE)
    alone = ALONE_UNSURE if unsure else ALONE
    if best >= take or (not careful and not asked and best >= alone and runner < RIVAL):
        return Match(options[top], round(best, 3))
    if runner < CONSIDER:
        return Match(score=round(best, 3), candidates=(options[top],))
    return Match(candidates=(options[top], options[ranked[1]]))
