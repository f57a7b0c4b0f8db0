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


@pytest.mark.parametrize("at", ["show", "applying", "tick"])
async def test_a_step_of_their_own_said_with_pon_is_added(quiet_app: App, at: str) -> None:
    await with_plan(quiet_app, at)
    out = await decir(quiet_app, "y tmb pon ir a la profedet el lunes")
    assert "Agregué a tu plan: ir a la profedet el lunes" in out, out
    assert "Bien hecho" not in out and "Qué número" not in out, out
    assert (await planned(quiet_app))[-1] == ("ir a la profedet el lunes", False)
    assert len(await planned(quiet_app)) == 4
    out = await decir(quiet_app, "oye y lo de la profedet? ponlo")
    assert "Eso ya está en tu plan" in out and "Agregado" not in out, out
    assert len(await planned(quiet_app)) == 4


async def test_agrega_never_starts_the_which_number_question(quiet_app: App) -> None:
    await with_plan(quiet_app)
    out = await decir(quiet_app, "agrega ir a la profedet el lunes")
    assert "Qué número" not in out and "No encontré" not in out, out
    assert (await planned(quiet_app))[-1] == ("ir a la profedet el lunes", False)
    out = await decir(quiet_app, "QUIERO AGREGAR UN PASO")
    assert await place(quiet_app) == "plan.own", out
    assert "Agregado." in await decir(quiet_app, "llamar al sindicato")
    assert (await planned(quiet_app))[-1] == ("llamar al sindicato", False)


async def test_the_which_number_question_has_a_way_out(quiet_app: App) -> None:
    await with_plan(quiet_app, "tick")
    out = await decir(quiet_app, "QUIERO AGREGAR UN PASO")
    assert await place(quiet_app) == "plan.own", out
    await put_at(quiet_app, KEY, "plan", "tick", asked=True)
    assert "dejé tu plan como estaba" in await decir(quiet_app, "olvídalo")
    assert await place(quiet_app) == "plan.show"
    await decir(quiet_app, "zzz")  # at the list: "which number did you do?"
    assert await place(quiet_app) == "plan.tick"
    assert "dejé tu plan como estaba" in await decir(quiet_app, "qqq")  # no third ask
    assert await place(quiet_app) == "plan.show"
    assert [done for _text, done in await planned(quiet_app)] == [False, False, False]


async def test_leaving_the_which_number_question_does_not_resume_it(quiet_app: App) -> None:
    await with_plan(quiet_app, "tick")
    await decir(quiet_app, "menu")
    out = await decir(quiet_app, "/plan")
    assert "Qué número" not in out, out
    async with quiet_app.store.transaction() as tx:
        conv = await tx.load(KEY)
    assert conv is not None and conv.meta.get("left_at") == ["plan", "show"]


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "add practising interviews please"), ("es", "agrega practicar entrevistas")],
)  # fmt: skip
async def test_the_step_suggested_is_added_as_itself(quiet_app: App, lang: str, words: str) -> None:
    await put_at(quiet_app, KEY, "plan", "practise", asked=True)
    speak = decir if lang == "es" else speaker(KEY)
    out = await speak(quiet_app, words)  # the suggestion's own yes, not a step of their own
    assert "Added to your plan" not in out and "Agregué a tu plan" not in out, out
    assert all(
        not text.startswith(("Practising", "Practicar e")) for text, _d in await planned(quiet_app)
    )


async def test_a_step_already_there_is_not_said_to_be_added(quiet_app: App) -> None:
    await with_plan(quiet_app, "own")
    out = await decir(quiet_app, "Hablar con el casero")
    assert "Agregado." in out, out
    await put_at(quiet_app, KEY, "plan", "own", asked=True)
    out = await decir(quiet_app, "Hablar con el casero")
    assert "Agregado" not in out and "Eso ya está en tu plan." in out, out
    assert len(await planned(quiet_app)) == 4


async def test_the_wrong_tick_is_undone_right_after(quiet_app: App) -> None:
    await with_plan(quiet_app)
    assert "Bien hecho" in await decir(quiet_app, "marca el 2 como hecho")
    out = await decir(quiet_app, "noo ese no!!")
    assert [done for _text, done in await planned(quiet_app)] == [False, False, False], out
    assert await place(quiet_app) == "plan.show"
