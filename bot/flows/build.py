"""Building the typed flow model (bot/flows/model.py) from one file's positioned data.

The builder trusts nothing: values the schema already rejected are skipped (never reported twice),
and a step with shape problems is marked `tainted` so the graph checks do not pile guesses on top
of it. What it reports itself are the mistakes a schema cannot express well: two targets at once,
a step that both branches and waits, an option or case with nowhere to go, a condition with no test
or two. Next to each `Flow` it keeps a `FlowSource`: the exact positions and template texts the
semantic checks need.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import PurePath
from typing import Any

from bot.flows.model import (
    ActionCall,
    Capture,
    Case,
    ChoiceOption,
    Condition,
    ConditionOp,
    Flow,
    Message,
    Pos,
    Step,
    Target,
    Triggers,
)
from bot.flows.problems import Problem
from bot.flows.schema import SchemaIssue
from bot.flows.yamldoc import Document, Path

TARGET_KEYS = ("next", "goto", "call", "end")
OPS: tuple[ConditionOp, ...] = (
    "equals",
    "not_equals",
    "in",
    "lt",
    "le",
    "gt",
    "ge",
    "set",
    "unset",
    "contains",
)
_TARGET_HINT = "add `next: step_id` (or `goto: flow_id`, `call: flow_id` with `then:`, `end: true`)"
STEP_FLAGS = tuple(f.name for f in fields(Step) if f.type in {"bool", "str | None"})
"""A step's plain flags (`patient`, `any_text`, ...): copied from the file by name, so a new one
is a field of the format (`bot/flows/spec.py`) and of the runtime `Step`, nothing more."""
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


def build_flow(doc: Document, issues: list[SchemaIssue]) -> tuple[FlowSource | None, list[Problem]]:
    """The typed flow of `doc`, or None when the file holds no flow mapping at all."""
    if not isinstance(doc.data, dict):
        return None, []
    builder = _Builder(doc, issues)
    return builder.flow(), builder.problems


class _Builder:
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

    # -- the flow -------------------------------------------------------------------------------

    def flow(self) -> FlowSource:
        doc = self.doc
        fid = self.get(("id",), str)
        id_ok = fid is not None
        flow_id: str = fid if fid is not None else PurePath(doc.file).stem
        commands = [
            (c, doc.pos(("triggers", "commands", i)))
            for i, c in enumerate(self.get(("triggers", "commands"), list) or [])
            if self.get(("triggers", "commands", i), str)
        ]
        phrases = tuple(
            p
            for i, p in enumerate(self.get(("triggers", "phrases"), list) or [])
            if self.get(("triggers", "phrases", i), str)
        )
        start = self.get(("start",), str)
        source = FlowSource(
            flow=Flow(flow_id, "", "", {}),
            file=doc.file,
            id_ok=id_ok,
            start_pos=doc.pos(("start",)) if start is not None else None,
            commands=commands,
        )
        self.source = source
        steps: dict[str, Step] = {}
        for sid in self.get(("steps",), dict) or {}:
            path: Path = ("steps", sid)
            if self.shaky_under(path):
                source.tainted.add(sid)
            self.step_id = sid
            steps[sid] = self.step(sid, self.get(path, dict) or {}, path)
        self.step_id = None
        source.flow = Flow(
            id=flow_id,
            title=self.get(("title",), str) or flow_id,
            start=start if start is not None else next(iter(steps), ""),
            steps=steps,
            triggers=Triggers(tuple(c for c, _ in commands), phrases),
            description=self.get(("description",), str) or "",
            pos=doc.pos(("id",)) if id_ok else Pos(doc.file, 1, 1),
            patient=self.get(("patient",), bool) is True,
        )
        return source

    # -- steps ----------------------------------------------------------------------------------

    def step(self, sid: str, d: Mapping[str, Any], path: Path) -> Step:
        actions = self.actions(sid, d, path)
        raw_say = d.get("say")
        say_paths: list[Path] = (
            []
            if "say" not in d
            else [(*path, "say", i) for i in range(len(raw_say))]
            if isinstance(raw_say, list)
            else [(*path, "say")]
        )
        say = [m for p in say_paths if (m := self.message(sid, p, len(actions))) is not None]
        ask = self.message(sid, (*path, "ask"), len(actions)) if "ask" in d else None
        waits = [k for k in ("choices", "capture", "branch") if k in d]
        for extra in waits[1:]:
            self.report(
                self.doc.key_pos((*path, extra)),
                f"step '{sid}' has both '{waits[0]}' and '{extra}'",
                "a step does one of them: split it into two steps",
            )
        target = self.target(d, path)
        if "branch" in d and target is not None:
            key = next(k for k in TARGET_KEYS if k in d)
            self.report(
                self.doc.key_pos((*path, key)),
                f"step '{sid}' has both 'branch' and '{key}'",
                f"the branch decides where to go: move `{key}` into an `else:` case",
            )
        if "ask" in d and not {"choices", "capture"} & set(d):
            self.report(
                self.doc.key_pos((*path, "ask")),
                f"step '{sid}' asks a question but does not wait for an answer",
                "add `choices:` or `capture:`, or put the text in `say:`",
            )
        choices = tuple(
            opt
            for i, _ in enumerate(self.get((*path, "choices"), list) or [])
            if (opt := self.option(sid, (*path, "choices", i), target, len(actions))) is not None
        )
        cases = tuple(
            case
            for i, _ in enumerate(self.get((*path, "branch"), list) or [])
            if (case := self.case((*path, "branch", i))) is not None
        )
        return Step(
            id=sid,
            actions=actions,
            say=tuple(say),
            ask=ask,
            choices=choices,
            capture=self.capture(sid, (*path, "capture"), len(actions)) if "capture" in d else None,
            branch=cases,
            next=None if cases else target,
            pos=self.doc.key_pos(path),
            **self.flags(path),
        )

    def flags(self, path: Path) -> dict[str, Any]:
        """The step's plain flags (`STEP_FLAGS`), each under its own name."""
        values = {key: self.get((*path, key), (bool, str)) for key in STEP_FLAGS}
        return {key: value for key, value in values.items() if value is not None}

    def actions(self, sid: str, d: Mapping[str, Any], path: Path) -> tuple[ActionCall, ...]:
        calls: list[ActionCall] = []
        for i, _ in enumerate(self.get((*path, "actions"), list) or []):
            name = self.get((*path, "actions", i, "name"), str)
            if name is not None and self.get((*path, "actions", i), dict) is not None:
                args_path = (*path, "actions", i, "args")
                calls.append(
                    self.action_call(
                        sid,
                        name,
                        args_path,
                        len(calls),
                        self.doc.pos((*path, "actions", i, "name")),
                    )
                )
        name = self.get((*path, "action"), str)
        if name is not None:
            if "actions" in d:
                self.report(
                    self.doc.key_pos((*path, "action")),
                    f"step '{sid}' has both 'action' and 'actions'",
                    "use one: move this action into the `actions:` list",
                )
            calls.append(
                self.action_call(
                    sid, name, (*path, "args"), len(calls), self.doc.pos((*path, "action"))
                )
            )
        return tuple(calls)

    def action_call(self, sid: str, name: str, args_path: Path, index: int, pos: Pos) -> ActionCall:
        args = self.get(args_path, dict) or {}
        self.collect_sites(sid, args, args_path, index)
        return ActionCall(name, args, pos)

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

    # -- where to go ----------------------------------------------------------------------------

    def target(self, d: Mapping[str, Any], path: Path) -> Target | None:
        present = [k for k in TARGET_KEYS if k in d]
        for extra in present[1:]:
            self.report(
                self.doc.key_pos((*path, extra)),
                f"'{present[0]}' and '{extra}' both say where to go",
                "keep one target: `next`, `goto`, `call` (with `then`) or `end`",
            )
        if not present:
            return None
        key = present[0]
        pos = self.doc.pos((*path, key))
        if key == "end":
            return Target("end", pos=pos) if self.get((*path, key), bool) is True else None
        value = self.get((*path, key), str)
        if value is None:
            return None
        if key == "next":
            return Target("end", pos=pos) if value == "end" else Target("step", step=value, pos=pos)
        if key == "goto":
            return Target("flow", flow=value, pos=pos)
        then = self.get((*path, "then"), str)
        if then is None:
            return None
        assert self.source is not None
        self.source.then_pos[pos] = self.doc.pos((*path, "then"))
        return Target("call", step=then, flow=value, pos=pos)

    def option(
        self, sid: str, path: Path, default: Target | None, actions_before: int
    ) -> ChoiceOption | None:
        d = self.get(path, dict)
        oid = self.get((*path, "id"), str)
        if d is None or oid is None:
            return None
        target = self.target(d, path)
        if target is None and not any(k in d for k in TARGET_KEYS):
            target = default
        if target is None:
            if not self.shaky_under(path) and not any(k in d for k in TARGET_KEYS):
                self.report(
                    self.doc.pos(path),
                    f"option '{oid}' of step '{sid}' has no target",
                    f"{_TARGET_HINT} to the option, or a `next:` to the step for every option",
                )
            return None
        sets = {
            k: _plain(v)
            for k, v in (self.get((*path, "sets"), dict) or {}).items()
            if isinstance(v, str | int | float | bool)
        }
        synonyms = tuple(
            s
            for i, s in enumerate(self.get((*path, "synonyms"), list) or [])
            if self.get((*path, "synonyms", i), str)
        )
        examples = tuple(
            s
            for i, s in enumerate(self.get((*path, "examples"), list) or [])
            if self.get((*path, "examples", i), str)
        )
        means = self.get((*path, "means"), (str, int))
        label = d.get("label")
        if isinstance(label, str):  # labels are templates too
            self.collect_sites(sid, label, (*path, "label"), actions_before)
        return ChoiceOption(
            oid,
            label if isinstance(label, str) else oid,
            target,
            synonyms,
            sets,
            self.doc.pos(path),
            examples,
            None if means is None else str(means),
        )

    def case(self, path: Path) -> Case | None:
        d = self.get(path, dict)
        if d is None:
            return None
        if "when" in d and "else" in d:
            self.report(
                self.doc.key_pos((*path, "else")),
                "a case has both 'when' and 'else'",
                "write `else:` alone in the last case, with only a target",
            )
        when = self.condition((*path, "when")) if "when" in d else None
        target = self.target(d, path)
        if target is None:
            if not self.shaky_under(path) and not any(k in d for k in TARGET_KEYS):
                self.report(self.doc.pos(path), "this branch case has no target", _TARGET_HINT)
            return None
        if when is None and "else" not in d:
            return None
        return Case(when, target, self.doc.pos(path))

    def condition(self, path: Path) -> Condition | None:
        d = self.get(path, dict)
        if d is None or self.shaky_under(path):
            return None
        pos = self.doc.pos(path)
        ops = [op for op in (*OPS, "keywords") if op in d]
        if "choice" in d:
            if "var" in d or ops:
                self.report(
                    pos,
                    "a condition tests 'choice' and a variable at once",
                    "one test per case: split it into two cases",
                )
                return None
            choice = d["choice"]
            if isinstance(choice, list):
                return Condition("choice", op="in", value=tuple(choice), pos=pos)
            return Condition("choice", value=choice, pos=pos)
        var = d.get("var")
        if not isinstance(var, str):
            self.report(
                pos,
                "this condition tests nothing",
                "write `{choice: option_id}` or `{var: name, equals: value}`",
            )
            return None
        if len(ops) != 1:
            if ops:
                self.report(
                    pos,
                    f"the condition on '{var}' has {len(ops)} tests ({', '.join(ops)})",
                    "one test per case: split it into cases",
                )
            else:
                self.report(
                    pos,
                    f"the condition on '{var}' does not say what to test",
                    "add one of: " + ", ".join((*OPS, "keywords")),
                )
            return None
        op = ops[0]
        if op == "keywords":
            return Condition("keywords", var=var, keywords=tuple(d["keywords"]), pos=pos)
        value = tuple(d[op]) if op == "in" else d[op]
        return Condition("var", var=var, op=_op(op), value=value, pos=pos)

    def capture(self, sid: str, path: Path, actions_before: int) -> Capture | None:
        if self.get(path, dict) is None:
            return None

        def num(key: str) -> float | None:
            value = self.get((*path, key), (int, float))
            return None if value is None else float(value)

        max_length = self.get((*path, "max_length"), int)
        one_of = self.get((*path, "one_of"), list)
        return Capture(
            var=self.get((*path, "var"), str) or "",
            required=self.get((*path, "required"), bool) is not False,
            max_length=max_length,
            number=self.get((*path, "number"), bool) is True,
            min=num("min"),
            max=num("max"),
            one_of=tuple(str(v) for v in one_of) if one_of is not None else None,
            invalid=self.message(sid, (*path, "invalid"), actions_before),
            pos=self.doc.pos(path),
            append=self.get((*path, "append"), bool) is True,
        )


def _op(name: str) -> ConditionOp:
    for op in OPS:
        if op == name:
            return op
    raise ValueError(name)


def _plain(value: str | int | float | bool) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
