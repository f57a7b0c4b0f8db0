"""Where a step goes, read from a flow file: its target (`next`, `goto`, `call` with `then`,
`end`), its options and what each sets, and its branch cases with their conditions. Reported here:
two targets at once, an option or case with nowhere to go, a condition with no test or two.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.flows.model import Case, ChoiceOption, Condition, ConditionOp, Target
from bot.flows.reader import FileReader
from bot.flows.yamldoc import Path

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


def read_target(r: FileReader, d: Mapping[str, Any], path: Path) -> Target | None:
    """The one target of the mapping `d` at `path`, or None when it has none (or a broken one)."""
    present = [k for k in TARGET_KEYS if k in d]
    for extra in present[1:]:
        r.report(
            r.doc.key_pos((*path, extra)),
            f"'{present[0]}' and '{extra}' both say where to go",
            "keep one target: `next`, `goto`, `call` (with `then`) or `end`",
        )
    if not present:
        return None
    key = present[0]
    pos = r.doc.pos((*path, key))
    if key == "end":
        return Target("end", pos=pos) if r.get((*path, key), bool) is True else None
    value = r.get((*path, key), str)
    if value is None:
        return None
    if key == "next":
        return Target("end", pos=pos) if value == "end" else Target("step", step=value, pos=pos)
    if key == "goto":
        return Target("flow", flow=value, pos=pos)
    then = r.get((*path, "then"), str)
    if then is None:
        return None
    assert r.source is not None
    r.source.then_pos[pos] = r.doc.pos((*path, "then"))
    return Target("call", step=then, flow=value, pos=pos)


def read_option(
    r: FileReader, sid: str, path: Path, default: Target | None, actions_before: int
) -> ChoiceOption | None:
    """The option at `path`; without a target of its own it goes to the step's (`default`)."""
    d = r.get(path, dict)
    oid = r.get((*path, "id"), str)
    if d is None or oid is None:
        return None
    target = read_target(r, d, path)
    if target is None and not any(k in d for k in TARGET_KEYS):
        target = default
    if target is None:
        if not r.shaky_under(path) and not any(k in d for k in TARGET_KEYS):
            r.report(
                r.doc.pos(path),
                f"option '{oid}' of step '{sid}' has no target",
                f"{_TARGET_HINT} to the option, or a `next:` to the step for every option",
            )
        return None
    sets = {
        k: _plain(v)
        for k, v in (r.get((*path, "sets"), dict) or {}).items()
        if isinstance(v, str | int | float | bool)
    }
    synonyms = tuple(
        s
        for i, s in enumerate(r.get((*path, "synonyms"), list) or [])
        if r.get((*path, "synonyms", i), str)
    )
    examples = tuple(
        s
        for i, s in enumerate(r.get((*path, "examples"), list) or [])
        if r.get((*path, "examples", i), str)
    )
    means = r.get((*path, "means"), (str, int))
    label = d.get("label")
    if isinstance(label, str):  # labels are templates too
        r.collect_sites(sid, label, (*path, "label"), actions_before)
    return ChoiceOption(
        oid,
        label if isinstance(label, str) else oid,
        target,
        synonyms,
        sets,
        r.doc.pos(path),
        examples,
        None if means is None else str(means),
    )


def read_case(r: FileReader, path: Path) -> Case | None:
    """One case of a branch: a condition (or `else`) and a target."""
    d = r.get(path, dict)
    if d is None:
        return None
    if "when" in d and "else" in d:
        r.report(
            r.doc.key_pos((*path, "else")),
            "a case has both 'when' and 'else'",
            "write `else:` alone in the last case, with only a target",
        )
    when = read_condition(r, (*path, "when")) if "when" in d else None
    target = read_target(r, d, path)
    if target is None:
        if not r.shaky_under(path) and not any(k in d for k in TARGET_KEYS):
            r.report(r.doc.pos(path), "this branch case has no target", _TARGET_HINT)
        return None
    if when is None and "else" not in d:
        return None
    return Case(when, target, r.doc.pos(path))


def read_condition(r: FileReader, path: Path) -> Condition | None:
    """The `when:` of a case: one test on the chosen option or on one variable."""
    d = r.get(path, dict)
    if d is None or r.shaky_under(path):
        return None
    pos = r.doc.pos(path)
    ops = [op for op in (*OPS, "keywords") if op in d]
    if "choice" in d:
        if "var" in d or ops:
            r.report(
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
        r.report(
            pos,
            "this condition tests nothing",
            "write `{choice: option_id}` or `{var: name, equals: value}`",
        )
        return None
    if len(ops) != 1:
        if ops:
            r.report(
                pos,
                f"the condition on '{var}' has {len(ops)} tests ({', '.join(ops)})",
                "one test per case: split it into cases",
            )
        else:
            r.report(
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


def _op(name: str) -> ConditionOp:
    for op in OPS:
        if op == name:
            return op
    raise ValueError(name)


def _plain(value: str | int | float | bool) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
