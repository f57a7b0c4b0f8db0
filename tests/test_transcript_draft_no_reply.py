"""Play-testers' findings at the draft brake, over the real bot and flows: not replying at all
("i'm not sending anything", "definitely not send mine", "no voy a mandar nada") is understood
and respected, never taken as "Send mine anyway" nor recorded as sent; and "i did NOT send them
anything" after a wrong "sent" puts it right, so the plan no longer says they just wrote. At the
next day's check-in on the draft, the same words leave it unsent."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import UserKey
from bot.understanding.unsent import not_sending, sends, unsent
from tests.placing import put_at
from tests.replies import placer, speaker

KEY = UserKey("console", "local", "quiet-drafter")
say = speaker(KEY)
place = placer(KEY)
ANGRY = (
    "Hi Sam, you wasted four rounds of my time, this is a joke and your process is a disgrace. "
    "Regards, Alex"
)
FINE = "Not replying at all is a fine choice"
SENT_LINES = ("before you press send", "it's sent", "Did you mean", "Read it once more")
JUST_SENT = "You've just sent them your message"


async def _at_decide(app: App) -> None:
    await say(app, "draft")
    await say(app, ANGRY)
    if await place(app) == "draft.pause_offer":
        await say(app, "no, look at it now")
    await say(app, "show me the calmer version")
    assert await place(app) == "draft.decide"


async def _at_brake(app: App) -> None:
    await _at_decide(app)
    await say(app, "send it")
    assert await place(app) == "draft.send_brake"


@pytest.mark.parametrize(
    "typed",
    [
        "neither. i'm not sending anything. can i just not reply at all?",
        "NO. definitely not send mine. i mean i want to not reply at all",
        "i don't want to reply at all",
    ],
)
async def test_not_replying_at_the_brake_is_no_send(quiet_app: App, typed: str) -> None:
    await _at_brake(quiet_app)
    out = await say(quiet_app, typed)
    assert FINE in out
    assert not any(s in out for s in SENT_LINES)
    assert await place(quiet_app) == "draft.after"
    out = await say(quiet_app, "plan my next steps")
    assert JUST_SENT not in out


async def test_not_sending_at_the_send_question(quiet_app: App) -> None:
    await _at_decide(quiet_app)
    out = await say(quiet_app, "i think i'll just not send anything")
    assert FINE in out
    assert "It's your call" not in out
    assert await place(quiet_app) == "draft.after"
    out = await say(quiet_app, "that's all for now")
    assert "Holding back" in out  # held back, not sent
    await say(quiet_app, "draft")
    assert await place(quiet_app) == "draft.held"  # the draft is kept, unsent


async def test_not_replying_is_an_option_at_the_brake(quiet_app: App) -> None:
    await _at_brake(quiet_app)
    out = await say(quiet_app, "Not reply at all")
    assert FINE in out
    assert await place(quiet_app) == "draft.after"


async def test_spanish_no_voy_a_mandar_nada(quiet_app: App) -> None:
    await _at_decide(quiet_app)
    out = await say(quiet_app, "no voy a mandar nada")
    assert FINE in out
    assert await place(quiet_app) == "draft.after"


async def test_i_did_not_send_it_puts_a_wrong_sent_right(quiet_app: App) -> None:
    await _at_brake(quiet_app)
    await say(quiet_app, "send mine anyway")
    assert await place(quiet_app) == "draft.after"
    out = await say(quiet_app, "plan my next steps")
    assert JUST_SENT in out
    out = await say(quiet_app, "wait i did NOT send them anything")
    assert "Nothing was sent" in out
    assert "this space is yours" not in out
    assert await place(quiet_app) == "draft.after"
    out = await say(quiet_app, "plan my next steps")
    assert JUST_SENT not in out
    await say(quiet_app, "menu")
    await say(quiet_app, "draft")
    assert await place(quiet_app) == "draft.held"  # kept again, unsent


@pytest.mark.parametrize(
    "typed",
    [
        "not tonight",
        "i havent sent it yet",
        "im not sending it yet",
        "i dont want to send the calmer one",
        "no, i'm sending mine",
        "send it",
    ],
)
def test_waiting_or_sending_is_no_refusal(typed: str) -> None:
    assert not not_sending(typed)


@pytest.mark.parametrize(
    "typed", ["wait i did NOT send them anything", "i never sent it", "no mandé nada"]
)
def test_nothing_sent(typed: str) -> None:
    assert unsent(typed)


@pytest.mark.parametrize("typed", ["im not sending anything, that was me venting", "not a draft"])
def test_no_draft_at_all_is_left_to_the_no_draft_check(typed: str) -> None:
    assert not not_sending(typed)


@pytest.mark.parametrize("step", ["how", "brake"])
@pytest.mark.parametrize(
    "typed", ["i'm not sending anything", "definitely not send mine", "i dont want to reply at all"]
)
async def test_not_sending_at_the_next_days_checkin_leaves_it_unsent(
    quiet_app: App, step: str, typed: str
) -> None:
    await put_at(quiet_app, KEY, "checkin_draft", step, asked=True)
    out = await say(quiet_app, typed)
    assert "That's a fair choice too" in out
    assert "press send" not in out


@pytest.mark.parametrize(
    ("flow", "step"), [("draft", "send_brake"), ("draft", "decide"), ("checkin_draft", "brake")]
)
@pytest.mark.parametrize(
    "typed", ["i'm not sending anything", "definitely not send mine", "i dont want to send it"]
)
def test_a_negated_send_never_matches_a_send_option(
    quiet_app: App, flow: str, step: str, typed: str
) -> None:
    found_flow = quiet_app.engine.walker.flows.get(flow)
    assert found_flow is not None
    at = found_flow.steps[step]
    found = quiet_app.engine.answers.matcher.match(flow, at, typed)
    assert found.option is None or not sends(found.option)
    assert not any(sends(o) for o in found.candidates or ())
