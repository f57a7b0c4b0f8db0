"""The direct question of the possible-risk tier, through the real app (engine, flows, SQLite).

The detector is replaced by a stand-in so each test says exactly which messages are a possible
or a clear risk (the real detector is measured elsewhere): what is tested here is what the bot
does with the levels. A no is thanked briefly and the message that set off the question answers
the question that was waiting (kept as a vent part, taken as a choice); natural refusals are
no; the question is not asked again for a while after a no (one gentle line instead); commands
and plain answers are not interrupted by a possible risk, a clear one always is; repeated crisis
responses are never worded the same; and the no is shown in `mydata` under a plain name.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.core.model import Attachment, Conversation, Turn, UnderstoodKind, UserKey
from bot.core.text import fold
from bot.safety.crisis import CLEAR, POSSIBLE, Assessment, CrisisMemory
from bot.safety.crisis_actions import HELD, SAID_NO_AT
from bot.safety.crisis_check import CONFUSED, NO, UNSURE, YES, read_answer
from bot.safety.inspector import GENTLE_NOTE, CrisisInspector
from tests.conftest import make_settings
from tests.replies import said

QUESTION = "Are you having thoughts of ending your life?"


def stand_in(
    text: str, memory: CrisisMemory | None = None, now: datetime | None = None
) -> Assessment:
    """Clear for "end my life", possible for anything with "kms", "hit me", "erase", "delete",
    "forever" or "know" in it (the detector's old false alarms), else nothing."""
    said = fold(text)
    if "end my life" in said:
        return Assessment(crisis=True, level=CLEAR, distress=True)
    if any(w in said for w in ("kms", "hit me", "erase", "delete", "forever", "know", "idk")):
        return Assessment(crisis=True, level=POSSIBLE, distress=True)
    return Assessment()


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=5)
        return self.now


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    built = await build_app(make_settings(tmp_path))
    for inspector in built.engine.inspectors:
        if isinstance(inspector, CrisisInspector):
            inspector.assess = stand_in
    built.engine.clock = Clock()
    yield built
    await built.close()


class Person:
    def __init__(self, app: App, name: str = "p") -> None:
        self.app = app
        self.key = UserKey("console", "check", name)

    async def say(self, text: str) -> str:
        return said(await self.app.engine.handle(Turn(self.key, text=text, locale="en-US")))

    async def click(self, option: str) -> str:
        turn = Turn(self.key, choice=option, locale="en-US")
        return said(await self.app.engine.handle(turn))

    async def conv(self) -> Conversation:
        async with self.app.store.transaction() as tx:
            conv = await tx.load(self.key)
        return conv or Conversation()

    async def place(self) -> str:
        conv = await self.conv()
        return f"{conv.flow}.{conv.step}" if conv.flow else "none"

    async def put_at(self, flow: str, step: str) -> None:
        async with self.app.store.transaction() as tx:
            conv = await tx.load(self.key) or Conversation()
            conv.flow, conv.step = flow, step
            conv.meta["disclosed_at"] = "2099-01-01T00:00:00+00:00"
            await tx.save(self.key, conv)


# ----- reading the answer ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "no?? i already told you no",
        "omg no. 'hit me' as in go ahead",
        "no i dont mean like that",
        "no lol figure of speech",
        "nah im fine",
        "not like that",
        "god no",
        "no, I'm not going to do anything",
        "No, it's a figure of speech, I'm fine",
        "hell no",
        "of course not",
        "no, estoy bien",
        "nein",
    ],
)
def test_natural_refusals_are_no(text: str) -> None:
    assert read_answer(text) == NO


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        ("yes", YES),
        ("kind of", YES),
        ("sometimes", YES),
        ("yeah kinda", YES),
        ("maybe", UNSURE),
        ("idk", UNSURE),
        ("not sure", UNSURE),
        ("i guess", UNSURE),
        ("no... well maybe", UNSURE),
        ("no, but sometimes i wonder", UNSURE),
        ("no. i just feel like a burden", UNSURE),
        ("yes im fine", UNSURE),
        ("i dont know what is this", CONFUSED),
        ("what?", CONFUSED),
        ("never mind", None),
        ("not right now", None),
    ],
)
def test_yes_unsure_and_ambiguous_answers_are_never_no(text: str, meaning: str | None) -> None:
    assert read_answer(text) == meaning


# ----- a no takes them back, with what they wrote ---------------------------------------------


