"""A message read twice in one turn (the feelings it names, VADER's scores, the mood in words) is
answered from memory with exactly what reading it afresh gives, on every answer of the
development sets, in each language with a lexicon."""

from __future__ import annotations

import contextvars
from pathlib import Path

import pytest
import yaml

from bot.i18n import use_language
from bot.primitives.turn_memo import new_turn
from bot.understanding import mood
from bot.understanding.feelings import Lexicon, Reading

HERE = Path(__file__).resolve().parent
TEXTS = sorted(
    {
        str(item["text"])
        for path in sorted((HERE / "data").glob("understanding_dev*.yaml"))
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["items"]
    }
    | {
        "I keep replaying the interview in my head",
        "they said they went with another candidate",
        "it stings, I really wanted that one",
        "I didn't get the job",
        "hi again. still feel bad",
    }
)

Read = tuple[Reading, tuple[int, float] | None, float]


def _read_all(lexicon: Lexicon, fresh: bool) -> list[Read]:
    read = lexicon._read if fresh else lexicon.read
    return [(read(t), mood.mood_score(t), mood.sentiment(t)) for t in TEXTS]


def _in_a_turn(code: str) -> tuple[list[Read], list[Read], list[Read]]:
    use_language(code)
    lexicon = Lexicon.load()
    fresh = _read_all(lexicon, fresh=True)  # outside a turn nothing is remembered
    new_turn()
    return fresh, _read_all(lexicon, fresh=False), _read_all(lexicon, fresh=False)


@pytest.mark.parametrize("code", ["en", "es"])
def test_a_reading_in_a_turn_is_the_fresh_one(code: str) -> None:
    fresh, first, again = contextvars.copy_context().run(_in_a_turn, code)
    assert first == fresh
    assert again == fresh
