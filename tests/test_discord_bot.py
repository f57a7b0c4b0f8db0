"""The real discord.py client running Bounce Back against the fake Discord on 127.0.0.1.

Each test drives the bot the way Discord would (gateway events, interactions) and checks what it
sent over REST: ephemeral flags, buttons, edits, DMs, files, and `allowed_mentions` on every
message. The app is the real one (real flows, real SQLite store).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.adapters.discord.bridge import DM_BLOCKED, DM_HELLO, NOT_YOURS
from bot.adapters.discord.commands import COMMANDS
from bot.adapters.discord.runner import BounceBackClient
from bot.app import App
from bot.core.commands import GLOBAL_COMMANDS
from bot.core.model import UserKey
from tests.fakes import discord_payloads as p
from tests.fakes.discord import Call, FakeDiscord
from tests.fakes.discord_harness import Handled, running_bot

pytestmark = pytest.mark.timeout(60)

KEY = UserKey("discord", p.APP_ID, p.USER_ID)
EPHEMERAL = 64
FOLLOWUP = re.compile(r"/webhooks/\d+/[^/]+")


def assert_no_mentions(fake: FakeDiscord) -> None:
    calls = fake.message_calls()
    assert calls, "the bot sent no messages"
    for c in calls:
        body = c.message_body
        assert body.get("allowed_mentions") == {"parse": []}, (c.method, c.path, body)


@pytest.fixture
async def bot(app: App, fake: FakeDiscord) -> AsyncIterator[BounceBackClient]:
    async with running_bot(app.engine, fake) as client:
        yield client


@pytest.fixture
def handled(bot: BounceBackClient) -> Handled:
    return Handled(bot)


def followups(fake: FakeDiscord, after: int = 0) -> list[Call]:
    return [c for c in fake.calls[after:] if c.method == "POST" and FOLLOWUP.fullmatch(c.path)]


def callbacks(fake: FakeDiscord, after: int = 0) -> list[Call]:
    return [c for c in fake.calls[after:] if c.path.endswith("/callback")]


def last_question(fake: FakeDiscord, after: int = 0) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The newest message with buttons the bot sent (as the fake stored it) and its buttons."""
    for c in reversed(fake.calls[after:]):
        msg = c.sent_message
        if c.method == "POST" and msg is not None and p.buttons_of(msg):
            return msg, p.buttons_of(msg)
    raise AssertionError("the bot asked no question:\n" + fake.describe())


async def place(app: App) -> tuple[str | None, str | None]:
    async with app.store.transaction() as tx:
        conv = await tx.load(KEY)
    return (conv.flow, conv.step) if conv else (None, None)


async def var(app: App, name: str) -> object:
    async with app.store.transaction() as tx:
        conv = await tx.load(KEY)
    return None if conv is None else conv.vars.get(name)


# ---- slash commands -----------------------------------------------------------------------------


async def test_slash_command_in_a_dm_answers_in_the_open(
    app: App, fake: FakeDiscord, handled: Handled
) -> None:
    mark = fake.mark()
    await fake.interaction(p.slash_command("rejected"))
    await handled.wait(1)
    [ack] = callbacks(fake, mark)
    assert ack.json["type"] == 4  # a quick turn: answered with the reply itself
    assert not ack.json["data"].get("flags", 0) & EPHEMERAL
    assert "with_response" not in ack.query and ack.status == 204  # the message isn't sent back
    sent = followups(fake, mark)
    assert all(not (c.json.get("flags", 0) & EPHEMERAL) for c in sent)
    text = " ".join(fake.texts(mark))
    assert "I'm a bot" in text
    _, buttons = last_question(fake, mark)
    assert buttons[0]["custom_id"].startswith(f"bb1:c:{p.USER_ID}:welcome:")
    assert all(len(b["custom_id"]) <= 100 for b in buttons)
    assert not [c for c in fake.calls if c.path == "/users/@me/channels"]  # already in the DM
    assert await place(app) == ("welcome", "ask_mood")
    assert_no_mentions(fake)


