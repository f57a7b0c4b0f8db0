"""What a `mydata` export says in plain words: a short summary for the chat, and notes in the file.

`summary(data)` is the readable account shown in the chat: counts in everyday words, no internal
names. `plain_notes(data)` readies the JSON file: per-turn bookkeeping that says nothing about the
person (whether this turn came after an earlier one, the last button, command words) is left out,
and a `what_these_mean` section explains every remaining field in plain words.
"""

from __future__ import annotations

from typing import Any

RECORD_WORDS = {"plan": "plan", "safety_plan": "safety plan", "draft": "draft"}


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


PER_TURN = ("is_returning", "command_args", "last_choice")
"""Values the bot recomputes on every message; not about the person, so not exported."""

NOTES = {
    "person": "who you are on this platform (its ids for your workspace and you)",
    "conversation.flow / step": "the conversation we're in and the question I last asked",
    "conversation.flows_to_return_to": "conversations to go back to when this one ends",
    "conversation.answers": (
        "what you told me or picked: your answers, and facts I picked up from what you wrote "
        "(how far you got, how you heard, how many rejections, how long ago)"
    ),
    "conversation.working_values": "things I worked out from your answers, like counts",
    "conversation.crisis_memory": (
        "when you last sounded very low (distress_at) or had a hard setback (setback_at); kept "
        "24 hours so I can notice if things get worse, then it no longer counts"
    ),
    "conversation.remembered": (
        "small notes that keep the conversation going: when we last talked (seen_at), lines I "
        "said recently so I don't repeat them, where to pick up"
    ),
    "moods": "your mood check-ins: the number and any words",
    "records": "your plan, safety plan, drafts and other things you saved",
    "checkins": "check-in messages you asked for, and when",
    "preferences": "your settings: time zone, quiet hours, check-ins on or off",
    "kept": (
        "what you type is deleted after 30 days by default; your plan and safety plan stay "
        "until you delete them; typing forget deletes everything now"
    ),
}


def plain_notes(data: dict[str, Any]) -> dict[str, Any]:
    """The export without per-turn bookkeeping, with `what_these_mean` first."""
    conv = data.get("conversation")
    if isinstance(conv, dict):
        for group in ("answers", "working_values"):
            values = conv.get(group)
            if isinstance(values, dict):
                for name in PER_TURN:
                    values.pop(name, None)
    return {"what_these_mean": NOTES, **data}


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
        lines.append(
            f"- {n} {RECORD_WORDS.get(kind, kind.replace('_', ' '))} entr{'y' if n == 1 else 'ies'}"
        )
    upcoming = len([c for c in data.get("checkins") or [] if c["status"] == "pending"])
    lines.append(f"- {_count(upcoming, 'upcoming check-in', 'upcoming check-ins')}")
    if conv.get("crisis_memory"):
        lines.append(
            "- when you last sounded very low (kept 24 hours, so I can notice if things get worse)"
        )
    if data.get("preferences"):
        lines.append("- your settings (time zone, quiet hours)")
    lines.append(
        "The file has all of it, with a note on what each part means. It's stored encrypted; "
        "workspace and server admins can't read it, and the people who run this service hold the "
        "key, so they could decrypt it. What you type is deleted after 30 days by default. "
        "Type forget any time to erase it all."
    )
    return "\n".join(lines)
