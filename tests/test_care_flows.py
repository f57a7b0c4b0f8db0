"""The crisis, safety plan, grounding and follow-up flows, through the real engine and SQLite.

The engine here is put together the way the app does it (every part's actions, the real flows,
the crisis inspector first, the SQL store on a fresh file), with a resources file that names a
contact, so each path a person can take through the care flows is exercised for real.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bot import fitting, saying_back
from bot import listening as understanding
from bot.checkins import actions as checkin_actions
from bot.core import builtin_actions
from bot.core.actions import ActionRegistry
from bot.core.context import Services
from bot.core.engine import Engine
from bot.core.model import Choices, Notify, Reply, Turn, UserKey
from bot.flows.loader import load_flows_or_raise
from bot.privacy import actions as privacy_actions
from bot.safety import care_actions, draft_actions
from bot.safety.inspector import CrisisInspector
from bot.safety.resources import parse_resources
from bot.store import migrate
from bot.store.crypto import Cipher
from bot.store.sql import SqlStore
from tests.replies import said as texts

DIALOGUES = Path(__file__).resolve().parent.parent / "dialogues"

RESOURCES = """
locales:
  en-US:
    emergency: "911"
    lines:
      - {name: 988 Lifeline, text: "988", call: "988", chat: 988lifeline.org}
      - {name: Crisis Text Line, text: HOME to 741741}
  default: {emergency: your local emergency number, lines: [{name: Finder, web: find.example}]}
contact:
  name: the careers team
  slack: C0CAREERS
