"""Trigger phrases: which flow a free message starts ("I got rejected" starts the rejection flow).

`Triggers` folds every trigger phrase of a flow set once into a word-bounded pattern and finds the
flow whose phrase comes first in a message (what is told first is the news; "they ghosted me"
after "i got rejected" is how it went), in the flow set of the turn's language (the
translated phrases, with the English ones); a reloaded flow set is indexed afresh.
"""

from __future__ import annotations

import re

from bot.core.text import fold
from bot.flows.model import FlowSet


def phrase_index(flows: FlowSet) -> list[tuple[str, re.Pattern[str]]]:
    """Every trigger phrase, folded once, as a word-bounded pattern with its flow id."""
    return [(flow_id, pattern) for flow_id, _, pattern in _phrases(flows)]


Phrase = tuple[str, str, re.Pattern[str]]
"""A trigger phrase's flow id, the phrase folded, and its word-bounded pattern."""


def _phrases(flows: FlowSet) -> list[Phrase]:
    out = []
    for flow in flows.flows.values():
        for phrase in flow.triggers.phrases:
            folded = fold(phrase)
            if folded:
                pattern = re.compile(r"(?<!\w)" + re.escape(folded) + r"(?!\w)")
                out.append((flow.id, folded, pattern))
    return out


KEPT = 16
"""Flow sets indexed at most (one per language; reloads replace them)."""


class Triggers:
    """The trigger phrases of the flow set in use, indexed once per flow set."""

    def __init__(self, flows: FlowSet) -> None:
        self._indexed: dict[int, tuple[FlowSet, list[Phrase]]] = {}
        self._index(flows)

    def _index(self, flows: FlowSet) -> list[Phrase]:
        """The phrases of `flows`, indexed once (each language's flow set has its own)."""
        found = self._indexed.get(id(flows))
        if found is None or found[0] is not flows:
            if len(self._indexed) > KEPT:
                self._indexed.clear()  # a reload: the old flow sets are gone
            found = self._indexed[id(flows)] = (flows, _phrases(flows))
        return found[1]

    def flow_for(self, flows: FlowSet, text: str) -> str | None:
        """The flow of `flows` whose trigger phrase comes first in `text` ("i got rejected,
        they ghosted me for 2 weeks then sent a template email" is a rejection, its silence
        said after it); of phrases at the same place, the first flow's."""
        said = f" {fold(text)} "
        best: tuple[int, str] | None = None
        for flow_id, folded, pattern in self._index(flows):
            if folded in said and (m := pattern.search(said)):  # the pattern holds it as is
                if best is None or m.start() < best[0]:
                    best = (m.start(), flow_id)
        return best[1] if best is not None else None
