"""What play-testers found after the draft check booked its check-in: "no i said the day after
tomorrow, in the evening. not tomorrow at 10am" at its "Anything else right now?" moves that
check-in (the day ruled out with "not" is never the new one) and the question is asked again,
never read as "That's all for now"; the same in Spanish with "pasado mañana"."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from bot.app import App
from bot.core.model import UserKey
from bot.store.sql import SqlStore
from tests.checkin_support import rows
from tests.replies import placer, speaker

KEY = UserKey("console", "local", "dani")
place = placer(KEY)


async def pending(app: App) -> list[Any]:
    assert isinstance(app.store, SqlStore)
    return [r for r in await rows(app.store, KEY) if r.status == "pending"]


@pytest.mark.parametrize(
    ("locale", "draft", "hold", "yes", "words", "said", "hour"),
    [
        (
            "en-US",
            "You wasted my time, you clowns. I DEMAND AN EXPLANATION!!!",
            "hold",
            "yes",
            "no i said the day after tomorrow, in the evening. not tomorrow at 10am",
            "I've moved your check-in",
            18,
        ),
        (
            "es-MX",
            "Son unos payasos, me hicieron perder el tiempo. EXIJO UNA EXPLICACION!!!",
            "esperar a mañana",
            "sí",
            "no, te dije pasado mañana en la noche, no mañana a las 10",
            "moví tu seguimiento",
            20,
        ),
    ],
)
async def test_a_no_that_puts_the_draft_checkin_right_moves_it(
    quiet_app: App, locale: str, draft: str, hold: str, yes: str, words: str, said: str, hour: int
) -> None:
    say = speaker(KEY, locale)
    await say(quiet_app, "/draft")
    out = await say(quiet_app, draft)
    if await place(quiet_app) == "draft.pause_offer":
        out = await say(quiet_app, "no")
    assert await place(quiet_app) == "draft.risky", out
    await say(quiet_app, hold)
    assert await place(quiet_app) == "draft.hold_offer"
    await say(quiet_app, yes)
    assert await place(quiet_app) == "draft.after"
    [before] = await pending(quiet_app)
    out = await say(quiet_app, words)
    assert said in out, out
    assert await place(quiet_app) == "draft.after", out
    [row] = await pending(quiet_app)
    old, new = datetime.fromisoformat(before.local_time), datetime.fromisoformat(row.local_time)
    assert ((new.date() - old.date()).days, new.hour) == (1, hour), (old, new)
