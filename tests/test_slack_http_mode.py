"""HTTP mode specifics: signatures, Slack's retries, several workers on one database, health."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from bot.app import App, build_app
from tests.conftest import make_settings
from tests.fakes import payloads as p
from tests.fakes.slack import FakeSlack
from tests.fakes.slack_harness import SECRET, Harness, slack_bot, tasks_finished

SLACK_FLOWS = Path(__file__).resolve().parent / "data" / "slack_flows"


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    built = await build_app(make_settings(tmp_path, flows_dir=str(SLACK_FLOWS)))
    yield built
    await built.close()


@pytest.fixture
async def bot(app: App, slack: FakeSlack) -> AsyncIterator[Harness]:
    async with slack_bot(app, slack, mode="http") as harness:
        yield harness


async def test_a_bad_signature_is_refused_with_401(bot: Harness) -> None:
    status, _ = await bot.slack.post_http(
        bot.url, p.dm_message("/echo"), secret=SECRET, bad_signature=True
    )
    assert status == 401
    stale = int(time.time()) - 11 * 60
    status, _ = await bot.slack.post_http(
        bot.url, p.dm_message("/echo"), secret=SECRET, timestamp=stale
    )
    assert status == 401
    status, _ = await bot.slack.post_http(
        bot.url, p.slash_command("echo"), secret=SECRET, form=True, bad_signature=True
    )
    assert status == 401
    assert bot.bot.tasks.started == 0
    assert not [c for c in bot.slack.calls if c.method.startswith("chat.")]


async def test_missing_signature_headers_are_refused(bot: Harness) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.post(bot.url, json=p.dm_message("/echo")) as resp:
            assert resp.status == 401


async def test_url_verification_is_answered(bot: Harness) -> None:
    status, body = await bot.slack.post_http(bot.url, p.url_verification("abc"), secret=SECRET)
    assert status == 200 and "abc" in body


async def test_a_slack_retry_of_a_seen_event_is_acked_and_dropped(bot: Harness) -> None:
    body = p.dm_message("/echo", event_id="EvRETRY001")
    assert (await bot.event(body)).status == 200
    await bot.slack.wait_calls("chat.postMessage")
    for n in (1, 2):
        delivery = await bot.event(body, retry=n)
        assert delivery.status == 200
    assert bot.bot.tasks.started == 1
    await tasks_finished(bot.bot.tasks, 1, 10)
    assert len(bot.slack.calls_to("chat.postMessage")) == 1


async def test_a_retry_reaching_another_worker_is_still_answered_once(
    app: App, slack: FakeSlack
) -> None:
    """Two workers behind a load balancer share the database: the engine's event-id claim
    stops the second delivery even though that worker never saw the first."""
    async with slack_bot(app, slack, mode="http") as one, slack_bot(app, slack, mode="http") as two:
        body = p.dm_message("/echo", event_id="EvTWOWORK1")
        await one.event(body)
        await tasks_finished(one.bot.tasks, 1, 10)
        assert (await two.event(body, retry=1)).status == 200
        await tasks_finished(two.bot.tasks, 1, 10)
        assert len(slack.calls_to("chat.postMessage")) == 1
        # The conversation itself is shared: the second worker answers the next message.
        await two.event(p.dm_message("hello from worker two"))
        said = await slack.wait_for(
            lambda: [
                c
                for c in slack.calls_to("chat.postMessage")
                if "You said: hello from worker two" in c.params["text"]
            ]
        )
        assert said


async def test_health_endpoint_for_load_balancers(bot: Harness) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.get(f"http://127.0.0.1:{bot.bot.port}/healthz") as resp:
            assert resp.status == 200 and await resp.text() == "ok"
