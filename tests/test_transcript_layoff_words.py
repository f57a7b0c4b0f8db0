"""What play-testers found after a layoff, kept fixed over the real bot and flows: the Spanish
(and English) introduction, the mood lines and the feelings said back speak of losing a job,
never of a rejection ("rechazo"); a question asking about both the severance ("liquidación")
and unemployment help gets both answers."""

from __future__ import annotations

from bot.app import App
from bot.core.model import UserKey
from tests.replies import speaker

KEY = UserKey("console", "local", "pat")
say = speaker(KEY)
decir = speaker(KEY, "es-MX")


async def test_the_spanish_introduction_after_a_layoff(quiet_app: App) -> None:
    out = await decir(quiet_app, "me despidieron hoy")
    assert "después de perder un trabajo" in out and "rechazo" not in out, out
    out = await decir(quiet_app, "3")
    assert "Perder un trabajo lo sacude todo" in out and "rechazo" not in out, out


async def test_sadness_after_a_layoff_speaks_of_the_job_lost(quiet_app: App) -> None:
    await decir(quiet_app, "me despidieron hoy")
    await decir(quiet_app, "prefiero decirlo con palabras")
    out = await decir(quiet_app, "estoy muy triste y me da vergüenza")
    assert "Perder el trabajo que tenías es una pérdida real" in out, out
    assert "rechazo" not in out, out


async def test_sadness_after_a_layoff_in_english(quiet_app: App) -> None:
    await say(quiet_app, "i got laid off today")
    await say(quiet_app, "in words")
    out = await say(quiet_app, "i feel so sad")
    assert "Losing a job you had is a real loss" in out and "hoping for this" not in out, out


async def test_severance_and_unemployment_asked_together_get_both_answers(quiet_app: App) -> None:
    await decir(quiet_app, "me despidieron hoy")
    await decir(quiet_app, "2")
    out = await decir(
        quiet_app, "¿me tienen que pagar liquidación y cómo pido el seguro de desempleo?"
    )
    assert "No firmes en el momento" in out, out  # the severance answer
    assert "oficina de desempleo" in out, out  # the unemployment answer


async def test_severance_and_unemployment_asked_together_in_english(quiet_app: App) -> None:
    await say(quiet_app, "i got laid off today")
    await say(quiet_app, "2")
    out = await say(quiet_app, "do i get severance and how do i apply for unemployment?")
    assert "Don't sign on the spot" in out and "unemployment office" in out, out
