"""A short, readable account of what a `mydata` export holds."""

from __future__ import annotations

from typing import Any


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def summary(data: dict[str, Any]) -> str:
    """A short, readable account of what the export holds."""
    conv = data.get("conversation") or {}
    answers = conv.get("answers") or {}
    records = data.get("records") or []
    kinds: dict[str, int] = {}
    for r in records:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    lines = ["Here's everything I remember about you:"]
    lines.append(
        f"- {_count(len(answers), 'answer', 'answers')} from our conversations"
        if answers
        else "- no saved answers"
    )
    moods = len(data.get("moods") or [])
    lines.append(
        f"- {_count(moods, 'mood check-in', 'mood check-ins')}" if moods else "- no mood check-ins"
    )
    for kind, n in sorted(kinds.items()):
        lines.append(f"- {n} {kind.replace('_', ' ')} entr{'y' if n == 1 else 'ies'}")
    upcoming = len([c for c in data.get("checkins") or [] if c["status"] == "pending"])
    lines.append(f"- {_count(upcoming, 'upcoming check-in', 'upcoming check-ins')}")
    if conv.get("crisis_memory"):
        lines.append("- a note of when things felt very hard lately, so I can be gentle")
    if data.get("preferences"):
        lines.append("- your settings (time zone, quiet hours)")
    lines.append("The file has all of it. Type forget any time to erase it all.")
    return "\n".join(lines)
