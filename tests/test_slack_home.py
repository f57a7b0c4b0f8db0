"""The App Home view: a pure function of plain data, checked without Slack."""

from __future__ import annotations

import json
from typing import Any

from bot.adapters.slack.events import decode_home_action
from bot.adapters.slack.home import (
    HomeCheckin,
    HomeData,
    HomeMood,
    HomePlanItem,
    HomeSettings,
    home_view,
    sparkline,
)


def _texts(view: dict[str, Any]) -> str:
    return json.dumps(view, ensure_ascii=False)


def _actions(view: dict[str, Any]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for block in view["blocks"]:
        elements = block.get("elements", []) if block["type"] == "actions" else []
        if "accessory" in block:
            elements = [block["accessory"]]
        for el in elements:
            if el.get("type") == "button":
                decoded = decode_home_action(el["action_id"])
                assert decoded is not None, el
                out.append(decoded)
    return out


FULL = HomeData(
    checkins=(
        HomeCheckin("7", "How are you doing?", "Tue 3 Mar, 10:00"),
        HomeCheckin("9", "Did you hear back?", "Fri 6 Mar, 10:00"),
    ),
    plan=(HomePlanItem("Ask for feedback", True), HomePlanItem("<!channel> thank them", False)),
    moods=(HomeMood("1 Mar", 1), HomeMood("2 Mar", 3), HomeMood("3 Mar", 5)),
    settings=HomeSettings(tz="Europe/London", tz_from_profile=True),
    resources=("Call or text 988", "Samaritans 116 123"),
)


def test_the_home_says_what_the_bot_is_and_promises_privacy() -> None:
    view = home_view(FULL)
    assert view["type"] == "home"
    text = _texts(view)
    assert "bot, not a therapist or a crisis service" in text
    assert "workspace admins can't see" in text
    assert "Call or text 988" in text and "Samaritans 116 123" in text


def test_checkins_have_cancel_buttons_and_a_pause() -> None:
    actions = _actions(home_view(FULL))
    assert ("cancel", "7") in actions and ("cancel", "9") in actions
    assert ("pause", "") in actions and ("checkins", "") in actions
    assert ("resume", "") not in actions
    text = _texts(home_view(FULL))
    assert "Tue 3 Mar, 10:00" in text and "How are you doing?" in text


def test_a_paused_person_is_offered_resume() -> None:
    data = HomeData(settings=HomeSettings(paused_until="1 Dec 2026"))
    actions = _actions(home_view(data))
    assert ("resume", "") in actions and ("pause", "") not in actions
    assert "paused until 1 Dec 2026" in _texts(home_view(data))


def test_plan_items_are_escaped_and_ticked() -> None:
    text = _texts(home_view(FULL))
    assert "☑  Ask for feedback" in text
    assert "☐  &lt;!channel&gt; thank them" in text
    assert "<!channel>" not in text
    assert "1 of 2 done" in text


def test_mood_trend_and_settings() -> None:
    text = _texts(home_view(FULL))
    assert "▁▅█" in text and "1 Mar to 3 Mar" in text
    assert "London, United Kingdom" in text and "from your Slack profile" in text
    assert "Europe/London" not in text  # the zone is named for people, not by its database id
    assert "21:00 to 09:00" in text
    assert ("settings", "") in _actions(home_view(FULL))


def test_an_empty_home_explains_what_to_do() -> None:
    text = _texts(home_view(HomeData()))
    assert "Nothing planned" in text
    assert "No steps yet" in text
    assert "No mood check-ins yet" in text
    off = _texts(home_view(HomeData(checkins_known=False)))
    assert "aren't switched on" in off


def test_the_view_stays_within_slack_limits() -> None:
    many = HomeData(
        checkins=tuple(HomeCheckin(str(i), "x" * 200, "when") for i in range(40)),
        plan=tuple(HomePlanItem("p" * 300) for i in range(60)),
        moods=tuple(HomeMood(str(i), i % 5 + 1) for i in range(90)),
    )
    view = home_view(many)
    assert len(view["blocks"]) <= 100
    for block in view["blocks"]:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= 3000
    assert "…and 30 more" in _texts(view)


def test_sparkline() -> None:
    assert sparkline([1, 2, 3, 4, 5]) == "▁▃▅▆█"
    assert sparkline([0, 9]) == "▁█"
    assert sparkline([]) == ""
