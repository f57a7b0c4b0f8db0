"""A matcher that remembers its last few answers, so one turn does not match the same words at the
same question two or three times.

In one turn the words a person typed can be matched at the waiting question by the common-questions
check, by the crisis check's test for a plain answer, and then as the answer itself. `Matcher.match`
is pure (it learns a question once, and the answer depends only on the question and the words),
so a repeat is the same answer. Only the last `KEEP` are kept, in this process's memory.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

from bot.flows.model import FlowSet, Step
from bot.understanding.matcher import Match, Matcher

KEEP = 8

_Key = tuple[str, int, str, tuple[str, ...] | None]


class RememberingMatcher(Matcher):
    """`Matcher`, with its last `KEEP` answers remembered."""

    def __init__(self, flows: FlowSet) -> None:
        super().__init__(flows)
        self._recent: OrderedDict[_Key, tuple[Step, Match]] = OrderedDict()

    def match(
        self, flow_id: str, step: Step, text: str, only: Sequence[str] | None = None
    ) -> Match:
        key = (flow_id, id(step), text, tuple(only) if only else None)
        kept = self._recent.get(key)
        if kept is not None and kept[0] is step:  # the very step, not one reusing its id
            return kept[1]
        found = super().match(flow_id, step, text, only)
        self._recent[key] = (step, found)
        if len(self._recent) > KEEP:
            self._recent.popitem(last=False)
        return found
