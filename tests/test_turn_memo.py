"""Answers remembered within one turn only: a repeat in the same turn is not worked out again, a
new turn (or no turn at all) works it out afresh, and what a caller changes is never shared. A
bare number's or slash command's answer, where it is kept across turns, is the one the function
itself gives."""

from __future__ import annotations

import asyncio
import contextvars
from collections.abc import Callable

import pytest

from bot.primitives import turn_memo
from bot.primitives.turn_memo import (
    COMMAND,
    NUMBER,
    new_turn,
    within_turn,
    within_turn_numbers_kept,
)
from bot.understanding import mood, situation, wording

NUMBERS = [f"{n:0{width}d}" for width in (1, 2, 3) for n in range(10**width)]
"""Every bare number of one to three digits."""
COMMANDS = ["/rejected", "/menu", "/ayuda", "/loop", "/help", "/stop", "/checkins", "/x", "/a_b"]
COMMANDS += ["/" + "z" * 30, "/mis_datos", "/olvidame", "/vent", "/plan"]
"""Bare slash commands, as platforms send them."""
KEPT = (situation._facts, situation._answered, wording._words_of, mood._polarity)
"""Every reader whose answers for a bare number are kept across turns."""


def counting() -> tuple[list[str], Callable[[str], str]]:
    seen: list[str] = []

    @within_turn
    def upper(text: str) -> str:
        seen.append(text)
        return text.upper()

    return seen, upper


def test_a_repeat_within_a_turn_is_remembered() -> None:
    seen, upper = counting()

    async def turn() -> None:
        new_turn()
        assert [upper("a"), upper("a"), upper("b"), upper("a")] == ["A", "A", "B", "A"]

    asyncio.run(turn())
    assert seen == ["a", "b"]


def test_a_new_turn_works_it_out_again() -> None:
    seen, upper = counting()

    async def two_turns() -> None:
        new_turn()
        upper("a")
        new_turn()
        upper("a")

    asyncio.run(two_turns())
    assert seen == ["a", "a"]


def test_outside_a_turn_nothing_is_remembered() -> None:
    seen, upper = counting()

    def outside() -> None:
        upper("a")
        upper("a")

    contextvars.Context().run(outside)  # no turn was ever started in this context
    assert seen == ["a", "a"]


def test_turns_of_other_tasks_do_not_share() -> None:
    seen, upper = counting()

    async def one() -> None:
        new_turn()
        upper("a")
        await asyncio.sleep(0)
        upper("a")

    async def both() -> None:
        await asyncio.gather(one(), one())

    asyncio.run(both())
    assert seen.count("a") >= 2  # each task's turn works it out for itself


def test_facts_picked_up_are_a_fresh_dict_each_time() -> None:
    text = "they turned me down after the final round, by email, 2 days ago"
    outside = situation.pick_up(text)

    async def turn() -> None:
        new_turn()
        first = situation.pick_up(text)
        assert first == outside
        first["stage"] = "changed"
        assert situation.pick_up(text) == outside
        assert situation.disagrees(text, {"stage": "changed"})

    asyncio.run(turn())


def test_a_bare_number_is_kept_across_turns_and_nothing_else() -> None:
    seen: list[str] = []

    @within_turn_numbers_kept
    def upper(text: str) -> str:
        seen.append(text)
        return text.upper()

    async def two_turns() -> None:
        for _ in range(2):
            new_turn()
            said = [upper(t) for t in ("2", "2", "2a", "1234", "²")]
            assert said == ["2", "2", "2A", "1234", "²"]

    asyncio.run(two_turns())
    contextvars.Context().run(upper, "2")
    assert seen == ["2", "2a", "1234", "²", "2a", "1234", "²"]
    assert all(NUMBER.fullmatch(n) for n in NUMBERS) and len(set(NUMBERS)) == 1110


def test_the_readers_give_a_kept_number_what_they_work_out_afresh() -> None:
    async def turns() -> None:
        for _ in range(2):  # the first turn works each number out, the second remembers it
            new_turn()
            for reader in KEPT:
                for number in NUMBERS:
                    assert reader(number) == reader.__wrapped__(number), (reader, number)

    asyncio.run(turns())


def test_a_bare_slash_command_is_kept_across_turns_and_nothing_like_it() -> None:
    seen: list[str] = []

    @within_turn_numbers_kept
    def upper(text: str) -> str:
        seen.append(text)
        return text.upper()

    others = ("/Rejected", "/rejected now", "/", "/" + "z" * 31, "rejected", "/reject3d")

    async def two_turns() -> None:
        for _ in range(2):
            new_turn()
            assert [upper(t) for t in ("/rejected", *others)] == [
                t.upper() for t in ("/rejected", *others)
            ]

    asyncio.run(two_turns())
    assert seen == ["/rejected", *others, *others]
    assert all(COMMAND.fullmatch(c) for c in COMMANDS)
    assert not any(COMMAND.fullmatch(o) for o in others)


def test_past_the_limit_the_kept_answers_start_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(turn_memo, "KEPT", 3)
    seen: list[str] = []

    @within_turn_numbers_kept
    def upper(text: str) -> str:
        seen.append(text)
        return text.upper()

    for text in ("1", "2", "/a", "/b", "1", "/b"):
        assert upper(text) == text.upper()
    assert seen == ["1", "2", "/a", "/b", "1"]


def test_the_readers_give_a_kept_command_what_they_work_out_afresh() -> None:
    async def turns() -> None:
        for _ in range(2):  # the first turn works each command out, the second remembers it
            new_turn()
            for reader in KEPT:
                for command in COMMANDS:
                    assert reader(command) == reader.__wrapped__(command), (reader, command)

    asyncio.run(turns())
