"""What a play-tester found in "mis datos": the file showed the stored record's internal names
(welcome_back, mood_plain, ...) half in English. The values given or worked out are named in
plain words in the person's language, a yes or no is said in it too, working values holding
nothing are left out, and nothing held is lost (a name without a label keeps its own)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.app import App
from bot.core.model import Attachment, Turn, UserKey
from bot.privacy.labels import labelled
from bot.privacy.summary import plain_notes

KEY = UserKey("console", "local", "datos")
INTERNAL = ("welcome_back", "mood_plain", "mood_saved", "mood_score", "stage", "heard", "came")


async def _export(app: App, locale: str, *texts: str) -> dict[str, Any]:
    for text in texts:
        await app.engine.handle(Turn(KEY, text=text, locale=locale))
    asked = "mis datos" if locale.startswith("es") else "my data"
    replies = await app.engine.handle(Turn(KEY, text=asked, locale=locale))
    file = next(r for r in replies if isinstance(r, Attachment))
    return json.loads(file.content)


@pytest.mark.parametrize(
    ("locale", "texts", "felt"),
    [("es-MX", ("hola", "2", "me rechazaron en la entrevista final", "por correo"),
      "Cómo te sentías, del 1 al 5"),
     ("en-US", ("hi", "2", "i got rejected after the final interview", "by email"),
      "How you felt, 1 to 5")],
)  # fmt: skip
async def test_the_file_names_the_values_in_the_persons_language(
    quiet_app: App, locale: str, texts: tuple[str, ...], felt: str
) -> None:
    data = await _export(quiet_app, locale, *texts)
    conv = data["conversation"]
    shown = json.dumps({**conv["answers"], **conv["working_values"]}, ensure_ascii=False)
    for name in INTERNAL:
        assert f'"{name}"' not in shown, shown
    assert conv["answers"][felt] == "2"
    if locale.startswith("es"):
        assert "Hasta dónde llegaste" in conv["answers"]
        assert conv["working_values"].get("Si se guardó tu ánimo") == "sí"
        assert '"yes"' not in shown, shown


def test_empty_working_values_are_left_out_and_unknown_names_kept() -> None:
    values = labelled({"welcome_back": "", "mood_plain": "no", "odd_name": 3}, working=True)
    assert values == {"Whether your mood was said in words": "no", "odd_name": 3}


def test_plain_notes_names_the_answers() -> None:
    data = {"conversation": {"answers": {"stage": "interview", "last_choice": "x"}}}
    noted = plain_notes(data)
    assert noted["conversation"]["answers"] == {"How far you got": "interview"}
