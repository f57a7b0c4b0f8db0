"""Message templates: `{name}` inserts a person's variable, `{{` and `}}` are literal braces.

Rendering never evaluates anything: a name is looked up in a plain mapping, and the value becomes a
user-originated `Part` so adapters escape it. `names()` lists the variables a template uses, for
validation (a variable that may be unset on some path is a load-time error, not a crash).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.core.model import Part, Text

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


def render(template: str, variables: Mapping[str, object]) -> Text:
    """Render `template`; variable values become user-originated parts (escaped by adapters).

    An unset variable renders as an empty string: validation rules it out in well-formed flows,
    and a person must never see a crash.
    """
    parts: list[Part] = []
    pos = 0
    for m in _TOKEN.finditer(template):
        if m.start() > pos:
            parts.append(Part(template[pos : m.start()]))
        tok = m.group(0)
        if tok == "{{":
            parts.append(Part("{"))
        elif tok == "}}":
            parts.append(Part("}"))
        else:
            parts.append(Part(display(variables.get(m.group(1) or "")), from_user=True))
        pos = m.end()
    if pos < len(template):
        parts.append(Part(template[pos:]))
    merged: list[Part] = []
    for p in parts:
        if not p.text:
            continue
        if merged and merged[-1].from_user == p.from_user:
            merged[-1] = Part(merged[-1].text + p.text, p.from_user)
        else:
            merged.append(p)
    return Text(tuple(merged) or (Part(""),))
