"""A play-tester's finding, over the real bot and flows: a sarcastic draft gets a calmer version
that drops the sarcasm and signs with their name; and when the review cannot trust any calmer
version, the bot says so plainly, keeps the draft and asks them to redo it with tips, never
offering a version that is "basically the same email"."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.app import App
from bot.core.model import UserKey
from bot.safety import care_actions
from bot.safety.drafts import DraftReview, review
from tests.replies import placer, speaker

KEY = UserKey("console", "local", "no-calmer")
say = speaker(KEY)
place = placer(KEY)
DRAFT = (
    "Thank you so much for the incredibly personal 2-line rejection after five (5) rounds and a "
    "take-home that I'm sure your team found very useful for free. Best of luck finding your "
    "unicorn.\nDan"
)


async def _to_rewrite(app: App, then: str = "draft.decide") -> str:
    await say(app, "draft")
    assert await place(app) == "draft.open"
    out = await say(app, DRAFT)
    if await place(app) == "draft.pause_offer":
        out = await say(app, "no, look at it now")
    assert await place(app) == "draft.risky", out
    out = await say(app, "show me the calmer version")
    assert await place(app) == then
    return out


async def test_the_calmer_version_drops_the_sarcasm_and_signs_off(quiet_app: App) -> None:
    out = await _to_rewrite(quiet_app)
    assert "unicorn" not in out and "incredibly personal" not in out
    assert "five rounds" in out
    assert "Kind regards,\nDan" in out


async def test_no_version_it_cannot_trust(quiet_app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    def untrusted(text: str) -> DraftReview:
        return replace(review(text), rewrite="", trusted=False)

    monkeypatch.setattr(care_actions, "review", untrusted)
    out = await _to_rewrite(quiet_app, then="draft.edit")
    assert "couldn't make a calmer version" in out
    assert "Keep the facts" in out and "Drop the lines" in out
    assert "Here's a version" not in out
    assert "write the new version" in out  # they redo it themselves; their draft is kept
