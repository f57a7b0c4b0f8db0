"""What outside play-testers found, kept fixed over the real bot and flows: a practical question
typed mid-vent is answered and the vent resumes; a fact put right ("it was the FINAL round",
"no, it was by phone") is stored and acknowledged; a request about the language switches it;
words typed after an option word are kept as the person's words; a plan for someone worried
about rent starts with money, not interview practice; "i just got off the phone" is how they
heard, not the phone screen; a misspelt option ("chek-in setings") is taken."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import Conversation, Turn, UnderstoodKind, UserKey
from bot.understanding.asides import corrected, language_asked
from tests.placing import place_of, put_at
from tests.replies import said

KEY = UserKey("console", "local", "kit")


async def place(app: App) -> Conversation:
    return await place_of(app, KEY)


async def venting(app: App) -> None:
    await app.engine.handle(Turn(KEY, text="/vent"))
    await app.engine.handle(Turn(KEY, text="four rounds and then a form email saying no"))


@pytest.mark.parametrize("more", [True, False])
async def test_a_practical_question_mid_vent_is_answered_and_the_vent_resumes(
    quiet_app: App, more: bool
) -> None:
    await venting(quiet_app)
    if more:
        await quiet_app.engine.handle(Turn(KEY, text="there's more"))
    before = await place(quiet_app)
    asked = await quiet_app.engine.handle_detailed(
        Turn(KEY, text="does following up after 3 weeks look desperate?")
    )
    assert asked.understood is not None and asked.understood.kind is UnderstoodKind.QUESTION
    assert "not desperation" in said(asked.replies)
    conv = await place(quiet_app)
    assert (conv.flow, conv.step) == (before.flow, before.step)
    assert "desperate" not in str(conv.vars.get("vent_text"))


@pytest.mark.parametrize(
    ("typed", "fact", "value", "words"),
    [
        ("it was the FINAL round", "stage", "final_round", "the final round"),
        ("no, it was by phone", "heard", "call", "by phone"),
        ("actually it was a phone screen", "stage", "phone_screen", "phone screen"),
    ],
)
async def test_a_fact_put_right_mid_vent_is_stored_and_acknowledged(
    quiet_app: App, typed: str, fact: str, value: str, words: str
) -> None:
    await venting(quiet_app)
    await quiet_app.engine.handle(Turn(KEY, text="there's more"))
    fixed = await quiet_app.engine.handle_detailed(Turn(KEY, text=typed))
    text = said(fixed.replies)
    assert "putting me right" in text and words in text
    conv = await place(quiet_app)
    assert conv.vars[fact] == value
    assert (conv.flow, conv.step) == ("vent", "more")  # the vent goes on
    assert typed not in str(conv.vars.get("vent_text"))


def test_a_fact_told_while_venting_is_no_correction() -> None:
    assert corrected("they turned me down after the final round") == {}
    assert corrected("it was the final round and i was so sure, i even bought a suit") == {}


async def test_asking_for_another_language_mid_vent_switches_and_the_vent_resumes(
    quiet_app: App,
) -> None:
    await venting(quiet_app)
    await quiet_app.engine.handle(Turn(KEY, text="there's more"))
    switched = await quiet_app.engine.handle_detailed(Turn(KEY, text="en español por favor"))
    assert "español" in said(switched.replies)
    conv = await place(quiet_app)
    assert (conv.flow, conv.step) == ("vent", "more")
    back = await quiet_app.engine.handle_detailed(Turn(KEY, text="can you write it in English?"))
    assert "in English" in said(back.replies)
    assert (await place(quiet_app)).step == "more"


def test_mentioning_a_language_is_no_request() -> None:
    assert language_asked("the interview was in english") is None
    assert language_asked("can you write it in English?") == "english"
    assert language_asked("do you speak spanish") == "spanish"


async def test_words_after_an_option_word_are_kept_as_the_vent(quiet_app: App) -> None:
    await venting(quiet_app)
    typed = "theres more, honestly i keep thinking about the recruiter calling me their top pick"
    kept = await quiet_app.engine.handle_detailed(Turn(KEY, text=typed))
    assert kept.understood is not None and kept.understood.kind is UnderstoodKind.ANSWER
    conv = await place(quiet_app)
    assert "recruiter calling me their top pick" in str(conv.vars.get("vent_text"))
    assert "four rounds" in str(conv.vars.get("vent_text"))
    assert (conv.flow, conv.step) == ("vent", "heard")


async def test_an_option_word_alone_still_just_picks_it(quiet_app: App) -> None:
    await venting(quiet_app)
    await quiet_app.engine.handle(Turn(KEY, text="theres more"))
    assert (await place(quiet_app)).step == "more"


async def test_a_plan_for_someone_worried_about_rent_starts_with_money(quiet_app: App) -> None:
    await quiet_app.engine.handle(Turn(KEY, text="/vent"))
    await quiet_app.engine.handle(
        Turn(KEY, text="they said no after the final round and i don't know how i'll pay rent")
    )
    planned = said(await quiet_app.engine.handle(Turn(KEY, text="/plan")))
    assert "money" in planned and "Practise interview" not in planned
    assert (await place(quiet_app)).step == "fit_money"
    await quiet_app.engine.handle(Turn(KEY, text="add it"))
    assert (await place(quiet_app)).step == "applying"  # no interview practice on the way


async def test_just_off_the_phone_is_how_they_heard_not_the_phone_screen(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "welcome", "ask_stage", asked=True)
    typed = await quiet_app.engine.handle_detailed(Turn(KEY, text="i just got off the phone"))
    assert typed.understood is not None and typed.understood.choice != "Phone screen"
    assert "they told you by phone" in said(typed.replies)  # said back, then asked again
    conv = await place(quiet_app)
    assert conv.vars.get("heard") == "call" and "stage" not in conv.vars
    assert (conv.flow, conv.step) == ("welcome", "ask_stage")


async def test_a_misspelt_check_in_settings_goes_to_the_settings(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "checkins", "none", asked=True)
    typed = await quiet_app.engine.handle_detailed(Turn(KEY, text="chek-in setings"))
    assert typed.understood is not None
    assert typed.understood.choice == "My check-in settings"


async def test_a_fact_written_as_the_answer_to_a_written_question_is_kept(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "plan", "strengths", asked=True)
    typed = "it was the final round, they liked my case study"
    handled = await quiet_app.engine.handle_detailed(Turn(KEY, text=typed))
    assert "putting me right" not in said(handled.replies)
    assert (await place(quiet_app)).vars.get("strengths") == typed


async def test_a_correction_opening_with_no_is_not_a_no_to_the_question(quiet_app: App) -> None:
    await venting(quiet_app)  # at "Do you want to keep going?", whose "I'm done for now" means no
    fixed = await quiet_app.engine.handle_detailed(Turn(KEY, text="no, it was by phone"))
    assert "they told you by phone" in said(fixed.replies)
    conv = await place(quiet_app)
    assert (conv.flow, conv.step) == ("vent", "heard") and conv.vars["heard"] == "call"
