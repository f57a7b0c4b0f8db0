"""Bad bytes from Slack never reach a traceback: in HTTP mode, malformed signed requests get 400
and huge ones 413 (never 500), and a deeply nested button value is no RecursionError in either
mode. After each, the bot still answers an ordinary message."""

from __future__ import annotations

import json
import time
import urllib.parse
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.adapters.slack.events import decode_button
from bot.adapters.slack.limits import MAX_BODY, bounded_loads, too_deep
from bot.app import App, build_app
from tests.conftest import make_settings
from tests.fakes import payloads as p
from tests.fakes.slack import FakeSlack
from tests.fakes.slack_harness import SECRET, Harness, slack_bot, tasks_finished

SLACK_FLOWS = Path(__file__).resolve().parent / "data" / "slack_flows"
DEEP = "[" * 50_000 + "]" * 50_000
FORM = "application/x-www-form-urlencoded"


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    built = await build_app(make_settings(tmp_path, flows_dir=str(SLACK_FLOWS)))
    yield built
    await built.close()


@pytest.fixture
async def http_bot(app: App, slack: FakeSlack) -> AsyncIterator[Harness]:
    async with slack_bot(app, slack, mode="http") as harness:
        yield harness


async def _still_answers(bot: Harness) -> None:
    await bot.event(p.dm_message("/echo"))
    await bot.slack.wait_for(
        lambda: [
            c
            for c in bot.slack.calls_to("chat.postMessage")
            if "Say something" in str(c.params["text"])
        ]
    )


def _form(payload: str) -> bytes:
    return urllib.parse.urlencode({"payload": payload}).encode()


@pytest.mark.parametrize(
    ("body", "ctype", "timestamp"),
    [
        (json.dumps(p.dm_message("hi")).encode(), "application/json", "soon"),
        (json.dumps(p.dm_message("hi")).encode(), "application/json", "１２３"),
        (b'{"type": "event_callback", "event": ', "application/json", None),
        (b"[1, 2, 3]", "application/json", None),
        (b'{"a": "\xff\xfe"}', "application/json", None),
        (_form("{not json"), FORM, None),
        (_form(DEEP), FORM, None),
        (('{"type":"event_callback","x":' + DEEP + "}").encode(), "application/json", None),
    ],
    ids=[
        "word-timestamp",
        "unicode-digits",
        "cut-json",
        "json-array",
        "not-utf8",
        "bad-form",
        "deep-form",
        "deep-json",
    ],
)
async def test_a_malformed_signed_request_gets_400(
    http_bot: Harness, body: bytes, ctype: str, timestamp: str | None
) -> None:
    status, _ = await http_bot.slack.post_raw(
        http_bot.url, body, ctype, secret=SECRET, timestamp=timestamp
    )
    assert status == 400
    assert http_bot.bot.tasks.started == 0
    await _still_answers(http_bot)


async def test_a_huge_request_is_refused_before_it_is_read(http_bot: Harness) -> None:
    huge = json.dumps({"type": "event_callback", "pad": "x" * (MAX_BODY + 10)}).encode()
    status, _ = await http_bot.slack.post_raw(
        http_bot.url, huge, "application/json", secret=SECRET, timestamp=int(time.time())
    )
    assert status == 413
    await _still_answers(http_bot)


async def test_a_deeply_nested_button_value_is_ignored_not_a_crash(bot: Harness) -> None:
    button: dict[str, Any] = {
        "action_id": "bb|slack_echo|repeat|done",
        "value": DEEP,
        "text": {"type": "plain_text", "text": "Done"},
    }
    started = bot.bot.tasks.started
    delivery = await bot.click(p.block_actions(button))
    assert delivery.status == 200
    await tasks_finished(bot.bot.tasks, started + 1, 10)
    assert bot.bot.tasks.failed == 0
    await _still_answers(bot)


def test_deep_or_long_json_is_refused_before_parsing() -> None:
    assert too_deep(DEEP) and not too_deep('{"a": "[[[[[[[[[[[[[[[[[["}', 2)
    with pytest.raises(ValueError, match="deep"):
        bounded_loads(DEEP)
    with pytest.raises(ValueError, match="long"):
        bounded_loads('"' + "x" * 100 + '"', max_chars=10)
    assert decode_button("bb|f|s|o", DEEP) is not None  # falls back to the action id
    assert decode_button("bb|#3", DEEP) is None
