"""Check-in DMs through the real slack_sdk client against the fake Slack: the calls made, the
retries on 429 and 5xx, and the mapping of Slack errors to transient or permanent failures."""

from __future__ import annotations

import json
import time

import pytest
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.web.async_slack_response import AsyncSlackResponse

from bot.adapters.slack.sender import SlackSender, api_url, make_client, send_error
from bot.core.model import (
    Attachment,
    Choices,
    Notify,
    Option,
    Part,
    Reply,
    StepRef,
    Text,
    UserKey,
)
from bot.core.ports import PermanentSendError, TransientSendError
from tests.fakes.slack import TEAM_ID, FakeSlack

KEY = UserKey("slack", TEAM_ID, "UCHECK01")


@pytest.fixture
def client(slack: FakeSlack) -> AsyncWebClient:
    return make_client("xoxb-test", slack.api_url)


async def test_a_checkin_opens_the_dm_then_posts_there(
    slack: FakeSlack, client: AsyncWebClient
) -> None:
    replies: list[Reply] = [
        Text((Part("Hi again, "), Part("<!everyone>", from_user=True))),
        Choices(
            Text.of("How are you today?"),
            (Option("good", "Good"), Option("low", "Low")),
            StepRef("checkin_mood", "ask"),
        ),
    ]
    await SlackSender(client).send(KEY, replies)
    assert [c.method for c in slack.calls] == ["conversations.open", "chat.postMessage"]
    assert slack.calls[0].params["users"] == "UCHECK01"
    assert slack.calls[0].token == "xoxb-test"
    [post] = slack.calls_to("chat.postMessage")
    assert post.params["channel"] == "DUCHECK01"
    assert post.params["text"].startswith("Hi again, &lt;!everyone&gt;\nHow are you today?")
    assert post.params["blocks"][0]["text"]["text"] == "Hi again, &lt;!everyone&gt;"
    assert post.params["blocks"][-1]["type"] == "actions"
    # The DM channel is remembered: a second check-in does not open it again.
    await SlackSender(client).send(KEY, [Text.of("x")])
    sender = SlackSender(client)
    await sender.send(KEY, [Text.of("one")])
    await sender.send(KEY, [Text.of("two")])
    assert len(slack.calls_to("conversations.open")) == 3


async def test_a_429_is_retried_after_retry_after_then_succeeds(
    slack: FakeSlack, client: AsyncWebClient
) -> None:
    slack.fail_next("chat.postMessage", status=429, retry_after=0)
    await SlackSender(client).send(KEY, [Text.of("Checking in")])
    posts = slack.calls_to("chat.postMessage")
    assert len(posts) == 2
    assert posts[0].params == posts[1].params


async def test_a_server_error_is_retried(slack: FakeSlack, client: AsyncWebClient) -> None:
    slack.fail_next("chat.postMessage", status=503, error="service_unavailable")
    await SlackSender(client).send(KEY, [Text.of("Checking in")])
    assert len(slack.calls_to("chat.postMessage")) == 2


async def test_rate_limited_for_longer_is_transient_with_retry_after(
    slack: FakeSlack, client: AsyncWebClient
) -> None:
    slack.fail_next("chat.postMessage", status=429, retry_after=0, times=5)
    with pytest.raises(TransientSendError) as err:
        await SlackSender(client).send(KEY, [Text.of("Checking in")])
    assert err.value.reason == "ratelimited"
    assert err.value.retry_after == 0.0
    assert len(slack.calls_to("chat.postMessage")) == 2


async def test_persistent_server_errors_are_transient(
    slack: FakeSlack, client: AsyncWebClient
) -> None:
    slack.fail_next("conversations.open", status=500, error="internal_error", times=10)
    with pytest.raises(TransientSendError):
        await SlackSender(client).send(KEY, [Text.of("x")])


@pytest.mark.parametrize(
    ("method", "code"),
    [
        ("conversations.open", "cannot_dm_bot"),
        ("conversations.open", "user_not_found"),
        ("conversations.open", "account_inactive"),
        ("chat.postMessage", "channel_not_found"),
        ("chat.postMessage", "is_archived"),
    ],
)
async def test_unreachable_people_are_permanent_failures(
    slack: FakeSlack, client: AsyncWebClient, method: str, code: str
) -> None:
    slack.errors[method] = code
    with pytest.raises(PermanentSendError) as err:
        await SlackSender(client).send(KEY, [Text.of("x")])
    assert err.value.code == code


async def test_a_bad_token_waits_for_the_operator_instead_of_giving_up(
    slack: FakeSlack, client: AsyncWebClient
) -> None:
    slack.errors["conversations.open"] = "invalid_auth"
    with pytest.raises(TransientSendError) as err:
        await SlackSender(client).send(KEY, [Text.of("x")])
    assert err.value.reason == "invalid_auth" and err.value.retry_after == 600.0


async def test_files_go_up_in_two_steps_into_the_dm(
    slack: FakeSlack, client: AsyncWebClient
) -> None:
    export = json.dumps({"plan": ["ask for feedback"]}).encode()
    await SlackSender(client).send(
        KEY, [Attachment("mydata.json", export, caption=Text.of("Here is everything I keep."))]
    )
    methods = [c.method for c in slack.calls]
    assert methods == [
        "conversations.open",
        "files.getUploadURLExternal",
        "upload",
        "files.completeUploadExternal",
    ]
    fid = slack.calls_to("upload")[0].params["file_id"]
    assert slack.uploads[fid] == export
    done = slack.calls_to("files.completeUploadExternal")[0].params
    assert done["channel_id"] == "DUCHECK01"
    assert done["initial_comment"] == "Here is everything I keep."
    assert slack.calls_to("files.getUploadURLExternal")[0].params["filename"] == "mydata.json"


async def test_notify_goes_to_the_deployment_contact(
    slack: FakeSlack, client: AsyncWebClient
) -> None:
    await SlackSender(client).send(KEY, [Notify("CSUPPORT1", Text.of("A member asked for help."))])
    [post] = slack.calls_to("chat.postMessage")
    assert post.params["channel"] == "CSUPPORT1"


def _api_error(status: int, code: str, headers: dict[str, str] | None = None) -> SlackApiError:
    resp = AsyncSlackResponse(
        client=None,
        http_verb="POST",
        api_url="x",
        req_args={},
        data={"ok": False, "error": code},
        headers=headers or {},
        status_code=status,
    )
    return SlackApiError("failed", resp)  # type: ignore[no-untyped-call]


def test_error_mapping() -> None:
    err = send_error(_api_error(429, "ratelimited", {"retry-after": "30"}))
    assert isinstance(err, TransientSendError) and err.retry_after == 30.0
    assert isinstance(send_error(_api_error(200, "fatal_error")), TransientSendError)
    assert isinstance(send_error(_api_error(502, "bad_gateway")), TransientSendError)
    perm = send_error(_api_error(200, "cannot_dm_bot"))
    assert isinstance(perm, PermanentSendError) and perm.code == "cannot_dm_bot"
    assert isinstance(send_error(TimeoutError()), TransientSendError)


def test_api_url_keeps_the_trailing_slash() -> None:
    assert api_url("http://127.0.0.1:9/api") == "http://127.0.0.1:9/api/"
    assert api_url(None) == "https://slack.com/api/"
    started = time.perf_counter()
    assert make_client("xoxb-x", "http://127.0.0.1:9/api").base_url == "http://127.0.0.1:9/api/"
    assert time.perf_counter() - started < 1
