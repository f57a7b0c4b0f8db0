"""The step graph of a flow and which variables are surely set at each step.

`edges(step)` lists where a step can go (with the variables set along each edge: a capture's
`var`, an option's `sets`, the variable a branch case has just tested). `must_set` is a forward
must-analysis from the flow's start: a variable counts as set at a step only when every path to
the step sets it (intersection where paths join). `ALL` (None) stands for "anything may be set",
used after an action whose effect is unknown, so that the analysis never guesses an error.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from bot.flows.model import ActionCall, Condition, Flow, Step, Target

BUILTINS = frozenset(
    {"is_returning", "last_flow", "last_flow_id", "command_args", "platform", "last_choice"}
)
VarSet = frozenset[str] | None  # None: every variable (the unknown effect of an action)
ALL: VarSet = None
_SETS_TESTED = {"equals", "in", "lt", "le", "gt", "ge", "set", "contains"}


@dataclass(frozen=True, slots=True)
class Edge:
    """One way out of a step: the target, the variables it sets, and what picks it."""

    target: Target
    sets: frozenset[str]
    label: str


def edges(step: Step) -> list[Edge]:
    """Every way out of `step`, in the order the step lists them."""
    if step.choices:
        out_choices = [Edge(o.target, frozenset(o.sets), o.label) for o in step.choices]
        if step.on_miss:
            out_choices.append(Edge(Target("step", step.on_miss), frozenset(), "missed twice"))
        return out_choices
    if step.capture is not None:
        var = frozenset({step.capture.var}) if step.capture.var else frozenset()
        return [] if step.next is None else [Edge(step.next, var, "answer")]
    if step.branch:
        out: list[Edge] = []
        for case in step.branch:
            cond = case.when
            tested: frozenset[str] = frozenset()
            if (
                cond is not None
                and cond.var
                and (cond.kind == "keywords" or cond.op in _SETS_TESTED)
            ):
                tested = frozenset({cond.var})
            out.append(Edge(case.target, tested, describe_condition(cond)))
        return out
    return [] if step.next is None else [Edge(step.next, frozenset(), "")]


def describe_condition(cond: Condition | None) -> str:
    """A short text for a branch case, for pictures of the flow."""
    if cond is None:
        return "else"
    if cond.kind == "keywords":
        return f"{cond.var} mentions " + ", ".join(cond.keywords)
    if cond.kind == "choice":
        shown = ", ".join(cond.value) if isinstance(cond.value, tuple) else str(cond.value)
        return f"picked {shown}"
    symbols = {"equals": "=", "not_equals": "≠", "lt": "<", "le": "≤", "gt": ">", "ge": "≥"}
    if cond.op in symbols:
        return f"{cond.var} {symbols[cond.op]} {cond.value}"
    if cond.op == "in":
        return f"{cond.var} in " + ", ".join(str(v) for v in cond.value)
    if cond.op == "contains":
        return f"{cond.var} contains {cond.value}"
    return f"{cond.var} is {cond.op}"


def union(a: VarSet, b: Iterable[str]) -> VarSet:
    return None if a is None else a | frozenset(b)


def meet(a: VarSet, b: VarSet) -> VarSet:
    if a is None:
        return b
    if b is None:
        return a
    return a & b


ActionSets = Callable[[ActionCall], VarSet]
Returns = Callable[[str], VarSet]


def after_actions(state: VarSet, actions: Iterable[ActionCall], action_sets: ActionSets) -> VarSet:
    """What is set once `actions` have run on top of `state`."""
    for call in actions:
        if state is None:
            return None
        made = action_sets(call)
        state = None if made is None else state | made
    return state


def must_set(
    flow: Flow, action_sets: ActionSets, returns: Returns, unknown_steps: Iterable[str] = ()
) -> dict[str, VarSet]:
    """Variables surely set on arrival at each step reachable from the start (or the `resume`
    step).

    A step in `unknown_steps` (one the loader could not read fully) is treated as setting
    anything, so no error is derived from guesses. `returns(flow_id)` gives what a called flow
    surely sets before it comes back.
    """
    unknown = set(unknown_steps)
    entry: dict[str, VarSet] = {}
    if flow.start not in flow.steps:
        return entry
    entry[flow.start] = BUILTINS
    work = [flow.start]
    if flow.resume in flow.steps and flow.resume != flow.start:
        entry[flow.resume] = BUILTINS  # "Pick up where we left off" comes in here too
        work.append(flow.resume)
    while work:
        sid = work.pop()
        step = flow.steps[sid]
        out = ALL if sid in unknown else after_actions(entry[sid], step.actions, action_sets)
        for edge in edges(step):
            dest, value = _follow(edge, out, returns)
            if dest is None or dest not in flow.steps:
                continue
            if dest not in entry:
                entry[dest] = value
            else:
                merged = meet(entry[dest], value)
                if merged == entry[dest]:
                    continue
                entry[dest] = merged
            work.append(dest)
    return entry


def _follow(edge: Edge, out: VarSet, returns: Returns) -> tuple[str | None, VarSet]:
    target = edge.target
    value = union(out, edge.sets)
    if target.kind == "step":
        return target.step, value
    if target.kind == "call" and target.flow is not None:
        came_back = returns(target.flow)
        return target.step, None if value is None or came_back is None else value | came_back
    return None, value


def set_at_end(
    flow: Flow, entry: Mapping[str, VarSet], action_sets: ActionSets, returns: Returns
) -> VarSet:
    """Variables surely set whenever `flow` ends normally (what a caller can count on)."""
    result: VarSet = ALL
    ends = 0
    for sid, state in entry.items():
        step = flow.steps[sid]
        out = after_actions(state, step.actions, action_sets)
        for edge in edges(step):
            if edge.target.kind == "end":
                ends += 1
                result = meet(result, union(out, edge.sets))
    return result if ends else frozenset()


class FlowSummaries:
    """What each flow surely sets before it returns to a caller; recursion counts as nothing."""

    def __init__(
        self,
        flows: Mapping[str, Flow],
        action_sets: ActionSets,
        unknown: Mapping[str, Iterable[str]],
    ) -> None:
        self.flows = flows
        self.action_sets = action_sets
        self.unknown = unknown
        self.done: dict[str, VarSet] = {}
        self.running: set[str] = set()

    def returns(self, flow_id: str) -> VarSet:
        if flow_id in self.done:
            return self.done[flow_id]
        flow = self.flows.get(flow_id)
        if flow is None or flow_id in self.running:
            return frozenset()
        self.running.add(flow_id)
        try:
            entry = must_set(flow, self.action_sets, self.returns, self.unknown.get(flow_id, ()))
            result = set_at_end(flow, entry, self.action_sets, self.returns)
        finally:
            self.running.discard(flow_id)
        self.done[flow_id] = result
        return result
