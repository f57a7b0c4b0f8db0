"""Replies inside the crisis flows that say the means are at hand.

Inside the crisis conversation, "theyre in the drawer next to me", "i have the pills here" or
"las tengo aquí" answer the question that was on everyone's mind: the means are close. The crisis
inspector sends such a reply to the crisis flow's `means` step (ask kindly to put distance between
them and the means, and give the lines) instead of reading it as an answer to the waiting
question. The detector modules are not changed: this reads replies only in the crisis flows,
where a short "it's right here" needs no other words to mean it. Plain patterns over folded
text; nothing here logs the text.
"""

from __future__ import annotations

import re

from bot.primitives.text import fold

MEANS_FLOWS = frozenset({"crisis", "crisis_check", "crisis_followup"})
"""The flows where a reply about where the means are is read as such."""

_THINGS = (
    r"(?:pills?|tablets?|meds|medication|medicine|painkillers|sleeping pills|rope|cord|belt|"
    r"knife|knives|blade|blades|razor|razors|gun|pistol|rifle|bottle|poison|"
    r"pastillas|pildoras|medicamentos|cuerda|cuchillo|navaja|pistola|arma)"
)
_NEAR = (
    r"(?:next to me|beside me|in front of me|near me|by me|with me|right here|here with me|"
    r"in my (?:hand|hands|pocket|bag|lap|room|drawer|car|bed)|within reach|at hand|"
    r"(?:in|on) (?:the|my) (?:drawer|table|desk|nightstand|bedside table|shelf|cupboard|"
    r"cabinet|counter|bed|floor)|"
    r"a mi lado|al lado|conmigo|aqui mismo|en (?:el|mi) (?:cajon|mesa|mano|bolsillo|cuarto)|"
    r"a mano)"
)
_PATTERNS = (
    # "theyre in the drawer next to me", "its right here", "they are beside me"
    rf"(?:they|its|it|theyre|thats|those|these|them)\b.{{0,30}}\b{_NEAR}",
    # "i have the pills here", "ive got a rope", "i bought the tablets", "got them ready"
    rf"(?:i|ive|im)?\s*(?:have|got|bought|saved|kept|collected|stockpiled|holding|took out|"
    rf"counted|tengo|compre|guarde)\b.{{0,25}}\b(?:{_THINGS}|them|it|las|los)\b.{{0,25}}"
    rf"(?:here|ready|{_NEAR}|aqui|listas?|listos?)",
    rf"(?:i|ive|im)?\s*(?:have|got|bought|saved|stockpiled|holding|counted|tengo|compre)\b"
    rf".{{0,15}}\b{_THINGS}\b",
    # "the pills are here", "the knife is next to me"
    rf"\b{_THINGS}\b.{{0,20}}\b(?:are|is|r|estan|esta)\b.{{0,20}}(?:here|ready|{_NEAR}|aqui)",
    # "las tengo aquí", "las tengo a mano"
    rf"\b(?:las|los|la|lo) tengo\b.{{0,20}}(?:aqui|{_NEAR}|listas?|listos?)",
)
_MEANS = re.compile("|".join(f"(?:{p})" for p in _PATTERNS))
_NOT = re.compile(r"\b(?:no|dont|do not|havent|have not|nothing|never|not)\b")


def says_means_at_hand(text: str) -> bool:
    """Whether a reply in the crisis flows says the means are close ("i have the pills here")."""
    said = " ".join(re.sub(r"[^\w\s]", " ", fold(text).replace("'", "").replace("’", "")).split())
    if not said or len(said.split()) > 40:
        return False
    found = _MEANS.search(said)
    if found is None:
        return False
    before = said[: found.start()].split()[-3:]
    return not any(_NOT.fullmatch(w) for w in before) and not _NOT.search(found.group(0))
