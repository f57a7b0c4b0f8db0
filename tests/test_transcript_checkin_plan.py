"""What play-testers of the console chat found around check-ins and the plan, kept fixed over the
real bot and flows: a check-in time said in words is taken, a day put right in free words after
the check-in was set moves it, a no to the weekly check-in or a skipped plan step is not offered
again in that conversation, and a new usual time moves the check-ins booked at the old one."""

from __future__ import annotations

from typing import Any

import pytest

from bot.app import App
from bot.core.model import UserKey
from bot.store.sql import SqlStore
from tests.checkin_support import rows
from tests.placing import put_at
from tests.replies import placer, speaker

KEY = UserKey("console", "local", "pat")
say = speaker(KEY)
decir = speaker(KEY, "es-MX")
place = placer(KEY)


async def pending(app: App) -> list[Any]:
    assert isinstance(app.store, SqlStore)
    return [r for r in await rows(app.store, KEY) if r.status == "pending"]


# ---- 1. the usual time said in words ---------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "taken"),
    [
        ("3 in the afternoon please", "15:00"),
        ("half past four", "16:30"),
        ("around 9 in the morning", "09:00"),
        ("noon", "12:00"),
        ("after lunch", "14:00"),
        ("3pm would be great, thanks", "15:00"),
        ("quarter to 5 in the afternoon", "16:45"),
    ],
)
async def test_checkin_time_said_in_words_is_taken(quiet_app: App, words: str, taken: str) -> None:
    await say(quiet_app, "settings")
    assert "What time of day suits you" in await say(quiet_app, "Usual time of day")
    out = await say(quiet_app, words)
    assert "more than I can keep" not in out, out
    assert f"I'll aim for {taken} your time" in out, out
    assert await place(quiet_app) == "settings.show"


@pytest.mark.parametrize(
    ("words", "taken"), [("a las 3 de la tarde", "15:00"), ("a las cuatro y media", "16:30")]
)
async def test_checkin_time_said_in_spanish_words_is_taken(
    quiet_app: App, words: str, taken: str
) -> None:
    await put_at(quiet_app, KEY, "settings", "ask_time", asked=True)
    out = await decir(quiet_app, words)
    assert f"a las {taken}" in out, out


async def test_checkin_time_not_understood_is_asked_again_with_an_example(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "settings", "ask_time", asked=True)
    out = await say(quiet_app, "whenever suits you really")
    assert "more than I can keep" not in out, out
    assert "like 10:00, 9am or 18:30" in out and "What time of day suits you" in out, out
    assert await place(quiet_app) == "settings.ask_time"


# ---- 5. a new usual time moves the check-ins booked at the old one --------------------------


async def test_checkin_at_the_usual_time_follows_a_new_usual_time(quiet_app: App) -> None:
    await say(quiet_app, "check on me tuesday")
    assert "I'll message you on" in await say(quiet_app, "yes")
    await say(quiet_app, "checkins")
    await say(quiet_app, "Add a check-in")
    await say(quiet_app, "friday at 11am")
    await say(quiet_app, "menu")
    before = sorted(r.local_time[11:] for r in await pending(quiet_app))
    assert before == ["10:00", "11:00"], before
    await say(quiet_app, "settings")
    await say(quiet_app, "Usual time of day")
    out = await say(quiet_app, "6pm")
    assert "I've moved your upcoming check-ins to 18:00" in out, out
    assert "time of your own keep it" in out, out
    after = sorted(r.local_time[11:] for r in await pending(quiet_app))
    assert after == ["11:00", "18:00"], after  # the one at 11 was asked for at 11: it stays


# ---- 3 and 4. what was passed on in the plan is not offered again ----------------------------

SKIP_TO_WEEKLY = ["plan", "skip", "skip", "skip", "skip", "skip", "skip"]


async def test_weekly_checkin_is_not_asked_again_after_a_no(quiet_app: App) -> None:
    for line in SKIP_TO_WEEKLY:
        out = await say(quiet_app, line)
    assert "once a week" in out and await place(quiet_app) == "plan.weekly", out
    await say(quiet_app, "No, thanks")
    await say(quiet_app, "That's all for now")  # the plan is left, the conversation goes on
    lines = ["plan", "Add my own step", "Update my CV", "plan", "Go through the suggested steps"]
    seen = [await say(quiet_app, line) for line in lines]
    assert not any("once a week" in s for s in seen), seen
    assert await place(quiet_app) == "plan.show"
    assert not [r for r in await pending(quiet_app) if r.flow == "checkin_weekly"]


async def test_weekly_checkin_asked_for_in_words_after_a_no_is_still_set(quiet_app: App) -> None:
    for line in [*SKIP_TO_WEEKLY, "No, thanks", "That's all for now"]:
        await say(quiet_app, line)
    await say(quiet_app, "actually can you check on me every week")
    assert [r for r in await pending(quiet_app) if r.flow == "checkin_weekly"]


async def test_plan_feedback_step_skipped_is_not_offered_again(quiet_app: App) -> None:
    assert "ask them for feedback" in await say(quiet_app, "plan")
    assert "thank-you note" in await say(quiet_app, "Skip this one")
    await say(quiet_app, "Add it to my plan")
    await say(quiet_app, "menu")
    await say(quiet_app, "plan")
    out = await say(quiet_app, "Go through the suggested steps")
    assert "ask them for feedback" not in out, out
    assert "I've left out the steps you skipped earlier" in out, out
    assert "Already in your plan: Send a thank-you note" in out, out
    assert await place(quiet_app) == "plan.review"


async def test_plan_feedback_step_skipped_after_seeing_the_email_is_not_offered_again(
    quiet_app: App,
) -> None:
    await say(quiet_app, "plan")
    await say(quiet_app, "Show me an email I can send")
    await say(quiet_app, "Skip this one")
    await say(quiet_app, "That's all")  # leaves the plan from the thank-you question
    out = await say(quiet_app, "plan")
    assert "ask them for feedback" not in out and "thank-you note" in out, out
    assert await place(quiet_app) == "plan.thanks"