async def test_a_no_keeps_the_vent_part_that_set_off_the_question(app: App) -> None:
    p = Person(app)
    await p.say("/vent")
    out = await p.say("this hit me hard, i'll be stuck at home forever")
    assert QUESTION in out and await p.place() == "crisis_check.ask"
    assert (await p.conv()).meta.get(HELD)  # held back, not yet an answer
    assert (await p.conv()).vars.get("vent_text") is None
    out = await p.say("no?? i already told you no")
    assert out.startswith("Thanks for telling me. Let's go back to where we were.")
    assert "Do you want to keep going?" in out and "What's on your mind?" not in out
    conv = await p.conv()
    assert (conv.flow, conv.step) == ("vent", "heard")
    assert conv.vars["vent_text"] == "this hit me hard, i'll be stuck at home forever"
    assert HELD not in conv.meta and "resume" not in conv.meta


async def test_a_no_by_button_also_keeps_it(app: App) -> None:
    p = Person(app)
    await p.say("/vent")
    await p.say("kms, nobody will ever hire me")
    out = await p.click("no")
    assert "where we were" in out and "Do you want to keep going?" in out
    assert (await p.conv()).vars["vent_text"] == "kms, nobody will ever hire me"


async def test_a_no_takes_the_held_message_as_the_choice_it_answered(app: App) -> None:
    p = Person(app)
    await p.put_at("vent", "heard")  # "Do you want to keep going?"
    out = await p.say("im done for now kms")
    assert QUESTION in out
    out = await p.say("god no")
    assert "where we were" in out and "Do you want to keep going?" not in out
    conv = await p.conv()
    assert conv.vars["last_choice"] == "done" and conv.step != "heard"


async def test_yes_or_not_sure_forgets_the_held_message(app: App) -> None:
    p = Person(app)
    await p.say("/vent")
    await p.say("kms")
    out = await p.say("kind of")
    assert "Are you safe right now?" in out and await p.place() == "crisis.lines"
    conv = await p.conv()
    assert HELD not in conv.meta and conv.vars.get("vent_text") is None


async def test_a_no_with_nowhere_to_go_back_to_reads_the_message_afresh(app: App) -> None:
    p = Person(app)
    out = await p.say("i need to vent, kms")
    assert QUESTION in out
    out = await p.say("nah im fine")
    assert "where we were" in out and await p.place() == "vent.open"


# ----- not nagging ---------------------------------------------------------------------------


async def test_after_a_no_a_possible_risk_is_not_asked_again_for_30_minutes(app: App) -> None:
    p = Person(app)
    await p.say("/vent")
    await p.say("kms")
    await p.say("no lol figure of speech")
    conv = await p.conv()
    said_no = conv.meta[SAID_NO_AT]
    assert isinstance(said_no, str) and datetime.fromisoformat(said_no)
    await p.click("more")
    out = await p.say("KMS lol!")  # the same words again: a gentle line, never kept as venting
    assert QUESTION not in out and GENTLE_NOTE in out
    conv = await p.conv()
    assert "KMS" not in str(conv.vars.get("vent_text"))
    assert conv.step == "more"
    out = await p.say("kms")
    assert QUESTION not in out and GENTLE_NOTE not in out  # the note is said once
    clock = app.engine.clock
    assert isinstance(clock, Clock)
    clock.now += timedelta(minutes=31)
    out = await p.say("kms")
    assert QUESTION in out


async def test_a_question_about_means_after_a_no_is_still_asked_about(app: App) -> None:
    p = Person(app)
    await p.say("/vent")
    await p.say("kms")
    await p.say("no")
    await p.click("more")

    def means(
        text: str, memory: CrisisMemory | None = None, now: datetime | None = None
    ) -> Assessment:
        return Assessment(crisis=True, level=POSSIBLE, means_seeking=True)

    for inspector in app.engine.inspectors:
        if isinstance(inspector, CrisisInspector):
            inspector.assess = means
    assert QUESTION in await p.say("how many of these pills would it take")


async def test_a_clear_risk_after_a_no_gets_the_full_response(app: App) -> None:
    p = Person(app)
    await p.say("/vent")
    await p.say("kms")
    await p.say("no")
    out = await p.say("i want to end my life")
    assert "988" in out and "Are you safe right now?" in out
    assert await p.place() == "crisis.lines"


# ----- commands and plain answers are not interrupted -----------------------------------------


def flag_everything(app: App) -> None:
    """Every message is a possible risk from now on (a detector at its most jumpy)."""

    def everything(
        text: str, memory: CrisisMemory | None = None, now: datetime | None = None
    ) -> Assessment:
        return Assessment(crisis=True, level=POSSIBLE, distress=True)

    for inspector in app.engine.inspectors:
        if isinstance(inspector, CrisisInspector):
            inspector.assess = everything


