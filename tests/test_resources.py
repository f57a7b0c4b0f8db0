"""Crisis resources: the shipped file, locale fallbacks, text-or-chat first, and humane errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.context import Services
from bot.safety.resources import (
    BUILTIN,
    Line,
    Resources,
    ResourcesError,
    load_resources,
    parse_resources,
    resources_message,
)
from bot.safety.resources import format_resources as fmt

SHIPPED = Path(__file__).resolve().parent.parent / "dialogues" / "resources.yaml"


@pytest.fixture(scope="module")
def shipped() -> Resources:
    return load_resources(SHIPPED)


def test_us_lines_text_or_chat_first_and_911(shipped: Resources) -> None:
    res = shipped.for_locale("en-US")
    assert res.locale == "en-US" and res.emergency == "911"
    text = fmt(res)
    assert "text or call 988" in text and "chat at 988lifeline.org" in text
    assert "text HOME to 741741" in text
    assert text.splitlines()[-1] == "• In an emergency, call 911."
    assert all(line.text_or_chat for line in res.lines)


@pytest.mark.parametrize("locale", ["en-GB", "en-IE"])
def test_uk_and_ireland_have_samaritans_and_emergency(shipped: Resources, locale: str) -> None:
    res = shipped.for_locale(locale)
    text = fmt(res)
    assert "Samaritans: call 116 123 (free, 24/7)" in text
    assert "999" in res.emergency and "112" in res.emergency
    assert res.lines[0].text_or_chat, "a text option comes first"
    assert text.index("text ") < text.index("call 116 123")
    if locale == "en-GB":
        assert "85258" in text


def test_default_points_to_findahelpline(shipped: Resources) -> None:
    text = fmt(shipped.for_locale("ja-JP"))
    assert "findahelpline.com" in text
    assert "your local emergency number" in text


@pytest.mark.parametrize(
    ("asked", "picked"),
    [
        ("en-US", "en-US"),
        ("en_us", "en-US"),
        ("EN-gb", "en-GB"),
        ("es-US", "en-US"),  # same region
        ("ga-IE", "en-IE"),
        ("en", "default"),
        ("en-AU", "default"),
        ("", "default"),
        ("garbage!!", "default"),
    ],
)
def test_locale_fallbacks(shipped: Resources, asked: str, picked: str) -> None:
    assert shipped.for_locale(asked).locale == picked


def test_language_fallback_before_region() -> None:
    res = parse_resources(
        """
locales:
  en: {emergency: "112", lines: [{name: English line, chat: chat.example}]}
  en-US: {emergency: "911", lines: [{name: US line, text: "988"}]}
  default: {emergency: local, lines: [{name: Finder, web: find.example}]}
"""
    )
    assert res.for_locale("en-US").locale == "en-US"
    assert res.for_locale("en-NZ").locale == "en"
    assert res.for_locale("de-DE").locale == "default"


def test_builtin_matches_the_shipped_file(shipped: Resources) -> None:
    for locale in ("en-US", "en-GB", "en-IE", "de"):
        assert BUILTIN.for_locale(locale) == shipped.for_locale(locale)


def test_text_or_chat_lines_come_first_and_extras_last() -> None:
    res = parse_resources(
        """
locales:
  default:
    emergency: "000"
    lines:
      - {name: Phone only, call: "13 11 14"}
      - {name: Chat line, chat: chat.example}
      - {name: Text line, text: "0477 13 11 14"}
extras:
  - name: Campus counselling
    call: 0800 123 456
    hours: weekdays 9 to 5
  - {name: Staff EAP, call: "1800 000 000"}
"""
    )
    names = [line.name for line in res.for_locale("x").lines]
    assert names == ["Chat line", "Text line", "Phone only", "Campus counselling", "Staff EAP"]
    text = fmt(res.for_locale("x"))
    assert "• Campus counselling: call 0800 123 456 (weekdays 9 to 5)" in text
    assert "0477 13 11 14" in text  # numbers keep their leading zero and spaces


def test_contacts_per_platform() -> None:
    res = parse_resources(
        """
