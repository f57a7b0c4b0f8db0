"""Reading one flow file: YAML text to plain data, with the exact position of every value and key.

The file is parsed once into PyYAML's composed node tree (no objects are constructed by PyYAML),
then turned into plain dicts, lists and scalars while recording each node's 1-based line:col
under its path (`("steps", "open", "choices", 0, "id")`). Scalars follow YAML 1.2, as editors do:
only `true`/`false` are booleans, so `yes`, `no`, `on` and `off` stay words. Duplicate keys,
self-referring aliases, unsupported tags and broken syntax become problems instead of being
silently accepted.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot.flows.model import Pos
from bot.flows.problems import Problem

Key = str | int
Path = tuple[Key, ...]

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_MERGE = "tag:yaml.org,2002:merge"
_PLAIN_TAGS = {
    _STR,
    _NULL,
    _BOOL,
    _INT,
    _FLOAT,
    _MERGE,
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:timestamp",
}
_MAX_VALUES = 100_000  # guards against alias bombs; real flow files have a few thousand


class _Loader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 core scalars (a subclass: the global loaders stay untouched)."""


class _FastLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The same, on libyaml when PyYAML was built with it (several times faster)."""


_RESOLVERS = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in {_BOOL, _INT, _FLOAT}]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_YAML12 = (
    (_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")),
    (_INT, re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), list("-+0123456789")),
    (
        _FLOAT,
        re.compile(
            r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
            r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
        ),
        list("-+.0123456789"),
    ),
)
for _cls in (_Loader, _FastLoader):
    _cls.yaml_implicit_resolvers = {k: list(v) for k, v in _RESOLVERS.items()}
    for _tag, _rx, _first in _YAML12:
        _cls.add_implicit_resolver(_tag, _rx, _first)

_YAML_HINTS = (
    ("'\\t'", "indent with spaces: YAML does not allow tabs"),
    (
        "mapping values are not allowed",
        "put quotes around a value that contains ': ', or check the indentation of this line",
    ),
    ("could not find expected ':'", "a key needs ': ' after it; check this line and the one above"),
    ("expected <block end>", "check the indentation: entries at one level must line up"),
    ("did not find expected key", "check the indentation: entries at one level must line up"),
    ("did not find expected '-'", "check the indentation: list items at one level must line up"),
    ("unexpected end of stream", "close the quote or bracket that is still open"),
    ("found undefined alias", "define the anchor (&name) before using it (*name)"),
    ("expected a single document", "put one flow per file: remove the '---' line"),
)


@dataclass(slots=True)
class Document:
    """One file's data with the position of every value (`at`) and mapping key (`key_at`)."""

    file: str
    data: Any = None
    at: dict[Path, Pos] = field(default_factory=dict)
    key_at: dict[Path, Pos] = field(default_factory=dict)

    def pos(self, path: Path) -> Pos:
        """Where the value at `path` is, or its nearest enclosing value."""
        while path not in self.at and path:
            path = path[:-1]
        return self.at.get(path, Pos(self.file, 1, 1))

    def key_pos(self, path: Path) -> Pos:
        """Where the key of the value at `path` is (the value itself for list items)."""
        return self.key_at.get(path) or self.pos(path)


def _pos(file: str, mark: Any) -> Pos:
    return Pos(file, mark.line + 1, mark.column + 1)


def _yaml_problem(file: str, exc: yaml.YAMLError) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    pos = _pos(file, mark) if mark is not None else Pos(file, 1, 1)
    what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None)
    if context and context.startswith("while"):
        text = f"{what} ({context})"
    else:
        text = f"{context}, {what}" if context else what
    hint = next(
        (h for needle, h in _YAML_HINTS if needle in text),
        "check the indentation and quoting near here",
    )
    return Problem(pos, f"YAML syntax error: {text.replace(';', ',')}", hint)


def parse(file: str, text: str) -> tuple[Document | None, list[Problem]]:
    """Parse `text` (the contents of `file`); None when it is not readable YAML."""
    try:
        root = yaml.compose(text, Loader=_FastLoader)
    except yaml.YAMLError as fast_exc:
        # the pure-Python parser words its errors better (and the same on every machine)
        try:
            yaml.compose(text, Loader=_Loader)
        except yaml.YAMLError as exc:
            return None, [_yaml_problem(file, exc)]
        except RecursionError:
            pass
        return None, [_yaml_problem(file, fast_exc)]
    except RecursionError:
        return None, [
            Problem(
                Pos(file, 1, 1),
                "the YAML is nested too deeply",
                "a flow needs only a few levels of indentation",
            )
        ]
    if root is None:
        return None, [
            Problem(
                Pos(file, 1, 1),
                "the file is empty",
                "start with `id: my_flow` and a `steps:` mapping",
            )
        ]
    return _Converter(file).run(root)


