"""Pictures of a flow: a Mermaid flowchart and a Graphviz digraph of its steps.

Each step is a node labelled with its id and the start of what it says or asks; edges carry the
option label or branch condition that picks them. `goto` and `call` targets appear as nodes for
the other flow (a call returns to its `then` step), and every way out of the flow meets one end
node. Text from flow files is escaped for each syntax, so quotes, brackets or `#` in a message
cannot break the picture.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.flows.dataflow import edges
from bot.flows.model import Flow, Step, Target

_SHORT = 40


@dataclass(frozen=True, slots=True)
class _Node:
    key: str
    label: str
    shape: str  # "step", "branch", "flow", "start", "end"


@dataclass(frozen=True, slots=True)
class _Link:
    src: str
    dst: str
    label: str
    dashed: bool = False


def _first_line(step: Step) -> str:
    message = step.say[0] if step.say else step.ask
    if message is None or not message.variants:
        return ""
    text = " ".join(message.variants[0].split())
    return text if len(text) <= _SHORT else text[: _SHORT - 1].rstrip() + "…"


def _layout(flow: Flow) -> tuple[list[_Node], list[_Link]]:
    """The flow as abstract nodes and links, shared by both output formats."""
    ids = {sid: f"s{i}" for i, sid in enumerate(flow.steps)}
    nodes = [_Node("start", "start", "start")]
    links: list[_Link] = []
    if flow.start in ids:
        links.append(_Link("start", ids[flow.start], ""))
    others: dict[str, str] = {}
    uses_end = False

    def dest(target: Target) -> str:
        nonlocal uses_end
        if target.kind == "step" and target.step in ids:
            return ids[target.step]
        if target.kind in {"flow", "call"}:
            name = f"{'call' if target.kind == 'call' else 'goto'} {target.flow}"
            if name not in others:
                others[name] = f"f{len(others)}"
                nodes.append(_Node(others[name], name, "flow"))
            return others[name]
        uses_end = True
        return "finish"

    for sid, step in flow.steps.items():
        text = _first_line(step)
        label = f"{sid}\n{text}" if text else sid
        nodes.append(_Node(ids[sid], label, "branch" if step.branch else "step"))
        for edge in edges(step):
            links.append(_Link(ids[sid], dest(edge.target), edge.label))
            back = edge.target
            if back.kind == "call" and back.step in ids:
                links.append(_Link(dest(back), ids[back.step], "returns", dashed=True))
    if uses_end:
        nodes.append(_Node("finish", "end", "end"))
    return nodes, _unique(links)


def _unique(links: list[_Link]) -> list[_Link]:
    return list(dict.fromkeys(links))


def _mermaid_text(text: str) -> str:
    """Text inside a quoted Mermaid label: entity codes for anything with meaning there."""
    out = []
    for ch in text:
        if ch == "\n":
            out.append("<br/>")
        elif ch in '"#&<>|`':
            out.append(f"#{ord(ch)};")
        else:
            out.append(ch)
    return "".join(out)


def to_mermaid(flow: Flow) -> str:
    """A Mermaid `flowchart TD` of `flow`."""
    nodes, links = _layout(flow)
    shapes = {
        "step": ('["', '"]'),
        "branch": ('{"', '"}'),
        "flow": ('[["', '"]]'),
        "start": ('(["', '"])'),
        "end": ('(["', '"])'),
    }
    lines = ["flowchart TD"]
    for node in nodes:
        left, right = shapes[node.shape]
        lines.append(f"    {node.key}{left}{_mermaid_text(node.label)}{right}")
    for link in links:
        arrow = "-.->" if link.dashed else "-->"
        label = f'|"{_mermaid_text(link.label)}"|' if link.label else ""
        lines.append(f"    {link.src} {arrow}{label} {link.dst}")
    return "\n".join(lines) + "\n"


def _dot_text(text: str) -> str:
    """Text inside a double-quoted Graphviz string."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def to_dot(flow: Flow) -> str:
    """A Graphviz `digraph` of `flow`."""
    nodes, links = _layout(flow)
    shapes = {"step": "box", "branch": "diamond", "flow": "box3d", "start": "oval", "end": "oval"}
    lines = [
        f'digraph "{_dot_text(flow.id)}" {{',
        "    rankdir=TB;",
        '    node [fontname="Helvetica"];',
    ]
    for node in nodes:
        lines.append(
            f'    {node.key} [shape={shapes[node.shape]}, label="{_dot_text(node.label)}"];'
        )
    for link in links:
        attrs = [f'label="{_dot_text(link.label)}"'] if link.label else []
        if link.dashed:
            attrs.append("style=dashed")
        suffix = f" [{', '.join(attrs)}]" if attrs else ""
        lines.append(f"    {link.src} -> {link.dst}{suffix};")
    lines.append("}")
    return "\n".join(lines) + "\n"
