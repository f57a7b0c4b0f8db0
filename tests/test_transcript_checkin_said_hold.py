"""What play-testers found about times said with a check-in, kept fixed over the real bot and
flows (New York time, a Monday afternoon): "hold it till tomorrow morning, like 9" at the draft
check books tomorrow at 09:00, never the default 10:00, and so does "hold it and remind me
tomorrow at 9"; "can you check on me tonight?" at the crisis flow's offer books tonight, and a
time in the quiet hours gets the quiet-hours note, as at the welcome's offer; "like 9 people" is
no time."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.app import App
from bot.core.model import UserKey
from bot.store.sql import SqlStore
from bot.understanding.time_words import time_in
from tests.checkin_support import rows
from tests.placing import put_at
from tests.replies import speaker

KEY = UserKey("console", "local", "hold")
say = speaker(KEY)
decir = speaker(KEY, "es-MX")
NOW = datetime(2026, 12, 7, 19, 0, tzinfo=UTC)  # Monday 14:00 in New York
DRAFT = "You wasted my time and I think your process is a joke."


async def pending(app: App) -> list[str]:
    assert isinstance(app.store, SqlStore)
    return [r.local_time for r in await rows(app.store, KEY) if r.status == "pending"]


async def _at(app: App, flow: str, step: str) -> None:
    app.engine.clock = lambda: NOW
    await put_at(app, KEY, flow, step, asked=True, draft=DRAFT, draft_rewrite="Hello, thanks.")


@pytest.mark.parametrize("step", ["risky", "decide"])
async def test_hold_till_tomorrow_morning_like_9_is_9_tomorrow(quiet_app: App, step: str) -> None:
    await _at(quiet_app, "draft", step)
    out = await say(quiet_app, "hold it till tomorrow morning, like 9")
    if await pending(quiet_app) == []:  # asked first whether to check in
        out = await say(quiet_app, "yes")
    assert "at 09:00" in out, out
    assert [t[-5:] for t in await pending(quiet_app)] == ["09:00"]
    assert (await pending(quiet_app))[0].startswith("2026-12-08")


@pytest.mark.parametrize(
    "words", ["hold it and remind me tomorrow at 9", "remind me tomorrow morning, like 9"]
)
async def test_a_time_said_with_hold_is_kept(quiet_app: App, words: str) -> None:
    await _at(quiet_app, "draft", "risky")
    out = await say(quiet_app, words)
    assert "at 09:00" in out, out
    assert await pending(quiet_app) == ["2026-12-08T09:00"]


async def test_hold_with_no_time_is_tomorrow_as_before(quiet_app: App) -> None:
    await _at(quiet_app, "draft", "risky")
    await say(quiet_app, "hold it")
    await say(quiet_app, "yes")
    assert await pending(quiet_app) == ["2026-12-08T10:00"]


async def test_hold_in_spanish_with_a_time(quiet_app: App) -> None:
    await _at(quiet_app, "draft", "risky")
    out = await decir(quiet_app, "guárdalo y recuérdamelo mañana tipo 9")
    if await pending(quiet_app) == []:
        out = await decir(quiet_app, "sí")
    assert await pending(quiet_app) == ["2026-12-08T09:00"], out


@pytest.mark.parametrize("step", ["choose", "choose_with_contact"])
async def test_check_on_me_tonight_at_the_crisis_offer_is_tonight(
    quiet_app: App, step: str
) -> None:
    await _at(quiet_app, "crisis", step)
    out = await say(quiet_app, "can you check on me tonight?")
    assert "Monday 7 December at 20:00" in out, out
    assert await pending(quiet_app) == ["2026-12-07T20:00"]


async def test_a_time_in_the_quiet_hours_at_the_crisis_offer_says_so(quiet_app: App) -> None:
    await _at(quiet_app, "crisis", "choose")
    out = await say(quiet_app, "check on me tonight at 11pm")
    assert "quiet hours" in out, out
    assert await pending(quiet_app) == ["2026-12-08T09:00"]


async def test_check_on_me_tomorrow_at_the_crisis_offer_is_as_before(quiet_app: App) -> None:
    await _at(quiet_app, "crisis", "choose")
    await say(quiet_app, "check on me tomorrow")
    assert await pending(quiet_app) == ["2026-12-08T10:00"]


@pytest.mark.parametrize(
    ("text", "hour"),
    [("tomorrow morning, like 9", 9), ("like 9pm", 21), ("mañana tipo 9", 9),
     ("i feel like 9 people rejected me", None), ("like 3 days", None)],
)  # fmt: skip
def test_like_9_is_a_time_only_when_nothing_counts(text: str, hour: int | None) -> None:
    found = time_in(text)
    assert (found.hour if found else None) == hour
