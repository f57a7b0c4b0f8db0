"""Words about the bot itself, sarcasm, a way out and a suggestion turned down with a no."""

from __future__ import annotations

import pytest

from bot.flows.model import ChoiceOption, Target
from bot.understanding.doubts import doubts_bot, sarcastic, sending_said_again
from bot.understanding.feelings import Lexicon
from bot.understanding.going import place_asked
from bot.understanding.refusals import turned_down
from bot.understanding.unsent import unsent


@pytest.mark.parametrize(
    "text",
    [
        "do you actually read what i type or just pick a random nice sentence",
        "wow so deep. did you get that from a fortune cookie",
        "that was sarcasm my guy",
        "are you even listening",
        "are you just a bot",
        "you keep saying the same thing",
        "canned replies lol",
        "¿de verdad lees lo que escribo?",
        "eso era sarcasmo",
        "no me estás leyendo",
        "puras respuestas enlatadas",
        "¿eres un bot?",
        "wow. i hear you. thank you for trusting me. do you have like 3 sentences you just rotate"
        " through lmao",
        "do you have like 5 lines you cycle through",
    ],
)
def test_words_about_the_bot_itself_are_read_as_such(text: str) -> None:
    assert doubts_bot(text)


@pytest.mark.parametrize(
    "text",
    [
        "the recruiter didnt even read my cv",
        "my manager never listens",
        "you dont understand how much this hurts",
        "i feel like talking to a wall at work",
        "Hi Sam, this is a joke and your process is a disgrace. Regards, Alex",
        "did you get my message",
        "i keep cycling through the same thoughts",
        "i rotate through the same 3 job boards",
    ],
)
def test_venting_about_others_is_not_doubting_the_bot(text: str) -> None:
    assert not doubts_bot(text)


@pytest.mark.parametrize(
    "text",
    [
        "do you actually read what i type or just pick a random nice sentence",
        "wow so deep. did you get that from a fortune cookie",
        "oh great, another form email. thanks a lot, really nice of them",
        "great, thanks a lot",
    ],
)
def test_sarcasm_and_questions_get_no_gladness(text: str) -> None:
    tone = Lexicon.load().read(text).tone
    assert tone not in ("good", "upbeat")


def test_a_good_day_is_still_met_gladly() -> None:
    assert Lexicon.load().read("i had a good day today, went for a walk").tone == "upbeat"
    assert not sarcastic("thanks a lot for listening")


@pytest.mark.parametrize(
    "text",
    [
        "get me out of this loop",
        "get me out of this",
        "stop this",
        "i want out",
        "sácame de aquí",
        "ya basta de esto",
        "ok enough of this",
    ],
)
def test_wanting_out_is_the_menu(text: str) -> None:
    assert place_asked(text) == "menu"


@pytest.mark.parametrize("text", ["i want out of this industry", "stop", "they should stop this"])
def test_wanting_out_of_something_else_goes_nowhere(text: str) -> None:
    assert place_asked(text) != "menu"


_OPTIONS = [
    ChoiceOption("add", "Add it to my plan", Target("end"), means="yes"),
    ChoiceOption("skip", "Skip this one", Target("end")),
]


@pytest.mark.parametrize(
    "text",
    [
        "ugh asking them feels so humiliating after all that... no",
        "honestly i dont think they would even read it so no",
        "la verdad me da pena, así que no",
        "idk. nah",
    ],
)
def test_a_longer_message_ending_in_no_turns_the_suggestion_down(text: str) -> None:
    found = turned_down(text, _OPTIONS)
    assert found is not None and found.id == "skip"


@pytest.mark.parametrize("text", ["no", "there is no", "i said no to them yesterday"])
def test_a_no_inside_the_words_turns_nothing_down(text: str) -> None:
    assert turned_down(text, _OPTIONS) is None


@pytest.mark.parametrize(
    "text", ["you didnt answer my question lol. will they reply?", "they never replied"]
)
def test_the_bot_or_them_not_answering_is_no_unsent_draft(text: str) -> None:
    assert not unsent(text)


def test_saying_nothing_was_sent_is_still_heard() -> None:
    assert unsent("wait i did NOT send them anything")
    assert unsent("i didnt send it")


@pytest.mark.parametrize(
    "text",
    ["what?? i said im sending it. are you even listening", "ya te dije que lo voy a mandar"],
)
def test_sending_said_again_is_read(text: str) -> None:
    assert sending_said_again(text)


@pytest.mark.parametrize("text", ["im sending it", "i said no", "they said they will send it"])
def test_sending_said_once_or_not_at_all_is_not_said_again(text: str) -> None:
    assert not sending_said_again(text)
