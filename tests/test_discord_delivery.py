"""Delivery through the real discord.py client and the fake Discord: check-in DMs and their
failures (DMs closed, rate limits, outages), the `mydata` file going to the DM, contacts for
`Notify`, and long replies split under Discord's limit."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest

from bot.adapters.discord.delivery import FILE_SENT_TO_DM, NOTIFY_UNCONFIGURED
from bot.adapters.discord.runner import BounceBackClient
from bot.app import App
from bot.core.model import Attachment, Notify, Reply, Text, Turn, UserKey
from bot.core.ports import PermanentSendError, TransientSendError
from bot.flows.model import FlowSet
from tests.fakes import discord_payloads as p
from tests.fakes.discord import FakeDiscord
from tests.fakes.discord_harness import Handled, running_bot

pytestmark = pytest.mark.timeout(60)

KEY = UserKey("discord", p.APP_ID, p.USER_ID)
CHANNEL_MESSAGES = r"/channels/\d+/messages"


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as f:
        yield f
        for c in f.message_calls():
            assert c.message_body.get("allowed_mentions") == {"parse": []}, c.path


@pytest.fixture
async def bot(app: App, fake: FakeDiscord) -> AsyncIterator[BounceBackClient]:
    async with running_bot(app.engine, fake) as client:
        yield client


async def test_a_check_in_arrives_as_a_dm_and_its_buttons_carry_on(
    app: App, fake: FakeDiscord, bot: BounceBackClient
) -> None:
    handled = Handled(bot)
    replies = await app.engine.open_flow(KEY, "checkin_mood", event_id="checkin:1")
    mark = fake.mark()
    await bot.sender.send(KEY, replies)
    opened = [c for c in fake.calls[mark:] if c.path == "/users/@me/channels"]
    assert [str(c.json["recipient_id"]) for c in opened] == [p.USER_ID]
    dm_id = opened[0].response["id"]
    posts = [c for c in fake.calls[mark:] if c.path == f"/channels/{dm_id}/messages"]
    assert posts and "checking in" in posts[0].json["content"]
    question = next(c for c in reversed(posts) if p.buttons_of(c.json))
    buttons = p.buttons_of(question.json)
    assert buttons[0]["custom_id"].startswith(f"bb1:c:{p.USER_ID}:checkin_mood:open:m1")

    # The person answers days later, after a restart: the button still works.
    message = question.sent_message
    assert message is not None
    click = p.button_click(message, buttons[3]["custom_id"])
    click["channel"] = {"id": dm_id, "type": 1}
    mark = fake.mark()
    await fake.interaction(click)
    await handled.wait(1)
    [edit] = [c for c in fake.calls[mark:] if c.method == "PATCH" or c.path.endswith("/callback")]
    assert edit.message_body["content"].endswith("**You chose:** 4 · bruised but fine")
    async with app.store.transaction() as tx:
        conv = await tx.load(KEY)
    assert conv is not None and conv.vars.get("mood_score") == "4"


async def test_dms_closed_is_a_permanent_failure(
    app: App, fake: FakeDiscord, bot: BounceBackClient
) -> None:
    fake.fail("POST", CHANNEL_MESSAGES, 403, p.error(50007, "Cannot send messages to this user"))
    with pytest.raises(PermanentSendError) as err:
        await bot.sender.send(KEY, [Text.of("Just checking in.")])
    assert err.value.code == "50007"


async def test_rate_limits_and_outages_are_transient(
    fake: FakeDiscord, bot: BounceBackClient
) -> None:
    fake.fail("POST", CHANNEL_MESSAGES, 429, p.rate_limited(120.0), headers={"Via": "1.1 google"})
    with pytest.raises(TransientSendError) as limited:
        await bot.sender.send(KEY, [Text.of("Just checking in.")])
    assert limited.value.retry_after == 120.0
    fake.fail("POST", CHANNEL_MESSAGES, 503, p.error(0, "upstream unavailable"))
    with pytest.raises(TransientSendError) as down:
        await bot.sender.send(KEY, [Text.of("Just checking in.")])
    assert down.value.reason == "http_503"
    await bot.sender.send(KEY, [Text.of("Just checking in.")])  # and then it works
    assert fake.texts()[-1] == "Just checking in."


async def test_mydata_in_a_server_sends_the_file_to_the_dm(
    fake: FakeDiscord, bot: BounceBackClient
) -> None:
    handled = Handled(bot)
    mark = fake.mark()
    await fake.interaction(p.slash_command("mydata", in_guild=True))
    await handled.wait(1)
    [upload] = [c for c in fake.calls[mark:] if c.files]
    assert upload.path.startswith("/channels/")  # the DM, not the server channel
    [(name, data)] = upload.files
    assert name == "bounceback-mydata.json"
    assert isinstance(json.loads(data), dict)
    assert upload.json["allowed_mentions"] == {"parse": []}
    followups = [c for c in fake.calls[mark:] if c.path.startswith("/webhooks/")]
    assert any(c.json.get("content") == FILE_SENT_TO_DM for c in followups)
    assert all(c.json["flags"] & 64 for c in followups)


class ScriptedEngine:
    """Answers every turn with fixed replies: for adapter behaviour no real flow produces."""

    def __init__(self, flows: FlowSet, replies: list[Reply]) -> None:
        self.flows = flows
        self.replies = replies
        self.turns: list[Turn] = []

    async def handle(self, turn: Turn) -> list[Reply]:
        self.turns.append(turn)
        return list(self.replies)


async def test_notify_goes_to_the_contact_and_long_text_is_split(
    app: App, fake: FakeDiscord
) -> None:
    long = " ".join(f"line{i}" for i in range(700))
    engine = ScriptedEngine(
        app.flows,
        [
            Text.of(long),
            Notify("moderator", Text.of("A member asked for a follow-up from the team.")),
            Notify("user:" + p.OTHER_USER_ID, Text.of("A member asked for you.")),
        ],
    )
    async with running_bot(engine, fake, notify_channel_id=424242) as client:
        handled = Handled(client)
        mark = fake.mark()
        await fake.dispatch("MESSAGE_CREATE", p.dm_message("hello"))
        await handled.wait(1)
    to_person = [c for c in fake.calls[mark:] if c.path == f"/channels/{p.DM_CHANNEL_ID}/messages"]
    assert len(to_person) >= 3
    assert all(len(c.json["content"]) <= 2000 for c in to_person)
    assert " ".join(c.json["content"] for c in to_person).split() == long.split()
    [team] = [c for c in fake.calls[mark:] if c.path == "/channels/424242/messages"]
    assert team.json["content"] == "A member asked for a follow-up from the team."
    opened = [c for c in fake.calls[mark:] if c.path == "/users/@me/channels"]
    assert [str(c.json["recipient_id"]) for c in opened] == [p.OTHER_USER_ID]
    assert engine.turns[0].text == "hello"


async def test_notify_without_a_contact_tells_the_person(app: App, fake: FakeDiscord) -> None:
    engine = ScriptedEngine(app.flows, [Notify("", Text.of("Please follow up."))])
    async with running_bot(engine, fake) as client:
        handled = Handled(client)
        await fake.dispatch("MESSAGE_CREATE", p.dm_message("hello"))
        await handled.wait(1)
    assert fake.texts() == [NOTIFY_UNCONFIGURED]


async def test_a_file_in_the_dm_is_attached_there(app: App, fake: FakeDiscord) -> None:
    engine = ScriptedEngine(
        app.flows, [Attachment("export.json", b"{}", caption=Text.of("Here it is."))]
    )
    async with running_bot(engine, fake) as client:
        handled = Handled(client)
        await fake.interaction(p.slash_command("mydata"))
        await handled.wait(1)
    [upload] = [c for c in fake.calls if c.files]
    assert upload.path.startswith("/webhooks/")  # the followup in the DM itself
    assert upload.files == [("export.json", b"{}")]
    assert upload.json["content"] == "Here it is."
