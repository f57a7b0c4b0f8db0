"""Free text that answers nothing: the rules that read it (venting, a pasted draft, a goodbye,
not understanding, a reminder), corrections to what was picked up, feelings read in context, and
the plain-words mydata summary."""

from __future__ import annotations

import pytest

from bot.privacy.summary import plain_notes, summary
from bot.understanding.feelings import Lexicon
from bot.understanding.freetext import (
    reads_as_draft,
    reads_as_leaving,
    reads_as_lost,
    reads_as_venting,
    reminder_when,
)
from bot.understanding.situation import contradicted, pick_up


@pytest.mark.parametrize(
    ("text", "venting"),
    [
        ("honestly i feel like such a failure and i dont know how much more i can take", True),
        ("They kept me waiting for weeks. Then a two line email. Unbelievable.", True),
        ("pretty bad honestly", False),
        ("the second one", False),
        ("Interview", False),
    ],
)
def test_venting_is_told_from_a_short_unclear_answer(text: str, venting: bool) -> None:
    assert reads_as_venting(text) is venting


def test_in_the_middle_of_a_vent_a_few_words_are_more_venting() -> None:
    assert reads_as_venting("its not one decision, maybe its me", min_words=4)
    assert not reads_as_venting("its not one decision, maybe its me")


def test_a_pasted_draft_is_recognised_by_its_greeting_or_sign_off() -> None:
    draft = (
        "Hi Sam,\nThanks for letting me know. Four rounds and not a word of feedback.\n"
        "Regards,\nAlex"
    )
    assert reads_as_draft(draft)
    assert not reads_as_draft("hi there, I got rejected")
    assert not reads_as_draft("I feel awful about the whole thing and I can't stop thinking of it")


@pytest.mark.parametrize("text", ["bye", "thanks bye", "that's all", "gotta go", "ok bye thanks"])
def test_goodbyes_are_understood(text: str) -> None:
    assert reads_as_leaving(text)


@pytest.mark.parametrize(
    "text",
    [
        "nah im done for tonight thanks",
        "yeah im done for today",
        "no thats all for now thanks",
        "ok thats enough for tonight",
        "ya estuvo por hoy",
        "bueno, me voy a dormir",
        "es todo por hoy, gracias",
        "ya me voy",
        "ya no quiero mas pasos, es todo por hoy",
        "no more steps. im done for today",
    ],
)
def test_done_for_tonight_is_a_goodbye(text: str) -> None:
    assert reads_as_leaving(text)


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "nah",
        "ya estuvo",
        "eso es todo",
        "no thats not it",
        "no quiero mas pasos porque no sirven",
    ],
)
def test_a_bare_no_or_thats_it_is_an_answer_not_a_goodbye(text: str) -> None:
    assert not reads_as_leaving(text)


@pytest.mark.parametrize("text", ["goodbye cruel world", "bye felicia they said to me", "yes"])
def test_not_every_goodbye_word_is_a_goodbye(text: str) -> None:
    assert not reads_as_leaving(text)


@pytest.mark.parametrize(
    "text", ["que? i dont understand", "sorry my english is not good", "what is this"]
)
def test_not_understanding_is_recognised(text: str) -> None:
    assert reads_as_lost(text)


def test_not_understanding_them_is_venting_not_a_language_problem() -> None:
    assert not reads_as_lost("i dont understand why they rejected me")


def test_the_day_of_a_reminder_is_read() -> None:
    assert reminder_when("remind me monday to send the follow up") == "monday"
    assert reminder_when("can you check on me tomorrow?") == "tomorrow"
    assert reminder_when("monday was awful") is None


@pytest.mark.parametrize(
    "text", ["they DID reply", "no, they rejected me", "they rejected me after a silence"]
)
def test_saying_they_answered_corrects_being_taken_as_ghosted(text: str) -> None:
    assert contradicted(text, {"heard": "no_answer"}) == ["heard"]
    assert pick_up(text).get("heard") != "no_answer"


def test_nobody_contacting_them_is_no_answer_and_their_own_email_is_not_how_they_heard() -> None:
    assert pick_up("nobody contacted me after the final interview")["heard"] == "no_answer"
    assert "heard" not in pick_up("I sent them an email after the final round")


@pytest.mark.parametrize(
    "text",
    [
        "my mom already told the family i got the job... i will die of embarrassment",
        "I didn't get the job",
        "I thought I got the job",
    ],
)
def test_good_news_needs_to_be_real(text: str) -> None:
    assert not Lexicon.load().read(text).good_news


def test_real_good_news_is_still_good_news() -> None:
    assert Lexicon.load().read("I got the job!").good_news


def test_stupid_is_only_heard_when_said_about_oneself() -> None:
    lexicon = Lexicon.load()
    assert "stupid" not in lexicon.read("that clueless prick and his idiot team").feelings
    assert "stupid" in lexicon.read("I feel so stupid").feelings
    _, line = lexicon.reply("the manager was an idiot", [])
    assert "You're not stupid" not in line


def test_a_worry_about_bias_is_taken_seriously_first() -> None:
    rid, line = Lexicon.load().reply("maybe is because my accent, i feel so sad", [])
    assert rid.startswith("bias.") and "won't brush it off" in line


@pytest.mark.parametrize(
    "text",
    [
        "i had 3 interviews and they all said no. maybe my english is the problem, i am not "
        "native speaker",
        "english isnt my first language and i feel so stupid after that call",
    ],
)
def test_a_worry_about_their_english_is_met_first(text: str) -> None:
    rid, line = Lexicon.load().reply(text, [])
    assert rid.startswith("language_worry.") and "English" in line


def test_the_mydata_summary_uses_plain_words_and_the_file_explains_its_fields() -> None:
    data = {
        "conversation": {
            "answers": {"stage": "interview"},
            "working_values": {"is_returning": "yes", "plan_count": 1},
            "crisis_memory": {"setback_at": "2026-03-02T10:00:00+00:00"},
        },
        "moods": [],
        "records": [],
        "checkins": [],
    }
    noted = plain_notes(data)
    assert "is_returning" not in noted["conversation"]["working_values"]
    assert "24 hours" in noted["what_these_mean"]["conversation.crisis_memory"]
    text = summary(noted)
    for label in ("crisis_memory", "setback_at", "is_returning", "plan_count"):
        assert label not in text
    assert "30 days" in text and "could decrypt" in text


def test_a_worry_about_their_english_is_met_first_in_spanish_too() -> None:
    rid, line = Lexicon.load("es").reply("creo que mi inglés es el problema, no soy nativo", [])
    assert rid.startswith("language_worry.") and "inglés" in line


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "en",
            "I gave them the best years of my working life. Twenty years. They gave me a box and "
            "fifteen minutes with someone from human resources.",
        ),
        ("en", "they laid me off after 20 years, with a nice speech"),
        ("es", "me corrieron despues de 3 anos, me dieron una caja y ya"),
        ("en", "They offered me a severance package and gave me two weeks to sign."),
        ("en", "they offered me a generous settlement"),
    ],
)
def test_a_job_lost_told_in_warm_words_is_never_met_with_gladness(code: str, text: str) -> None:
    rid, _line = Lexicon.load(code).reply(text, [])
    assert not rid.startswith(("good_news.", "upbeat."))
