"""The flow file format is defined once, in `bot/flows/spec.py`: the editor schema
`flow.schema.json` is generated from those models, the checked-in file must match them, and a
key added to a model is known to validation (and to editors) without touching anything else."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import Field

from bot.flows import spec
from bot.flows.build import STEP_FLAGS
from bot.flows.loader import load_flows
from bot.flows.schemagen import SCHEMA_FILE, editor_schema, flow_schema_file
from tests.test_cli import bb


def test_the_checked_in_schema_is_the_generated_one() -> None:
    on_disk = json.loads(SCHEMA_FILE.read_text("utf-8"))
    assert on_disk == flow_schema_file().schema
    assert not flow_schema_file().stale


def test_the_schema_command_reports_and_rewrites_a_stale_file(tmp_path: Path) -> None:
    assert bb("schema", "--check").returncode == 0
    file = flow_schema_file()
    stale = type(file)(tmp_path / "flow.schema.json", file.schema)
    stale.path.write_text("{}\n", "utf-8")
    assert stale.stale
    stale.write()
    assert not stale.stale
    assert json.loads(stale.path.read_text("utf-8"))["title"] == "flow"


def test_a_step_key_added_to_the_model_appears_in_the_schema() -> None:
    class Step(spec.Step):
        hush: bool | None = None
        """`true`: send this step's messages without a notification."""

    class Flow(spec.Flow):
        steps: dict[spec.StepName, Step] = Field(title="steps", min_length=1)

    before = editor_schema(spec.Flow, "x")["$defs"]["Step"]["properties"]
    after = editor_schema(Flow, "x")["$defs"]["Step"]["properties"]
    assert "hush" not in before
    assert after["hush"] == {
        "type": "boolean",
        "description": "`true`: send this step's messages without a notification.",
    }
    assert {k: v for k, v in after.items() if k != "hush"} == before


def test_schema_descriptions_are_the_model_docstrings() -> None:
    schema = flow_schema_file().schema
    capture = schema["$defs"]["Capture"]
    assert capture["description"] == (spec.Capture.__doc__ or "").strip()
    assert capture["properties"]["append"]["description"].startswith("`true`: add the answer")
    # optional keys are left out, never written as null
    assert '"null"' not in json.dumps(schema)


def test_sensitive_is_no_longer_a_key(tmp_path: Path) -> None:
    # every captured answer is kept encrypted with the conversation; the flag meant nothing
    (tmp_path / "f.yaml").write_text(
        "id: f\nsteps:\n  a:\n    ask: Name?\n    capture:\n      var: name\n"
        "      sensitive: true\n    next: end\n",
        "utf-8",
    )
    flows, problems = load_flows([tmp_path])
    assert flows is None
    assert [str(p).removeprefix(f"{tmp_path}/") for p in problems] == [
        "f.yaml:7:7: unknown key 'sensitive' in a capture; a capture takes: append, invalid, "
        "max, max_length, min, number, one_of, required, var"
    ]


def test_step_flags_of_the_format_reach_the_runtime_step(tmp_path: Path) -> None:
    (tmp_path / "f.yaml").write_text(
        "id: f\nsteps:\n  a:\n    ask: Pick\n    patient: true\n    any_text: other\n"
        "    choices:\n      - {id: one, label: One, next: end}\n"
        "      - {id: other, label: Other, next: end}\n",
        "utf-8",
    )
    flows, problems = load_flows([tmp_path])
    assert problems == [] and flows is not None
    step = flows.flows["f"].steps["a"]
    assert (step.patient, step.any_text, step.mood_scale) == (True, "other", False)
    assert STEP_FLAGS[:3] == ("patient", "any_text", "mood_scale")
    assert {"on_miss", "offer"} <= set(STEP_FLAGS)  # added as fields, copied with no other code
    assert set(STEP_FLAGS) <= set(spec.Step.model_fields)


def test_come_back_to_is_read_into_the_step_and_must_name_a_step_of_its_flow(
    tmp_path: Path,
) -> None:
    flow = (
        "id: f\nsteps:\n  a:\n    ask: Pick\n    choices:\n      - {id: one, label: One, next: b}\n"
        "  b:\n    come_back_to: BACK\n    ask: Which?\n    capture:\n      var: n\n    next: a\n"
    )
    (tmp_path / "f.yaml").write_text(flow.replace("BACK", "a"), "utf-8")
    flows, problems = load_flows([tmp_path])
    assert problems == [] and flows is not None
    assert flows.flows["f"].steps["b"].come_back_to == "a"
    assert "come_back_to" in editor_schema(spec.Flow, "x")["$defs"]["Step"]["properties"]
    (tmp_path / "f.yaml").write_text(flow.replace("BACK", "nowhere"), "utf-8")
    flows, problems = load_flows([tmp_path])
    assert flows is None
    assert any("come_back_to step 'nowhere' is not a step of flow 'f'" in str(p) for p in problems)
