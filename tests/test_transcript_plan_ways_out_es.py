"""What a play-tester found editing the plan in es-MX, kept fixed over the real bot and flows:
"¿Qué número quito?" always has a way out ("ninguno!!", "olvidar", "never mind", "menú",
"parar"), and a second miss there is not asked a third time; "va, agrégalo" at a suggestion is a
yes to it, never a step named "va"; "el 1" at the plan's menu picks its option 1 (which step did
you do?) and ticks nothing; a step of their own keeps no lead-in ("un paso: llamar a Ana" is
"llamar a Ana"); a step said no to or doubted ("lo del seguro no sé si aplica acá") is left out,
alone or beside "las tres"."""

from __future__ import annotations

import pytest

from bot.app import App
from tests.replies import speaker
from tests.test_transcript_plan_steps_es import KEY, decir, place, planned, with_plan

say = speaker(KEY)
LEFT = "dejé tu plan como estaba"


@pytest.mark.parametrize(
    "words",
    ["ninguno!!", "olvidar", "olvídalo", "nada, olvídalo", "mejor no", "no, ninguno",
     "cancelar", "no quiero quitar ninguno", "never mind", "forget it", "none"],
)  # fmt: skip
async def test_which_to_remove_has_a_way_out(quiet_app: App, words: str) -> None:
    await with_plan(quiet_app, "remove_ask")
    out = await decir(quiet_app, words)
    assert LEFT in out and "Qué número" not in out, out
    assert await place(quiet_app) == "plan.show"
    assert len(await planned(quiet_app)) == 3


@pytest.mark.parametrize(("words", "at"), [("menú", "menu.choose"), ("parar", "None.None")])
async def test_menu_and_stop_leave_which_to_remove(quiet_app: App, words: str, at: str) -> None:
    await with_plan(quiet_app, "remove_ask")
    await decir(quiet_app, words)
    assert await place(quiet_app) == at
    assert len(await planned(quiet_app)) == 3


async def test_which_to_remove_is_not_asked_a_third_time(quiet_app: App) -> None:
    await with_plan(quiet_app, "remove_ask")
    assert "Qué número quito" in await decir(quiet_app, "zzz")
    out = await decir(quiet_app, "qqq")
    assert LEFT in out and await place(quiet_app) == "plan.show", out
    assert len(await planned(quiet_app)) == 3


@pytest.mark.parametrize("words", ["olvidar", "ninguno!!"])
async def test_which_was_done_has_the_same_way_out(quiet_app: App, words: str) -> None:
    await with_plan(quiet_app, "tick")
    assert LEFT in await decir(quiet_app, words)
    assert [done for _text, done in await planned(quiet_app)] == [False, False, False]


@pytest.mark.parametrize("words", ["va, agrégalo", "sale, ponlo", "ok sí, agrégalo"])
async def test_a_yes_with_agregalo_adds_the_suggestion(quiet_app: App, words: str) -> None:
    await with_plan(quiet_app, "applying")
    out = await decir(quiet_app, words)
    texts = [text for text, _done in await planned(quiet_app)]
    assert len(texts) == 4 and texts[-1].startswith("Esta semana"), out
    assert not any(text.lower() in ("va", "sale", "ok sí") for text in texts)


async def test_ok_add_it_in_english_adds_the_suggestion(quiet_app: App) -> None:
    await with_plan(quiet_app, "applying")
    out = await say(quiet_app, "ok sure, add it")
    assert "Added to your plan: ok" not in out, out
    assert len(await planned(quiet_app)) == 4


@pytest.mark.parametrize("words", ["el 1", "1", "la 1", "opción 1"])
async def test_el_1_at_the_plan_picks_the_option_and_ticks_nothing(
    quiet_app: App, words: str
) -> None:
    await with_plan(quiet_app)
    out = await decir(quiet_app, words)
    assert "Qué número hiciste" in out and "Bien hecho" not in out, out
    assert [done for _text, done in await planned(quiet_app)] == [False, False, False]
    assert "Bien hecho" in await decir(quiet_app, "el 1")  # the question's own answer
    assert [done for _text, done in await planned(quiet_app)] == [True, False, False]


@pytest.mark.parametrize(
    ("words", "at"),
    [("un paso: llamar a Ana", "own"), ("Paso: llamar a Ana", "own"),
     ("mi paso es llamar a Ana", "own"), ("agrega un paso: llamar a Ana", "show"),
     ("pon otro paso: llamar a Ana", "show")],
)  # fmt: skip
async def test_a_step_of_their_own_keeps_no_lead_in(quiet_app: App, words: str, at: str) -> None:
    await with_plan(quiet_app, at)
    out = await decir(quiet_app, words)
    assert (await planned(quiet_app))[-1] == ("llamar a Ana", False), out


async def test_a_step_of_their_own_in_english_keeps_no_lead_in(quiet_app: App) -> None:
    await with_plan(quiet_app, "own")
    await say(quiet_app, "My step: email Bob about references")
    assert (await planned(quiet_app))[-1] == ("email Bob about references", False)


async def _at_money(app: App, locale: str) -> None:
    speak = decir if locale.startswith("es") else say
    await speak(app, "/vent")
    await speak(app, "estoy sin dinero, me corrieron" if locale.startswith("es") else "im broke")
    await speak(app, "/plan")
    assert await place(app) == "plan.fit_money"


@pytest.mark.parametrize(
    "words", ["lo del seguro no se si aplica aca", "el seguro no creo que aplique"]
)
async def test_a_step_doubted_in_words_is_left_out(quiet_app: App, words: str) -> None:
    await _at_money(quiet_app, "es-MX")
    out = await decir(quiet_app, words)
    assert "ese lo dejo fuera" in out and await place(quiet_app) == "plan.fit_money", out
    assert await planned(quiet_app) == []


@pytest.mark.parametrize(
    "words",
    ["las tres, aunque lo del seguro no se si aplica aca", "todas menos el seguro",
     "all three, but not sure the unemployment one applies here"],
)  # fmt: skip
async def test_all_but_the_step_doubted_are_added(quiet_app: App, words: str) -> None:
    await _at_money(quiet_app, "en-US" if words.startswith("all") else "es-MX")
    out = await (say if words.startswith("all") else decir)(quiet_app, words)
    texts = [text for text, _done in await planned(quiet_app)]
    assert len(texts) == 2, out
    assert not any("desempleo" in t or "AFORE" in t or "unemployment" in t for t in texts), texts
