"""What a play-tester found saying a low mood in everyday Mexican Spanish at the plan, kept fixed
over the real bot and flows: "de la goma", "bajoneado, sin ganas de nada", "agüitado" are met as
a low mood with a warm line and ways on, never read as "That's all for now" or as a question the
bot cannot answer; "what do I do if I feel ..." gets ideas for that feeling."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import UserKey
from bot.low_mood import low_mood
from tests.placing import put_at
from tests.replies import placer, speaker

KEY = UserKey("console", "local", "pat")
say = speaker(KEY)
decir = speaker(KEY, "es-MX")
place = placer(KEY)
WAYS_ON = "Hay más / Me vendrían bien unas ideas / Por ahora es todo / Volver al menú"


@pytest.mark.parametrize(
    "words",
    [
        "que me siento bien bajoneado, sin ganas de nada",
        "ando agüitado",
        "me siento de la patada",
        "estoy bien triste",
        "ando de la goma",
    ],
)
async def test_low_mood_in_spanish_at_the_plan_is_met(quiet_app: App, words: str) -> None:
    await put_at(quiet_app, KEY, "plan", "show", asked=True)
    out = await decir(quiet_app, words)
    assert "Ve con calma" not in out and "suena a una pregunta" not in out, out
    assert WAYS_ON in out, out
    assert await place(quiet_app) == "vent.heard"


async def test_what_do_i_do_if_i_feel_low_is_answered_as_low_mood(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "plan", "show", asked=True)
    out = await decir(
        quiet_app, "si me siento de la goma todo el dia que hago? no tengo ganas de nada"
    )
    assert "suena a una pregunta" not in out, out
    assert "Sentirse así después de un no es más común" in out, out
    assert "Volver al menú" in out
    assert await place(quiet_app) == "vent.ideas"


async def test_what_do_i_do_if_i_feel_down_in_english(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "plan", "show", asked=True)
    out = await say(quiet_app, "what do i do if i feel really down all day")
    assert "Feeling like that after a no is more common" in out, out
    assert await place(quiet_app) == "vent.ideas"


def test_everyday_words_that_are_no_low_mood() -> None:
    assert not low_mood("remove 3")
    assert not low_mood("estoy bien, gracias")
    assert not low_mood("quita el 3 porfa")
