"""Branch conditions: whether a step's `when` holds for a person's variables (`Walker` branches
on them)."""

from __future__ import annotations

from collections.abc import Mapping

from bot.core.text import contains_phrase, fold
from bot.flows.model import Condition


def holds(cond: Condition, values: Mapping[str, object]) -> bool:
    """Whether a branch condition is true for these variables."""
    if cond.kind == "choice":
        picked = str(values.get("last_choice") or "")
        if isinstance(cond.value, list | tuple):
            return picked in [str(v) for v in cond.value]
        return picked == str(cond.value)
    value = values.get(cond.var or "")
    if cond.kind == "keywords":
        return any(contains_phrase(str(value or ""), k) for k in cond.keywords)
    op = cond.op
    if op == "set":
        return value not in (None, "")
    if op == "unset":
        return value in (None, "")
    if op == "contains":
        return contains_phrase(str(value or ""), str(cond.value))
    if op in ("lt", "le", "gt", "ge"):
        try:
            a, b = float(str(value)), float(str(cond.value))
        except ValueError:
            return False
        return {"lt": a < b, "le": a <= b, "gt": a > b, "ge": a >= b}[op]
    if op == "in":
        options = cond.value if isinstance(cond.value, list | tuple) else [cond.value]
        return fold(str(value or "")) in [fold(str(v)) for v in options]
    equal = fold(str(value if value is not None else "")) == fold(str(cond.value))
    return equal if op == "equals" else not equal
