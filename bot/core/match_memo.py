"""A matcher that remembers its answers within one turn, so a turn does not match the same words at
the same question two or three times.

In one turn the words a person typed can be matched at the waiting question by the common-questions
check, by the crisis check's test for a plain answer, and then as the answer itself. `Matcher.match`
is pure (it learns a question once, and the answer depends only on the question and the words),
so a repeat is the same answer. The engine calls `new_turn` as each turn starts; an answer is only
reused within the turn (the task) that found it, never across people, and only the last `KEEP` are
kept, in this process's memory.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

from bot.flows.model import FlowSet, Step
from bot.primitives.turn_memo import current_turn
from bot.primitives.turn_memo import new_turn as start_turn
from bot.understanding.matcher import Match, Matcher

KEEP = 8

_Key = tuple[int, str, int, str, tuple[str, ...] | None]


def new_turn() -> None:
    """A turn starts in this task: from now on, answers are remembered for it alone."""
    start_turn()


class RememberingMatcher(Matcher):
    """`Matcher`, with its answers remembered within one turn (the last `KEEP` of them)."""

    def __init__(self, flows: FlowSet) -> None:
        super().__init__(flows)
        self._recent: OrderedDict[_Key, tuple[object, Step, Match]] = OrderedDict()

    def match(
        self, flow_id: str, step: Step, text: str, only: Sequence[str] | None = None
    ) -> Match:
        turn = current_turn()
        if turn is None:  # outside a turn: nothing to share an answer with
            return super().match(flow_id, step, text, only)
        key = (id(turn), flow_id, id(step), text, tuple(only) if only else None)
        kept = self._recent.get(key)
        if kept is not None and kept[0] is turn and kept[1] is step:  # the very turn and step
            return kept[2]
        found = super().match(flow_id, step, text, only)
        self._recent[key] = (turn, step, found)
        if len(self._recent) > KEEP:
            self._recent.popitem(last=False)
        return found
