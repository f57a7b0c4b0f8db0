"""The direct question ("are you having thoughts of ending your life?") and the crisis flow as
people use them: a no said with hedges or politeness is a no, a real yes stays a yes; talk of
writing to a company "one last time" or of a draft's "last version" is not asked about; a request
made in the message that set off the question is still carried out after a no; "I'm quite safe,
may we go back" is taken as both answers, and "go back to what we were doing" goes back; a second
crisis says back what kind of thing was mentioned."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import Turn, UserKey
from bot.safety.check_answers import NO, UNSURE, YES, refine
from bot.safety.crisis import assess
from bot.safety.crisis_check import read_answer
from bot.safety.going_back import asks_to_go_back
from bot.safety.safe_back import says_safe_outright
from bot.safety.said_back import BETTER_OFF, GOODBYE, IN_ORDER, WANT_TO_DIE, said_of
from tests.replies import said

QUESTION = "Are you having thoughts of ending your life?"
PREGUNTA = "¿Estás pensando en quitarte la vida?"
KEY = UserKey("console", "findings", "p")


def reading(text: str) -> str | None:
    return refine(text, read_answer(text))


async def say(app: App, text: str, locale: str = "en-US") -> str:
    return said(await app.engine.handle(Turn(KEY, text=text, locale=locale)))


@pytest.mark.parametrize(
    "text",
    [
        "Goodness. No, I don't believe so. I am simply tired.",
        "No, I don't believe so",
        "I don't think so",
        "not that I know of",
        "Not that I'm aware of.",
        "heavens no",
        "Good heavens, no. I am simply tired.",
        "no no, just tired",
        "no creo",
        "creo que no",
        "no lo creo",
        "para nada, solo cansada",
        "Dios mío, no. Solo estoy cansada.",
    ],
)
def test_a_hedged_or_polite_no_is_a_no(text: str) -> None:
    assert reading(text) == NO


@pytest.mark.parametrize(
    "text",
    ["yes", "I think so", "Hmm. I think so.", "sometimes yes", "honestly yes", "Well. Yes."],
)
def test_a_real_yes_stays_a_yes(text: str) -> None:
    assert reading(text) == YES


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        ("I am tired of living", YES),
        ("i am just tired of it all", YES),
        ("What a question. No. But sometimes I wonder.", YES),
        ("Oh. No. Yes. I don't know.", UNSURE),
        ("Goodness. No. I am having those thoughts.", UNSURE),
    ],
)
def test_a_no_beside_a_yes_or_risk_is_never_a_no(text: str, meaning: str) -> None:
    assert reading(text) == meaning


@pytest.mark.parametrize(
    "text", ["no one would miss me", "no way out", "no point", "Hm. No one would notice."]
)
def test_no_one_or_no_way_out_is_not_an_answer_of_no(text: str) -> None:
    assert reading(text) != NO


async def test_a_polite_no_goes_back_without_the_helplines(app: App) -> None:
    await say(app, "/vent")
    assert QUESTION in await say(app, "i'll shoot myself lol")
    out = await say(app, "Goodness. No, I don't believe so. I am simply tired.")
    assert "where we were" in out
    assert "Are you safe" not in out
    assert "people you can reach" not in out


@pytest.mark.parametrize(
    "text",
    [
        "¿me puedes recordar el viernes? les quiero escribir una última vez",
        "i'll send it myself. just tell me if the last version is ok",
        "I want to email the recruiter one last time",
    ],
)
def test_writing_to_a_company_one_last_time_is_not_asked_about(text: str) -> None:
    assert assess(text).level is None


@pytest.mark.parametrize(
    "text",
    [
        "this is the last message you'll get from me",
        "una última vez antes de irme para siempre",
        "les quiero escribir una última vez antes de irme para siempre",
    ],
)
def test_a_last_message_that_is_a_goodbye_is_still_flagged(text: str) -> None:
    assert assess(text).crisis


async def test_a_reminder_asked_for_is_offered_after_a_no(app: App) -> None:
    await say(app, "hi")
    out = await say(
        app, "can you remind me on friday? i'll shoot myself lol if they ghost me again"
    )
    assert QUESTION in out
    out = await say(app, "no, figure of speech")
    assert "where we were" in out
    assert "message you on Friday" in out
    out = await say(app, "yes")
    assert "I'll message you on Friday" in out


async def test_a_spanish_reminder_asked_for_is_offered_after_a_no(app: App) -> None:
    await say(app, "hola", "es-MX")
    out = await say(app, "¿me puedes recordar el viernes? me quiero morir jaja", "es-MX")
    assert PREGUNTA in out
    out = await say(app, "no, es un decir", "es-MX")
    assert "escribirte el viernes" in out


async def _at_safe_question(app: App) -> None:
    await say(app, "/vent")
    assert QUESTION in await say(app, "i'll shoot myself lol")
    assert "Are you safe" in await say(app, "yes")


@pytest.mark.parametrize(
    "text",
    [
        "I'm quite safe. I'm not in any danger. May we go back to the pension question?",
        "I'm quite safe. I'm not in any danger. May we return to the pension question?",
    ],
)
async def test_safe_and_back_in_polite_words_is_both_answers(app: App, text: str) -> None:
    await _at_safe_question(app)
    out = await say(app, text)
    assert "Did you mean" not in out
    assert "glad you're safe" in out
    assert "What's on your mind?" in out


def test_not_in_any_danger_is_a_way_of_saying_safe() -> None:
    assert says_safe_outright("I'm quite safe. I'm not in any danger.")
    assert says_safe_outright("No estoy en peligro, estoy bien")
    assert not says_safe_outright("im not safe, im in danger")
    assert not says_safe_outright("no, im not in danger but i might hurt myself")


async def test_a_plain_safe_statement_is_taken_without_did_you_mean(app: App) -> None:
    await _at_safe_question(app)
    out = await say(app, "I'm quite safe. I'm not in any danger.")
    assert "Did you mean" not in out
    assert "glad you're safe" in out


async def test_go_back_after_coming_back_asks_the_waiting_question_again(app: App) -> None:
    await _at_safe_question(app)
    await say(app, "I'm quite safe. I'm not in any danger. May we go back to the pension question?")
    out = await say(app, "go back to what we were doing, please")
    assert "We're back where we were" in out
    assert "What's on your mind?" in out
    assert "keep going" not in out


async def test_go_back_at_the_safe_question_goes_back_after_one_check(app: App) -> None:
    await _at_safe_question(app)
    out = await say(app, "go back to what we were doing, please")
    assert "Before we go" in out or "Just checking first" in out
    out = await say(app, "just take me back")
    assert "What's on your mind?" in out


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("go back to what we were doing, please", True),
        ("can we go back to where we were?", True),
        ("where were we?", True),
        ("volvamos a lo que estábamos", True),
        ("take me back please", True),
        ("I want to go back to my old job", False),
        ("back", False),
        ("continue", False),
        ("i keep going back to what they said in the interview", False),
    ],
)
def test_a_plain_request_to_go_back_is_heard(text: str, meant: bool) -> None:
    assert asks_to_go_back(text) is meant


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I have been putting my affairs in order", IN_ORDER),
        ("everyone would be better off without me", BETTER_OFF),
        ("I want to die", WANT_TO_DIE),
        ("ya dejé mis asuntos en orden y escribí cartas para mi familia", IN_ORDER),
        ("todos estarían mejor sin mí", BETTER_OFF),
        ("me voy a despedir de todos", GOODBYE),
    ],
)
def test_the_kind_of_thing_mentioned_is_named(text: str, kind: str) -> None:
    assert said_of(text) == kind


async def _second_time(app: App, locale: str, first: str, safe: str, back: str) -> None:
    await say(app, "hi" if locale.startswith("en") else "hola", locale)
    await say(app, first, locale)
    await say(app, safe, locale)
    await say(app, back, locale)


async def test_a_second_crisis_says_back_what_kind_of_thing_it_was(app: App) -> None:
    await _second_time(app, "en-US", "I want to die", "yes im safe", "go back")
    out = await say(app, "I have been putting my affairs in order")
    assert "You've mentioned this again, and I'm taking it seriously" in out
    assert "putting your affairs in order" in out
    assert "my affairs" not in out  # said back in kind words, not quoted


async def test_a_second_crisis_in_spanish_says_back_what_kind_after_a_yes(app: App) -> None:
    await _second_time(app, "es-MX", "quiero morir", "sí, estoy a salvo", "volver")
    assert PREGUNTA in await say(app, "ya escribí cartas para mi familia, por si acaso", "es-MX")
    out = await say(app, "sí", "es-MX")
    assert "Volviste a mencionarlo" in out
    assert "dejar tus asuntos en orden" in out


async def test_a_second_crisis_the_model_alone_flagged_is_not_named(app: App) -> None:
    await _second_time(app, "en-US", "I want to die", "yes im safe", "go back")
    assert QUESTION in await say(app, "whats even the point anymore")
    out = await say(app, "yes")
    assert "You've mentioned this again, and I'm taking it seriously. I'm still here" in out
