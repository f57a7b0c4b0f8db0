"""What an outside play-test of the console chat found about context and offers, each kept
fixed over the real bot and flows: a call, "3 weeks of nothing" and "they did NOT get back to
me" read right; "check if they replied" not taken for a reply; silence after applying not
called silence after an interview; a new rejection keeping only its own facts; a warm empty
plan whose steps read well alone and are kept when asked "for later"; adding a check-in from
the check-ins screen; offers already taken not made again; and vent ideas that fit what was
said, never twice the same."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.core.model import Conversation, Turn, UserKey
from bot.understanding.ideas import ALL_SAID, GENERAL, pick_ideas
from bot.understanding.situation import contradicted, pick_up
from tests.conftest import make_settings
from tests.placing import place_of, put_at
from tests.replies import said

KEY = UserKey("console", "local", "sam")


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[App]:
    built = await build_app(make_settings(tmp_path))
    yield built
    await built.close()


async def say(app: App, text: str) -> str:
    return said((await app.engine.handle_detailed(Turn(KEY, text=text))).replies)


async def place(app: App) -> Conversation:
    return await place_of(app, KEY)


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("i just got off the phone with them", {"heard": "call"}),
        ("then nothing. 3 weeks of nothing", {"heard": "no_answer", "days_ago": 21}),
        ("they said they'd get back by the 10th, its been 3 weeks",
         {"heard": "no_answer", "days_ago": 21}),
        ("no they did NOT get back to me", {"heard": "no_answer"}),
        ("its been 2 weeks and nothing", {"heard": "no_answer", "days_ago": 14}),
    ],
)  # fmt: skip
def test_what_people_typed_is_read_as_they_meant_it(text: str, facts: dict[str, object]) -> None:
    found = pick_up(text)
    assert {name: found.get(name) for name in facts} == facts


@pytest.mark.parametrize(
    "text",
    [
        "remind me friday morning around 9 to check if they replied",
        "did they reply?",
        "i'm waiting to see whether they got back to me",
    ],
)
def test_a_reply_wondered_about_is_not_a_reply(text: str) -> None:
    assert contradicted(text, {"heard": "no_answer"}) == []
    assert contradicted("they replied with a no", {"heard": "no_answer"}) == ["heard"]


async def test_three_weeks_of_silence_at_the_stage_question_goes_to_the_ghosted_steps(
    bot: App,
) -> None:
    await put_at(bot, KEY, "welcome", "ask_stage", asked=True)
    text = await say(bot, "they said they'd get back by the 10th, its been 3 weeks")
    conv = await place(bot)
    assert conv.flow == "ghosted"
    assert "How long has it been" not in text
    assert "So it's been 3 weeks." in text  # the amount they said, not "a week or more"


async def test_silence_after_applying_is_not_called_silence_after_an_interview(bot: App) -> None:
    await put_at(bot, KEY, "welcome", "ask_heard", asked=True, stage="application")
    text = await say(bot, "no they did NOT get back to me")
    assert (await place(bot)).flow == "ghosted"
    assert "after applying" in text
    assert "interview" not in text.lower()


async def test_a_call_just_ended_is_not_asked_how_they_heard(bot: App) -> None:
    await put_at(bot, KEY, "welcome", "ask_heard", asked=True, stage="interview")
    text = await say(bot, "i just got off the phone with them")
    assert "how did you hear" not in text
    assert (await place(bot)).vars.get("heard") == "call"


async def test_checking_whether_they_replied_is_not_taken_for_a_reply(bot: App) -> None:
    await put_at(bot, KEY, "ghosted", "wait", asked=True, heard="no_answer")
    text = await say(bot, "remind me friday morning around 9 to check if they replied")
    assert "I had that wrong" not in text
    assert (await place(bot)).vars.get("heard") == "no_answer"


async def test_a_new_rejection_starts_fresh_and_keeps_what_was_just_said(bot: App) -> None:
    await say(bot, "i got rejected after the final round by email")
    await say(bot, "2")
    await say(bot, "menu")
    await say(bot, "got rejected again after a phone screen")
    conv = await place(bot)
    assert conv.vars.get("stage") == "phone_screen"
    assert "heard" not in conv.vars  # "by email" was the earlier one
    text = await say(bot, "another rejection")
    assert "how are you feeling" in text
    await say(bot, "2")
    conv = await place(bot)
    assert conv.vars.get("stage") == "phone_screen"
    assert conv.step == "ask_heard"


async def test_an_empty_plan_opens_warmly_with_a_first_step(bot: App) -> None:
    text = await say(bot, "/plan")
    assert "Your plan is empty" not in text
    assert "nothing in your plan yet" in text and "first small step" in text


async def test_plan_steps_read_well_alone_and_fit_the_time_since(bot: App) -> None:
    await put_at(bot, KEY, "plan", "thanks", asked=True, days_ago="21")
    text = await say(bot, "skip")
    assert not any(line.startswith(("Then", "And ")) for line in text.splitlines()), text
    assert "as far as you remember" in text
    await put_at(bot, KEY, "plan", "thanks", asked=True, days_ago="1")
    assert "while you still remember it well" in await say(bot, "skip")


@pytest.mark.parametrize("answer", ["later", "for later", "not now, add it for later"])
async def test_a_step_added_for_later_is_in_the_plan_next_time(bot: App, answer: str) -> None:
    await put_at(bot, KEY, "plan", "practise", asked=True)
    await say(bot, answer)
    await say(bot, "menu")
    assert "Practise interviews" in await say(bot, "/plan")


async def test_add_it_and_remind_me_adds_the_step_as_well(bot: App) -> None:
    await put_at(bot, KEY, "plan", "practise", asked=True)
    assert (await place(bot)).flow == "plan"
    await say(bot, "add it and remind me next week")
    assert (await place(bot)).flow == "remind"
    text = await say(bot, "yes")
    assert "Added." in text
    await say(bot, "menu")
    assert "Practise interviews" in await say(bot, "/plan")


@pytest.mark.parametrize("start", ["/checkins"])
async def test_a_check_in_can_be_added_from_the_check_ins_screen(bot: App, start: str) -> None:
    await say(bot, start)
    await say(bot, "how do i add one?")
    assert (await place(bot)).step == "add_when"
    text = await say(bot, "friday at 9am")
    assert "I'll check in on you on" in text and "09:00" in text
    assert "Fri" in text
    assert (await place(bot)).step == "manage"
    await say(bot, "add one")
    text = await say(bot, "whenever")
    assert "couldn't find a day or a time" in text
    assert (await place(bot)).step == "add_when"


async def test_check_on_me_tomorrow_is_not_offered_again_once_set(bot: App) -> None:
    await put_at(
        bot, KEY, "welcome", "ask_heard", asked=True, stage="interview", checkin_scheduled="yes"
    )
    text = await say(bot, "by email")
    assert "Check on me tomorrow" not in text
    assert "Let it out" in text


def test_ideas_fit_what_was_said_and_are_never_given_twice() -> None:
    sad = pick_ideas("i feel so sad", ["sad"], [])
    assert sad[0] == "sad" and "anger" not in sad and "reply" not in sad
    assert pick_ideas("how will i pay rent now", [], [])[0] == "money"
    assert pick_ideas("im useless", ["ashamed"], [])[0] == "self_doubt"
    angry = pick_ideas("so angry i want to email them back", ["angry"], [])
    assert angry == ["anger", "reply"]
    given = [*sad]
    again = pick_ideas("i feel so sad", ["sad"], given)
    assert again == [ALL_SAID] and not set(again) & set(given)
    assert pick_ideas("i feel so sad", ["sad"], [*given, ALL_SAID]) == []
    assert GENERAL in pick_ideas("it happened", [], [])


async def test_vent_ideas_fit_the_vent_and_do_not_repeat(bot: App) -> None:
    await say(bot, "/vent")
    await say(bot, "i feel so sad, i really wanted this job")
    first = await say(bot, "some ideas")
    assert "sad" in first and "Anger" not in first and "write to them" not in first
    await say(bot, "keep talking")
    await say(bot, "and now i'm worried about rent")
    second = await say(bot, "ideas please")
    assert "Money" in second
    assert "Feeling sad after a no" not in second
