"""What play-testers found holding a draft unsent, kept fixed over the real bot and flows:
"delete the draft" (or "borra el borrador") deletes that draft alone, with a line saying nothing
was sent, from the draft flow's questions or anywhere else; "forget" is not needed for it, and
with no draft held the bot says there is nothing to delete."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import UserKey
from tests.replies import placer, speaker

KEY = UserKey("console", "local", "pat")
say = speaker(KEY)
decir = speaker(KEY, "es-MX")
place = placer(KEY)
ANGRY = "You idiots wasted four rounds of my time and I hope your company fails."


async def held(app: App) -> None:
    await say(app, "/draft")
    await say(app, ANGRY)
    out = await say(app, "hold it")
    assert "Leave it unsent" in out, out


@pytest.mark.parametrize("words", ["delete the draft", "remove my draft please", "delete it"])
async def test_delete_the_draft_after_holding_it(quiet_app: App, words: str) -> None:
    await held(quiet_app)
    out = await say(quiet_app, words)
    assert "I've deleted that draft. Nothing was sent." in out, out
    assert "erase everything" not in out, out
    assert await place(quiet_app) == "draft.after"
    out = await say(quiet_app, "/draft")
    assert "still here, unsent" not in out and "Paste or type" in out, out


async def test_delete_the_draft_from_the_menu(quiet_app: App) -> None:
    await held(quiet_app)
    await say(quiet_app, "menu")
    out = await say(quiet_app, "delete my draft")
    assert "I've deleted that draft" in out and "What would you like to do?" in out, out
    assert await place(quiet_app) == "menu.choose"
    out = await say(quiet_app, "delete the draft")
    assert "nothing to delete" in out, out


async def test_borra_el_borrador(quiet_app: App) -> None:
    await held(quiet_app)
    await say(quiet_app, "menu")
    out = await decir(quiet_app, "borra el borrador")  # the conversation stays in English
    assert "I've deleted that draft" in out, out


async def test_the_held_drafts_own_delete_option_still_answers(quiet_app: App) -> None:
    await held(quiet_app)
    await say(quiet_app, "menu")
    out = await say(quiet_app, "/draft")
    assert "still here, unsent" in out, out
    out = await say(quiet_app, "delete it")
    assert "Done, I've deleted it. Nothing was sent." in out, out