async def test_slash_command_in_a_server_is_ephemeral_and_opens_a_dm(
    fake: FakeDiscord, handled: Handled
) -> None:
    mark = fake.mark()
    await fake.interaction(p.slash_command("rejected", in_guild=True))
    await handled.wait(1)
    [ack] = callbacks(fake, mark)
    assert ack.json["type"] == 4 and ack.json["data"]["flags"] == EPHEMERAL
    sent = followups(fake, mark)
    assert len(sent) >= 1 and all(c.json["flags"] & EPHEMERAL for c in sent)
    [opened] = [c for c in fake.calls[mark:] if c.path == "/users/@me/channels"]
    assert str(opened.json["recipient_id"]) == p.USER_ID
    dm_id = opened.response["id"]
    [hello] = [c for c in fake.calls[mark:] if c.path == f"/channels/{dm_id}/messages"]
    assert hello.json["content"] == DM_HELLO
    offer = sent[-1]
    assert "direct messages" in offer.json["content"]
    [link] = p.buttons_of(offer.json)
    assert link["url"] == f"https://discord.com/channels/@me/{dm_id}"

    again = fake.mark()
    await fake.interaction(p.slash_command("menu", in_guild=True))
    await handled.wait(2)
    assert not [c for c in fake.calls[again:] if c.path.startswith("/channels/")]  # offered once
    assert all(c.json["flags"] & EPHEMERAL for c in followups(fake, again))
    assert_no_mentions(fake)


async def test_a_whole_conversation_through_buttons(
    app: App, fake: FakeDiscord, handled: Handled
) -> None:
    await fake.interaction(p.slash_command("rejected"))
    await handled.wait(1)
    clicks = 0
    seen_steps: list[str] = []
    while clicks < 5:
        message, buttons = last_question(fake)
        button = buttons[0]
        seen_steps.append(button["custom_id"].split(":")[4])
        mark = fake.mark()
        await fake.interaction(p.button_click(message, button["custom_id"]))
        clicks += 1
        await handled.wait(1 + clicks)
        [ack] = callbacks(fake, mark)
        assert ack.json["type"] == 7  # a quick turn: the clicked message is updated at once
        assert not [c for c in fake.calls[mark:] if c.method == "PATCH"]
        edit = ack.json["data"]
        assert edit["content"].endswith(f"**You chose:** {button['label']}")
        assert edit["content"].startswith(message["content"])
        assert edit["components"] == []
        assert edit["allowed_mentions"] == {"parse": []}
        if not any(p.buttons_of(c.json) for c in followups(fake, mark)):
            break  # the conversation reached a point with no question
    assert clicks >= 2, seen_steps
    assert len(set(seen_steps)) == len(seen_steps)  # every click moved the conversation on
    flow, step = await place(app)
    assert flow is not None or step is None
    assert_no_mentions(fake)


async def test_a_click_by_someone_else_or_on_a_passed_step_gets_a_private_note(
    app: App, fake: FakeDiscord, handled: Handled
) -> None:
    await fake.interaction(p.slash_command("rejected"))
    await handled.wait(1)
    message, buttons = last_question(fake)
    before = await place(app)

    mark = fake.mark()
    await fake.interaction(
        p.button_click(message, buttons[0]["custom_id"], user_id=p.OTHER_USER_ID)
    )
    await handled.wait(2)
    [note] = callbacks(fake, mark)
    assert note.json["type"] == 4
    assert note.json["data"]["flags"] == EPHEMERAL
    assert note.json["data"]["content"] == NOT_YOURS
    assert await place(app) == before  # the other person's click changed nothing

    await fake.interaction(p.button_click(message, buttons[0]["custom_id"]))
    await handled.wait(3)
    moved = await place(app)
    assert moved != before

    mark = fake.mark()
    await fake.interaction(p.button_click(message, buttons[1]["custom_id"]))  # the same question
    kinds = await handled.wait(4)
    assert kinds[-1] == "click_stale"
    [ack] = callbacks(fake, mark)
    assert ack.json["type"] == 7
    edit = ack.json["data"]
    assert edit["components"] == [] and "content" not in edit
    notes = followups(fake, mark)
    assert notes and all(c.json["flags"] & EPHEMERAL for c in notes)
    assert "already passed" in notes[0].json["content"]
    assert await place(app) == moved
    assert_no_mentions(fake)


