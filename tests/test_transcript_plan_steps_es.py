"""What a play-tester laid off from a warehouse in Mexico found editing the plan in es-MX, kept
fixed over the real bot and flows: a step named in other words of its own ("lo del casero" for
"quien me alquila") is the one ticked, never another; saying it was done ("ya hablé con el
casero") ticks it; "agrega ..."/"pon ..." with a step of their own adds those words, and never
starts the "which number did you do?" question; that question has a way out, and "seguir" after
leaving it does not bring it back."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import UserKey
from tests.placing import put_at
from tests.replies import placer, speaker

KEY = UserKey("console", "local", "mx")
decir = speaker(KEY, "es-MX")
place = placer(KEY)
STEPS = [
    "Hablar con quien me alquila o quien me prestó antes de la fecha de pago, para pagar en partes",
    "Esta semana: buscar trabajo de corto plazo como puente (agencia temporal, turnos)",
    "Solicitar el seguro de desempleo en la oficina de desempleo de mi país",
]


async def planned(app: App) -> list[tuple[str, bool]]:
    async with app.store.transaction() as tx:
        items = await tx.list_items(KEY, "plan")
    return [(str(i.data["text"]), bool(i.data["done"])) for i in items]


async def with_plan(app: App, step: str = "show", steps: list[str] = STEPS) -> None:
    async with app.store.transaction() as tx:
        for text in steps:
            await tx.add_item(KEY, "plan", {"text": text, "done": False})
    await put_at(app, KEY, "plan", step, asked=True)


@pytest.mark.parametrize(
    "words",
    ["marca lo del casero como hecho", "ya hable con el casero hoy", "ya pagué la renta",
     "marca el 1"],
)  # fmt: skip
async def test_the_landlord_step_is_the_one_ticked(quiet_app: App, words: str) -> None:
    await with_plan(quiet_app)
    out = await decir(quiet_app, words)
    assert "Bien hecho" in out, out
    assert [done for _text, done in await planned(quiet_app)] == [True, False, False]


async def test_the_landlord_step_in_the_testers_own_words(quiet_app: App) -> None:
    await with_plan(quiet_app, steps=["Hablar con el casero", STEPS[1], STEPS[2]])
    assert "Bien hecho" in await decir(quiet_app, "marca lo del casero como hecho")
    assert [done for _text, done in await planned(quiet_app)] == [True, False, False]
