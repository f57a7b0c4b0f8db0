"""What a play-tester found after telling the bot they were laid off, kept fixed over the real bot
and flows: the plan's money steps, and the feelings lexicon's lines about shame and money, speak
of losing a job, not of a rejection or interview steps; after a rejection they are unchanged."""

from __future__ import annotations

from bot.app import App
from bot.core.model import UserKey
from bot.understanding.feelings import Lexicon
from tests.replies import placer, speaker

KEY = UserKey("console", "local", "pat")
say = speaker(KEY)
decir = speaker(KEY, "es-MX")
place = placer(KEY)


async def test_the_plan_after_a_layoff_with_money_worries(quiet_app: App) -> None:
    await say(quiet_app, "I was laid off after 19 years and I'm scared about money")
    out = await say(quiet_app, "plan")
    assert "When a job's pay stops, that comes first" in out, out
    assert "interview steps" not in out, out
    assert await place(quiet_app) == "plan.fit_money"


async def test_the_plan_after_a_rejection_with_money_worries(quiet_app: App) -> None:
    await say(quiet_app, "they rejected me after the final interview and rent is due")
    out = await say(quiet_app, "plan")
    assert "The interview steps can wait" in out, out


async def test_venting_after_a_layoff_speaks_of_the_lost_job(quiet_app: App) -> None:
    await say(quiet_app, "vent")
    out = await say(quiet_app, "I was laid off after 19 years, I feel like a failure")
    assert "Losing a job, even after years of good work" in out, out
    assert "A rejection, even a run of them" not in out, out


async def test_the_plan_after_a_layoff_in_spanish(quiet_app: App) -> None:
    await decir(quiet_app, "me despidieron después de 19 años y me preocupa el dinero")
    out = await decir(quiet_app, "plan")
    assert "Cuando se deja de recibir el sueldo" in out, out
    assert "pasos de entrevistas" not in out, out


def test_the_lexicon_has_layoff_lines_for_money_and_shame() -> None:
    lexicon = Lexicon.load()
    _rid, line = lexicon.reply("I can't pay the rent and my savings are going", [], lost=True)
    assert "on top of losing your job" in line, line
    _rid, line = lexicon.reply("I feel like a failure", [], lost=True)
    assert "Losing a job" in line, line
    _rid, line = lexicon.reply("I feel like a failure", [])
    assert "A rejection, even a run of them" in line, line
