"""What a play-tester with many rejections and rent due found, kept fixed over the real bot and
flows: money questions answered wherever they are asked, a plan that starts with money and says
no interview practice first, money pressed mid-plan heard, no second follow-up for someone who
already followed up, lines that fit many rejections or money worries, and a first message
saying who sent them acknowledged."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import App
from bot.core.model import Conversation, Turn, UnderstoodKind, UserKey
from bot.questions import find_questions
from bot.understanding.arrival import came_because
from bot.understanding.money_words import followed_up_said, money_said
from tests.placing import place_of, put_at
from tests.replies import said

KEY = UserKey("console", "local", "sam")
DIALOGUES = Path(__file__).resolve().parent.parent / "dialogues"
INTERVIEW_STEPS = ("Practise interview", "body language", "Look back over the interview")


async def say(app: App, text: str) -> str:
    return said(await app.engine.handle(Turn(KEY, text=text)))


async def place(app: App) -> Conversation:
    return await place_of(app, KEY)


# ---- the question book -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "question", "expected"),
    [
        (
            "en",
            "do you have anything about money? like unemployment or temp work",
            "money_benefits",
        ),
        ("en", "can i get unemployment?", "money_benefits"),
        ("en", "i need money fast, any ideas?", "money_benefits"),
        ("en", "what about temp work?", "money_bridge_work"),
        ("en", "should i take a temp job?", "money_bridge_work"),
        ("en", "i cant make rent, what do i do?", "money_landlord"),
        ("en", "should i tell my landlord?", "money_landlord"),
        ("en", "is there free debt advice?", "money_advice"),
        ("en", "should i bother applying there again", "reapply"),
        ("es", "¿puedo cobrar el desempleo?", "money_benefits"),
        ("es", "¿debería aceptar un trabajo temporal?", "money_bridge_work"),
        ("es", "no puedo pagar la renta, ¿qué hago?", "money_landlord"),
        ("es", "¿quién me puede ayudar con mis deudas?", "money_advice"),
    ],
)
def test_money_questions_are_in_the_book_in_both_languages(
    lang: str, question: str, expected: str
) -> None:
    book = find_questions([DIALOGUES])
    assert book is not None
    found = book.in_language(lang).match(question)
    assert found is not None and found.question.id == expected


@pytest.mark.parametrize("text", ["is anyone there?", "hello?", "what can you do?"])
def test_plain_questions_are_not_taken_for_money(text: str) -> None:
    book = find_questions([DIALOGUES])
    assert book is not None
    found = book.match(text)
    assert found is None or not found.question.id.startswith("money_")


def test_the_money_answers_name_no_amount_and_no_organisation() -> None:
    book = find_questions([DIALOGUES])
    assert book is not None
    answers = [q.answer for q in book.questions if q.id.startswith("money_")]
    assert len(answers) == 5  # benefits, bridge work, landlord, advice, running out
    assert all(not any(ch.isdigit() for ch in a) for a in answers)
    assert "your country's unemployment office" in " ".join(answers)


async def test_a_money_question_mid_plan_is_answered_and_the_question_asked_again(
    quiet_app: App,
) -> None:
    await put_at(quiet_app, KEY, "plan", "reconnect", asked=True)
    typed = await quiet_app.engine.handle_detailed(
        Turn(KEY, text="do you have anything about money? like unemployment or temp work")
    )
    assert typed.understood is not None and typed.understood.kind is UnderstoodKind.QUESTION
    text = said(typed.replies)
    assert "unemployment office" in text and "When should I remind you" in text
    assert (await place(quiet_app)).step == "reconnect"


# ---- the plan --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "it has to be something that pays by the 1st realistically",
        "i cant make rent this month",
        "honestly im broke",
        "the bills keep coming",
        "i need money fast",
    ],
)
async def test_a_plan_for_someone_short_of_money_starts_with_money(
    quiet_app: App, words: str
) -> None:
    await say(quiet_app, "/vent")
    await say(quiet_app, words)
    planned = await say(quiet_app, "/plan")
    assert "unemployment office" in planned and "landlord" in planned
    assert not any(step in planned for step in INTERVIEW_STEPS)
    assert (await place(quiet_app)).step == "fit_money"
    after = await say(quiet_app, "all three")
    assert not any(step in after for step in INTERVIEW_STEPS)
    assert (await place(quiet_app)).step == "applying"
    shown = await say(quiet_app, "add it")
    shown += await say(quiet_app, "no")
    assert "unemployment office" in shown and "landlord" in shown  # money steps in the plan


@pytest.mark.parametrize("words", ["estoy sin dinero", "no sé cómo pagar la renta"])
async def test_a_plan_in_spanish_for_someone_short_of_money_starts_with_money(
    quiet_app: App, words: str
) -> None:
    await say(quiet_app, "/vent")
    await say(quiet_app, words)
    planned = await say(quiet_app, "/plan")
    assert "oficina de desempleo" in planned and "quien te alquila" in planned
    assert "Practica" not in planned and "lenguaje corporal" not in planned
    assert (await place(quiet_app)).step == "fit_money"


async def test_one_money_step_can_be_picked(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "plan", "fit_money", asked=True, worry="money")
    assert "Added." in await say(quiet_app, "talk to my landlord")
    assert (await place(quiet_app)).step == "applying"


async def test_a_money_worry_outlasts_a_new_rejection(quiet_app: App) -> None:
    await say(quiet_app, "/vent")
    await say(quiet_app, "rent is due on the 1st and i have nothing")
    await say(quiet_app, "/start")
    assert (await place(quiet_app)).vars.get("worry") == "money"
    assert "unemployment office" in await say(quiet_app, "/plan")


async def test_money_pressed_at_an_interview_step_takes_the_plan_to_money(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "plan", "reconnect", asked=True)
    typed = await say(quiet_app, "hello?? money. rent. is anyone home in there lol")
    assert "unemployment office" in typed
    assert (await place(quiet_app)).step == "fit_money"


async def test_money_pressed_again_after_the_money_step_is_heard(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "plan", "applying", asked=True, worry="money", money_offered="yes")
    typed = await say(quiet_app, "hello?? money. rent. is anyone home in there lol")
    assert "Money comes first" in typed and "Add it to your plan for this week?" in typed
    assert (await place(quiet_app)).step == "applying"


@pytest.mark.parametrize(("flow", "step"), [("crisis_check", "ask"), ("pause", "ask")])
async def test_money_pressed_at_the_safety_check_or_settings_is_left_to_them(
    quiet_app: App, flow: str, step: str
) -> None:
    await put_at(quiet_app, KEY, flow, step, asked=True)
    typed = await say(quiet_app, "ok but money?? rent??")
    assert "Money comes first" not in typed
    assert (await place(quiet_app)).vars.get("worry") == "money"  # still remembered for the plan


async def test_money_pressed_elsewhere_is_heard_and_the_question_asked_again(
    quiet_app: App,
) -> None:
    await put_at(quiet_app, KEY, "ghosted", "let_go", asked=True)
    typed = await say(quiet_app, "ok but money?? rent??")
    assert "Money comes first" in typed and "What would help now?" in typed
    assert (await place(quiet_app)).step == "let_go"


async def test_an_answer_that_mentions_money_is_still_the_answer(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "plan", "practise", asked=True)
    await say(quiet_app, "skip it")
    assert (await place(quiet_app)).step == "reconnect"


# ---- lines that fit --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("vars_", "present", "absent"),
    [
        ({}, "One no closes one door", ""),
        ({"rejections": "12"}, "this many noes", "One no closes one door"),
        ({"worry": "money"}, "while money is tight", "One no closes one door"),
    ],
)
async def test_the_keep_applying_lines_fit_many_noes_and_money(
    quiet_app: App, vars_: dict[str, str], present: str, absent: str
) -> None:
    await put_at(quiet_app, KEY, "plan", "reconnect", asked=True, **vars_)
    text = await say(quiet_app, "skip it")
    assert present in text
    assert (await place(quiet_app)).step == "applying"
    if absent:
        assert absent not in text and "fifty applications" not in text


# ---- ghosted, already followed up ------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["I followed up twice, nothing", "2 weeks, and i already chased them twice"]
)
async def test_someone_who_already_followed_up_is_not_told_to_again(
    quiet_app: App, typed: str
) -> None:
    await say(quiet_app, "/ghosted")
    text = await say(quiet_app, typed)
    assert "no need to chase them again" in text and "applying elsewhere" in text
    assert "polite follow-up" not in text and "Subject: Following up" not in text
    assert (await place(quiet_app)).step == "already_followed"
    again = await say(quiet_app, "should i bother applying there again")
    assert "second try" in again and "Subject: Following up" not in again


async def test_followed_up_said_before_the_ghosted_talk_goes_straight_to_letting_go(
    quiet_app: App,
) -> None:
    await put_at(quiet_app, KEY, "welcome", "ask_mood", asked=True)
    await say(quiet_app, "ghosted by 12 companies, i followed up twice")
    assert (await place(quiet_app)).step == "already_followed"


async def test_someone_who_has_not_followed_up_still_gets_the_template(quiet_app: App) -> None:
    await say(quiet_app, "/ghosted")
    text = await say(quiet_app, "2 weeks")
    assert "polite follow-up" in text and "Subject: Following up" in text


# ---- why they came ---------------------------------------------------------------------------


async def test_a_first_message_saying_who_sent_them_is_acknowledged(quiet_app: App) -> None:
    text = await say(quiet_app, "my daughter said try it")
    assert "glad you came" in text
    assert text.index("glad you came") < text.index("how are you feeling")


async def test_a_plain_hello_gets_no_acknowledgement(quiet_app: App) -> None:
    text = await say(quiet_app, "hi")
    assert "glad you came" not in text and "giving this a try" not in text
    assert "how are you feeling" in text


# ---- the words -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("it has to be something that pays by the 1st", True),
        ("need cash fast", True),
        ("what about temp work", True),
        ("sin dinero", True),
        ("it pays well though", False),
        ("the interview went fine", False),
    ],
)
def test_money_words(text: str, money: bool) -> None:
    assert money_said(text) is money


@pytest.mark.parametrize(
    ("text", "done"),
    [
        ("I followed up twice, nothing", True),
        ("already chased them twice", True),
        ("ya les escribí dos veces", True),
        ("should i follow up again?", False),
        ("i haven't followed up yet", False),
        ("how do i follow up with them", False),
    ],
)
def test_followed_up_words(text: str, done: bool) -> None:
    assert followed_up_said(text) is done


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("my daughter said try it", "sent"),
        ("mi hija me dijo que lo probara", "sent"),
        ("just trying this out", "trying"),
        ("my boss said no", None),
        ("my manager told me i was let go", None),
        ("hi", None),
    ],
)
def test_why_they_came(text: str, why: str | None) -> None:
    assert came_because(text) == why
