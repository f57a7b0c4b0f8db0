"""Checking a file's shape against its JSON Schema (`flow.schema.json`), with humane messages.

Every JSON Schema error (all of them, not just the first) becomes a `Problem` at the position of
the offending value, key, or the mapping that misses a key, with a message in plain words and a
hint taken from the schema's descriptions or a close-match suggestion ("did you mean 'next'?").
The same schema file serves editors through `# yaml-language-server: $schema=...`.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from bot.flows.problems import Problem
from bot.flows.yamldoc import Document, Path

_EXPECTED = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping",
    "null": "empty",
}


@dataclass(frozen=True, slots=True)
class SchemaIssue:
    """A shape problem and the path of the value it is about (for the semantic pass)."""

    path: Path
    validator: str
    problem: Problem


@cache
def flow_schema() -> Mapping[str, Any]:
    """The flow JSON Schema, as shipped next to this module."""
    text = resources.files("bot.flows").joinpath("flow.schema.json").read_text("utf-8")
    schema: Mapping[str, Any] = json.loads(text)
    return schema


class Shape:
    """A JSON Schema ready to check documents against, with humane problems."""

    def __init__(self, schema: Mapping[str, Any]) -> None:
        self.defs: Mapping[str, Any] = schema.get("$defs", {})
        body = {k: v for k, v in schema.items() if k != "$defs"}
        # references are inlined once: resolving `$ref`s on every value triples validation time
        self.validator = Draft202012Validator(_inline(body, self.defs))

    def check(self, doc: Document) -> list[SchemaIssue]:
        """Every way `doc.data` departs from the schema, each with position, message, hint."""
        issues: list[SchemaIssue] = []
        for error in self.validator.iter_errors(doc.data):
            issues.extend(_Humanizer(doc, self.defs).issues(error))
        return issues


@cache
def flow_shape() -> Shape:
    """The flow schema, ready to check flow files."""
    return Shape(flow_schema())


def _inline(node: Any, defs: Mapping[str, Any]) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            target = _inline(defs[ref.removeprefix("#/$defs/")], defs)
            return {**target, **{k: _inline(v, defs) for k, v in node.items() if k != "$ref"}}
        return {k: _inline(v, defs) for k, v in node.items()}
    if isinstance(node, list):
        return [_inline(v, defs) for v in node]
    return node


def check_shape(doc: Document) -> list[SchemaIssue]:
    """Every way the flow file `doc` departs from the flow schema."""
    return flow_shape().check(doc)


def _show(value: Any) -> str:
    if value is None:
        return "empty"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, str):
        return f"'{value}'"
    return json.dumps(value)


def _kind(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "a mapping"


def _a(title: str) -> str:
    return f"an {title}" if title[:1] in {"a", "e", "i", "o", "u"} else f"a {title}"


def _where(path: Path) -> str:
    if not path:
        return "the file"
    last = path[-1]
    if isinstance(last, int):
        owner = f" of '{path[-2]}'" if len(path) > 1 and isinstance(path[-2], str) else ""
        return f"item {last + 1}{owner}"
    return f"'{last}'"


def _resolve(schema: Mapping[str, Any], defs: Mapping[str, Any]) -> Mapping[str, Any]:
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        target: Mapping[str, Any] = defs[ref.removeprefix("#/$defs/")]
        return {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
    return schema


def _describe(schema: Mapping[str, Any], defs: Mapping[str, Any]) -> str:
    schema = _resolve(schema, defs)
    if schema.get("type") == "array":
        return "a list"
    if schema.get("title") == "message with variants":
        return "`{variants: [...]}`"
    title = schema.get("title")
    if isinstance(title, str):
        return title if title == "text" else _a(title)
    return _EXPECTED.get(str(schema.get("type")), "something else")


class _Humanizer:
    """Turns one jsonschema error (and its sub-errors) into positioned problems."""

    def __init__(self, doc: Document, defs: Mapping[str, Any]) -> None:
        self.doc = doc
        self.defs = defs

    def issues(self, error: ValidationError) -> Iterator[SchemaIssue]:
        path: Path = tuple(error.absolute_path)
        schema: Mapping[str, Any] = error.schema if isinstance(error.schema, Mapping) else {}
        hint = str(schema.get("description") or "see docs/flows.md for the format")
        title = str(schema.get("title") or "mapping")
        v = str(error.validator)
        inst = error.instance
        if "propertyNames" in error.absolute_schema_path:
            key_path = (*path, str(inst))
            yield self.issue(
                key_path, v, self.doc.key_pos(key_path), f"'{inst}' is not a valid {title}", hint
            )
        elif v == "additionalProperties" and isinstance(inst, dict):
            allowed = sorted(schema.get("properties", {}))
            for key in inst:
                if key not in allowed:
                    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
                    fix = (
                        f"did you mean '{close[0]}'?"
                        if close
                        else f"{_a(title)} takes: {', '.join(allowed)}"
                    )
                    yield self.issue(
                        (*path, key),
                        v,
                        self.doc.key_pos((*path, key)),
                        f"unknown key '{key}' in {_a(title)}",
                        fix,
                    )
        elif v == "required" and isinstance(inst, dict):
            props = schema.get("properties", {})
            unknown = [k for k in inst if k not in props]
            for key in error.validator_value:
                # a misspelt key ('lable') is reported once, as unknown, with the fix
                if key not in inst and not difflib.get_close_matches(key, unknown, cutoff=0.6):
                    about = _resolve(props.get(key, {}), self.defs).get("description", "")
                    yield self.issue(
                        path,
                        v,
                        self.doc.pos(path),
                        f"{_a(title)} needs '{key}'",
                        f"add `{key}: ...`" + (f" ({about})" if about else ""),
                    )
        elif v == "dependentRequired" and isinstance(inst, dict):
            props = schema.get("properties", {})
            for key, needs in error.validator_value.items():
                for need in needs if key in inst else ():
                    if need not in inst:
                        about = _resolve(props.get(need, {}), self.defs).get("description", "")
                        yield self.issue(
                            (*path, key),
                            v,
                            self.doc.key_pos((*path, key)),
                            f"'{key}' needs '{need}' next to it",
                            f"add `{need}: ...`" + (f" ({about})" if about else ""),
                        )
        elif v in {"anyOf", "oneOf"}:
            yield from self.alternatives(error, path, schema, hint)
        elif v in {"minItems", "minProperties"} and not inst and path:
            yield self.issue(
                path,
                v,
                self.doc.pos(path),
                f"{_where(path)} is empty",
                f"add at least one, or remove '{path[-1]}' ({hint})",
            )
        elif v == "type" and not path:
            yield self.issue(
                path,
                v,
                self.doc.pos(path),
                f"the file should be a mapping, not {_kind(inst)}",
                "write the flow's keys (`id:`, `steps:`) at the top level, each "
                "at the start of a line",
            )
        else:
            yield self.issue(path, v, self.doc.pos(path), self.message(error, path), hint)

    def alternatives(
        self, error: ValidationError, path: Path, schema: Mapping[str, Any], hint: str
    ) -> Iterator[SchemaIssue]:
        branches: list[Mapping[str, Any]] = list(error.validator_value)
        if all(set(b) == {"required"} for b in branches):
            names = [k for b in branches for k in b["required"]]
            others = [k for k in error.instance if k not in names]
            if any(difflib.get_close_matches(k, names, cutoff=0.6) for k in others):
                return  # a misspelt key ('stpe') is reported once, as unknown, with the fix
            keys = " or ".join(f"'{k}'" for k in names)
            title = str(schema.get("title") or "mapping")
            yield self.issue(
                path, "required", self.doc.pos(path), f"{_a(title)} needs {keys}", hint
            )
            return
        by_branch: dict[int, list[ValidationError]] = {i: [] for i in range(len(branches))}
        for sub in error.context or ():
            by_branch[int(sub.relative_schema_path[0])].append(sub)
        fitting = [
            i
            for i, subs in by_branch.items()
            if not any(s.validator in {"type", "const"} and not s.relative_path for s in subs)
        ]
        if len(fitting) == 1 and by_branch[fitting[0]]:
            for sub in by_branch[fitting[0]]:
                yield from self.issues(sub)
            return
        kinds = [_describe(b, self.defs) for b in branches]
        listed = ", ".join(kinds[:-1]) + f" or {kinds[-1]}" if len(kinds) > 1 else kinds[0]
        yield self.issue(
            path,
            str(error.validator),
            self.doc.pos(path),
            f"{_where(path)} should be {listed}, not {_kind(error.instance)}",
            hint,
        )

    def message(self, error: ValidationError, path: Path) -> str:
        v, inst, value = error.validator, error.instance, error.validator_value
        where = _where(path)
        if v == "type":
            wanted = value if isinstance(value, list) else [value]
            names = [_EXPECTED.get(str(t), str(t)) for t in wanted]
            listed = ", ".join(names[:-1]) + f" or {names[-1]}" if len(names) > 1 else names[0]
            return f"{where} should be {listed}, not {_kind(inst)}"
        if v == "const":
            return f"{where} can only be {_show(value)}"
        if v == "enum":
            return f"{where} can only be " + " or ".join(_show(x) for x in value)
        if v in {"minItems", "minProperties", "minLength"} and not inst:
            return f"{where} is empty"
        if v == "minItems":
            return f"{where} needs at least {value} items"
        if v == "maxLength":
            return f"{where} is {len(inst)} characters long, more than {value}"
        if v in {"pattern", "not"}:
            title = (
                error.schema.get("title", "value") if isinstance(error.schema, Mapping) else "value"
            )
            return f"{_show(inst)} is not a valid {title}"
        if v == "minimum":
            return f"{where} must be at least {value}"
        return f"{where}: {error.message}".replace(";", ",")

    def issue(self, path: Path, validator: str, pos: Any, message: str, hint: str) -> SchemaIssue:
        return SchemaIssue(path, validator, Problem(pos, message, hint))
