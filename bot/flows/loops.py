"""The loop check across flows: cycles of steps that never wait for the person (no choices, no
capture), through `next`, branches, `goto` and `call`, which would make the bot spin. Steps the
builder could not read fully, and steps never reached from their flow's start, are left out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.flows.dataflow import edges
from bot.flows.model import Flow, Pos, Target
from bot.flows.problems import Problem
from bot.flows.reader import FlowSource

Node = tuple[str, str]
"""A step, as (flow id, step id)."""


def loop_problems(
    sources: Sequence[FlowSource], flows: dict[str, Flow], reached: Mapping[str, set[str]]
) -> list[Problem]:
    """One problem per loop of steps that never wait; `flows` by id, `reached` steps per flow."""
    node_pos: dict[Node, Pos] = {}
    graph: dict[Node, list[Node]] = {}
    for src in sources:
        flow = src.flow
        if not src.id_ok or flows.get(flow.id) is not flow:
            continue
        for sid, step in flow.steps.items():
            if (
                step.kind not in {"pass", "branch"}
                or sid in src.tainted
                or sid not in reached.get(flow.id, ())
            ):
                continue
            node_pos[(flow.id, sid)] = step.pos
            graph[(flow.id, sid)] = [
                n for e in edges(step) if (n := _next_node(flows, flow, e.target)) is not None
            ]
    problems: list[Problem] = []
    for scc in _cycles(graph):
        names = sorted(scc, key=lambda n: (node_pos[n].file, node_pos[n].line))
        cross = len({f for f, _ in scc}) > 1
        shown = [f"{f}.{s}" if cross else s for f, s in names]
        what = f"step {_quoted(shown)} goes" if len(shown) == 1 else f"steps {_quoted(shown)} go"
        problems.append(
            Problem(
                node_pos[names[0]],
                f"{what} round in a loop without waiting for an answer",
                "the bot would never stop: add `choices` or `capture` to a step on the "
                "loop, or end it",
            )
        )
    return problems


def _next_node(flows: dict[str, Flow], flow: Flow, target: Target) -> Node | None:
    if target.kind == "step" and target.step is not None and target.step in flow.steps:
        return (flow.id, target.step)
    if target.kind in {"flow", "call"} and target.flow in flows:
        other = flows[target.flow]
        return (other.id, other.start) if other.start in other.steps else None
    return None


def _quoted(names: Sequence[str]) -> str:
    quoted = [f"'{n}'" for n in names]
    return ", ".join(quoted[:-1]) + f" and {quoted[-1]}" if len(quoted) > 1 else quoted[0]


def _cycles(graph: dict[Node, list[Node]]) -> list[list[Node]]:
    """Strongly connected parts of `graph` that contain a cycle (Tarjan, without recursion)."""
    index: dict[Node, int] = {}
    low: dict[Node, int] = {}
    stack: list[Node] = []
    on_stack: set[Node] = set()
    found: list[list[Node]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            succ = [n for n in graph.get(node, []) if n in graph]
            if i < len(succ):
                work.append((node, i + 1))
                nxt = succ[i]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if low[node] == index[node]:
                part: list[Node] = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    part.append(top)
                    if top == node:
                        break
                if len(part) > 1 or node in graph.get(node, []):
                    found.append(part)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return found
