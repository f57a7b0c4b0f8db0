"""Building the typed flow model (bot/flows/model.py) from one file's positioned data.

The builder trusts nothing: values the schema already rejected are skipped (never reported twice),
and a step with shape problems is marked `tainted` so the graph checks do not pile guesses on top
of it. What it reports itself are the mistakes a schema cannot express well: two targets at once,
a step that both branches and waits, an option or case with nowhere to go, a condition with no test
or two. Next to each `Flow` it keeps a `FlowSource`: the exact positions and template texts the
semantic checks need. This module builds the flow, its steps, actions and captures; reading values
defensively is `bot/flows/reader.py`, where a step goes (targets, options, branch cases)
`bot/flows/routes.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from pathlib import PurePath
from typing import Any

from bot.flows import routes
from bot.flows.model import ActionCall, Capture, Flow, Pos, Step, Triggers
from bot.flows.problems import Problem
from bot.flows.reader import FileReader, FlowSource
from bot.flows.schema import SchemaIssue
from bot.flows.yamldoc import Document, Path

STEP_FLAGS = tuple(f.name for f in fields(Step) if f.type in {"bool", "str | None"})
"""A step's plain flags (`patient`, `any_text`, ...): copied from the file by name, so a new one
is a field of the format (`bot/flows/spec.py`) and of the runtime `Step`, nothing more."""


def build_flow(doc: Document, issues: list[SchemaIssue]) -> tuple[FlowSource | None, list[Problem]]:
    """The typed flow of `doc`, or None when the file holds no flow mapping at all."""
    if not isinstance(doc.data, dict):
        return None, []
    builder = _Builder(doc, issues)
    return builder.flow(), builder.problems


class _Builder(FileReader):
    """Builds the typed `Flow` of one file (with its `FlowSource`), step by step."""

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
            resume=self.get(("resume",), str) or "",
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
        target = routes.read_target(self, d, path)
        if "branch" in d and target is not None:
            key = next(k for k in routes.TARGET_KEYS if k in d)
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
            if (opt := routes.read_option(self, sid, (*path, "choices", i), target, len(actions)))
            is not None
        )
        cases = tuple(
            case
            for i, _ in enumerate(self.get((*path, "branch"), list) or [])
            if (case := routes.read_case(self, (*path, "branch", i))) is not None
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