# ---- draft modal, DM text -----------------------------------------------------------------------


async def test_draft_opens_a_modal_whose_text_goes_to_the_cool_off_flow(
    app: App, fake: FakeDiscord, handled: Handled
) -> None:
    mark = fake.mark()
    await fake.interaction(p.slash_command("draft"))
    await handled.wait(1)
    [modal] = callbacks(fake, mark)
    assert modal.json["type"] == 9
    form = modal.json["data"]
    assert form["custom_id"] == f"bb1:m:draft:{p.USER_ID}"
    inputs = [
        c
        for comp in form["components"]
        for c in [comp.get("component") or {}, *comp.get("components", [])]
        if c.get("type") == 4
    ]
    assert inputs and inputs[0]["custom_id"] == "draft_text" and inputs[0]["style"] == 2

    draft = "Dear Sam, honestly you wasted four weeks of my time. @everyone should know."
    mark = fake.mark()
    await fake.interaction(p.modal_submit(form["custom_id"], {"draft_text": draft}))
    await handled.wait(2)
    [ack] = callbacks(fake, mark)
    assert ack.json["type"] == 4
    assert await var(app, "draft") == draft
    texts = " ".join(fake.texts(mark))
    assert texts and "Paste or type" not in texts  # the modal already asked for it
    assert (await place(app))[0] == "draft"
    assert_no_mentions(fake)


async def test_free_text_in_a_dm_carries_the_conversation(
    app: App, fake: FakeDiscord, handled: Handled
) -> None:
    await fake.dispatch("MESSAGE_CREATE", p.dm_message("ignore me", bot=True))
    await fake.dispatch("MESSAGE_CREATE", p.message(content="mine", author=p.bot_user()))
    mark = fake.mark()
    await fake.dispatch("MESSAGE_CREATE", p.dm_message("/vent"))
    kinds = await handled.wait(3)
    assert kinds == ["message_ignored", "message_ignored", "message"]
    assert fake.mark() > mark
    assert all(c.path == f"/channels/{p.DM_CHANNEL_ID}/messages" for c in fake.message_calls())
    assert "What's on your mind?" in " ".join(fake.texts())
    mark = fake.mark()
    await fake.dispatch("MESSAGE_CREATE", p.dm_message("They ghosted me after four rounds."))
    await handled.wait(4)
    assert await place(app) == ("vent", "heard")
    _, buttons = last_question(fake, mark)
    assert any(":vent:heard:more" in b["custom_id"] for b in buttons)
    assert_no_mentions(fake)


async def test_what_a_person_typed_is_escaped_when_echoed(
    app: App, fake: FakeDiscord, handled: Handled
) -> None:
    n = 0
    for text in ["/reframe", "yes", "I'll never get a job", "I got to the final round"]:
        await fake.dispatch("MESSAGE_CREATE", p.dm_message(text))
        n += 1
        await handled.wait(n)
    mark = fake.mark()
    await fake.dispatch(
        "MESSAGE_CREATE", p.dm_message("@everyone **I am** <@123456789012345678> good enough")
    )
    await handled.wait(n + 1)
    echoed = " ".join(fake.texts(mark))
    assert "Your kinder version: @\u200beveryone \\*\\*I am\\*\\* <@\u200b123456789012345678>" in (
        echoed
    )
    assert_no_mentions(fake)