@pytest.mark.parametrize(
    "text", ["yes erase everything", "please just delete everything about me", "delete my data"]
)
async def test_the_forget_confirmation_is_not_interrupted(app: App, text: str) -> None:
    p = Person(app)
    await p.say("/vent")
    await p.say("/forget")
    assert await p.place() == "forget.confirm"
    handled = await app.engine.handle_detailed(Turn(p.key, text=text, locale="en-US"))
    assert QUESTION not in said(handled.replies)
    assert handled.understood is not None and handled.understood.kind != UnderstoodKind.CRISIS


async def test_yes_erase_everything_erases(app: App) -> None:
    p = Person(app)
    await p.say("/vent")
    await p.say("/forget")
    out = await p.say("yes erase everything")
    assert "erased everything" in out
    async with app.store.transaction() as tx:
        assert await tx.load(p.key) is None


@pytest.mark.parametrize("text", ["/forget", "menu", "stop", "help", "/mydata", "forget"])
async def test_commands_are_not_interrupted(app: App, text: str) -> None:
    flag_everything(app)
    p = Person(app)
    await p.put_at("vent", "heard")
    out = await p.say(text)
    assert QUESTION not in out, text
    assert (await p.conv()).flow != "crisis_check"


@pytest.mark.parametrize(
    ("flow", "step", "text"),
    [
        ("vent", "open", "i dont know"),
        ("vent", "heard", "idk"),
        ("vent", "heard", "i don't know"),
        ("vent", "heard", "yes"),
        ("forget", "confirm", "no"),
        ("forget", "confirm", "No, keep it"),
    ],
)
async def test_short_answers_to_the_waiting_question_are_not_interrupted(
    app: App, flow: str, step: str, text: str
) -> None:
    flag_everything(app)
    p = Person(app)
    await p.put_at(flow, step)
    handled = await app.engine.handle_detailed(Turn(p.key, text=text, locale="en-US"))
    assert QUESTION not in said(handled.replies), text
    conv = await p.conv()
    assert conv.flow != "crisis_check"
    assert CrisisMemory.from_json(conv.meta["crisis_memory"]).distress_at is not None  # kept


async def test_a_plain_answer_inside_the_crisis_flow_is_taken_as_the_answer(app: App) -> None:
    p = Person(app)
    await p.say("i want to end my life")
    flag_everything(app)
    out = await p.say("i dont know")
    assert "I'm still here with you" not in out and "Please contact someone now" in out
    assert await p.place() == "crisis.choose_now"  # not sure: help now, not a check-in tomorrow
    out = await p.say("kms")  # not an answer: the lines again, the same question
    assert "I'm still here with you" in out and await p.place() == "crisis.choose_now"


async def test_other_words_at_a_choices_step_are_still_asked_about(app: App) -> None:
    flag_everything(app)
    p = Person(app)
    await p.put_at("vent", "heard")
    assert QUESTION in await p.say("yes i want to die lol")


async def test_a_clear_risk_in_a_command_or_an_answer_always_interrupts(app: App) -> None:
    p = Person(app)
    await p.put_at("forget", "confirm")
    out = await p.say("yes erase everything, i want to end my life")
    assert "988" in out and await p.place() == "crisis.lines"


# ----- the crisis response: understood as crisis, never the same twice -------------------------


async def test_the_inspector_reports_crisis_when_it_takes_over(app: App) -> None:
    p = Person(app)
    await p.say("/vent")
    handled = await app.engine.handle_detailed(Turn(p.key, text="kms", locale="en-US"))
    assert handled.understood is not None and handled.understood.kind == UnderstoodKind.CRISIS
    handled = await app.engine.handle_detailed(Turn(p.key, text="i want to end my life"))
    assert handled.understood is not None and handled.understood.kind == UnderstoodKind.CRISIS


async def test_repeated_crisis_responses_are_never_worded_the_same(app: App) -> None:
    p = Person(app)
    responses = []
    for _ in range(5):
        out = await p.say("i want to end my life")
        assert "988" in out
        responses.append(out)
        await p.click("stop")
    assert "You've mentioned this again" in responses[1]
    for first, second in itertools.pairwise(responses):
        assert first != second
    assert len(set(responses[:4])) == 4


# ----- shown in mydata -----------------------------------------------------------------------


async def test_the_no_is_shown_in_mydata_under_a_plain_name(app: App) -> None:
    p = Person(app)
    await p.say("/vent")
    await p.say("kms")
    await p.say("no")
    replies = await app.engine.handle(Turn(p.key, text="/mydata", locale="en-US"))
    (export,) = [r for r in replies if isinstance(r, Attachment)]
    data = json.loads(export.content)
    remembered = data["conversation"]["remembered"]
    assert datetime.fromisoformat(remembered[SAID_NO_AT])
    assert SAID_NO_AT == "said_no_to_safety_question_at"
    assert HELD not in remembered  # the held message is gone once answered
