"""Flow validation: every deliberately broken file in tests/data/broken_flows gives exactly the
expected `file:line:col: message` lines, each followed by a hint, and all of them in one run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.flows.loader import FlowError, load_flows, load_flows_or_raise
from tests.flow_actions import make_registry

BROKEN = Path(__file__).parent / "data" / "broken_flows"
DOCS = Path(__file__).parents[1] / "docs" / "flows.md"


# One entry per mistake family; a tuple key loads those files together (cross-file mistakes).
EXPECTED: dict[str | tuple[str, ...], list[str]] = {
    "01_yaml_syntax.yaml": [
        "01_yaml_syntax.yaml:5:18: YAML syntax error: mapping values are not allowed here",
    ],
    "02_duplicate_keys.yaml": [
        "02_duplicate_keys.yaml:6:5: duplicate key 'next' (first on line 5)",
        "02_duplicate_keys.yaml:10:3: duplicate key 'second' (first on line 7)",
    ],
    "03_unknown_keys.yaml": [
        "03_unknown_keys.yaml:2:1: unknown key 'titel' in a flow",
        "03_unknown_keys.yaml:5:5: unknown key 'sey' in a step",
        "03_unknown_keys.yaml:9:9: unknown key 'lable' in an option",
        "03_unknown_keys.yaml:13:9: unknown key 'nxt' in an option",
        "03_unknown_keys.yaml:14:5: unknown key 'colour' in a step",
    ],
    "04_wrong_types.yaml": [
        "04_wrong_types.yaml:3:13: 'commands' should be a list, not text",
        "04_wrong_types.yaml:6:10: 'say' should be text, `{variants: [...]}` or a list, "
        "not a number",
        "04_wrong_types.yaml:10:19: 'max_length' should be a whole number, not text",
        "04_wrong_types.yaml:11:17: 'required' should be true or false, not text",
        "04_wrong_types.yaml:12:11: 'next' should be text, not a list",
    ],
    "05_missing_keys.yaml": [
        "05_missing_keys.yaml:1:1: a flow needs 'id'",
        "05_missing_keys.yaml:6:9: an option needs 'id'",
        "05_missing_keys.yaml:8:9: an option needs 'label'",
        "05_missing_keys.yaml:10:5: step 'open' has both 'choices' and 'capture'",
        "05_missing_keys.yaml:11:7: a capture needs 'var'",
    ],
    "06_unknown_steps.yaml": [
        "06_unknown_steps.yaml:8:15: 'next' goes to 'heared', which is not a step of flow "
        "'unknown_steps'",
        "06_unknown_steps.yaml:12:15: 'then' goes to 'nowhere', which is not a step of flow "
        "'unknown_steps'",
        "06_unknown_steps.yaml:13:3: step 'heard' is never reached from the start step 'open'",
    ],
    "07_unknown_flows.yaml": [
        "07_unknown_flows.yaml:8:15: 'goto' goes to flow 'vnet', which does not exist",
        "07_unknown_flows.yaml:11:15: 'call' goes to flow 'planning', which does not exist",
    ],
    "08_actions.yaml": [
        "08_actions.yaml:5:15: unknown action 'plan_ad'",
        "08_actions.yaml:7:15: action 'plan_add' has no argument 'itme'",
        "08_actions.yaml:9:15: action 'set' needs argument 'value'",
    ],
    "09_unreachable.yaml": [
        "09_unreachable.yaml:6:3: step 'orphan' is never reached from the start step 'open'",
        "09_unreachable.yaml:9:3: step 'also_orphan' is never reached from the start step 'open'",
    ],
    "10_dead_ends.yaml": [
        "10_dead_ends.yaml:12:3: step 'ask_story' saves 'story' but does not say where to go next",
        "10_dead_ends.yaml:15:3: step 'stuck' stops without ending the flow",
    ],
    "11_branch_else.yaml": [
        "11_branch_else.yaml:11:9: the branch of step 'route' has no final 'else'",
        "11_branch_else.yaml:15:9: 'else' is not the last case of step 'high'",
        "11_branch_else.yaml:17:9: the branch of step 'high' has no final 'else'",
    ],
    "12_loops.yaml": [
        "12_loops.yaml:6:3: steps 'ping' and 'pong' go round in a loop without waiting for an "
        "answer",
    ],
    "13_empty_choices.yaml": [
        "13_empty_choices.yaml:5:14: 'choices' is empty",
    ],
    "14_no_prompt.yaml": [
        "14_no_prompt.yaml:3:3: step 'open' offers choices without a question",
        "14_no_prompt.yaml:8:3: step 'story' waits for an answer without asking anything",
    ],
    "15_long_label.yaml": [
        "15_long_label.yaml:7:16: 'label' is 77 characters long, more than 75",
    ],
    "16_bad_templates.yaml": [
        "16_bad_templates.yaml:9:9: this text has a '{' that does not start a {variable}",
        "16_bad_templates.yaml:9:9: this text has a '}' that does not close a {variable}",
        "16_bad_templates.yaml:10:9: this text has a '}' that does not close a {variable}",
        "16_bad_templates.yaml:11:37: this text has a '{' that does not start a {variable}",
    ],
    "17_unset_variables.yaml": [
        "17_unset_variables.yaml:20:22: '{role}' may be unset when step 'greet' runs",
        "17_unset_variables.yaml:23:11: '{nick_name}' may be unset when step 'greet' runs",
        "17_unset_variables.yaml:26:11: '{story}' may be unset when step 'bye' runs",
    ],
    "18_unknown_start.yaml": [
        "18_unknown_start.yaml:2:8: start step 'begin' is not a step of flow 'unknown_start'",
    ],
    "19_capture_contradictions.yaml": [
        "19_capture_contradictions.yaml:6:7: the capture of 'score' has both 'number: true' and "
        "'one_of'",
        "19_capture_contradictions.yaml:6:7: the capture of 'score' has min 10 above max 1",
        "19_capture_contradictions.yaml:15:7: the capture of 'word' has 'max' without "
        "'number: true'",
    ],
    "20_bad_names.yaml": [
        "20_bad_names.yaml:1:5: 'bad names' is not a valid flow id",
        "20_bad_names.yaml:8:16: 'job title' is not a valid variable name",
        "20_bad_names.yaml:12:20: 'my-var' is not a valid variable name",
        "20_bad_names.yaml:14:3: 'end' is not a valid step id",
    ],
    "21_duplicate_options.yaml": [
        "21_duplicate_options.yaml:12:9: step 'open' has two options with id 'good'",
        "21_duplicate_options.yaml:15:9: step 'open' has two options labelled 'good'",
    ],
    ("22_same_id_a.yaml", "22_same_id_b.yaml"): [
        "22_same_id_b.yaml:1:5: flow id 'twin' is already used at 22_same_id_a.yaml:1:5",
    ],
    ("23_same_command_a.yaml", "23_same_command_b.yaml"): [
        "23_same_command_b.yaml:3:14: 'Talk' is not a valid command word",
        "23_same_command_b.yaml:3:20: command 'listen' already starts flow 'command_a' "
        "(at 23_same_command_a.yaml:3:20)",
        "23_same_command_b.yaml:3:34: command 'hear' already starts flow 'command_b' "
        "(at 23_same_command_b.yaml:3:28)",
    ],
    "24_several_mistakes.yaml": [
        "24_several_mistakes.yaml:2:1: unknown key 'titel' in a flow",
        "24_several_mistakes.yaml:10:9: step 'open' has two options with id 'ok'",
        "24_several_mistakes.yaml:11:16: 'label' is 78 characters long, more than 75",
        "24_several_mistakes.yaml:14:11: '{name}' may be unset when step 'fine' runs",
        "24_several_mistakes.yaml:16:5: duplicate key 'next' (first on line 15)",
        "24_several_mistakes.yaml:16:11: 'next' goes to 'gone', which is not a step of flow "
        "'several_mistakes'",
        "24_several_mistakes.yaml:17:3: step 'lost' is never reached from the start step 'open'",
        "24_several_mistakes.yaml:18:13: unknown action 'plan_ad'",
    ],
    "25_conditions.yaml": [
        "25_conditions.yaml:11:15: no option has id 'rigth'",
        "25_conditions.yaml:13:15: the condition on 'last_choice' has 2 tests (equals, lt)",
        "25_conditions.yaml:15:15: the condition on 'last_choice' does not say what to test",
        "25_conditions.yaml:17:15: a condition tests 'choice' and a variable at once",
        "25_conditions.yaml:19:16: 'equals' needs 'var' next to it",
    ],
    "26_conflicting_targets.yaml": [
        "26_conflicting_targets.yaml:6:5: 'next' and 'goto' both say where to go",
        "26_conflicting_targets.yaml:10:9: option 'more' of step 'second' has no target",
        "26_conflicting_targets.yaml:12:5: step 'second' has both 'choices' and 'capture'",
        "26_conflicting_targets.yaml:14:5: step 'third' asks a question but does not wait for an "
        "answer",
        "26_conflicting_targets.yaml:20:5: step 'fourth' has both 'branch' and 'next'",
        "26_conflicting_targets.yaml:23:5: 'call' needs 'then' next to it",
    ],
    "27_not_a_mapping.yaml": [
        "27_not_a_mapping.yaml:1:1: the file should be a mapping, not a list",
    ],
    "28_empty.yaml": [
        "28_empty.yaml:1:1: the file is empty",
    ],
    "29_two_documents.yaml": [
        "29_two_documents.yaml:4:1: YAML syntax error: expected a single document in the stream, "
        "but found another document",
    ],
    "30_tabs.yaml": [
        "30_tabs.yaml:4:1: YAML syntax error: found character '\\t' that cannot start any token "
        "(while scanning for the next token)",
    ],
    "31_not_utf8.yaml": [
        "31_not_utf8.yaml:4:15: the file is not UTF-8 text",
    ],
}

_LINE = re.compile(r"^(?P<where>[^:]+:\d+:\d+): (?P<message>[^;]+); (?P<hint>\S.*)$")


def _files(key: str | tuple[str, ...]) -> list[str]:
    return [key] if isinstance(key, str) else list(key)


def _split(lines: list[str]) -> tuple[list[str], list[str]]:
    """(`file:line:col: message` parts, hints) of printed problems; every line must have both."""
    heads, hints = [], []
    for line in lines:
        match = _LINE.match(line)
        assert match, f"not `file:line:col: message; hint`: {line!r}"
        heads.append(f"{match['where']}: {match['message']}")
        hints.append(match["hint"])
    return heads, hints


@pytest.fixture
def in_broken(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(BROKEN)
    return BROKEN


def test_every_broken_file_is_pinned() -> None:
    pinned = {name for key in EXPECTED for name in _files(key)}
    on_disk = {p.name for p in BROKEN.glob("*.yaml")}
    assert pinned == on_disk
    assert len(EXPECTED) >= 18
    assert sum(len(v) > 1 for v in EXPECTED.values()) >= 10


@pytest.mark.parametrize("key", list(EXPECTED), ids=lambda k: k if isinstance(k, str) else k[0])
def test_broken_file_reports_exactly(in_broken: Path, key: str | tuple[str, ...]) -> None:
    flows, problems = load_flows(_files(key), make_registry())
    assert flows is None
    heads, hints = _split([str(p) for p in problems])
    assert heads == EXPECTED[key]
    assert all(len(h) > 10 for h in hints)


def test_all_mistakes_of_one_file_in_one_run(in_broken: Path) -> None:
    _, problems = load_flows(["24_several_mistakes.yaml"], make_registry())
    kinds = {
        "unknown key",
        "two options with id",
        "characters long",
        "may be unset",
        "duplicate key",
        "not a step of flow",
        "never reached",
        "unknown action",
    }
    found = {k for k in kinds for p in problems if k in p.message}
    assert found == kinds


def test_whole_directory_reports_every_file_in_one_run(in_broken: Path) -> None:
    _, problems = load_flows(["."], make_registry())
    got = [f"{p.pos.file}:{p.pos.line}:{p.pos.col}: {p.message}" for p in problems]
    assert sorted(got) == sorted(line for lines in EXPECTED.values() for line in lines)
    keys = [p.sort_key for p in problems]
    assert keys == sorted(keys)


def test_hints_say_how_to_fix(in_broken: Path) -> None:
    registry = make_registry()
    hints = {
        str(p).split(": ", 1)[1]
        for name in (
            "03_unknown_keys.yaml",
            "06_unknown_steps.yaml",
            "08_actions.yaml",
            "07_unknown_flows.yaml",
            "17_unset_variables.yaml",
            "30_tabs.yaml",
        )
        for p in load_flows([name], registry)[1]
    }
    assert "unknown key 'nxt' in an option; did you mean 'next'?" in hints
    assert (
        "'next' goes to 'heared', which is not a step of flow 'unknown_steps'; "
        "did you mean 'heard'? known steps: heard, open"
    ) in hints
    assert (
        "unknown action 'plan_ad'; did you mean 'plan_add'? registered actions: plan_add, set"
    ) in hints
    assert "action 'plan_add' has no argument 'itme'; did you mean 'item'? it takes: item" in hints
    assert "'goto' goes to flow 'vnet', which does not exist; known flows: unknown_flows" in hints
    assert any(
        h.startswith("'{nick_name}' may be unset when step 'greet' runs; did you mean 'nickname'?")
        for h in hints
    )
    assert any("indent with spaces" in h for h in hints)


def test_without_a_registry_actions_are_not_judged(in_broken: Path) -> None:
    _, problems = load_flows(["08_actions.yaml"])
    assert problems == []
    # an action of unknown effect may set anything: only what comes before it is judged
    _, problems = load_flows(["17_unset_variables.yaml"])
    assert [p.message for p in problems] == ["'{role}' may be unset when step 'greet' runs"]


def test_load_flows_or_raise_lists_every_problem(in_broken: Path) -> None:
    with pytest.raises(FlowError) as caught:
        load_flows_or_raise(["02_duplicate_keys.yaml", "13_empty_choices.yaml"])
    lines = str(caught.value).splitlines()
    assert [line.split(";")[0] for line in lines] == [
        "02_duplicate_keys.yaml:6:5: duplicate key 'next' (first on line 5)",
        "02_duplicate_keys.yaml:10:3: duplicate key 'second' (first on line 7)",
        "13_empty_choices.yaml:5:14: 'choices' is empty",
    ]
    assert len(caught.value.problems) == 3


def test_missing_paths_and_empty_directories(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    flows, problems = load_flows([tmp_path / "nope.yaml", empty])
    assert flows is None
    assert [str(p).split(";")[0] for p in problems] == [
        f"{empty}:1:1: no flow files in this directory",
        f"{tmp_path / 'nope.yaml'}:1:1: no such file or directory",
    ]


def test_variables_follow_every_path(tmp_path: Path) -> None:
    """Joins intersect, option `sets` count on their own edge only, tested variables are set in
    their case, and a called flow's variables count after it returns when it always sets them."""
    (tmp_path / "main.yaml").write_text(
        "id: main\n"
        "steps:\n"
        "  open:\n"
        "    ask: Pick\n"
        "    choices:\n"
        "      - {id: a, label: A, sets: {x: '1', y: '1'}, next: join}\n"
        "      - {id: b, label: B, sets: {x: '2'}, next: join}\n"
        "  join:\n"
        "    say: ['{x} and {y}']\n"
        "    next: test\n"
        "  test:\n"
        "    branch:\n"
        "      - when: {var: z, equals: 'yes'}\n"
        "        next: z_known\n"
        "      - when: {var: z, not_equals: 'yes'}\n"
        "        next: z_unknown\n"
        "      - else:\n"
        "        call: helper\n"
        "        then: after\n"
        "  z_known: {say: ['{z}'], end: true}\n"
        "  z_unknown: {say: ['{z}'], end: true}\n"
        "  after: {say: ['{always} {sometimes}'], end: true}\n",
        encoding="utf-8",
    )
    (tmp_path / "helper.yaml").write_text(
        "id: helper\n"
        "steps:\n"
        "  ask:\n"
        "    ask: Word?\n"
        "    capture: {var: always}\n"
        "    next: maybe\n"
        "  maybe:\n"
        "    ask: More?\n"
        "    choices:\n"
        "      - {id: yes, label: Yes, sets: {sometimes: '1'}, end: true}\n"
        "      - {id: no, label: No, next: end}\n",
        encoding="utf-8",
    )
    _, problems = load_flows([tmp_path / "main.yaml", tmp_path / "helper.yaml"])
    assert [(p.pos.line, p.message) for p in problems] == [
        (9, "'{y}' may be unset when step 'join' runs"),
        (21, "'{z}' may be unset when step 'z_unknown' runs"),
        (22, "'{sometimes}' may be unset when step 'after' runs"),
    ]


def test_loops_across_flows_and_unknown_then_positions(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("id: a\nsteps:\n  go: {say: [A], goto: b}\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("id: b\nsteps:\n  go: {say: [B], goto: a}\n", encoding="utf-8")
    _, problems = load_flows([tmp_path / "a.yaml", tmp_path / "b.yaml"])
    assert [p.message for p in problems] == [
        "steps 'a.go' and 'b.go' go round in a loop without waiting for an answer"
    ]


def test_docs_example_is_a_valid_flow(tmp_path: Path) -> None:
    text = DOCS.read_text(encoding="utf-8")
    example = next(
        block
        for block in re.findall(r"```yaml\n(.*?)```", text, re.S)
        if block.lstrip().startswith("# yaml-language-server") and "steps:" in block
    )
    path = tmp_path / "vent.yaml"
    path.write_text(example, encoding="utf-8")
    flows, problems = load_flows([path], make_registry())
    assert problems == []
    assert flows is not None and flows.get("vent") is not None
