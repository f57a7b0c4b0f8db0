"""What play-testers found adding money steps to the plan, kept fixed over the real bot and
flows: a list of steps asked for ("agrega: pedir el seguro de desempleo y buscar chamba
temporal", "A, B and C") adds each one, at the money question and after it, and says how many;
"not the landlord one, the rest yes" at the money question adds the other single steps."""

from __future__ import annotations

from bot.app import App
from bot.core.model import UserKey
from bot.understanding.money_words import money_steps_added
from tests.replies import speaker

KEY = UserKey("console", "w1", "lists")
LIST_ES = "agrega: pedir el seguro de desempleo y buscar chamba temporal"


async def _plan(app: App) -> list[str]:
    async with app.store.transaction() as tx:
        return [str(i.data["text"]) for i in await tx.list_items(KEY, "plan")]


async def _money_question(app: App, locale: str) -> None:
    say = speaker(KEY, locale)
    await say(app, "/vent")
    await say(app, "no sé cómo pagar la renta" if locale == "es-MX" else "i cant make rent")
    await say(app, "/plan")


async def test_a_list_after_the_money_question_adds_each(quiet_app: App) -> None:
    decir = speaker(KEY, "es-MX")
    await _money_question(quiet_app, "es-MX")
    await decir(quiet_app, "saltar estos")
    out = await decir(quiet_app, LIST_ES)
    assert "esos dos también quedaron agregados" in out, out
    plan = await _plan(quiet_app)
    assert len(plan) == 2, plan
    assert any("desempleo" in s for s in plan) and any("corto plazo" in s for s in plan), plan


async def test_a_list_at_the_money_question_adds_those_named_only(quiet_app: App) -> None:
    decir = speaker(KEY, "es-MX")
    await _money_question(quiet_app, "es-MX")
    await decir(quiet_app, LIST_ES)
    plan = await _plan(quiet_app)
    assert len(plan) == 2 and not any("alquila" in s for s in plan), plan


async def test_not_the_landlord_one_the_rest_yes(quiet_app: App) -> None:
    say = speaker(KEY)
    await _money_question(quiet_app, "en-US")
    out = await say(quiet_app, "not the landlord one, the rest yes")
    assert "Added both." in out, out
    plan = await _plan(quiet_app)
    assert len(plan) == 2 and not any("landlord" in s for s in plan), plan


def test_a_list_of_money_steps_is_read_item_by_item() -> None:
    assert money_steps_added(LIST_ES) == ["benefits", "bridge"]
    three = "add: apply for unemployment, call my landlord and find temp shifts"
    assert money_steps_added(three) == ["benefits", "landlord", "bridge"]
    assert money_steps_added("add the unemployment one too") == ["benefits"]
    assert money_steps_added("dont add the landlord one") == []
