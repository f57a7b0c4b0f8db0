"""Reading requests that work anywhere, in English and Spanish: "forget me" and "borra mis datos"
ask to erase (a vent saying they will forget me does not); "pick up where we left off" asks to
resume; words about this conversation at a draft prompt ("i asked ...", "eso no era un
mensaje") are told from a draft to the employer; a plan step is found by its words; a doubt
said as a statement and a "yes or no" tag still read as the question asked."""

from __future__ import annotations

import pytest

from bot.questions import find_questions
from bot.understanding.plan_words import step_named
from bot.understanding.questions import asked_plainly, reads_as_question
from bot.understanding.requests import forget_asked, resume_asked, to_the_bot


@pytest.mark.parametrize(
    "text",
    [
        "forget me",
        "ok forget me please, delete everything",
        "delete my data",
        "can you delete all my data",
        "please erase everything you have about me",
        "borra mis datos",
        "Bórrame todos mis datos por favor",
        "olvídame",
        "quiero que me olvides",
    ],
)
def test_erasing_is_asked(text: str) -> None:
    assert forget_asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "i feel like they will just forget me",
        "they'll forget me by next week",
        "how do i delete my data?",
        "¿cómo borro mis datos?",
        "forget",
        "i want to forget about this job",
        "No me vuelvan a escribir nunca, borren mis datos.",
    ],
)
def test_erasing_is_not_asked(text: str) -> None:
    assert not forget_asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "pick up where we left off",
        "can we pick up where we left off?",
        "where were we",
        "continue from last time",
        "retomemos donde lo dejamos",
        "sigamos donde nos quedamos",
    ],
)
def test_resuming_is_asked(text: str) -> None:
    assert resume_asked(text)


@pytest.mark.parametrize("text", ["continue", "i left off the salary part", "where is my draft"])
def test_resuming_is_not_asked(text: str) -> None:
    assert not resume_asked(text)


def test_words_to_the_bot_carry_their_question() -> None:
    said = to_the_bot("no im not writing anything. i asked how long companies take to reply")
    assert said is not None and said.not_writing
    assert said.question == "how long companies take to reply"
    said = to_the_bot("no tengo nada escrito todavía. mi pregunta es si vale la pena escribirles")
    assert said is not None and said.not_writing and said.question.startswith("vale la pena")
    said = to_the_bot("my question is can i reapply")
    assert said is not None and not said.not_writing and said.question == "can i reapply"
    for text in ("eso no era un mensaje, era mi pregunta", "that wasn't a draft"):
        said = to_the_bot(text)
        assert said is not None and said.not_writing


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana, I asked for feedback in May and got nothing.",
        "I asked you for feedback twice and you ignored me",
        "Thank you for your time. I was hoping for better news.",
        "Estimada Ana, les pregunté por mi proceso y nunca respondieron. Saludos",
    ],
)
def test_drafts_to_them_are_not_words_to_the_bot(text: str) -> None:
    assert to_the_bot(text) is None


def test_a_plan_step_is_found_by_its_words() -> None:
    steps = ["Apply for unemployment support", "Talk to my landlord or lender", "Update my CV"]
    assert step_named("can you tick off the landlord one", steps) == 2
    assert step_named("the landlord one", steps) == 2
    assert step_named("the one about my cv", steps) == 3
    assert step_named("2", steps) == 2
    assert step_named("the second one", steps, spelled=False) == 2
    assert step_named("tick one", steps, spelled=False) is None
    assert step_named("the one about my dog", steps) is None


def test_a_doubt_and_a_yes_or_no_tag_still_ask() -> None:
    assert reads_as_question("I'm not sure anyone hires a woman of fifty-eight")
    assert reads_as_question("no sé si alguien contrata a una mujer de cincuenta y ocho")
    assert not reads_as_question("I'm not sure")
    assert asked_plainly("can i ask them for feedback? yes or no")


@pytest.mark.parametrize(
    ("text", "qid", "lang"),
    [
        ("how long do companies take to reply", "hear_back_when", "en"),
        ("can i ask them for feedback? yes or no", "ask_feedback", "en"),
        ("does my part-time job affect unemployment benefits", "benefits_part_time", "en"),
        ("what happens to my pension", "pension", "en"),
        ("is it normal to refresh the careers page every hour", "refresh_checking", "en"),
        ("I'm not sure anyone hires a woman of fifty-eight", "age_worry", "en"),
        ("is this something you can help with at all", "what_can_you_do", "en"),
        ("¿cuánto tardan las empresas en contestar?", "hear_back_when", "es"),
        ("¿qué pasa con mi pensión?", "pension", "es"),
        ("¿mi trabajo de medio tiempo afecta el seguro de desempleo?", "benefits_part_time", "es"),
        ("no sé si alguien contrata a una mujer de cincuenta y ocho", "age_worry", "es"),
        ("¿es normal actualizar la página de empleos cada hora?", "refresh_checking", "es"),
        ("What should I do about my severance pay? Is it negotiable?", "severance", "en"),
        (
            "They offered me a severance package and gave me two weeks to sign. Is it possible "
            "to negotiate it?",
            "severance",
            "en",
        ),
        ("me corrieron y no me quieren pagar la liquidacion, que hago?", "severance", "es"),
    ],
)
def test_the_new_common_questions_are_matched(text: str, qid: str, lang: str) -> None:
    book = find_questions(["dialogues"])
    assert book is not None
    found = book.in_language(lang).match(text)
    assert found is not None and found.question.id == qid
