"""What a play-tester laid off after 12 years, worried about money and paying a mortgage, found in
the plan, kept fixed over the real bot and flows: two money steps named in one message (or "2 and
4") are both added, never taken as venting; a mortgage names the lender or bank, not a landlord
(English and Spanish); benefits questions after a layoff get the short answer; and a request to
go back to the plan opens it from the vent or the draft."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import App
from bot.core.model import Turn, UserKey
from bot.questions import find_questions
from bot.understanding.going import place_asked
from bot.understanding.money_words import mortgage_said
from tests.placing import place_of, put_at
from tests.replies import said

KEY = UserKey("console", "local", "hannah")
DIALOGUES = Path(__file__).resolve().parent.parent / "dialogues"
BENEFITS_ITEM = "Apply for unemployment support"
BRIDGE_ITEM = "short-term work as a bridge"
LANDLORD = "landlord"
HANNAH = (
    "Unemployment support and short-term work. I don't have a landlord, it's a mortgage, "
    "and I'm scared we won't make the payments"
)


async def say(app: App, text: str) -> str:
    return said(await app.engine.handle(Turn(KEY, text=text)))


async def plan_items(app: App) -> list[str]:
    async with app.store.transaction() as tx:
        items = await tx.list_items(KEY, "plan")
    return [str(i.data.get("text")) for i in items]


async def at_the_money_step(app: App) -> str:
    await put_at(app, KEY, "plan", "fit", worry="money")
    return await say(app, "plan")


async def test_two_money_steps_named_are_both_added_not_vented(quiet_app: App) -> None:
    await at_the_money_step(quiet_app)
    reply = await say(quiet_app, HANNAH)
    assert "Added both." in reply and "I'm listening" not in reply
    assert (await place_of(quiet_app, KEY)).flow == "plan"
    items = await plan_items(quiet_app)
    assert any(BENEFITS_ITEM in i for i in items) and any(BRIDGE_ITEM in i for i in items)
    assert not any(LANDLORD in i for i in items)  # "I don't have a landlord" picks nothing
    shown = await say(quiet_app, "plan")
    assert "nothing in your plan" not in shown and BENEFITS_ITEM in shown


@pytest.mark.parametrize("text", ["2 and 4", "2, 4", "2 & 4"])
async def test_numbers_pick_every_step_they_name(quiet_app: App, text: str) -> None:
    await at_the_money_step(quiet_app)
    assert "Added both." in await say(quiet_app, text)
    items = await plan_items(quiet_app)
    assert len(items) == 2
    assert any(BENEFITS_ITEM in i for i in items) and any(BRIDGE_ITEM in i for i in items)
    assert (await place_of(quiet_app, KEY)).step == "applying"


async def test_one_step_picked_is_still_the_flows_answer(quiet_app: App) -> None:
    await at_the_money_step(quiet_app)
    assert "Added." in await say(quiet_app, "2")
    assert len(await plan_items(quiet_app)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I don't have a landlord, it's a mortgage", True),
        ("tengo hipoteca", True),
        ("how will I pay the mortgage", True),
        ("no mortgage, i rent", False),
        ("no tengo hipoteca", False),
        ("rent is due", False),
    ],
)
def test_mortgage_said(text: str, expected: bool) -> None:
    assert mortgage_said(text) is expected


async def test_a_mortgage_names_the_lender_not_a_landlord(quiet_app: App) -> None:
    await say(quiet_app, "I was laid off after 12 years, we have a mortgage and money is tight")
    await put_at(quiet_app, KEY, "plan", "fit", worry="money")
    offered = await say(quiet_app, "plan")
    assert "mortgage lender or bank" in offered and LANDLORD not in offered
    await say(quiet_app, "1")
    items = await plan_items(quiet_app)
    assert any("mortgage lender or bank" in i for i in items)
    assert not any(LANDLORD in i for i in items)
    later = await say(quiet_app, "hello?? money. the mortgage. is anyone there")
    assert LANDLORD not in later


async def test_without_a_mortgage_the_landlord_is_still_named(quiet_app: App) -> None:
    offered = await at_the_money_step(quiet_app)
    assert "talk to your landlord or lender" in offered


async def test_a_mortgage_said_as_steps_are_picked_words_the_step_added(quiet_app: App) -> None:
    await at_the_money_step(quiet_app)
    await say(quiet_app, "the unemployment one and the bank one, it's a mortgage")
    items = await plan_items(quiet_app)
    assert any("mortgage lender or bank" in i for i in items)
    assert not any(LANDLORD in i for i in items)


async def test_in_spanish_a_mortgage_names_the_bank(quiet_app: App) -> None:
    await say(
        quiet_app, "me despidieron después de 12 años, tengo hipoteca y me preocupa el dinero"
    )
    offered = await say(quiet_app, "quiero hacer un plan")
    assert "banco" in offered and "hipoteca" in offered
    assert "casero" not in offered and "alquila" not in offered


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        ("en", "how do I apply for unemployment benefits?"),
        ("en", "am I eligible for benefits after being laid off?"),
        ("es", "¿cómo solicito el seguro de desempleo?"),
        ("es", "¿me corresponde el desempleo si me despidieron?"),
    ],
)
def test_benefits_questions_get_the_short_answer(lang: str, question: str) -> None:
    book = find_questions([DIALOGUES])
    assert book is not None
    found = book.in_language(lang).match(question)
    assert found is not None and found.question.id == "benefits_after_layoff"
    answer = book.in_language(lang).get("benefits_after_layoff")
    assert answer is not None
    if lang == "en":
        assert "depends on your country" in answer.answer
        assert "as soon as you can" in answer.answer and "online" in answer.answer
        assert "termination letter" in answer.answer


async def test_benefits_question_in_the_plan_is_answered_not_asked_back(quiet_app: App) -> None:
    await at_the_money_step(quiet_app)
    await say(quiet_app, "2")
    reply = await say(quiet_app, "am I eligible for benefits after being laid off?")
    assert "termination letter" in reply and "Ask me about" not in reply


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Can we get back to my plan?", "plan"),
        ("can we go back to the plan please", "plan"),
        ("lets get back to the plan", "plan"),
        ("volvamos al plan", "plan"),
        ("I want to go back to work", None),
        ("my plan was to stay there 5 years", None),
    ],
)
def test_back_to_a_place_in_words(text: str, place: str | None) -> None:
    assert place_asked(text) == place


@pytest.mark.parametrize("start", ["vent", "draft"])
async def test_back_to_my_plan_opens_the_plan(quiet_app: App, start: str) -> None:
    await say(quiet_app, "I was laid off after 12 years")
    await say(quiet_app, start)
    if start == "vent":
        await say(quiet_app, "I feel awful about it all")
    reply = await say(quiet_app, "Can we get back to my plan?")
    assert "plan" in reply.lower() and "delete what you wrote" not in reply
    assert (await place_of(quiet_app, KEY)).flow == "plan"


async def test_a_money_step_shown_before_its_words_were_kept_still_adds_the_landlord(
    quiet_app: App,
) -> None:
    await put_at(
        quiet_app, KEY, "plan", "fit_money", asked=True, worry="money", money_offered="yes"
    )
    reply = await say(quiet_app, "talk to my landlord")
    assert "Added." in reply
    items = await plan_items(quiet_app)
    assert items == ["Talk to my landlord or lender before the due date about paying in parts"]
