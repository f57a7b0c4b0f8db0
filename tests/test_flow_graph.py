"""Flow pictures: Mermaid and Graphviz output, with labels escaped for each syntax."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.flows.graph import to_dot, to_mermaid
from bot.flows.loader import load_flows_or_raise
from bot.flows.model import Flow

TRICKY = """\
id: tricky
steps:
  open:
    say: ['She said "no" & left <b>#1</b> | a\\\\b and then a very long tail of words']
    ask: "Pick one"
    choices:
      - {id: a, label: 'Say "hi" | wave', next: check}
      - {id: b, label: "Plan", call: plan, then: open}
      - {id: c, label: "Vent", goto: vent}
  check:
    branch:
      - when: {var: last_choice, equals: a}
        next: end
      - when: {var: platform, in: [slack, discord]}
        next: open
      - else:
        next: open
"""


@pytest.fixture
def tricky(tmp_path: Path) -> Flow:
    (tmp_path / "tricky.yaml").write_text(TRICKY, encoding="utf-8")
    for other in ("plan", "vent"):
        (tmp_path / f"{other}.yaml").write_text(
            f"id: {other}\nsteps:\n  s: {{say: [x], end: true}}\n", encoding="utf-8"
        )
    flows = load_flows_or_raise([tmp_path])
    flow = flows.get("tricky")
    assert flow is not None
    return flow


def test_mermaid_flowchart(tricky: Flow) -> None:
    assert (
        to_mermaid(tricky)
        == """\
flowchart TD
    start(["start"])
    s0["open<br/>She said #34;no#34; #38; left #60;b#62;#35;1#60;/b#62; #124; a\\\\b a…"]
    f0[["call plan"]]
    f1[["goto vent"]]
    s1{"check"}
    finish(["end"])
    start --> s0
    s0 -->|"Say #34;hi#34; #124; wave"| s1
    s0 -->|"Plan"| f0
    f0 -.->|"returns"| s0
    s0 -->|"Vent"| f1
    s1 -->|"last_choice = a"| finish
    s1 -->|"platform in slack, discord"| s0
    s1 -->|"else"| s0
"""
    )


def test_graphviz_digraph(tricky: Flow) -> None:
    assert (
        to_dot(tricky)
        == """\
digraph "tricky" {
    rankdir=TB;
    node [fontname="Helvetica"];
    start [shape=oval, label="start"];
    s0 [shape=box, label="open\\nShe said \\"no\\" & left <b>#1</b> | a\\\\\\\\b a…"];
    f0 [shape=box3d, label="call plan"];
    f1 [shape=box3d, label="goto vent"];
    s1 [shape=diamond, label="check"];
    finish [shape=oval, label="end"];
    start -> s0;
    s0 -> s1 [label="Say \\"hi\\" | wave"];
    s0 -> f0 [label="Plan"];
    f0 -> s0 [label="returns", style=dashed];
    s0 -> f1 [label="Vent"];
    s1 -> finish [label="last_choice = a"];
    s1 -> s0 [label="platform in slack, discord"];
    s1 -> s0 [label="else"];
}
"""
    )


def test_every_step_and_edge_of_a_real_flow_is_drawn() -> None:
    flows = load_flows_or_raise([Path(__file__).parent / "data" / "good_flows"])
    flow = flows.flows["rejected"]
    chart = to_mermaid(flow)
    for i, sid in enumerate(flow.steps):
        assert f'    s{i}["{sid}' in chart or f'    s{i}{{"{sid}' in chart
    assert chart.count(" --> ") + chart.count(" -->|") + chart.count(" -.->|") == 29
    assert '|"picked call_them, stop"|' in chart
    assert '|"story mentions angry, furious"|' in chart
    dot = to_dot(flow)
    assert dot.count(" -> ") == 29
    assert dot.startswith('digraph "rejected" {') and dot.endswith("}\n")
