"""Message templates: `{name}` inserts a person's variable, `{{` and `}}` are literal braces.

Filling in never evaluates anything: a name is looked up in a plain mapping, and the value becomes
a user-originated piece so adapters escape it (`bot.core.render` makes the message). `names()`
lists the variables a template uses, for validation (a variable that may be unset on some path
is a load-time error, not a crash).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_TOKEN = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}")
_BAD_BRACE = re.compile(r"\{(?!\{)(?![A-Za-z_][A-Za-z0-9_]*\})")


def names(template: str) -> list[str]:
    """The variable names used by `template`, in order of appearance."""
    return [m.group(1) for m in _TOKEN.finditer(template) if m.group(1)]


def problems(template: str) -> list[str]:
    """Syntax problems: a `{` that does not open a `{name}` and is not doubled."""
    stripped = _TOKEN.sub("", template)
    out = []
    if "{" in stripped:
        out.append("a '{' that does not start a {variable}; write '{{' for a literal brace")
    if "}" in stripped:
        out.append("a '}' that does not close a {variable}; write '}}' for a literal brace")
    return out


def display(value: object) -> str:
    """How a variable's value reads in a message."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return ", ".join(display(v) for v in value)
    return str(value)


def pieces(template: str, variables: Mapping[str, object]) -> list[tuple[str, bool]]:
    """`template` filled in, as (text, from_user) pieces, neighbours of one kind merged.

    Values become user-originated pieces (escaped by adapters). An unset variable renders as an
    empty string: validation rules it out in well-formed flows, and a person must never see a
    crash. `bot.core.render` turns the pieces into a message.
    """
    parts: list[tuple[str, bool]] = []
    pos = 0
    for m in _TOKEN.finditer(template):
        if m.start() > pos:
            parts.append((template[pos : m.start()], False))
        tok = m.group(0)
        if tok == "{{":
            parts.append(("{", False))
        elif tok == "}}":
            parts.append(("}", False))
        else:
            parts.append((display(variables.get(m.group(1) or "")), True))
        pos = m.end()
    if pos < len(template):
        parts.append((template[pos:], False))
    merged: list[tuple[str, bool]] = []
    for text, from_user in parts:
        if not text:
            continue
        if merged and merged[-1][1] == from_user:
            merged[-1] = (merged[-1][0] + text, from_user)
        else:
            merged.append((text, from_user))
    return merged
