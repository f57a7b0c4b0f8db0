"""Saying no to an option by its own word: "no weekly", "I said already no weekly!", "weekly no"
at "Would you like a check-in once a week?" is the option that means no, never the weekly one
its word comes closest to.

Only an option's own single-word synonyms count (its label's words are too common: "no, add it
to my plan" must not be a refusal of "Add it to my plan"), and the no must sit right next to the
word, with nothing but spaces between.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.primitives.text import fold
from bot.understanding.normal import norm

if TYPE_CHECKING:
    from bot.flows.model import ChoiceOption

REFUSED = 0.9
"""How sure "no weekly" is of the option that means no."""
_PLAIN = frozenset({"yes", "yeah", "yep", "sure", "ok", "okay", "si"})
"""Synonyms that are only a yes: "no yes" refuses nothing."""


def refused_by_name(text: str, options: Sequence[ChoiceOption]) -> ChoiceOption | None:
    """The option meaning no, when `text` says no right next to a word of the option meaning
    yes ("no weekly", "weekly no", "not weekly"); None otherwise."""
    saying_no = [o for o in options if o.means == "no"]
    if len(saying_no) != 1:
        return None
    said = norm(text)
    for option in options:
        if option.means != "yes":
            continue
        for word in option.synonyms:
            if " " in word or word in _PLAIN:
                continue
            name = re.escape(norm(word))
            if re.search(rf"\b(?:no|not|never|nope|nah)\s+{name}\b|\b{name}\s+no\b", said):
                return saying_no[0]
    return None


_ENDS_NO = re.compile(
    r"(?:^|[.,!;:…-]\s*|\s(?:so|then|but|and|honestly|ok|okay|yeah|just|anyway|asi que|pero|y|"
    r"entonces|la verdad|pues)\s+)"
    r"(?:no|nah|nope|naw|no thanks|no thank you|pass|ill pass|i'll pass|not for me|no gracias|"
    r"mejor no|paso|nel|nop|no no)[ .!]*$"
)


def turned_down(text: str, options: Sequence[ChoiceOption]) -> ChoiceOption | None:
    """The option meaning no (or skipping), when a longer message ends in a plain no ("ugh
    asking them feels so humiliating after all that... no", "la verdad no me late, así que
    no"): the suggestion turned down, never more venting; None otherwise."""
    said = " ".join(fold(text).replace("’", "'").split())
    if len(said.split()) < 2 or _ENDS_NO.search(said) is None:
        return None
    return next((o for o in options if o.means == "no"), None) or next(
        (o for o in options if o.id == "skip"), None
    )
