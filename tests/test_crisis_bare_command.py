"""A bare command's crisis check is remembered by its word, and a bare number's by the number:
the same assessment as checking it afresh, whatever the person's crisis memory holds, for every
command word the flows know and every number of one to three digits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.app import App
from bot.safety import bare_command
from bot.safety.crisis import Assessment, CrisisMemory, assess

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
MEMORIES = [
    None,
    CrisisMemory(distress_at=NOW - timedelta(hours=1)),
    CrisisMemory(setback_at=NOW - timedelta(minutes=5), distress_at=NOW - timedelta(hours=2)),
]


def _words(app: App) -> set[str]:
    words: set[str] = {"menu", "help", "stop", "forget", "ayuda", "menú", "salir"}
    flows = app.engine.flows
    for each in (flows, *flows.languages.values()):
        for flow in each.flows.values():
            words.update(c.lstrip("/") for c in flow.triggers.commands)
    return {w for w in words if bare_command.BARE.fullmatch("/" + w)}


async def test_every_command_word_gets_what_a_fresh_check_gives(app: App) -> None:
    checked = bare_command.remembering(assess)
    words = _words(app)
    assert {"rejected", "vent", "menu"} <= words
    for word in sorted(words):
        for memory in MEMORIES:
            for _ in range(2):  # the first answer is worked out, the second remembered
                assert checked(f"/{word}", memory, NOW) == assess(f"/{word}", memory, NOW), word


def test_every_bare_number_gets_what_a_fresh_check_gives() -> None:
    checked = bare_command.remembering(assess)
    numbers = [f"{n:0{width}d}" for width in (1, 2, 3) for n in range(10**width)]
    assert {"1", "2", "07", "911", "000"} <= set(numbers)
    for number in numbers:
        assert bare_command.NUMBER.fullmatch(number)
        for memory in MEMORIES:
            for _ in range(2):
                assert checked(number, memory, NOW) == assess(number, memory, NOW), number


def test_a_command_with_words_after_it_is_checked_afresh() -> None:
    seen: list[str] = []

    def fake(
        text: str, memory: CrisisMemory | None = None, now: datetime | None = None
    ) -> Assessment:
        seen.append(text)
        return Assessment()

    checked = bare_command.remembering(fake)
    for _ in range(2):
        checked("/vent i want to die")
        checked("/vent")
    assert seen == ["/vent i want to die", "/vent", "/vent i want to die"]


@pytest.mark.parametrize("text", ["/rejected", "/REJECTED", " /menu", "/menu now"])
def test_only_a_bare_lower_case_word_is_remembered(text: str) -> None:
    assert (bare_command.BARE.fullmatch(text) is not None) == (text in ("/rejected",))


@pytest.mark.parametrize("text", ["2", "911", "1000", " 2", "2.", "2 please", "²", "٣", "-1"])
def test_only_a_bare_number_of_up_to_three_digits_is_remembered(text: str) -> None:
    assert (bare_command.NUMBER.fullmatch(text) is not None) == (text in ("2", "911"))