class _Converter:
    """Node tree to plain data, recording positions and shape problems of the YAML itself."""

    def __init__(self, file: str) -> None:
        self.doc = Document(file)
        self.problems: list[Problem] = []
        self.active: set[int] = set()
        self.count = 0

    def run(self, root: Node) -> tuple[Document | None, list[Problem]]:
        try:
            self.doc.data = self.value(root, ())
        except _TooBig:
            return None, [
                Problem(
                    self.doc.pos(()),
                    "the file expands to too many values",
                    "aliases (*name) repeat whole blocks; write the flow out",
                )
            ]
        return self.doc, self.problems

    def value(self, node: Node, path: Path) -> Any:
        self.count += 1
        if self.count > _MAX_VALUES:
            raise _TooBig
        self.doc.at.setdefault(path, _pos(self.doc.file, node.start_mark))
        if node.tag not in _PLAIN_TAGS:
            self.problems.append(
                Problem(
                    _pos(self.doc.file, node.start_mark),
                    f"unsupported YAML tag '{node.tag}'",
                    "remove the tag: flow files use plain values only",
                )
            )
        if isinstance(node, ScalarNode):
            return _scalar(node)
        if id(node) in self.active:
            self.problems.append(
                Problem(
                    _pos(self.doc.file, node.start_mark),
                    "a YAML alias refers to the block that contains it",
                    "an alias (*name) cannot include itself; write it out",
                )
            )
            return None
        self.active.add(id(node))
        try:
            if isinstance(node, SequenceNode):
                return [self.value(child, (*path, i)) for i, child in enumerate(node.value)]
            assert isinstance(node, MappingNode)
            return self.mapping(node, path)
        finally:
            self.active.discard(id(node))

    def mapping(self, node: MappingNode, path: Path) -> dict[str, Any]:
        out: dict[str, Any] = {}
        seen: dict[str, Pos] = {}
        merges: list[Node] = []
        for key_node, value_node in node.value:
            key_pos = _pos(self.doc.file, key_node.start_mark)
            if key_node.tag == _MERGE:
                merges.append(value_node)
                continue
            if not isinstance(key_node, ScalarNode):
                self.problems.append(
                    Problem(
                        key_pos,
                        "a key must be a plain word",
                        "write `name: value`; lists and mappings cannot be keys",
                    )
                )
                continue
            key = str(key_node.value)
            if key in seen:
                self.problems.append(
                    Problem(
                        key_pos,
                        f"duplicate key '{key}' (first on line {seen[key].line})",
                        "YAML keeps only the last one: remove or rename one of them",
                    )
                )
                self.doc.at.pop((*path, key), None)
            seen[key] = key_pos
            self.doc.key_at[(*path, key)] = key_pos
            out[key] = self.value(value_node, (*path, key))
        for merge in merges:
            self.merge(merge, path, out)
        return out

    def merge(self, node: Node, path: Path, out: dict[str, Any]) -> None:
        """`<<: *anchor`: copy the anchored mapping's keys that are not written out here."""
        for source in node.value if isinstance(node, SequenceNode) else [node]:
            if not isinstance(source, MappingNode):
                self.problems.append(
                    Problem(
                        _pos(self.doc.file, source.start_mark),
                        "'<<' must merge a mapping",
                        "write `<<: *anchor` where &anchor names a mapping",
                    )
                )
                continue
            for key_node, value_node in source.value:
                key = str(key_node.value)
                if isinstance(key_node, ScalarNode) and key_node.tag != _MERGE and key not in out:
                    self.doc.key_at[(*path, key)] = _pos(self.doc.file, key_node.start_mark)
                    out[key] = self.value(value_node, (*path, key))


class _TooBig(Exception):
    pass


def _scalar(node: ScalarNode) -> Any:
    try:
        return _typed_scalar(node)
    except ValueError:  # an explicit tag on a value that does not fit it, like !!int "x"
        return str(node.value)


def _typed_scalar(node: ScalarNode) -> Any:
    value = str(node.value)
    if node.tag == _NULL:
        return None
    if node.tag == _BOOL:
        return value.lower() == "true"
    if node.tag == _INT:
        if value.startswith("0o"):
            return int(value[2:], 8)
        if value.startswith("0x"):
            return int(value[2:], 16)
        return int(value, 10)
    if node.tag == _FLOAT:
        lowered = value.lower()
        if lowered.endswith(".inf"):
            return -math.inf if lowered.startswith("-") else math.inf
        if lowered == ".nan":
            return math.nan
        return float(value)
    return value
