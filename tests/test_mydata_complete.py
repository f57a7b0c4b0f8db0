"""`mydata` holds everything stored about the person, and its summary counts honestly.

The crisis memory and everything else remembered between turns are in the export; the summary
counts only what the person gave as answers (never the bot's working values such as
`plan_count`), and says "1 mood check-in", not "1 mood check-ins".
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import App, build_app
from bot.core.model import Attachment, Reply, Turn, UserKey
from bot.privacy.summary import summary
from tests.conftest import make_settings
from tests.replies import said

KEY = UserKey("console", "local", "mydata-person")


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    built = await build_app(make_settings(tmp_path))
    yield built
    await built.close()


async def talk(app: App, *lines: str) -> list[Reply]:
    out: list[Reply] = []
    for line in lines:
        out = await app.engine.handle(Turn(KEY, text=line))
    return out


async def export(app: App) -> tuple[dict[str, Any], str]:
    replies = await talk(app, "/mydata")
    [file] = [r for r in replies if isinstance(r, Attachment)]
    return json.loads(file.content), said(replies)


async def test_the_export_holds_the_crisis_memory_and_everything_remembered(app: App) -> None:
    await talk(app, "hi", "2", "I want to kill myself", "Yes, I'm safe right now")
    await talk(app, "/plan", "Add it to my plan")
    data, text = await export(app)
    conv = data["conversation"]
    assert conv["crisis_memory"].get("distress_at")  # when things felt very hard
    assert "seen_at" in conv["remembered"]
    assert "sounded very low (kept 24 hours" in text
    for label in ("crisis_memory", "distress_at", "setback_at", "is_returning", "seen_at"):
        assert label not in text  # the chat summary speaks plain words only
    assert "24 hours" in data["what_these_mean"]["conversation.crisis_memory"]
    assert "is_returning" not in conv["working_values"]  # per-turn bookkeeping is not exported
    assert "30 days" in text and "could decrypt" in text
    answers = conv["answers"]
    for internal in ("plan_count", "is_returning", "platform", "last_flow", "command_args"):
        assert internal not in answers
    assert any(r["kind"] == "plan" for r in data["records"])
    assert "plan_count" not in text


async def test_the_summary_counts_answers_and_pluralises() -> None:
    one = {
        "conversation": {"answers": {"mood_score": "2"}, "crisis_memory": {}},
        "moods": [{"score": 2}],
        "records": [{"kind": "plan"}],
        "checkins": [{"status": "pending"}],
    }
    text = summary(one)
    assert "- 1 answer from our conversations" in text
    assert "- 1 mood check-in\n" in text
    assert "- 1 upcoming check-in\n" in text
    assert "- 1 plan entry" in text
    two = {**one, "moods": [{"score": 2}, {"score": 3}]}
    assert "- 2 mood check-ins" in summary(two)
