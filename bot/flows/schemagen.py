"""Generating the editor JSON Schema `flow.schema.json` from the format models (`spec.py`).

`python -m bot schema` writes it; `tests/test_flow_format.py` fails while the checked-in
file differs from what the models generate. The generated schema keeps to plain JSON Schema an
editor understands: an optional key is simply not required (YAML `null` is not offered), field
names give no titles (a title is what error messages call a value), and descriptions are on one
line each.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from bot.flows.spec import Flow

SCHEMA_ID = "https://bounceback.example/flow.schema.json"
SCHEMA_FILE = Path(__file__).with_name("flow.schema.json")


class _EditorSchema(GenerateJsonSchema):
    def nullable_schema(self, schema: core_schema.NullableSchema) -> JsonSchemaValue:
        # `key: null` is never meant; an optional key is one that may be left out
        return self.generate_inner(schema["schema"])

    def default_schema(self, schema: core_schema.WithDefaultSchema) -> JsonSchemaValue:
        return self.generate_inner(schema["schema"])

    def dict_schema(self, schema: core_schema.DictSchema) -> JsonSchemaValue:
        # keys are checked by `propertyNames` (their title names them in errors), values by
        # `additionalProperties`; pydantic's `patternProperties` would call a bad key unknown
        out: JsonSchemaValue = {"type": "object"}
        if "keys_schema" in schema:
            keys = self.generate_inner(schema["keys_schema"])
            if len(keys) > 1:
                out["propertyNames"] = keys
        if "values_schema" in schema:
            out["additionalProperties"] = self.generate_inner(schema["values_schema"])
        self.update_with_validations(out, schema, self.ValidationsMapping.object)
        return out

    def field_title_should_be_set(self, schema: Any) -> bool:
        return False


def _tidy(node: Any) -> Any:
    if isinstance(node, dict):
        out = {k: _tidy(v) for k, v in node.items()}
        if isinstance(out.get("description"), str):
            out["description"] = " ".join(out["description"].split())
        return out
    if isinstance(node, list):
        return [_tidy(v) for v in node]
    return node


def editor_schema(model: type[BaseModel], schema_id: str) -> dict[str, Any]:
    """The JSON Schema of files shaped like `model`, for editors and for validation."""
    body = _tidy(model.model_json_schema(schema_generator=_EditorSchema))
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": schema_id, **body}


def flow_json_schema() -> dict[str, Any]:
    """The flow file's JSON Schema, as the format models define it."""
    return editor_schema(Flow, SCHEMA_ID)


@dataclass(frozen=True, slots=True)
class SchemaFile:
    """A generated schema and the checked-in file that should hold it."""

    path: Path
    schema: dict[str, Any]

    @property
    def text(self) -> str:
        """The exact file text: stable key order, two-space indent, final newline."""
        return json.dumps(self.schema, indent=2, ensure_ascii=False) + "\n"

    @property
    def stale(self) -> bool:
        return not self.path.exists() or self.path.read_text("utf-8") != self.text

    def write(self) -> None:
        self.path.write_text(self.text, "utf-8")


def flow_schema_file() -> SchemaFile:
    """`flow.schema.json` as the models generate it."""
    return SchemaFile(SCHEMA_FILE, flow_json_schema())
