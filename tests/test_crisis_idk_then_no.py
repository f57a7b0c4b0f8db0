"""The direct question ("are you having thoughts of ending your life?") answered with a no and a
reason ("no. just tired") is a no, and back to where the person was; the same said after an
"idk" first ("idk. no. just tired") stays "not sure": the person said they did not know before
saying no, and only a clear no counts as no (nothing read as unsure ever becomes no)."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import UserKey
from tests.placing import put_at
from tests.replies import placer, speaker

KEY = UserKey("console", "local", "pat")
say = speaker(KEY)
place = placer(KEY)


@pytest.mark.parametrize("words", ["no. just tired", "nah just tired", "no, just exhausted"])
async def test_a_no_with_just_tired_is_a_no(quiet_app: App, words: str) -> None:
    await put_at(quiet_app, KEY, "crisis_check", "ask", asked=True)
    out = await say(quiet_app, words)
    assert "Are you safe right now?" not in out, out
    assert not (await place(quiet_app)).startswith("crisis")


async def test_idk_first_then_no_stays_not_sure(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "crisis_check", "ask", asked=True)
    await say(quiet_app, "idk. no. just tired")
    assert (await place(quiet_app)).startswith("crisis.")
