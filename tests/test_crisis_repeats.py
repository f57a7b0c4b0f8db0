"""The crisis conversation never says the same thing over and over: a conversation that loops
through the offer several times never sends one line twice in a row, nor any line more than twice
(the support lines themselves excepted: they are shown whenever the person is pointed to them).
"I'm safe, take me back" is both answers at once; a "not sure" is never met with "glad you're
safe" nor offered a check-in tomorrow."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest

from bot.app import App
from bot.core.model import Choices, Conversation, Reply, Text, Turn, UserKey
from bot.safety.safe_back import says_safe_and_back
from tests.replies import said

KEY = UserKey("console", "local", "robin")


def lines(replies: list[Reply]) -> list[str]:
    """Each message the bot sent, without the lists of support lines (shown on purpose)."""
    out = []
    for r in replies:
        text = r.prompt.plain if isinstance(r, Choices) else r.plain if isinstance(r, Text) else ""
        if text and not text.startswith("•"):
            out.append(text)
    return out


async def talk(quiet_app: App, texts: list[str], locale: str = "en-US") -> list[list[str]]:
    turns = []
    for text in texts:
        replies = await quiet_app.engine.handle(Turn(KEY, text=text, locale=locale))
        turns.append(lines(replies))
    return turns


async def place(quiet_app: App) -> str:
    async with quiet_app.store.transaction() as tx:
        conv = await tx.load(KEY)
    assert isinstance(conv, Conversation)
    return f"{conv.flow}.{conv.step}" if conv.flow else "none"


LOOP = [
    "i dont want to be alive anymore",
    "yes im safe",
    *(["calming exercise", "not now", "idk", "whatever", "not yet"] * 3),
    "calming exercise",
    "not now",
]


async def test_a_looping_crisis_conversation_never_repeats_a_line_more_than_twice(
    quiet_app: App,
) -> None:
    await quiet_app.engine.handle(Turn(KEY, text="hi", locale="en-US"))
    turns = await talk(quiet_app, LOOP)
    sent = [line for turn in turns for line in turn]
    assert sum("there's no wrong answer" in line for line in sent) == 1, sent
    for before, after in itertools.pairwise(sent):
        assert before != after, f"said twice in a row: {before!r}"
    counts = Counter(sent)
    assert max(counts.values()) <= 2, counts.most_common(3)
    assert await place(quiet_app) == "crisis.choose"


async def test_a_line_said_enough_is_left_out_rather_than_said_again(quiet_app: App) -> None:
    await quiet_app.engine.handle(Turn(KEY, text="hi", locale="en-US"))
    turns = await talk(quiet_app, LOOP)
    sent = [line for turn in turns for line in turn]
    plain = [line for line in sent if "real person" in line or "not alone with this" in line]
    assert len(plain) == 3 and len(set(plain)) == 3, plain  # three wordings, each once


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("I'm safe, take me back", "en-US"),
        ("im safe now, go back to what we were doing", "en-US"),
        ("ya estoy bien, regresemos", "es-MX"),
    ],
)
async def test_safe_and_take_me_back_is_both_answers(
    quiet_app: App, text: str, locale: str
) -> None:
    await talk(quiet_app, ["/vent"], locale)
    first = await quiet_app.engine.handle(
        Turn(KEY, text="honestly I want to kill myself", locale=locale)
    )
    assert await place(quiet_app) == "crisis.lines", said(first)
    back = said(await quiet_app.engine.handle(Turn(KEY, text=text, locale=locale)))
    assert await place(quiet_app) == "vent.open", back
    assert "safe right now?" not in back and "a salvo ahora mismo?" not in back, back
    assert "glad you're safe" in back or "Me alegra que estés a salvo" in back, back


async def test_safe_and_take_me_back_at_the_offer_goes_back_without_asking(quiet_app: App) -> None:
    await talk(quiet_app, ["/vent", "honestly I want to kill myself", "not safe"])
    assert await place(quiet_app) == "crisis.choose_now"
    back = said(
        await quiet_app.engine.handle(Turn(KEY, text="im safe now, take me back", locale="en-US"))
    )
    assert await place(quiet_app) == "vent.open", back
    assert "Before we go back" not in back


@pytest.mark.parametrize(
    "text",
    ["im not safe, take me back", "i guess im ok, go back", "no estoy bien, regresemos"],
)
def test_doubt_or_not_safe_is_not_safe_and_back(text: str) -> None:
    assert not says_safe_and_back(text)


async def test_not_sure_to_the_direct_question_is_never_glad_nor_tomorrow(quiet_app: App) -> None:
    await quiet_app.engine.handle(Turn(KEY, text="hi", locale="en-US"))
    turns = await talk(quiet_app, ["ugh i could just kill myself lol", "not sure"])
    assert await place(quiet_app) == "crisis.lines", turns
    opened = " ".join(turns[1])
    assert "glad you're safe" not in opened and "I'm glad you did" not in opened, opened
    assert opened.count("Thank you for") == 1, opened  # thanked once, not twice in a row
    replies = await quiet_app.engine.handle(
        Turn(KEY, text="it was a figure of speech", locale="en-US")
    )
    text = said(replies)
    assert "glad you're safe" not in text and "Check on me tomorrow" not in text, text
    # "I didn't mean it like that" goes back to where they were, the lines already shown
    assert "Those lines are there any time" in text and "where we were" in text, text
    assert not (await place(quiet_app)).startswith("crisis"), text


async def test_a_doubtful_yes_at_did_you_mean_is_not_sure_and_a_sigh_is_not_a_yes(
    quiet_app: App,
) -> None:
    await quiet_app.engine.handle(Turn(KEY, text="hi", locale="en-US"))
    await talk(quiet_app, ["ugh i could just kill myself lol", "not sure", "yeah probably"])
    assert await place(quiet_app) == "crisis.lines"
    text = said(await quiet_app.engine.handle(Turn(KEY, text="yeah i guess", locale="en-US")))
    assert "glad you're safe" not in text and "Check on me tomorrow" not in text, text
    assert await place(quiet_app) == "crisis.choose_now", text


async def test_a_sigh_at_did_you_mean_does_not_stop_the_crisis_conversation(quiet_app: App) -> None:
    await quiet_app.engine.handle(Turn(KEY, text="hi", locale="en-US"))
    await talk(quiet_app, ["I want to kill myself", "yes im safe", "i dont know"])
    text = said(await quiet_app.engine.handle(Turn(KEY, text="ugh", locale="en-US")))
    assert "keep those lines close" not in text, text
    assert (await place(quiet_app)).startswith("crisis."), text


async def test_asking_the_bot_to_talk_is_met_warmly_with_the_lines(quiet_app: App) -> None:
    await talk(quiet_app, ["hi", "I want to kill myself", "not sure"])
    assert await place(quiet_app) == "crisis.choose_now"
    first = said(
        await quiet_app.engine.handle(Turn(KEY, text="can u just talk to me", locale="en-US"))
    )
    assert "I'm a bot" in first and "988" in first and "didn't quite get that" not in first
    again = said(
        await quiet_app.engine.handle(Turn(KEY, text="please just talk to me", locale="en-US"))
    )
    assert "988" in again and first.splitlines()[0] not in again  # in other words
    assert await place(quiet_app) == "crisis.choose_now"


async def test_no_im_not_gonna_do_anything_is_safe_not_a_no(quiet_app: App) -> None:
    await talk(quiet_app, ["hi", "I want to kill myself"])
    text = said(
        await quiet_app.engine.handle(
            Turn(KEY, text="wow thanks robot. no im not gonna do anything", locale="en-US")
        )
    )
    assert "glad you're safe" in text and "Please contact someone now" not in text, text


async def test_a_question_not_followed_is_asked_more_simply(quiet_app: App) -> None:
    await talk(
        quiet_app, ["hi", "company say no to me. third time. i am very tired, i not want live more"]
    )
    assert await place(quiet_app) == "crisis.lines"
    text = said(await quiet_app.engine.handle(Turn(KEY, text="what is mean?", locale="en-US")))
    assert "if you might hurt yourself right now" in text and "vent" not in text, text
    assert await place(quiet_app) == "crisis.lines"


async def test_saying_they_will_try_to_call_is_thanked_not_repaired(quiet_app: App) -> None:
    await talk(quiet_app, ["hi", "I want to kill myself", "not safe"])
    text = said(await quiet_app.engine.handle(Turn(KEY, text="ok i try", locale="en-US")))
    assert "brave step" in text and "no wrong answer" not in text, text


@pytest.mark.parametrize("text", ["no sé, creo que no", "ya te dije que era broma"])
def test_a_que_inside_a_spanish_sentence_is_not_being_lost(text: str) -> None:
    from bot.understanding.freetext import reads_as_lost

    assert not reads_as_lost(text)


async def test_talk_words_in_a_safety_plan_answer_are_kept_as_the_answer(quiet_app: App) -> None:
    await talk(quiet_app, ["hi", "/safetyplan", "lets start", "skip", "skip", "skip"])
    assert await place(quiet_app) == "safetyplan.s4"
    text = said(
        await quiet_app.engine.handle(
            Turn(KEY, text="my sister, i just need someone to talk to", locale="en-US")
        )
    )
    assert await place(quiet_app) == "safetyplan.s5", text
    assert "I'm a quiet_app, so I can't talk" not in text
