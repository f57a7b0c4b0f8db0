"""Trigger phrases: which flow a free message starts ("I got rejected" starts the rejection flow).

`Triggers` folds every trigger phrase of a flow set once into a word-bounded pattern and finds the
first flow one of whose phrases appears in a message; a reloaded flow set is indexed afresh.
"""

from __future__ import annotations

import re

from bot.core.text import fold
from bot.flows.model import FlowSet


def phrase_index(flows: FlowSet) -> list[tuple[str, re.Pattern[str]]]:
    """Every trigger phrase, folded once, as a word-bounded pattern with its flow id."""
    out = []
    for flow in flows.flows.values():
        for phrase in flow.triggers.phrases:
            folded = fold(phrase)
            if folded:
                out.append((flow.id, re.compile(r"(?<!\w)" + re.escape(folded) + r"(?!\w)")))
    return out


class Triggers:
    """The trigger phrases of the flow set in use, indexed once per flow set."""

    def __init__(self, flows: FlowSet) -> None:
        self._indexed: tuple[FlowSet, list[tuple[str, re.Pattern[str]]]] = (
            flows,
            phrase_index(flows),
        )

    def flow_for(self, flows: FlowSet, text: str) -> str | None:
        """The first flow of `flows` one of whose trigger phrases appears in `text`."""
        if self._indexed[0] is not flows:
            self._indexed = (flows, phrase_index(flows))
        said = f" {fold(text)} "
        for flow_id, pattern in self._indexed[1]:
            if pattern.search(said):
                return flow_id
        return None
