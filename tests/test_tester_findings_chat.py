"""What a play-tester of the console chat found, kept fixed over the real bot and flows: a yes to
"Did you mean ...?" takes the option offered, the furthest stage named counts (unless put
right), asking to paste a message or to see the saved draft goes to the draft brake, and a shy
"idk" at "What would help most?" starts simple instead of listing every option again."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import Conversation, Turn, UnderstoodKind, UserKey
from bot.understanding.situation import pick_up
from tests.placing import place_of, put_at
from tests.replies import said

KEY = UserKey("console", "local", "mo")


async def type_(app: App, text: str, locale: str = "en-US") -> str:
    return said(await app.engine.handle(Turn(KEY, text=text, locale=locale)))


async def place(app: App) -> Conversation:
    return await place_of(app, KEY)


@pytest.mark.parametrize(
    ("typo", "yes", "locale"),
    [
        ("let it ot i guess", "yes", "en-US"),
        ("let it ot i guess", "yeah", "en-US"),
        ("let it ot i guess", "yep", "en-US"),
        ("let it ot i guess", "that one", "en-US"),
        ("sacarlo todo creo", "sí", "es-MX"),
        ("sacarlo todo creo", "esa", "es-MX"),
    ],
)
async def test_a_yes_to_a_one_option_did_you_mean_takes_it(
    quiet_app: App, typo: str, yes: str, locale: str
) -> None:
    await put_at(quiet_app, KEY, "welcome", "offer", asked=True)
    offered = await type_(quiet_app, typo, locale)
    assert "Let it out" in offered or "Desahogarme" in offered, offered
    taken = await quiet_app.engine.handle_detailed(Turn(KEY, text=yes, locale=locale))
    assert taken.understood is not None and taken.understood.kind is UnderstoodKind.CHOICE
    assert (await place(quiet_app)).flow == "vent"


async def test_a_no_to_a_one_option_did_you_mean_takes_nothing(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "welcome", "offer", asked=True)
    await type_(quiet_app, "let it ot i guess")
    await type_(quiet_app, "no")
    assert ((await place(quiet_app)).flow, (await place(quiet_app)).step) == ("welcome", "offer")


@pytest.mark.parametrize("which", [0, 1])
async def test_the_first_or_the_second_picks_from_two_offered(quiet_app: App, which: int) -> None:
    await put_at(quiet_app, KEY, "vent", "let_go", vent_text="it hurt")
    out = await quiet_app.engine.handle(Turn(KEY, text="yes keep it"))
    offered = [o.id for r in out for o in getattr(r, "options", ())]
    assert len(offered) == 2
    await type_(quiet_app, ["yes the first one", "the second"][which])
    assert (await place(quiet_app)).vars["last_choice"] == offered[which]


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("phone screen then 2 interviews", "interview"),
        ("i had an interview after the phone screen", "interview"),
        ("a phone screen and then the final round", "final_round"),
        ("just a phone interview", "phone_screen"),
        ("phone screen then 2 interviews, actually just the phone screen", "phone_screen"),
        ("phone screen, not interview", "phone_screen"),
        ("una llamada telefónica y luego dos entrevistas", "interview"),
        ("tuve dos entrevistas, bueno no, solo la llamada telefónica", "phone_screen"),
    ],
)
def test_the_furthest_stage_named_counts_unless_put_right(text: str, stage: str) -> None:
    assert pick_up(text).get("stage") == stage


async def test_several_stages_at_the_stage_question_take_the_furthest(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "welcome", "ask_stage", asked=True)
    await type_(quiet_app, "phone screen then 2 interviews")
    assert (await place(quiet_app)).vars["stage"] == "interview"


@pytest.mark.parametrize(
    ("where", "text"),
    [
        (("menu", "choose"), "i wrote him an email, can i paste it"),
        (("vent", "open"), "i wrote him an email, can i paste it"),
        (("welcome", "offer"), "can i paste the message i wrote?"),
        (("menu", "choose"), "le escribí un correo, ¿te lo pego?"),
    ],
)
async def test_asking_to_paste_a_message_asks_for_it(
    quiet_app: App, where: tuple[str, str], text: str
) -> None:
    await put_at(quiet_app, KEY, *where, asked=True)
    out = await type_(quiet_app, text)
    conv = await place(quiet_app)
    assert (conv.flow, conv.step) == ("draft", "open"), out
    assert text not in str(conv.vars.get("vent_text") or "")


DRAFT = "Dear Sam, you people wasted my time and I am angry about it. Regards, Jo"


@pytest.mark.parametrize(
    "asked",
    [
        "the draft, is it saved? can u show it to me",
        "is my draft saved?",
        "¿guardaste mi borrador?",
    ],
)
async def test_asking_about_the_saved_draft_shows_it(quiet_app: App, asked: str) -> None:
    await type_(quiet_app, "/draft")
    await type_(quiet_app, DRAFT)
    await type_(quiet_app, "bye")
    await type_(quiet_app, "checkins")
    await type_(quiet_app, "bye")
    out = await type_(quiet_app, asked)
    assert "Here's what you wrote" in out and DRAFT in out
    assert "Last time we were on" not in out
    assert (await place(quiet_app)).flow == "draft"


async def test_asking_about_a_draft_when_none_is_saved_says_so_and_asks(quiet_app: App) -> None:
    await type_(quiet_app, "checkins")
    await type_(quiet_app, "bye")
    out = await type_(quiet_app, "the draft, is it saved? can u show it to me")
    assert "don't have a draft saved" in out
    assert ((await place(quiet_app)).flow, (await place(quiet_app)).step) == ("draft", "open")


def test_a_long_message_mentioning_pasting_is_no_request() -> None:
    from bot.safety.draft_asked import wants_the_draft, wants_to_paste

    assert not wants_to_paste("i wrote him an email")
    assert not wants_the_draft("i keep rereading the rejection email")
    assert wants_to_paste("can i paste it")


@pytest.mark.parametrize(
    ("shy", "locale"),
    [("idk", "en-US"), ("not sure", "en-US"), ("no idea", "en-US"), ("ni idea", "es-MX")],
)
@pytest.mark.parametrize("where", [("welcome", "offer"), ("menu", "choose")])
async def test_idk_at_what_would_help_starts_simple(
    quiet_app: App, shy: str, locale: str, where: tuple[str, str]
) -> None:
    await put_at(quiet_app, KEY, *where, asked=True)
    out = await type_(quiet_app, shy, locale)
    assert "start simple" in out or "empecemos por algo sencillo" in out.lower(), out
    assert (await place(quiet_app)).flow == "vent"


async def test_the_same_full_reask_never_comes_twice_running(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "welcome", "offer", asked=True)
    first = await type_(quiet_app, "ok")  # a quiet word: a warm line, no list of options
    second = await type_(quiet_app, "no")
    third = await type_(quiet_app, "ok")
    fourth = await type_(quiet_app, "no")
    assert "“Let it out”" not in first and "type stop" in first
    assert "“Let it out”" in second
    assert "“Let it out”" not in third and "type stop" in third and third != first
    assert "“Calm down before I answer them”" not in fourth and "No rush" in fourth
    assert ((await place(quiet_app)).flow, (await place(quiet_app)).step) == ("welcome", "offer")


async def test_words_about_the_draft_that_answer_its_checkin_answer_it(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "checkin_draft", "how", asked=True)
    await type_(quiet_app, "i want to keep the draft unsent")
    conv = await place(quiet_app)
    assert conv.flow == "checkin_draft" and conv.vars.get("last_choice") == "drop"
