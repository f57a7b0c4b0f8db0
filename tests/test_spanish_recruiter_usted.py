"""Messages the person sends to a recruiter or a company speak to them as "usted" in Spanish (the
bot itself keeps "tú" with the person): the feedback email and call, the thank-you notes and the
follow-up after silence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

CATALOGUE = Path(__file__).parent.parent / "dialogues" / "locales" / "es" / "LC_MESSAGES"
TO_RECRUITERS = {
    "plan.po": (
        "plan.feedback_email.say.1",
        "plan.feedback_phone.say.1",
        "plan.thanks_note.say.1",
        "plan.thanks_with_strengths.say.2",
    ),
    "ghosted.po": ("ghosted.template.say.1",),
    "checkin_reconnect.po": ("checkin_reconnect.message.say.1",),
}
TU = re.compile(
    r"\b(?:tú|tu|tus|te|ti|contigo|estés|tendrías|podrías|puedes|quieres|reconsideres|"
    r"dedicaste|avisaste|escribes)\b",
    re.IGNORECASE,
)


def _texts() -> list[tuple[str, str]]:
    found = []
    for name, contexts in TO_RECRUITERS.items():
        with (CATALOGUE / name).open("rb") as f:
            by_context = {m.context: m.string for m in read_po(f) if m.id}
        found += [(context, str(by_context[context])) for context in contexts]
    return found


def _sent(text: str) -> str:
    """The words that go to the recruiter, without the bot's line introducing them."""
    if text.count('"') >= 2:
        return text.split('"')[1]  # a script to say on the phone
    first, _, rest = text.partition("\n")
    return rest if first.endswith(":") and not first.startswith("Hola") else text


@pytest.mark.parametrize(("context", "text"), _texts(), ids=[c for c, _t in _texts()])
def test_what_goes_to_a_recruiter_says_usted(context: str, text: str) -> None:
    sent = _sent(text)
    sent = re.sub(r"\[[^\]]*\]", "", sent)  # placeholders speak to the person: "[tu nombre]"
    assert not TU.findall(sent), (context, TU.findall(sent))


def test_the_phone_script_is_introduced_to_the_person_as_tu() -> None:
    phone = dict(_texts())["plan.feedback_phone.say.1"]
    assert phone.startswith("Por teléfono podrías decir")
