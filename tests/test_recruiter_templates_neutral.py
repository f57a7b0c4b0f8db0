"""The messages the bot offers to send a recruiter after a rejection carry no line about the
person they hired: from someone just turned down, "I hope the new person settles in well" reads
as sarcasm, in English and in Spanish."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from babel.messages.pofile import read_po

ROOT = Path(__file__).parent.parent / "dialogues"
TEMPLATES = {
    "plan.yaml": ("feedback_email", "feedback_phone", "thanks_note", "thanks_with_strengths"),
    "ghosted.yaml": ("template",),
}
ABOUT_THE_HIRE = re.compile(
    r"new (?:person|hire|starter|colleague)|settles? in|whoever (?:you|they)|the person you"
    r"|successful candidate|persona (?:elegida|nueva|seleccionada)|nuevo integrante"
    r"|le vaya (?:muy )?bien",
    re.IGNORECASE,
)


def _english() -> list[tuple[str, str]]:
    found = []
    for name, steps in TEMPLATES.items():
        steps_of = yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))["steps"]
        for step_id in steps:
            found += [(step_id, str(s)) for s in steps_of[step_id].get("say") or []]
    return found


def _spanish() -> list[tuple[str, str]]:
    found = []
    for name, steps in TEMPLATES.items():
        path = ROOT / "locales" / "es" / "LC_MESSAGES" / name.replace(".yaml", ".po")
        with path.open("rb") as f:
            for m in read_po(f):
                if m.id and m.context and m.context.split(".")[1] in steps:
                    found.append((m.context, str(m.string)))
    return found


def test_the_templates_are_found() -> None:
    assert any(step == "feedback_email" for step, _ in _english())
    assert any(ctx.startswith("plan.feedback_email") for ctx, _ in _spanish())


@pytest.mark.parametrize("text", [pytest.param(t, id=w) for w, t in _english() + _spanish()])
def test_a_message_to_the_recruiter_says_nothing_about_the_new_hire(text: str) -> None:
    assert not ABOUT_THE_HIRE.search(text)
