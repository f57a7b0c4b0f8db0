"""Nothing a person writes in Slack reaches the logs, even at DEBUG and when delivery fails."""

from __future__ import annotations

import io
import logging
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.logs import JsonFormatter
from tests.conftest import make_settings
from tests.fakes import payloads as p
from tests.fakes.slack import FakeSlack
from tests.fakes.slack_harness import MODES, slack_bot, tasks_finished

SLACK_FLOWS = Path(__file__).resolve().parent / "data" / "slack_flows"
CANARY = "canary-7f3a9 my manager Dana at Initech"


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(JsonFormatter())
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    # another test may have run setup_logging, which quiets the libraries' own loggers
    libraries = [logging.getLogger(name) for name in ("slack_bolt", "slack_sdk")]
    old_library_levels = [lib.level for lib in libraries]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    for lib in libraries:
        lib.setLevel(logging.NOTSET)
    try:
        yield out
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        for lib, level in zip(libraries, old_library_levels, strict=True):
            lib.setLevel(level)


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    built = await build_app(make_settings(tmp_path, flows_dir=str(SLACK_FLOWS)))
    yield built
    await built.close()


@pytest.mark.parametrize("mode", MODES)
async def test_message_text_never_reaches_the_logs(
    app: App, captured: io.StringIO, mode: str
) -> None:
    async with FakeSlack() as slack, slack_bot(app, slack, mode=mode) as bot:
        await bot.event(p.dm_message("/echo"))
        await slack.wait_calls("chat.postMessage")
        # The reply that would echo the canary fails: the failure is logged, the text is not.
        slack.errors["chat.postMessage"] = "msg_too_long"
        await bot.event(p.dm_message(CANARY))
        await tasks_finished(bot.bot.tasks, 2, 10)
        await bot.command(p.slash_command(f"echo {CANARY}", response_url=slack.response_url("c")))
        await tasks_finished(bot.bot.tasks, 3, 10)
        assert bot.bot.tasks.failed == 2
    logs = captured.getvalue()
    assert "slack.task_failed" in logs and "msg_too_long" in logs
    assert "canary" not in logs.lower() and "Initech" not in logs
    # The libraries' records are kept (payload redacted), not withheld whole.
    assert '"logger": "slack_bolt' in logs or '"logger": "slack_sdk' in logs
    assert "withheld" not in logs
