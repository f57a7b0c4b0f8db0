"""A mood put right at a later question ("no i am not 3, i feel bad", "today i feel like 1") is
recorded and met, and the waiting question is asked again; it is never taken as that question's
answer, and a feeling-worded answer to the question ("i feel like the interview went ok") is
still the answer."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.checkins.mood_again import restated_mood
from bot.core.model import UserKey
from tests.replies import placer, speaker

KEY = UserKey("console", "mood-again", "p")
STAGE = "How far had you got with them?"

say = speaker(KEY)
place = placer(KEY)


@pytest.mark.parametrize(
    ("text", "taken", "mood"),
    [
        ("no i am not 3, i feel bad", "3", 2),
        ("today i feel like 1", "3", 1),
        ("no. not a 4. more like a 2", "4", 2),
        ("im more like a 2 honestly", "4", 2),
        ("i feel like a 4 now actually", "2", 4),
        ("interview", "3", None),
        ("actually i feel awful", "3", 1),
        (
            "honestly i feel like such a failure. everyone else seems to get jobs and i keep "
            "getting nothing",
            "2",
            None,
        ),
        ("i had 3 rounds", "3", None),
        ("not 3 rounds, 4", "2", None),
    ],
)
def test_a_restated_mood_is_read(text: str, taken: str, mood: int | None) -> None:
    got = restated_mood(text, taken)
    assert (got[0] if got else None) == mood


async def _mood_taken(app: App, mood: str) -> None:
    await say(app, "hi")
    assert STAGE in await say(app, mood)


async def _moods(app: App) -> list[int | None]:
    async with app.store.transaction() as tx:
        return [m.score for m in await tx.list_moods(KEY)]


async def test_a_mood_denied_at_the_next_question_is_put_right(quiet_app: App) -> None:
    await _mood_taken(quiet_app, "3")
    out = await say(quiet_app, "no i am not 3, i feel bad")
    assert "A 2, then" in out and "type help" in out
    assert out.rstrip().splitlines()[-1].startswith(STAGE)
    assert await place(quiet_app) == "welcome.ask_stage"
    assert await _moods(quiet_app) == [3, 2]


async def test_a_number_in_feeling_words_is_the_mood_not_an_option(quiet_app: App) -> None:
    await _mood_taken(quiet_app, "3")
    out = await say(quiet_app, "today i feel like 1")
    assert "A 1, then" in out
    assert await place(quiet_app) == "welcome.ask_stage"  # not "Application"
    out = await say(quiet_app, "today i feel like 1")
    assert "I have it as a 1" in out and "type help" not in out
    assert "And how did you hear?" in await say(quiet_app, "interview")


async def test_an_answer_in_feeling_words_is_still_the_answer(quiet_app: App) -> None:
    await _mood_taken(quiet_app, "3")
    out = await say(quiet_app, "i feel like the interview went ok")
    assert "And how did you hear?" in out
    assert await _moods(quiet_app) == [3]


async def test_a_low_mood_after_a_low_one_is_not_offered_help_twice(quiet_app: App) -> None:
    await say(quiet_app, "hi")
    assert "type help" in await say(quiet_app, "2")
    out = await say(quiet_app, "actually i feel more like a 1")
    assert "A 1, then" in out and "type help" not in out


async def test_in_spanish_a_denied_mood_is_put_right(quiet_app: App) -> None:
    decir = speaker(UserKey("console", "mood-again-es", "p"), locale="es-MX")
    await decir(quiet_app, "hola")
    assert "¿Hasta dónde llegaste" in await decir(quiet_app, "3")
    out = await decir(quiet_app, "no, no soy un 3, me siento muy mal")
    assert "Gracias por corregirme" in out and "entonces" in out
    assert "¿Hasta dónde llegaste" in out


async def test_fired_and_lost_in_spanish_is_a_low_mood_not_a_guess(quiet_app: App) -> None:
    decir = speaker(UserKey("console", "mood-fired-es", "p"), locale="es-MX")
    await decir(quiet_app, "hola")
    out = await decir(quiet_app, "me corrieron del trabajo ayer y no se que hacer")
    assert "¿Quisiste decir" not in out
    assert "un 2" in out and "Perder el trabajo" in out


@pytest.mark.parametrize("told", ["me rechazaron por correo", "me dijeron que no por correo"])
async def test_a_rejection_told_at_the_spanish_mood_question_goes_on(
    quiet_app: App, told: str
) -> None:
    decir = speaker(UserKey("console", "mood-told-es", "p"), locale="es-MX")
    await decir(quiet_app, "hola")
    out = await decir(quiet_app, told)
    assert "¿Qué te trae por aquí hoy?" not in out  # never the welcome over again
    assert "un 2" in out and "¿Hasta dónde llegaste" in out


async def test_the_welcome_s_own_phrase_at_its_question_never_starts_it_over(
    quiet_app: App,
) -> None:
    decir = speaker(UserKey("console", "welcome-phrase-es", "p"), locale="es-MX")
    await decir(quiet_app, "hola")
    out = await decir(quiet_app, "no me dieron el puesto")
    assert "¿Qué te trae por aquí hoy?" not in out
    assert await placer(UserKey("console", "welcome-phrase-es", "p"))(quiet_app) == (
        "welcome.ask_mood"
    )
