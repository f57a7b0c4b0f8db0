"""The flow a person was last in is named in the language of the turn that shows it, also for
conversations saved when only its title was kept."""

from __future__ import annotations

from bot.app import App
from bot.core.last_flow import LAST_FLOW_ID, LAST_FLOW_TITLE, last_flow, remember_left


def test_a_flow_left_in_english_is_named_in_spanish(app: App) -> None:
    base = app.engine.walker.base
    meta: dict[str, object] = {}
    remember_left(meta, "welcome")
    assert meta == {LAST_FLOW_ID: "welcome"}
    assert last_flow(meta, base, "en") == ("welcome", "First aid after a rejection")
    assert last_flow(meta, base, "es") == (
        "welcome",
        "Primeros auxilios tras un rechazo",
    )


def test_an_older_saved_title_in_either_language_is_named_in_todays(app: App) -> None:
    base = app.engine.walker.base
    assert last_flow({LAST_FLOW_TITLE: "Let it out"}, base, "es") == ("vent", "Desahogarme")
    assert last_flow({LAST_FLOW_TITLE: "Desahogarme"}, base, "en") == ("vent", "Let it out")
    assert last_flow({LAST_FLOW_TITLE: "Something gone"}, base, "en") == ("", "Something gone")
    assert last_flow({}, base, "en") == ("", "")


def test_leaving_again_forgets_the_older_title() -> None:
    meta: dict[str, object] = {LAST_FLOW_TITLE: "Let it out"}
    remember_left(meta, "plan")
    assert meta == {LAST_FLOW_ID: "plan"}
