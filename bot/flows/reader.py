"""Reading one flow file's positioned data for the builder: values that exist, have the right type
and passed the schema; problems reported at their position (and the step they taint); template
texts collected with their positions. `FlowSource` is what the builder hands the semantic checks
(`bot/flows/checks.py`): the built flow, its positions and its template texts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.flows.model import Flow, Message, Pos
from bot.flows.problems import Problem
from bot.flows.schema import SchemaIssue
from bot.flows.yamldoc import Document, Path

_HARMLESS = {"maxLength", "minLength"}  # shape problems that cannot change where a step goes


@dataclass(frozen=True, slots=True)
class TemplateSite:
    """A template text in a step; `actions_before` actions of the step have run when it renders."""

    step: str
    text: str
    pos: Pos
    actions_before: int


@dataclass(slots=True)
class FlowSource:
    """A built flow plus what its checks need: positions and template texts."""

    flow: Flow
    file: str
    id_ok: bool
    start_pos: Pos | None
    commands: list[tuple[str, Pos]] = field(default_factory=list)
    then_pos: dict[Pos, Pos] = field(default_factory=dict)
    sites: list[TemplateSite] = field(default_factory=list)
    tainted: set[str] = field(default_factory=set)


class FileReader:
    """The positioned data of one flow file, read defensively, and the problems found in it."""

    def __init__(self, doc: Document, issues: list[SchemaIssue]) -> None:
        self.doc = doc
        self.problems: list[Problem] = []
        self.bad = {i.path for i in issues}
        self.shaky = [i.path for i in issues if i.validator not in _HARMLESS]
        self.source: FlowSource | None = None
        self.step_id: str | None = None

    # -- reading values -------------------------------------------------------------------------

    def get(self, path: Path, kind: type | tuple[type, ...]) -> Any:
        """The value at `path` when it exists, has the right type and passed the schema."""
        value: Any = self.doc.data
        for key in path:
            if isinstance(value, dict) and isinstance(key, str) and key in value:
                value = value[key]
            elif isinstance(value, list) and isinstance(key, int) and key < len(value):
                value = value[key]
            else:
                return None
        if path in self.bad or not isinstance(value, kind):
            return None
        if isinstance(value, bool) and kind in {int, float, (int, float)}:
            return None
        return value

    def shaky_under(self, path: Path) -> bool:
        n = len(path)
        return any(p[:n] == path for p in self.shaky)

    def report(self, pos: Pos, message: str, hint: str) -> None:
        self.problems.append(Problem(pos, message, hint))
        if self.source is not None and self.step_id is not None:
            self.source.tainted.add(self.step_id)

    def collect_sites(self, sid: str, value: Any, path: Path, actions_before: int) -> None:
        assert self.source is not None
        if isinstance(value, str):
            self.source.sites.append(TemplateSite(sid, value, self.doc.pos(path), actions_before))
        elif isinstance(value, dict):
            for key, item in value.items():
                self.collect_sites(sid, item, (*path, key), actions_before)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                self.collect_sites(sid, item, (*path, i), actions_before)

    def message(self, sid: str, path: Path, actions_before: int) -> Message | None:
        text = self.get(path, str)
        if text is not None:
            self.collect_sites(sid, text, path, actions_before)
            return Message((text,), self.doc.pos(path))
        variants = self.get((*path, "variants"), list)
        if variants is None or self.get(path, dict) is None:
            return None
        texts = [(i, v) for i, v in enumerate(variants) if isinstance(v, str)]
        for i, v in texts:
            self.collect_sites(sid, v, (*path, "variants", i), actions_before)
        return Message(tuple(v for _, v in texts), self.doc.pos(path)) if texts else None
