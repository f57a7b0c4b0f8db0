"""At the plan's money question, one step said no to and "the rest" asked for
(`bot.plan_picks`): the other single steps are added and the refused one is not, in Spanish and
English; "all three" is never counted among "the rest"."""

from __future__ import annotations

from bot.app import App
from bot.core.model import UserKey
from tests.replies import speaker

KEY = UserKey("console", "w1", "all-but")


async def _plan(app: App) -> list[str]:
    async with app.store.transaction() as tx:
        return [str(i.data["text"]) for i in await tx.list_items(KEY, "plan")]


async def test_a_step_taken_out_and_the_rest_asked_for_in_spanish(quiet_app: App) -> None:
    say = speaker(KEY, "es-MX")
    await say(quiet_app, "/vent")
    await say(quiet_app, "no sé cómo pagar la renta")
    assert "quien te alquila" in await say(quiet_app, "/plan")
    said = await say(quiet_app, "quita lo de la renta, vivo con mis papas. lo demas si")
    assert "Agregué los dos." in said
    plan = await _plan(quiet_app)
    assert len(plan) == 2
    assert any("AFORE" in step for step in plan)  # Mexico: no national insurance
    assert not any("alquila" in step for step in plan)


async def test_a_step_skipped_and_everything_else_asked_for(quiet_app: App) -> None:
    say = speaker(KEY)
    await say(quiet_app, "/vent")
    await say(quiet_app, "i cant make rent this month")
    await say(quiet_app, "/plan")
    said = await say(quiet_app, "skip the landlord one, add everything else")
    assert "Added both." in said
    plan = await _plan(quiet_app)
    assert len(plan) == 2 and not any("landlord" in step for step in plan)


async def test_one_step_said_alone_is_still_added_on_its_own(quiet_app: App) -> None:
    say = speaker(KEY)
    await say(quiet_app, "/vent")
    await say(quiet_app, "i cant make rent this month")
    await say(quiet_app, "/plan")
    assert "Added." in await say(quiet_app, "talk to my landlord")
    assert len(await _plan(quiet_app)) == 1