"""


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[Engine]:
    cipher = Cipher([Fernet.generate_key().decode()])
    services = Services()
    services.add(cipher)
    services.add(parse_resources(RESOURCES))
    registry = ActionRegistry()
    builtin_actions.register(registry)
    privacy_actions.register(registry, services)
    checkin_actions.register(registry, services)
    care_actions.register(registry, services)
    draft_actions.register(registry)
    understanding.register(registry, services)
    fitting.register(registry, services)
    saying_back.register(registry)
    flows = load_flows_or_raise([DIALOGUES], registry)
    store = SqlStore.open("sqlite+aiosqlite:///" + str(tmp_path / "care.db"), cipher)
    await migrate.upgrade(store.engine)
    services.add(store)
    built = Engine(
        flows, store, registry, services, inspectors=[CrisisInspector()], clock=Clock(), seed=1
    )
    yield built
    await store.close()


class Person:
    """Talks to the engine like an adapter would, remembering the last buttons."""

    def __init__(self, engine: Engine, platform: str = "slack", user: str = "U0PERSON") -> None:
        self.engine = engine
        self.key = UserKey(platform, "W1", user)
        self.buttons: Choices | None = None

    def _keep(self, replies: list[Reply]) -> list[Reply]:
        for r in replies:
            if isinstance(r, Choices):
                self.buttons = r
        return replies

    async def say(self, text: str) -> list[Reply]:
        return self._keep(await self.engine.handle(Turn(self.key, text=text, locale="en-US")))

    async def click(self, option: str) -> list[Reply]:
        assert self.buttons is not None, "no buttons shown"
        ids = [o.id for o in self.buttons.options]
        assert option in ids, f"{option} not in {ids}"
        turn = Turn(self.key, choice=option, at=self.buttons.at, locale="en-US")
        return self._keep(await self.engine.handle(turn))

    async def place(self) -> str:
        async with self.engine.store.transaction() as tx:
            conv = await tx.load(self.key)
        return f"{conv.flow}.{conv.step}" if conv and conv.flow else "none"

    async def meta(self) -> dict[str, object]:
        async with self.engine.store.transaction() as tx:
            conv = await tx.load(self.key)
        assert conv is not None
        return conv.meta


async def test_crisis_interrupts_a_flow_and_the_person_can_go_back(engine: Engine) -> None:
    p = Person(engine)
    await p.say("/vent")
    assert await p.place() == "vent.open"
    replies = await p.say("honestly I want to kill myself")
    said = texts(replies)
    assert "glad you" in said or "Thank you for telling me" in said
    assert said.index("text or call 988") < said.index("call 911")
    assert "I'm a bot, not a therapist or a crisis service" in said
    assert "Are you safe right now?" in said
    assert await p.place() == "crisis.lines"
    meta = await p.meta()
    assert meta["resume"] == ["vent", "open"] and "disclosed_at" in meta

    said = texts(await p.click("not_safe"))
    assert "call 911" in said and "stay close to someone you trust" in said
    assert "Let the careers team know I need support" in said  # the contact is configured

    said = texts(await p.click("back"))
    assert "Before we go back: are you safe right now?" in said  # not safe before: asked once
    said = texts(await p.click("safe"))
    assert "glad you're safe" in said and "What's on your mind?" in said  # acknowledged first
    assert "are you safe" not in said.lower()  # never asked twice
    assert await p.place() == "vent.open"


async def test_contact_is_told_only_after_a_yes(engine: Engine) -> None:
    p = Person(engine)
    await p.say("I don't want to be here anymore")
    await p.click("safe")
    said = texts(await p.click("contact"))
    assert "I won't share anything you've told me" in said
    replies = await p.click("no")
    assert not [r for r in replies if isinstance(r, Notify)]
    await p.click("contact")
    replies = await p.click("yes")
    (note,) = [r for r in replies if isinstance(r, Notify)]
    assert note.target == "C0CAREERS" and "<@U0PERSON>" in note.text.plain
    assert "anymore" not in note.text.plain
    said = texts(replies)
    assert "I've let the careers team know" in said
    assert "Let the careers team know" not in said.split("Done.")[1]  # not offered twice


async def test_checkin_tomorrow_and_stop(engine: Engine) -> None:
    p = Person(engine)
    await p.say("I want to end my life")
    await p.click("safe")
    said = texts(await p.click("checkin"))
    assert "I'll message you on Tuesday 3 March" in said
    said = texts(await p.click("stop"))
    assert "keep those lines close" in said
    assert await p.place() == "none"


async def test_someone_not_sure_they_are_safe_is_offered_help_now_not_tomorrow(
    engine: Engine,
) -> None:
    p = Person(engine)
    await p.say("I want to end my life")
    said = texts(await p.click("unsure"))
    assert "I'm glad you're safe" not in said
    assert p.buttons is not None
    ids = [o.id for o in p.buttons.options]
    assert "reach" in ids and "checkin" not in ids


async def test_grounding_from_the_crisis_flow_comes_back(engine: Engine) -> None:
    p = Person(engine)
    await p.say("I want to die")
    await p.click("safe")
    said = texts(await p.click("ground"))
    assert "Ready?" in said and await p.place() == "grounding.intro"
    said = texts(await p.click("start"))
    assert "5 things you can see" in said
    for expected in ("4 things", "3 things", "2 things", "1 thing"):
        assert expected in texts(await p.click("done"))
    said = texts(await p.click("done"))
    assert "How do you feel now?" in said
    said = texts(await p.click("calmer"))
    # asked a second time, so in other words (never the same line twice in a row)
    assert "I'm glad" in said and "Is there anything here you'd like now?" in said
    assert await p.place() == "crisis.choose_with_contact"


async def test_a_second_crisis_message_inside_the_flow_repeats_the_lines(engine: Engine) -> None:
    p = Person(engine)
    await p.say("I want to die")
    said = texts(await p.say("I really want to die"))
    # the question again, in other words: the person just read "Are you safe right now?"
    assert "still here" in said and "988" in said and "And right now, are you safe?" in said
    assert await p.place() == "crisis.lines"


async def test_safety_plan_guided_with_a_skip_then_shown(engine: Engine) -> None:
    p = Person(engine)
    said = texts(await p.say("/safetyplan"))
    assert "six parts" in said
    await p.click("start")
    answers = [
        "I stop answering messages",
        "skip",
        "The climbing gym",
        "My brother Sam",
        "Dr Patel at the clinic",
        "Ask Sam to stay over",
    ]
    replies: list[Reply] = []
    for answer in answers:
        replies = await p.say(answer)
    said = texts(replies)
    assert "Your safety plan:" in said
    assert "1. Warning signs that a hard moment is starting: I stop answering messages" in said
    assert "2. Things I can do on my own to cope: (not filled in yet)" in said
    assert "6. Making my surroundings safer: Ask Sam to stay over" in said
    assert "text or call 988" in said
    assert await p.place() == "none"
    said = texts(await p.say("/safetyplan"))
    assert "My brother Sam" in said and "Want to change anything?" in said
    assert await p.place() == "safetyplan.have_plan"


async def test_followup_checkin_repeats_the_lines(engine: Engine) -> None:
    p = Person(engine)
    said = texts(await engine.open_flow(p.key, "crisis_followup"))
    assert "Bounce Back" in said and "bot" in said
    p._keep(await engine.open_flow(p.key, "crisis_followup"))
    said = texts(await p.click("same"))
    assert "it's okay not to be okay" in said and "text or call 988" in said
    said = texts(await p.click("support"))
    assert "Are you safe right now?" in said and await p.place() == "crisis.lines"


async def test_stop_works_at_any_capture_of_the_safety_plan(engine: Engine) -> None:
    p = Person(engine)
    await p.say("/safetyplan")
    await p.click("start")
    await p.say("I go quiet")
    said = texts(await p.say("stop"))
    assert "I'll stop here" in said and await p.place() == "none"


async def test_a_checkin_asked_for_in_the_first_message_is_booked_and_said(
    engine: Engine,
) -> None:
    p = Person(engine)
    said = texts(await p.say("got rejected today... check in on me tonight"))
    assert "I've set the check-in you asked for" in said and "2 March at 20:00" in said, said
    assert "how are you feeling" in said, said  # the first aid goes on
