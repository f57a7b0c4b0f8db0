"""A matcher that remembers its answers within one turn, so a turn does not match the same words at
the same question two or three times.

In one turn the words a person typed can be matched at the waiting question by the common-questions
check, by the crisis check's test for a plain answer, and then as the answer itself. `Matcher.match`
is pure (it learns a question once, and the answer depends only on the question and the words),
so a repeat is the same answer. The engine calls `new_turn` as each turn starts; an answer is only
reused within the turn (the task) that found it, never across people, and only the last `KEEP` are
kept, in this process's memory. A bare number of one or two digits ("2", a numbered button typed)
is the exception: its answer at a question is the same for everyone, every time (held equal by
the tests for every such number at every question of the shipped flows, whatever the matcher
learned before), so it is kept across turns, for at most `NUMBERS_KEPT` questions and numbers.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Sequence

from bot.flows.model import FlowSet, Step
from bot.primitives.turn_memo import current_turn
from bot.primitives.turn_memo import new_turn as start_turn
from bot.understanding.matcher import Match, Matcher

KEEP = 8
NUMBERS_KEPT = 4096
NUMBER = re.compile(r"[0-9]{1,2}")
"""A bare number whose answer at a question is kept across turns."""

_Key = tuple[int, str, int, str, tuple[str, ...] | None]


def new_turn() -> None:
    """A turn starts in this task: from now on, answers are remembered for it alone."""
    start_turn()


class RememberingMatcher(Matcher):
    """`Matcher`, with its answers remembered within one turn (the last `KEEP` of them)."""

    def __init__(self, flows: FlowSet) -> None:
        super().__init__(flows)
        self._recent: OrderedDict[_Key, tuple[object, Step, Match]] = OrderedDict()
        self._numbers: dict[_Key, tuple[Step, Match]] = {}

    def match(
        self, flow_id: str, step: Step, text: str, only: Sequence[str] | None = None
    ) -> Match:
        turn = current_turn()
        if turn is None:  # outside a turn: nothing to share an answer with
            return super().match(flow_id, step, text, only)
        if len(text) <= 2 and NUMBER.fullmatch(text) is not None:
            return self._number(flow_id, step, text, only)
        key = (id(turn), flow_id, id(step), text, tuple(only) if only else None)
        kept = self._recent.get(key)
        if kept is not None and kept[0] is turn and kept[1] is step:  # the very turn and step
            return kept[2]
        found = super().match(flow_id, step, text, only)
        self._recent[key] = (turn, step, found)
        if len(self._recent) > KEEP:
            self._recent.popitem(last=False)
        return found

    def _number(self, flow_id: str, step: Step, text: str, only: Sequence[str] | None) -> Match:
        """A bare number's answer at `step`, from what it got there before."""
        key = (0, flow_id, id(step), text, tuple(only) if only else None)
        kept = self._numbers.get(key)
        if kept is not None and kept[0] is step:  # the very step, not one that took its place
            return kept[1]
        found = super().match(flow_id, step, text, only)
        if len(self._numbers) >= NUMBERS_KEPT:
            self._numbers.clear()
        self._numbers[key] = (step, found)
        return found
