"""What a `mydata` export says in plain words: a short summary for the chat, and notes in the file.

`summary(data)` is the readable account shown in the chat: counts in everyday words, no internal
names. `plain_notes(data)` readies the JSON file: per-turn bookkeeping that says nothing about the
person (whether this turn came after an earlier one, the last button, command words) is left out,
the values kept are named in plain words in the person's language (`bot.privacy.labels`), and a
`what_these_mean` section explains every remaining field in plain words.
"""

from __future__ import annotations

from typing import Any

from bot.i18n import N_, _
from bot.i18n.catalogs import language_name
from bot.privacy.labels import labelled

RECORD_WORDS = {
    "plan": (N_("- 1 plan entry"), N_("- {count} plan entries")),
    "safety_plan": (N_("- 1 safety plan entry"), N_("- {count} safety plan entries")),
    "draft": (N_("- 1 draft entry"), N_("- {count} draft entries")),
    "thought": (N_("- 1 thought entry"), N_("- {count} thought entries")),
}


def _count(n: int, one: str, many: str) -> str:
    """`one` (said of exactly one) or `many` with the count, in the person's language: each
    language's catalogue words both forms as it needs."""
    return _(one) if n == 1 else _(many).format(count=n)


PER_TURN = ("is_returning", "command_args", "last_choice")
"""Values the bot recomputes on every message; not about the person, so not exported."""

NOTES = {
    "person": N_("who you are on this platform (its ids for your workspace and you)"),
    "conversation.flow / step": N_("the conversation we're in and the question I last asked"),
    "conversation.flows_to_return_to": N_("conversations to go back to when this one ends"),
    "conversation.answers": N_(
        "what you told me or picked: your answers, and facts I picked up from what you wrote "
        "(how far you got, how you heard, how many rejections, how long ago)"
    ),
    "conversation.working_values": N_("things I worked out from your answers, like counts"),
    "conversation.crisis_memory": N_(
        "when you last sounded very low (distress_at) or had a hard setback (setback_at); kept "
        "24 hours so I can notice if things get worse, then it no longer counts"
    ),
    "conversation.remembered": N_(
        "small notes that keep the conversation going: when we last talked (seen_at), lines I "
        "said recently so I don't repeat them, where to pick up"
    ),
    "moods": N_("your mood check-ins: the number and any words"),
    "records": N_("your plan, safety plan, drafts and other things you saved"),
    "checkins": N_("check-in messages you asked for, and when"),
    "preferences": N_("your settings: time zone, quiet hours, check-ins on or off"),
    "kept": N_(
        "what you type is deleted after 30 days by default; your plan and safety plan stay "
        "until you delete them; typing forget deletes everything now"
    ),
}
"""What each part of the file means, in English; the file carries them in the person's language."""


def plain_notes(data: dict[str, Any]) -> dict[str, Any]:
    """The export without per-turn bookkeeping, with `what_these_mean` first and the values
    given or worked out under plain names, both in the person's language (`labelled`)."""
    conv = data.get("conversation")
    if isinstance(conv, dict):
        for group in ("answers", "working_values"):
            values = conv.get(group)
            if isinstance(values, dict):
                for name in PER_TURN:
                    values.pop(name, None)
                conv[group] = labelled(values, working=group == "working_values")
    notes = {name: _(text) for name, text in NOTES.items()}
    return {"what_these_mean": notes, **data}


def summary(data: dict[str, Any]) -> str:
    """A short, readable account of what the export holds, in the person's language (counts
    said with one form for one and another for more)."""
    conv = data.get("conversation") or {}
    answers = conv.get("answers") or {}
    records = data.get("records") or []
    kinds: dict[str, int] = {}
    for r in records:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    lines = [_("Here's everything I remember about you:")]
    lines.append(
        _count(
            len(answers),
            N_("- 1 answer from our conversations"),
            N_("- {count} answers from our conversations"),
        )
        if answers
        else _("- no saved answers")
    )
    moods = len(data.get("moods") or [])
    lines.append(
        _count(moods, N_("- 1 mood check-in"), N_("- {count} mood check-ins"))
        if moods
        else _("- no mood check-ins")
    )
    for kind, n in sorted(kinds.items()):
        one, many = RECORD_WORDS.get(kind, (N_("- 1 other entry"), N_("- {count} other entries")))
        lines.append(_count(n, one, many))
    upcoming = len([c for c in data.get("checkins") or [] if c["status"] == "pending"])
    lines.append(_count(upcoming, N_("- 1 upcoming check-in"), N_("- {count} upcoming check-ins")))
    if conv.get("crisis_memory"):
        lines.append(
            _(
                "- when you last sounded very low (kept 24 hours, so I can notice if things get "
                "worse)"
            )
        )
    spoken = (conv.get("remembered") or {}).get("language")
    if isinstance(spoken, str) and spoken:
        lines.append(
            _("- the language I speak with you: {language}").format(language=language_name(spoken))
        )
    if data.get("preferences"):
        lines.append(_("- your settings (time zone, quiet hours)"))
    lines.append(
        _(
            "The file has all of it, with a note on what each part means. It's stored encrypted; "
            "workspace and server admins can't read it, and the people who run this service hold "
            "the key, so they could decrypt it. What you type is deleted after 30 days by default. "
            "Type forget any time to erase it all."
        )
    )
    return "\n".join(lines)
