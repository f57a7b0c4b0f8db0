"""What a typed answer says after opening with an option's words, read the same in a turn or not."""

from __future__ import annotations

from bot.flows.model import ChoiceOption, Target
from bot.primitives.turn_memo import new_turn
from bot.understanding.wording import words_after

MORE = ChoiceOption("more", "There's more", Target(kind="step", step="more"), ("more",))
ADD = ChoiceOption("add", "Add my own step", Target(kind="step", step="add"), ("add",))
CASES = [
    (MORE, "theres more, honestly i keep thinking about it", "honestly i keep thinking about it"),
    (ADD, "theres more, honestly i keep thinking about it", ""),
    (ADD, "add: update linkedin", "update linkedin"),
    (MORE, "add: update linkedin", ""),
    (ADD, "well add 'call my sister'", "call my sister"),
    (ADD, "add it to my plan please", ""),  # goes on with the option: no answer of its own
    (MORE, "There's more", ""),
    (MORE, "", ""),
]


def test_words_after_an_option_outside_a_turn() -> None:
    for option, text, rest in CASES:
        assert words_after(option, text) == rest, (option.id, text)


def test_words_after_each_option_of_the_same_answer_within_one_turn() -> None:
    new_turn()
    for option, text, rest in CASES:  # the same texts at several options, read once a turn
        assert words_after(option, text) == rest, (option.id, text)
    new_turn()
    for option, text, rest in reversed(CASES):
        assert words_after(option, text) == rest, (option.id, text)
