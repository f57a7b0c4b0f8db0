"""What a play-tester found editing the plan in Spanish and English, kept fixed over the real bot
and flows: "ay ya. saltar" skips a suggestion (a weary "ya" is no yes), "quita el 3", "remove 3"
and "delete the third one" take a step out of the plan, and "no lo hice" right after a tick
unticks it. A bare "ok" at a suggestion still adds it: there it is a yes."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import UserKey
from tests.placing import put_at
from tests.replies import placer, speaker

KEY = UserKey("console", "local", "pat")
say = speaker(KEY)
decir = speaker(KEY, "es-MX")
place = placer(KEY)
STEPS = ["Apply for unemployment support", "Talk to my landlord", "Look for short-term work"]


async def planned(app: App) -> list[tuple[str, bool]]:
    async with app.store.transaction() as tx:
        items = await tx.list_items(KEY, "plan")
    return [(str(i.data["text"]), bool(i.data["done"])) for i in items]


async def with_plan(app: App, step: str = "show") -> None:
    async with app.store.transaction() as tx:
        for text in STEPS:
            await tx.add_item(KEY, "plan", {"text": text, "done": False})
    await put_at(app, KEY, "plan", step, asked=True)


@pytest.mark.parametrize("words", ["ay ya. saltar", "paso", "saltar"])
async def test_skip_words_in_spanish_skip_the_suggestion(quiet_app: App, words: str) -> None:
    await put_at(quiet_app, KEY, "plan", "applying", asked=True)
    out = await decir(quiet_app, words)
    assert "Agregado" not in out, out
    assert await place(quiet_app) == "plan.weekly"
    assert await planned(quiet_app) == []


async def test_a_bare_ok_at_a_suggestion_adds_it(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "plan", "applying", asked=True)
    assert "Agregado." in await decir(quiet_app, "ok")


@pytest.mark.parametrize(
    ("lang", "words"),
    [("es", "quita el 3 porfa"), ("es", "borra el 3"), ("en", "remove 3"),
     ("en", "delete the third one")],
)  # fmt: skip
async def test_removing_a_step_takes_it_out(quiet_app: App, lang: str, words: str) -> None:
    await with_plan(quiet_app)
    out = await (decir if lang == "es" else say)(quiet_app, words)
    assert "Lo quité de tu plan" in out or "Removed from your plan" in out, out
    assert "Bien hecho" not in out and "Nice work" not in out, out
    assert await planned(quiet_app) == [(STEPS[0], False), (STEPS[1], False)]
    assert await place(quiet_app) == "plan.show"


async def test_a_wrong_tick_is_put_right_and_removed_in_spanish(quiet_app: App) -> None:
    await with_plan(quiet_app)
    assert "Marcado. ¡Bien hecho!" in await decir(quiet_app, "el 3 ya lo hice")
    out = await decir(quiet_app, "no! no lo hice")
    assert "Marcado como pendiente." in out, out
    assert (STEPS[2], False) in await planned(quiet_app)
    await decir(quiet_app, "el 3 ya lo hice")
    out = await decir(quiet_app, "no! no lo hice, quiero borrarlo")
    assert "Lo quité de tu plan" in out and "Ve con calma" not in out, out
    assert len(await planned(quiet_app)) == 2


async def test_remove_without_a_number_asks_which(quiet_app: App) -> None:
    await with_plan(quiet_app)
    out = await say(quiet_app, "Remove a step")
    assert "Which number shall I remove?" in out, out
    out = await say(quiet_app, "2")
    assert "Removed from your plan: Talk to my landlord" in out, out
    assert len(await planned(quiet_app)) == 2
