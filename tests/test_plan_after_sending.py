"""After someone sends the draft the review flagged ("Send mine anyway", or "i already sent the
angry one"), the plan does not suggest writing to that employer again right away: no feedback
request, no thank-you note, said once and without blame."""

from __future__ import annotations

from bot.app import App
from bot.core.model import UserKey
from tests.replies import placer, speaker

KEY = UserKey("console", "plan-after-sending", "p")
HOSTILE = "you people are a joke, 4 rounds and a take-home and you ghost me. pathetic."
LEFT_OUT = "I'll leave out the steps that write to them again"

say = speaker(KEY)
place = placer(KEY)


async def _plan_after(app: App, *, send: bool) -> str:
    await say(app, "/draft")
    await say(app, HOSTILE)
    assert "A few parts may land badly" in await say(app, "no, look at it now")
    if send:
        assert "Would you rather send the calmer version" in await say(app, "send it anyway")
        assert "your choice" in await say(app, "send mine anyway")
        return await say(app, "plan my next steps")
    await say(app, "back to menu")
    return await say(app, "/plan")


async def test_no_feedback_or_thank_you_step_right_after_sending_the_flagged_draft(
    quiet_app: App,
) -> None:
    out = await _plan_after(quiet_app, send=True)
    assert LEFT_OUT in out
    assert "ask them for feedback" not in out
    assert await place(quiet_app) == "plan.review"


async def test_a_draft_not_sent_leaves_the_contact_steps_in(quiet_app: App) -> None:
    out = await _plan_after(quiet_app, send=False)
    assert LEFT_OUT not in out
    assert "ask them for feedback" in out
