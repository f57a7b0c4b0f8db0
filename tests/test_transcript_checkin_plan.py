"""What play-testers of the console chat found around check-ins and the plan, kept fixed over the
real bot and flows: a check-in time said in words is taken, a day put right in free words after
the check-in was set moves it, a no to the weekly check-in or a skipped plan step is not offered
again in that conversation, and a new usual time moves the check-ins booked at the old one."""

from __future__ import annotations

from datetime import datetime
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
    await say(quiet_app, "friday at 10am")  # the usual time, but named: it is theirs
    await say(quiet_app, "menu")
    before = sorted(r.local_time[11:] for r in await pending(quiet_app))
    assert before == ["10:00", "10:00"], before
    await say(quiet_app, "settings")
    await say(quiet_app, "Usual time of day")
    out = await say(quiet_app, "6pm")
    assert "I've moved your upcoming check-ins to 18:00" in out, out
    assert "time of your own keep it" in out, out
    after = {
        datetime.fromisoformat(r.local_time).weekday(): r.local_time[11:]
        for r in await pending(quiet_app)
    }
    assert after == {1: "18:00", 4: "10:00"}, after  # friday's was asked for at 10: it stays


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


# ---- 2. a day put right in free words after the check-in was set ----------------------------


def weekdays(found: list[Any], flow: str) -> list[int]:
    return [datetime.fromisoformat(r.local_time).weekday() for r in found if r.flow == flow]


@pytest.mark.parametrize(
    ("change", "weekday"),
    [("actually no, make it friday", 4), ("wait, can we do thursday instead", 3)],
)
async def test_checkin_day_put_right_after_it_was_set_moves_it(
    quiet_app: App, change: str, weekday: int
) -> None:
    await say(quiet_app, "check on me tuesday")
    await say(quiet_app, "yes")
    await say(quiet_app, "thanks")  # the change comes a message later
    out = await say(quiet_app, change)
    assert "I've moved your check-in from Tuesday" in out, out
    assert weekdays(await pending(quiet_app), "checkin_mood") == [weekday]


async def test_plan_feedback_checkin_day_put_right_moves_it_and_asks_again(quiet_app: App) -> None:
    await say(quiet_app, "plan")
    await say(quiet_app, "Add it to my plan")
    assert "I'll check in on" in await say(quiet_app, "yes")
    assert await place(quiet_app) == "plan.thanks"
    out = await say(quiet_app, "actually no, make it friday")
    assert "I've moved your check-in" in out and "to Friday" in out, out
    assert "thank-you note" in out or "What would you like?" in out, out  # asked again
    assert await place(quiet_app) == "plan.thanks"
    assert weekdays(await pending(quiet_app), "checkin_feedback") == [4]


async def test_checkin_day_put_right_in_spanish_moves_it(quiet_app: App) -> None:
    await decir(quiet_app, "recuérdame el martes")
    await decir(quiet_app, "sí")
    await decir(quiet_app, "gracias")
    out = await decir(quiet_app, "mejor el jueves")
    assert "moví tu seguimiento" in out and "jueves" in out, out
    assert weekdays(await pending(quiet_app), "checkin_mood") == [3]


@pytest.mark.parametrize(
    "line", ["actually it was friday when they told me, no warning", "no. friday was awful"]
)
async def test_checkin_day_told_about_in_a_vent_moves_nothing(quiet_app: App, line: str) -> None:
    await say(quiet_app, "check on me tuesday")
    await say(quiet_app, "yes")
    await say(quiet_app, "vent")
    out = await say(quiet_app, line)
    assert "moved your check-in" not in out, out
    assert weekdays(await pending(quiet_app), "checkin_mood") == [1]
