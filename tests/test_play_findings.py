"""What people playing the bot found, each kept fixed over the real bot and flows: questions
typed mid-vent answered and the vent resumed, a privacy question at a mood step answered (not
scored as a mood), mood numbers said among other words, a late one-line no not taken for
silence, plan steps that fit the person's situation, and nothing given lost by a miss."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import Conversation, Turn, UnderstoodKind, UserKey
from bot.understanding.mood import mood_number, mood_score
from bot.understanding.situation import disagrees, pick_up
from tests.placing import place_of, put_at
from tests.replies import said

KEY = UserKey("console", "local", "jo")


async def at(app: App, flow: str, step: str, **vars_: str) -> None:
    await put_at(app, KEY, flow, step, asked=False, **vars_)


async def place(app: App) -> Conversation:
    return await place_of(app, KEY)


@pytest.mark.parametrize(
    ("question", "answer_words"),
    [
        ("can you give me a template?", "templates"),
        ("should i ask for feedback?", "worth asking"),
    ],
)
async def test_a_question_typed_mid_vent_is_answered_and_the_vent_resumes(
    quiet_app: App, question: str, answer_words: str
) -> None:
    await quiet_app.engine.handle(Turn(KEY, text="/vent"))
    await quiet_app.engine.handle(Turn(KEY, text="four rounds and then nothing but a form email"))
    await quiet_app.engine.handle(Turn(KEY, text="there's more"))
    asked = await quiet_app.engine.handle_detailed(Turn(KEY, text=question))
    assert asked.understood is not None and asked.understood.kind is UnderstoodKind.QUESTION
    assert answer_words in said(asked.replies)
    conv = await place(quiet_app)
    assert (conv.flow, conv.step) == ("vent", "more")
    assert question not in str(conv.vars.get("vent_text"))
    assert "four rounds" in str(conv.vars.get("vent_text"))  # what was written is kept
    went_on = await quiet_app.engine.handle_detailed(Turn(KEY, text="and i keep replaying it"))
    assert went_on.understood is not None and went_on.understood.kind is UnderstoodKind.ANSWER
    assert "and i keep replaying it" in str((await place(quiet_app)).vars.get("vent_text"))


async def test_a_question_that_is_part_of_the_hurt_stays_in_the_vent(quiet_app: App) -> None:
    await quiet_app.engine.handle(Turn(KEY, text="/vent"))
    typed = await quiet_app.engine.handle_detailed(
        Turn(KEY, text="is it normal to feel this upset?")
    )
    assert typed.understood is not None and typed.understood.kind is UnderstoodKind.ANSWER
    assert "upset" in str((await place(quiet_app)).vars.get("vent_text"))


@pytest.mark.parametrize(
    "question",
    ["do you store this?", "before i answer, do you save this?", "are you recording this?"],
)
@pytest.mark.parametrize(("flow", "step"), [("welcome", "ask_mood"), ("mood", "ask")])
async def test_a_privacy_question_at_a_mood_step_is_answered_not_scored(
    quiet_app: App, question: str, flow: str, step: str
) -> None:
    await at(quiet_app, flow, step)
    asked = await quiet_app.engine.handle_detailed(Turn(KEY, text=question))
    assert asked.understood is not None and asked.understood.kind is UnderstoodKind.QUESTION
    assert "encrypted" in said(asked.replies)
    conv = await place(quiet_app)
    assert (conv.flow, conv.step) == (flow, step)
    assert "mood_score" not in conv.vars and "vent_text" not in conv.vars


@pytest.mark.parametrize(
    ("text", "mood"),
    [("4 i guess, mostly anxious", "4"), ("2 i guess. maybe 1", "2"), ("3 ish, tired mostly", "3")],
)
async def test_a_mood_number_with_extra_words_is_taken_and_said_back(
    quiet_app: App, text: str, mood: str
) -> None:
    await at(quiet_app, "mood", "ask")
    typed = await quiet_app.engine.handle_detailed(Turn(KEY, text=text))
    assert typed.understood is not None and typed.understood.kind is UnderstoodKind.CHOICE
    assert f"about a {mood}" in said(typed.replies)
    assert (await place(quiet_app)).vars["mood_score"] == mood


@pytest.mark.parametrize(
    ("text", "number"),
    [("one of those days", None), ("2 weeks of waiting", None), ("4/5", 4), ("3 out of 5", 3)],
)
def test_numbers_that_count_something_are_not_a_mood(text: str, number: int | None) -> None:
    assert mood_number(text) == number


def test_a_late_one_line_no_is_an_answer_not_silence() -> None:
    said_ = "3 weeks of silence and a one line no"
    assert pick_up(said_).get("heard") != "no_answer"
    assert disagrees(said_, {"heard": "no_answer"})
    assert pick_up("no answer, not even a no") == {"heard": "no_answer"}
    assert not disagrees("they never even sent a rejection", {"heard": "no_answer"})


async def test_a_late_no_at_how_did_you_hear_is_not_taken_as_no_answer(quiet_app: App) -> None:
    await at(quiet_app, "welcome", "ask_heard")
    typed = await quiet_app.engine.handle_detailed(
        Turn(KEY, text="3 weeks of silence and a one line no")
    )
    assert "No answer at all" not in [typed.understood and typed.understood.choice]
    assert "Did you mean “A phone call” or “An email or message”?" in said(typed.replies)
    assert (await place(quiet_app)).flow == "welcome"
    by_email = await quiet_app.engine.handle_detailed(
        Turn(KEY, text="weeks of nothing then a two line rejection email")
    )
    assert by_email.understood is not None
    assert by_email.understood.choice == "An email or message"


async def test_a_ghosted_person_is_not_offered_feedback_or_thank_you_steps(quiet_app: App) -> None:
    await quiet_app.engine.handle(Turn(KEY, text="/ghosted"))
    await quiet_app.engine.handle(Turn(KEY, text="Longer, or I've already followed up"))
    planned = await quiet_app.engine.handle(Turn(KEY, text="plan my next steps"))
    text = said(planned)
    assert "Since they never answered" in text
    assert "ask them for feedback, on what went well" not in text
    assert (await place(quiet_app)).step == "review"


async def test_ghosted_after_an_application_skips_the_interview_steps(quiet_app: App) -> None:
    await at(quiet_app, "plan", "fresh", stage="application", heard="no_answer")
    text = said(await quiet_app.engine.handle(Turn(KEY, text="/plan")))
    assert "application stage" in text and "go back over the interview" not in text


@pytest.mark.parametrize("flow", ["crisis_check", "checkin_reconnect", "checkin_weekly"])
async def test_missed_answers_never_send_a_person_to_the_menu(quiet_app: App, flow: str) -> None:
    step = next(s for s in quiet_app.engine.flows.flows[flow].steps.values() if s.kind == "choices")
    await at(quiet_app, flow, step.id)
    for _ in range(3):
        missed = await quiet_app.engine.handle_detailed(Turn(KEY, text="xyzzy qwerty"))
        assert missed.understood is not None
        assert missed.understood.kind is UnderstoodKind.FALLBACK
        assert "back to the menu" not in said(missed.replies)
    conv = await place(quiet_app)
    assert (conv.flow, conv.step) == (flow, step.id)


async def test_an_answer_that_asks_back_is_offered_back_not_taken(quiet_app: App) -> None:
    await at(quiet_app, "plan", "weekly")
    asked = await quiet_app.engine.handle_detailed(Turn(KEY, text="can it be every two weeks?"))
    assert asked.understood is not None and asked.understood.kind is UnderstoodKind.FALLBACK
    assert "Did you mean “Yes, once a week”?" in said(asked.replies)
    assert (await place(quiet_app)).step == "weekly"
    sure = await quiet_app.engine.handle_detailed(Turn(KEY, text="yes once a week"))
    assert sure.understood is not None and sure.understood.choice == "Yes, once a week"


@pytest.mark.parametrize(
    ("text", "highest"),
    [
        ("honestly awful. like i cant stop crying and i have to pretend to be fine tomorrow", 2),
        ("i feel not so good, little bit sad and also angry with me", 2),
    ],
)
async def test_mood_words_of_distress_never_read_as_a_good_day(
    quiet_app: App, text: str, highest: int
) -> None:
    """A word matched on its own ("good", "fine") never outweighs the distress around it."""
    await at(quiet_app, "mood", "ask")
    typed = await quiet_app.engine.handle_detailed(Turn(KEY, text=text))
    heard = said(typed.replies)
    assert "holding up" not in heard and "steady" not in heard, heard
    assert int((await place(quiet_app)).vars.get("mood_score") or 0) <= highest, heard


@pytest.mark.parametrize("text", ["im ok, mostly annoyed", "fine i guess, a bit flat"])
def test_ok_with_a_low_word_is_not_the_lowest_mood(text: str) -> None:
    scored = mood_score(text)
    assert scored is not None and scored[0] >= 2