# ---- reconnect ----------------------------------------------------------------------------------


async def test_a_gateway_reconnect_mid_conversation_keeps_the_persons_place(
    app: App, fake: FakeDiscord, handled: Handled
) -> None:
    await fake.dispatch("MESSAGE_CREATE", p.dm_message("/vent"))
    await handled.wait(1)
    assert await place(app) == ("vent", "open")
    await fake.reconnect()
    assert fake.resumes == 1 and fake.identifies == 1  # resumed, not a new session
    await fake.dispatch("MESSAGE_CREATE", p.dm_message("It stings. I really wanted that one."))
    await handled.wait(2)
    assert await place(app) == ("vent", "heard")
    assert await var(app, "vent_text") == "It stings. I really wanted that one."
    assert_no_mentions(fake)


async def test_a_picture_without_words_gets_asked_for_words(
    fake: FakeDiscord, handled: Handled
) -> None:
    picture = p.dm_message("")
    picture["attachments"] = [
        {"id": p.next_id(), "filename": "offer.png", "size": 10, "url": "", "proxy_url": ""}
    ]
    await fake.dispatch("MESSAGE_CREATE", picture)
    assert await handled.wait(1) == ["message"]
    assert "didn't catch any words" in " ".join(fake.texts())
    assert_no_mentions(fake)


async def test_an_expired_interaction_still_gets_its_reply_in_the_dm_once(
    app: App, fake: FakeDiscord, handled: Handled
) -> None:
    fake.fail(
        "POST", r"/interactions/\d+/[^/]+/callback", 404, p.error(10062, "Unknown interaction")
    )
    await fake.interaction(p.slash_command("vent"))
    assert await handled.wait(1) == ["expired"]
    assert not followups(fake)  # the interaction's token is dead: the DM carries the reply
    assert await place(app) == ("vent", "open")  # the turn ran, and its reply was not lost
    shown = [c for c in fake.calls if c.ok and "What's on your mind?" in str(c.json)]
    assert len(shown) == 1 and re.fullmatch(r"/channels/\d+/messages", shown[0].path)
    await fake.dispatch("MESSAGE_CREATE", p.dm_message("/menu"))
    await handled.wait(2)
    assert (await place(app))[0] == "menu"
    assert_no_mentions(fake)


async def test_when_dms_are_closed_the_conversation_stays_private_in_the_server(
    fake: FakeDiscord, handled: Handled
) -> None:
    fake.fail("POST", r"/channels/\d+/messages", 403, p.error(50007, "Cannot send messages"))
    await fake.interaction(p.slash_command("vent", in_guild=True))
    await handled.wait(1)
    sent = followups(fake)
    assert sent[-1].json["content"] == DM_BLOCKED
    assert not p.buttons_of(sent[-1].json)
    assert all(c.json["flags"] & EPHEMERAL for c in sent)
    assert_no_mentions(fake)


async def test_a_redelivered_interaction_gets_no_second_answer(
    fake: FakeDiscord, handled: Handled
) -> None:
    command = p.slash_command("vent")
    await fake.interaction(command)
    await handled.wait(1)
    first = len(followups(fake))
    mark = fake.mark()
    await fake.interaction(command)
    await handled.wait(2)
    assert len(followups(fake)) == first
    [cleared] = [c for c in fake.calls[mark:] if c.method == "DELETE"]
    assert cleared.path.endswith("/messages/@original")  # no "thinking..." left behind


async def test_every_slash_command_reaches_a_flow(app: App, bot: BounceBackClient) -> None:
    for spec in COMMANDS:
        word = bot.bridge.command_word(spec.name)
        assert word in GLOBAL_COMMANDS or app.flows.by_command(word) is not None, spec.name
    assert bot.bridge.command_word("rejected") == "rejected"
    assert app.flows.by_command("rejected") == app.flows.get("welcome")
