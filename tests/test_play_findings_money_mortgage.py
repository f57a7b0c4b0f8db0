"""What a play-tester with a mortgage found after the money step, kept fixed over the real bot
and flows: a mortgage or "do i qualify" question gets its answer, not the money
acknowledgement; the acknowledgement is said once in its wording and never twice in a row; and
a money step asked for by name after the money question is added to the plan."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from bot.app import App
from bot.core.model import Turn, UserKey
from bot.questions import find_questions
from bot.understanding.money_words import money_steps_added
from tests.placing import place_of, put_at
from tests.replies import said

KEY = UserKey("console", "local", "marco")
DIALOGUES = Path(__file__).resolve().parent.parent / "dialogues"
MORTGAGE = "i dont have a landlord, i have a mortgage. can i talk to the bank or something?"
QUALIFY = "ok what about unemployment support. do i even qualify if i quit my last contract?"
ADD_AFTER_ALL = "wait can i also add the unemployment one? i picked too fast"
HEARD = "Money comes first"
BENEFITS_ITEM = "Apply for unemployment support"
LANDLORD_ITEM = "Talk to my landlord or lender"


async def say(app: App, text: str) -> str:
    return said(await app.engine.handle(Turn(KEY, text=text)))


async def after_the_money_step(app: App) -> None:
    await put_at(app, KEY, "plan", "fit_money", asked=True, worry="money", money_offered="yes")
    assert "Added." in await say(app, "landlord")
    assert (await place_of(app, KEY)).step == "applying"


async def plan_items(app: App) -> list[str]:
    async with app.store.transaction() as tx:
        items = await tx.list_items(KEY, "plan")
    return [str(i.data.get("text")) for i in items]


@pytest.mark.parametrize(
    ("lang", "question", "expected"),
    [
        ("en", MORTGAGE, "money_landlord"),
        ("en", "can i get a mortgage payment holiday?", "money_landlord"),
        ("en", "should i call my lender?", "money_landlord"),
        ("en", QUALIFY, "money_benefits"),
        ("en", "do i qualify?", "money_benefits"),
        ("en", "can i get unemployment if i quit?", "money_benefits"),
        ("en", "what about unemployment support?", "money_benefits"),
        ("en", "how do i apply for benefits?", "money_benefits"),
        ("es", "no tengo casero, tengo hipoteca. ¿puedo hablar con el banco?", "money_landlord"),
        ("es", "¿califico para el seguro de desempleo si renuncié?", "money_benefits"),
    ],
)
def test_mortgage_and_qualifying_questions_are_in_the_book(
    lang: str, question: str, expected: str
) -> None:
    book = find_questions([DIALOGUES])
    assert book is not None
    found = book.in_language(lang).match(question)
    assert found is not None and found.question.id == expected


def test_the_answers_are_honest_about_qualifying_and_cover_lenders() -> None:
    book = find_questions([DIALOGUES])
    assert book is not None
    benefits, landlord = book.get("money_benefits"), book.get("money_landlord")
    assert benefits is not None and landlord is not None
    assert "depends on your country's rules" in benefits.answer
    assert "quitting" in benefits.answer and "unemployment office can tell you" in benefits.answer
    assert "mortgage" in landlord.answer and "payment break" in landlord.answer


async def test_marco_gets_answers_then_the_step_he_asked_for(quiet_app: App) -> None:
    await after_the_money_step(quiet_app)
    first = await say(quiet_app, MORTGAGE)
    assert HEARD not in first and "mortgage" in first and "payment break" in first
    second = await say(quiet_app, QUALIFY)
    assert HEARD not in second and "depends on your country's rules" in second
    third = await say(quiet_app, ADD_AFTER_ALL)
    assert HEARD not in third and "Added that one too." in third
    assert "Add it to your plan for this week?" in third
    assert (await place_of(quiet_app, KEY)).step == "applying"
    items = await plan_items(quiet_app)
    assert any(BENEFITS_ITEM in i for i in items) and any(LANDLORD_ITEM in i for i in items)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("add the unemployment one too", BENEFITS_ITEM),
        ("also the landlord one", LANDLORD_ITEM),
        ("can you add the short-term work one as well", "short-term work"),
    ],
)
async def test_a_money_step_asked_for_by_name_is_added(
    quiet_app: App, text: str, item: str
) -> None:
    await put_at(quiet_app, KEY, "plan", "applying", asked=True, worry="money", money_offered="yes")
    typed = await say(quiet_app, text)
    assert "Added that one too." in typed and "Add it to your plan for this week?" in typed
    assert any(item in i for i in await plan_items(quiet_app))


async def test_the_money_acknowledgement_is_said_once_and_never_twice_in_a_row(
    quiet_app: App,
) -> None:
    await put_at(quiet_app, KEY, "plan", "applying", asked=True, worry="money", money_offered="yes")
    typed = [
        await say(quiet_app, "hello?? money. rent. is anyone home in there lol") for _ in range(4)
    ]
    heard = [HEARD in t or "still on my mind" in t for t in typed]
    assert sum(HEARD in t for t in typed) == 1
    assert not any(a and b for a, b in pairwise(heard))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (ADD_AFTER_ALL, ["benefits"]),
        ("add the unemployment one too", ["benefits"]),
        ("also the landlord one", ["landlord"]),
        ("agrega también el del desempleo", ["benefits"]),
        ("add the unemployment one and the landlord one", ["benefits", "landlord"]),
        ("i also cant pay rent", []),
        ("add it, i also need to sort rent", []),
        ("dont add the landlord one", []),
        (MORTGAGE, []),
        (QUALIFY, []),
    ],
)
def test_money_steps_added_words(text: str, names: list[str]) -> None:
    assert money_steps_added(text) == names


async def test_in_spanish_the_mortgage_question_is_answered_and_a_step_added(
    quiet_app: App,
) -> None:
    await put_at(
        quiet_app, KEY, "plan", "fit_money", asked=True, worry="money", money_offered="yes"
    )
    await say(quiet_app, "el del casero")
    answered = await say(quiet_app, "no tengo casero, tengo hipoteca. ¿puedo hablar con el banco?")
    assert "hipoteca" in answered and "pausa corta" in answered
    added = await say(quiet_app, "agrega también el del desempleo")
    assert "ese también quedó agregado" in added
    assert any("Solicitar el seguro de desempleo" in i for i in await plan_items(quiet_app))
