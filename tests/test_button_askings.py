"""Buttons remember which asking of a question they belong to, on both platforms, so a button
left over from an earlier time the same step was asked counts as passed."""

from __future__ import annotations

from bot.adapters.discord.custom_ids import NameBook, decode_choice, encode_choice
from bot.adapters.slack.events import decode_button, encode_button
from bot.core.model import StepRef


def test_slack_buttons_carry_the_asking() -> None:
    at = StepRef("welcome", "feel", 7)
    action_id, value = encode_button(at, "low", 0)
    assert decode_button(action_id, value) == (at, "low")


def test_slack_buttons_without_an_asking_still_decode() -> None:
    action_id, value = encode_button(StepRef("welcome", "feel"), "low", 0)
    assert decode_button(action_id, value) == (StepRef("welcome", "feel", 0), "low")


def test_discord_custom_ids_carry_the_asking_within_100_characters() -> None:
    book = NameBook()
    at = StepRef("a_rather_long_flow_name_" * 2, "and_a_long_step_name_" * 2, 123456)
    custom_id = encode_choice("123456789012345678", at, "option_with_a_long_name", book)
    assert len(custom_id) <= 100
    decoded = decode_choice(custom_id, book)
    assert decoded is not None and decoded.at == at and decoded.option == "option_with_a_long_name"


def test_discord_custom_ids_from_before_the_asking_still_decode() -> None:
    decoded = decode_choice("bb1:c:42:vent:heard:more", NameBook())
    assert decoded is not None and decoded.at == StepRef("vent", "heard", 0)