locales:
  default: {emergency: local, lines: [{name: Finder, web: find.example}]}
contact:
  name: the careers team
  slack: C0123
  discord: "123456789012345678"
"""
    )
    slack = res.contact_for("slack")
    assert slack is not None and slack.target == "C0123" and slack.name == "the careers team"
    discord = res.contact_for("discord")
    assert discord is not None and discord.target == "123456789012345678"
    assert res.contact_for("console") is None
    assert (
        parse_resources(
            "locales: {default: {emergency: x, lines: [{name: n, web: w}]}}"
        ).contact_for("slack")
        is None
    )


def test_line_descriptions() -> None:
    assert Line("A", text="988", call="988").describe() == "A: text or call 988"
    assert Line("B", call="116 123", hours="24/7").describe() == "B: call 116 123 (24/7)"
    assert Line("C", text="HI to 1", chat="c.example", call="2").describe() == (
        "C: text HI to 1, or chat at c.example, or call 2"
    )


def test_resources_message_falls_back_to_builtin() -> None:
    services = Services()
    assert "988" in resources_message(services, "en-US")
    custom = parse_resources(
        "locales: {default: {emergency: '000', lines: [{name: Z, call: '1'}]}}"
    )
    services.add(custom)
    assert resources_message(services, "en-US") == "• Z: call 1\n• In an emergency, call 000."


BROKEN = """\
locales:
  en-US:
    emergency: "911"
    lines:
      - name: Lifeline
        txt: "988"
  english:
    emergency: "1"
    lines: [{name: x, web: y}]
  en-GB:
    lines: []
extras:
  - hours: 24/7
contact:
  slak: C1
colour: blue
"""


def test_every_problem_is_reported_with_file_line_col() -> None:
    with pytest.raises(ResourcesError) as caught:
        parse_resources(BROKEN, "resources.yaml")
    lines = str(caught.value).splitlines()
    expected = [
        "resources.yaml:6:9: unknown key 'txt' in a line; did you mean `text`?",
        "resources.yaml:5:9: a line has no way to reach it",
        "resources.yaml:7:3: 'english' is not a locale tag",
        "resources.yaml:10:3: locale 'en-GB' has no `emergency` number",
        "resources.yaml:11:12: locale 'en-GB' has an empty list of lines",
        "resources.yaml:2:3: there is no `default` locale",
        "resources.yaml:13:5: a line has no `name`",
        "resources.yaml:13:5: a line has no way to reach it",
        "resources.yaml:15:3: unknown key 'slak' in `contact`",
        "resources.yaml:15:3: the contact has no `name`",
        "resources.yaml:15:3: the contact has no platform id",
        "resources.yaml:16:1: unknown key 'colour' in the file",
    ]
    for want in expected:
        assert any(line.startswith(want) for line in lines), (want, lines)
    assert all(";" in line for line in lines), "every problem says how to fix it"
    assert len(lines) == len(expected)


def test_syntax_error_and_empty_file(tmp_path: Path) -> None:
    bad = tmp_path / "resources.yaml"
    bad.write_text("locales:\n  en-US: [unclosed\n", encoding="utf-8")
    with pytest.raises(ResourcesError, match=r"resources.yaml:\d+:\d+: YAML syntax error"):
        load_resources(bad)
    bad.write_text("", encoding="utf-8")
    with pytest.raises(ResourcesError, match=r"resources\.yaml:1:1: the file is empty"):
        load_resources(bad)
    with pytest.raises(ResourcesError, match="cannot read the file"):
        load_resources(tmp_path / "missing.yaml")


def test_duplicate_keys_are_reported() -> None:
    with pytest.raises(ResourcesError, match="3:1: duplicate key 'locales'"):
        parse_resources(
            "locales: {default: {emergency: x, lines: [{name: n, web: w}]}}\n\nlocales: {}\n"
        )
