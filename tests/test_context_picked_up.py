"""What is picked up in passing, read as the person meant it, in English and Spanish: only a
reply told as a fact puts "no answer" right (never a question, a condition, a request or
"again"); a job lost is no stage of an application; the application stage said with a typo or
as "no interview"; rejections counted as "12 times now" or "ya van 12 rechazos"; an amount of
time said on its own; a misspelt name is no worry about bias."""

from __future__ import annotations

import pytest

from bot.understanding.feelings import Lexicon
from bot.understanding.situation import contradicted, pick_up
from bot.understanding.situation_told import since_said

GHOSTED = {"heard": "no_answer"}


@pytest.mark.parametrize(
    "text",
    [
        "quiero un recordatorio para revisar si me contestaron",
        "is it ok to email the company and ask why",
        "is it ok to email the company and ask why they rejected me",
        "talk through a rejection. again. lol",
        "can you remind me to check whether they replied",
        "did they reply?",
        "me rechazaron otra vez",
    ],
)
def test_no_question_condition_request_or_again_puts_no_answer_right(text: str) -> None:
    assert contradicted(text, GHOSTED) == []


@pytest.mark.parametrize(
    "text",
    [
        "they actually replied",
        "they emailed me back",
        "no, they rejected me",
        "me contestaron ayer",
        "sí me contestaron",
    ],
)
def test_a_reply_told_as_a_fact_puts_no_answer_right(text: str) -> None:
    assert contradicted(text, GHOSTED) == ["heard"]


@pytest.mark.parametrize("text", ["nunca me contestaron", "no me contestaron nada"])
def test_no_reply_in_spanish_stays_no_answer(text: str) -> None:
    assert pick_up(text).get("heard") == "no_answer"
    assert contradicted(text, GHOSTED) == []


@pytest.mark.parametrize(
    "text",
    [
        "I was made redundant after thirty years",
        "they let me go",
        "laid off last month",
        "I wasn't applying for anything",
        "me despidieron",
        "perdí mi trabajo",
        "no estaba postulando a nada",
    ],
)
def test_a_job_lost_is_no_application_stage(text: str) -> None:
    found = pick_up(text)
    assert found.get("job_lost") == "yes"
    assert "stage" not in found


@pytest.mark.parametrize(
    "text",
    [
        "only aplication this time",
        "i did not even have interview this time",
        "ni siquiera tuve entrevista esta vez",
        "no hubo entrevista",
    ],
)
def test_the_application_stage_said_plainly(text: str) -> None:
    assert pick_up(text).get("stage") == "application"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("12 times now", 12),
        ("12 rejections", 12),
        ("ya van 12 rechazos", 12),
        ("me han rechazado doce veces", 12),
    ],
)
def test_many_rejections_are_counted(text: str, count: int) -> None:
    assert pick_up(text).get("rejections") == count


def test_something_they_did_many_times_is_no_rejection_count() -> None:
    assert "rejections" not in pick_up("i emailed them 3 times now")


@pytest.mark.parametrize(
    "text",
    [
        "five weeks ago",
        "hace cinco semanas",
        "cinco semanas",
        "rejected after the interview, 5 weeks",
    ],
)
def test_how_long_ago_is_kept_as_said(text: str) -> None:
    found = pick_up(text)
    assert (found.get("heard_when"), found.get("days_ago")) == ("5 weeks ago", 35)


def test_how_long_ago_is_said_back_as_an_amount() -> None:
    """(In Spanish: the "cinco semanas" transcript in dialogues/tests/context.yaml.)"""
    assert since_said("5 weeks ago") == "5 weeks"
    assert since_said("1 month ago") == "1 month"
    assert since_said("today") == ""


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "the email spelled my name wrong... JOE"),
        ("es", "en el correo escribieron mal mi nombre... JOE"),
    ],
)
def test_a_misspelt_name_is_no_worry_about_bias(code: str, text: str) -> None:
    assert Lexicon.load(code).read(text).feelings == ("misnamed",)


@pytest.mark.parametrize(
    ("code", "text"),
    [("en", "they rejected me because of my name"), ("es", "me rechazaron por mi nombre")],
)
def test_a_name_as_a_reason_is_still_a_worry_about_bias(code: str, text: str) -> None:
    assert Lexicon.load(code).read(text).feelings == ("bias",)


@pytest.mark.parametrize(
    "text", ["i need to let go of this one", "its ok to let go", "una despedida triste"]
)
def test_letting_go_of_a_hope_is_no_job_lost(text: str) -> None:
    assert "job_lost" not in pick_up(text)


def test_how_long_is_said_back_from_the_days_kept_when_no_words_can_be() -> None:
    from bot.understanding.situation_told import since_days

    assert since_days(3) == "3 days"
    assert since_days(15) == "2 weeks"
    assert since_days(64) == "2 months"
    assert since_days(7) == "1 week"
    assert since_days(0) == "" and since_days(None) == "" and since_days(True) == ""


@pytest.mark.parametrize(
    "text",
    ["you didnt answer me", "you never answered my question", "you didn't reply to me, again?"],
)
def test_telling_the_bot_it_did_not_answer_is_no_news_about_them(text: str) -> None:
    assert "heard" not in pick_up(text)


@pytest.mark.parametrize(
    "text",
    [
        "you never replied to my email after the interview",
        "Dear Tom, you never got back to me after the final round.",
        "they didnt answer me",
    ],
)
def test_an_employer_not_answering_is_still_no_answer(text: str) -> None:
    assert pick_up(text).get("heard") == "no_answer"
