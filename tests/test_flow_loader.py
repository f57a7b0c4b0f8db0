"""The flow loader: finding files, exact positions, and the typed model built from good flows."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from bot.flows.loader import FlowError, Problem, load_flows, load_flows_or_raise
from bot.flows.model import (
    ActionCall,
    Capture,
    Case,
    ChoiceOption,
    Condition,
    Flow,
    Message,
    Pos,
    Step,
    Target,
    Triggers,
)
from tests.flow_actions import make_registry

GOOD = Path(__file__).parent / "data" / "good_flows"


@pytest.fixture
def in_good(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(GOOD)
    return GOOD


def at(file: str) -> Any:
    return lambda line, col: Pos(file, line, col)


def test_directory_loads_its_own_flow_files_only(in_good: Path) -> None:
    flows, problems = load_flows(["."], make_registry())
    assert problems == []
    assert flows is not None
    # resources.yaml (not a flow), tests/ (transcripts) and notes.txt are not read
    assert sorted(flows.flows) == ["plan", "rejected", "vent"]
    assert flows.by_command("ouch") is flows.get("rejected")
    assert flows.step("vent", "heard") is flows.flows["vent"].steps["heard"]


def test_vent_flow_model(in_good: Path) -> None:
    flows = load_flows_or_raise(["vent.yaml"], make_registry())
    p = at("vent.yaml")
    assert flows.get("vent") == Flow(
        id="vent",
        title="Let it out",
        description="A private place to say how it feels.",
        start="open",
        triggers=Triggers(commands=("vent",), phrases=("need to vent",)),
        pos=p(2, 5),
        steps={
            "open": Step(
                id="open",
                say=(
                    Message(
                        ("This is a private space. Write as much or as little as you like.",),
                        p(12, 9),
                    ),
                ),
                ask=Message(("What's on your mind?",), p(13, 10)),
                capture=Capture(
                    var="vent_text",
                    max_length=4000,
                    pos=p(15, 7),
                    invalid=Message(
                        ("I didn't catch that. Could you write it in a few words?",), p(17, 16)
                    ),
                ),
                next=Target("step", step="heard", pos=p(18, 11)),
                pos=p(10, 3),
            ),
            "heard": Step(
                id="heard",
                say=(Message(("That sounds really hard.", "Thank you for telling me."), p(21, 9)),),
                ask=Message(("Want to keep going?",), p(24, 10)),
                choices=(
                    ChoiceOption(
                        "more",
                        "Say more",
                        Target("step", step="open", pos=p(29, 15)),
                        synonyms=("yes", "more"),
                        pos=p(26, 9),
                    ),
                    ChoiceOption(
                        "done",
                        "I'm done",
                        Target("step", step="bye", pos=p(34, 15)),
                        synonyms=("no", "done"),
                        sets={"vent_done": "yes"},
                        pos=p(30, 9),
                    ),
                ),
                pos=p(19, 3),
            ),
            "bye": Step(
                id="bye",
                say=(Message(("Take care. You wrote: {vent_text}",), p(36, 11)),),
                next=Target("end", pos=p(37, 11)),
                pos=p(35, 3),
            ),
        },
    )


def test_plan_flow_model(in_good: Path) -> None:
    flows = load_flows_or_raise(["plan.yaml"], make_registry())
    p = at("plan.yaml")
    assert flows.get("plan") == Flow(
        id="plan",
        title="Make a plan",
        start="ask_step",
        triggers=Triggers(commands=("plan",)),
        pos=p(1, 5),
        steps={
            "ask_step": Step(
                id="ask_step",
                ask=Message(("What is one small thing you could do this week?",), p(6, 10)),
                capture=Capture(var="first_step", max_length=200, pos=p(7, 14)),
                next=Target("step", step="save", pos=p(8, 11)),
                pos=p(5, 3),
            ),
            "save": Step(
                id="save",
                actions=(ActionCall("plan_add", {"item": "{first_step}"}, p(10, 22)),),
                say=(Message(("Saved.",), p(11, 10)),),
                next=Target("end", pos=p(12, 10)),
                pos=p(9, 3),
            ),
        },
    )


def test_every_feature_of_the_format(in_good: Path) -> None:
    flows = load_flows_or_raise(["."], make_registry())
    flow = flows.flows["rejected"]
    p = at("rejected.yaml")
    assert flow.title == "Just got a rejection"
    assert flow.start == "welcome"  # the first step, as no `start` is given
    assert flow.triggers == Triggers(
        ("rejected", "ouch"), ("didn't get the job", "we went with another candidate")
    )
    welcome = flow.steps["welcome"]
    assert welcome.actions == (
        ActionCall("set", {"name": "mood_checked", "value": "no"}, p(11, 15)),
    )
    assert [m.variants for m in welcome.say] == [
        ("I'm a bot, not a therapist, but I'm here with you.",),
        ("Rejections sting.", "That hurts, {platform} or not."),
    ]
    assert welcome.ask is not None and len(welcome.ask.variants) == 2
    assert welcome.capture == Capture(
        var="mood",
        required=True,
        number=True,
        min=1.0,
        max=5.0,
        invalid=Message(
            ("A number from 1 to 5, please.", "Just a number between 1 and 5."), p(25, 9)
        ),
        pos=p(18, 7),
    )
    assert welcome.kind == "capture"

    route = flow.steps["route"]
    assert route.kind == "branch" and route.next is None
    assert [
        (c.when.kind, c.when.var, c.when.op, c.when.value) if c.when else None for c in route.branch
    ] == [
        ("var", "mood", "le", 2),
        ("var", "mood", "in", (3, 4)),
        ("var", "mood_checked", "equals", "yes"),
        ("var", "mood", "not_equals", 5),
        ("var", "mood", "lt", 0),
        ("var", "mood", "gt", 5),
        ("var", "mood", "ge", 6),
        ("var", "mood_note", "set", True),
        ("var", "mood_note", "unset", True),
        None,
    ]
    assert [c.target.kind for c in route.branch] == [
        "step",
        "step",
        "flow",
        "step",
        "end",
        "end",
        "step",
        "step",
        "step",
        "step",
    ]
    assert route.branch[0] == Case(
        Condition("var", var="mood", op="le", value=2, pos=p(29, 15)),
        Target("step", step="low", pos=p(30, 15)),
        p(29, 9),
    )
    assert route.branch[-1] == Case(None, Target("step", step="middle", pos=p(48, 15)), p(47, 9))

    low = flow.steps["low"]
    assert low.say == (Message(("That sounds heavy. {{You are not alone}}.",), p(50, 10)),)
    assert low.capture is not None and low.capture.required is False
    reflect = flow.steps["reflect"]
    assert reflect.branch[0].when == Condition(
        "keywords", var="story", keywords=("angry", "furious"), pos=p(59, 15)
    )
    assert reflect.branch[1].when == Condition(
        "var", var="story", op="contains", value="ghosted", pos=p(61, 15)
    )
    assert reflect.branch[2].when is None

    cool = flow.steps["cool_down"]  # the one-action shorthand
    assert cool.actions == (
        ActionCall("plan_add", {"item": "Wait a day before replying to {story}"}, p(66, 13)),
    )

    middle = flow.steps["middle"]
    assert [(o.id, o.target.kind, o.target.flow, o.target.step) for o in middle.choices] == [
        ("plan", "call", "plan", "after_plan"),
        ("vent", "flow", "vent", None),
        ("feedback", "step", None, "feedback_type"),
        ("stop", "end", None, None),
    ]
    feedback = middle.choices[2]  # no target of its own: the step's `next`
    assert feedback.target == middle.next
    assert feedback.sets == {"wants_feedback": "true", "attempts": "1"}

    # `<<: *anchor` merges the shared target into both options
    kinds = flow.steps["feedback_type"].choices
    assert [o.target for o in kinds] == [Target("step", step="picked", pos=p(93, 31))] * 2
    picked = flow.steps["picked"].branch
    assert picked[0].when == Condition("choice", value="email", pos=p(99, 15))
    assert picked[1].when == Condition(
        "choice", op="in", value=("call_them", "stop"), pos=p(101, 15)
    )
    assert flow.steps["after_plan"].next == Target("end", pos=p(110, 10))


def test_yaml_12_scalars_and_positions(tmp_path: Path) -> None:
    path = tmp_path / "words.yaml"
    path.write_text(
        "id: words\n"
        "steps:\n"
        "  open:\n"
        "    ask: Sure?\n"
        "    choices:\n"
        "      - id: on\n"
        "        label: yes\n"
        "        synonyms: [no, off, y, n]\n"
        "        sets: {answer: no, count: 012, flag: true}\n"
        "        next: end\n",
        encoding="utf-8",
    )
    flows, problems = load_flows([path])
    assert problems == []
    assert flows is not None
    option = flows.flows["words"].steps["open"].choices[0]
    assert (option.id, option.label) == ("on", "yes")
    assert option.synonyms == ("no", "off", "y", "n")
    assert option.sets == {"answer": "no", "count": "12", "flag": "true"}


def test_problem_format_and_order() -> None:
    a = Problem(Pos("b.yaml", 3, 1), "second", "fix it")
    b = Problem(Pos("a.yaml", 10, 2), "first", "fix that")
    c = Problem(Pos("b.yaml", 3, 1), "also second", "and this")
    assert str(a) == "b.yaml:3:1: second; fix it"
    assert [str(p) for p in FlowError([a, b, c, a]).problems] == [
        "a.yaml:10:2: first; fix that",
        "b.yaml:3:1: also second; and this",
        "b.yaml:3:1: second; fix it",
    ]
    assert str(FlowError([a, b])) == "a.yaml:10:2: first; fix that\nb.yaml:3:1: second; fix it"


def test_relative_paths_stay_as_given_and_files_load_once(in_good: Path) -> None:
    flows, problems = load_flows(["vent.yaml", "./vent.yaml", "."], make_registry())
    assert problems == [] and flows is not None
    assert flows.flows["vent"].pos.file == "vent.yaml"
    assert flows.flows["plan"].pos.file == "plan.yaml"


def test_a_missing_flow_raises_with_every_problem(tmp_path: Path) -> None:
    (tmp_path / "one.yaml").write_text(
        "id: one\nsteps:\n  a: {say: [Hi], goto: two}\n", encoding="utf-8"
    )
    (tmp_path / "two.yml").write_text(
        "id: two\nsteps:\n  a: {say: [Hi], nxt: end}\n", encoding="utf-8"
    )
    with pytest.raises(FlowError) as caught:
        load_flows_or_raise([tmp_path])
    # .yml files count too, and the unknown key is reported once, not also as a dead end
    assert [p.message for p in caught.value.problems] == ["unknown key 'nxt' in a step"]


def test_aliases_that_contain_themselves_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "loop.yaml"
    path.write_text("id: loop\nsteps: &s\n  a: *s\n", encoding="utf-8")
    flows, problems = load_flows([path])
    assert flows is None
    assert "a YAML alias refers to the block that contains it" in [p.message for p in problems]


def test_loading_many_flows(tmp_path: Path) -> None:
    """Forty flows of thirty-one steps each load cleanly (their speed is `bench/` work)."""
    for n in range(40):
        steps = "".join(
            f"  s{i}:\n    say: ['Step {i}, {{last_choice}}']\n    ask: Next?\n    choices:\n"
            f"      - {{id: go, label: Go, next: s{i + 1}}}\n"
            f"      - {{id: back, label: Back, next: s{max(i - 1, 0)}}}\n"
            for i in range(30)
        )
        (tmp_path / f"f{n:02}.yaml").write_text(
            f"id: f{n}\nsteps:\n{steps}  s30: {{say: [Done], end: true}}\n", encoding="utf-8"
        )
    flows, problems = load_flows([tmp_path], make_registry())
    assert problems == [] and flows is not None and len(flows.flows) == 40
    assert all(len(flow.steps) == 31 for flow in flows.flows.values())


def test_alias_bombs_stop_early(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    path = tmp_path / "bomb.yaml"
    path.write_text(
        "\n".join(lines) + "\nid: bomb\nsteps: {s: {say: [x], end: true}}\n", encoding="utf-8"
    )
    started = time.perf_counter()
    flows, problems = load_flows([path])
    assert flows is None
    assert [p.message for p in problems] == ["the file expands to too many values"]
    assert time.perf_counter() - started < 5


def test_a_step_with_nothing_in_it(tmp_path: Path) -> None:
    path = tmp_path / "blank.yaml"
    path.write_text(
        "id: blank\nsteps:\n  open:\n  next_one: {say: [x], end: true}\n", encoding="utf-8"
    )
    flows, problems = load_flows([path])
    assert flows is None
    # reported once, as a shape problem: no guesses about reachability or dead ends
    assert [str(p).split(";")[0] for p in problems] == [
        f"{path}:3:8: 'open' should be a mapping, not empty"
    ]
