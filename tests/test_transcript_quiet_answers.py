"""What play-testers found with a quiet, low person, kept fixed over the real bot and flows:
"ok", "whatever. nvm", "idk" at a question that waits for a choice get a short warm line that
asks for no choice and keeps the way out (never "I didn't catch that" nor a bare numbered list);
"idk" at the mood scale picks no number; a bare "im done" is met with an offer to stop or take a
break (never the vent's recruiter line), and going on asks the waiting question again."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import UserKey
from bot.understanding.quiet import done_only, quiet_only, unsure_quiet
from tests.placing import put_at
from tests.replies import placer, speaker

KEY = UserKey("console", "local", "pat")
say = speaker(KEY)
decir = speaker(KEY, "es-MX")
place = placer(KEY)
ROBOTIC = ("didn't catch", "didn't quite get", "Please choose one", "say it simply", "1. ")


@pytest.mark.parametrize("words", ["ok", "whatever. nvm", "idk", "idk man", "meh ok"])
async def test_quiet_words_at_a_question_are_met_warmly(quiet_app: App, words: str) -> None:
    await put_at(quiet_app, KEY, "welcome", "ask_stage", asked=True)
    out = await say(quiet_app, words)
    assert not any(r in out for r in ROBOTIC), out
    assert "type stop" in out and "How far had you got" not in out, out
    assert await place(quiet_app) == "welcome.ask_stage"


async def test_quiet_words_again_are_never_the_same_line_nor_a_list(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "plan", "feedback", asked=True)
    first = await say(quiet_app, "idk")
    second = await say(quiet_app, "idk")
    third = await say(quiet_app, "whatever. nvm")
    assert first != second and second != third, (first, second, third)
    for out in (first, second, third):
        assert not any(r in out for r in ROBOTIC), out
    assert await place(quiet_app) == "plan.feedback"


async def test_idk_at_the_mood_scale_is_no_number(quiet_app: App) -> None:
    await say(quiet_app, "got rejected today")
    assert await place(quiet_app) == "welcome.ask_mood"
    out = await say(quiet_app, "idk")
    assert "about a 2" not in out and "Sounds like" not in out, out
    assert "number" in out and "type stop" in out, out
    assert await place(quiet_app) == "welcome.ask_mood"
    out = await say(quiet_app, "2")
    assert "How far had you got" in out, out


async def test_no_se_at_the_mood_scale_is_no_number(quiet_app: App) -> None:
    await decir(quiet_app, "me rechazaron hoy")
    out = await decir(quiet_app, "no sé")
    assert "Entonces hoy es" not in out and "número" in out, out
    assert await place(quiet_app) == "welcome.ask_mood"


async def test_im_done_in_the_vent_offers_to_stop_not_the_recruiter_line(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "vent", "heard", asked=True, vent_text="it hurts")
    out = await say(quiet_app, "im done")
    assert "recruiter" not in out and "type draft" not in out, out
    assert "stop here or take a break" in out and "Shall we stop for now?" in out, out
    assert "type help" in out, out
    out = await say(quiet_app, "no, keep going")
    assert "Do you want to keep going?" in out, out
    assert await place(quiet_app) == "vent.heard"
    await say(quiet_app, "I'm so done")
    out = await say(quiet_app, "yes")
    assert "we'll stop here" in out, out
    out = await say(quiet_app, "pick up where we left off")
    assert "Do you want to keep going?" in out, out


async def test_ya_me_canse_offers_to_stop_in_spanish(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "plan", "feedback", asked=True)
    out = await decir(quiet_app, "ya me cansé")
    assert "¿Paramos por ahora?" in out, out
    out = await decir(quiet_app, "sí")
    assert "paramos aquí" in out, out


def test_reading_quiet_words() -> None:
    for quiet in ("ok", "whatever. nvm", "idk", "lo que sea", "ni idea", "meh"):
        assert quiet_only(quiet), quiet
    for said in ("interview", "ok the interview", "man", "i dont understand", "2"):
        assert not quiet_only(said), said
    assert unsure_quiet("idk") and unsure_quiet("no sé") and not unsure_quiet("ok")
    for done in ("im done", "I'm so done", "i am done", "ya me cansé", "ya terminé"):
        assert done_only(done), done
    for said in ("done", "im done with this job search", "im done for now", "done venting"):
        assert not done_only(said), said
