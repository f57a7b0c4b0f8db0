"""Whole option phrases found inside a longer answer ("ok i need to vent tbh" holds "i need to
vent"), and how near each makes its option.

A phrase found inside counts nearly as much as the whole answer (more the more of the answer it
covers), except a one-word phrase that is too common to name an option from inside a sentence
(`WEAK`), one that tells what someone else did ("they made me wait a month": not "wait"), and one
word that lies within a longer phrase of another option found in the same place ("talk" inside
"i need to talk to an actual person" names "I need more support", not "Let it out").
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.understanding.wording import their_doing

LONGEST = 6
"""Words in the longest phrase looked for inside an answer."""
LONE_WORD_IN_LONG = 0.5
"""How near an option is one word of it that, in a longer answer, tells what someone else did
("they made me wait a month and then said no" is no "wait"): not even offered back."""
WEAK = frozenset("back done next more sure again later keep then luego despues para help".split())
"""One-word phrases too common to name an option inside a sentence ("call me back", "para ir",
"help me see it another way")."""


def phrases_inside(said: str, exact: Mapping[str, int]) -> dict[int, float]:
    """How near each option is by its phrases (`exact`: phrase -> option index) found inside
    the normal-form answer `said`, for the options with any."""
    tokens = said.split()
    hits: list[tuple[int, int, int, float]] = []
    for start in range(len(tokens)):
        for end in range(start + 1, min(len(tokens), start + LONGEST) + 1):
            part = " ".join(tokens[start:end])
            found = exact.get(part)
            if found is None or len(part) < 4 or (end - start == 1 and part in WEAK):
                continue
            near = 0.8 + 0.1 * min(1.0, len(part) / len(said))
            if end - start == 1 and their_doing(tokens, start):
                near = LONE_WORD_IN_LONG
            hits.append((start, end, found, near))
    best: dict[int, float] = {}
    for start, end, found, near in hits:
        if any(
            other != found and s <= start and end <= e and e - s > end - start
            for s, e, other, _ in hits
        ):
            continue  # within a longer phrase of another option, said in the same place
        best[found] = max(best.get(found, 0.0), near)
    return best
