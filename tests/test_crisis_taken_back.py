"""A word said earlier and explained ("when I said I wanted to disappear I meant moving away")
is not asked about again, in six languages; "I meant it" still is.
"""

from __future__ import annotations

import pytest

from bot.safety.crisis import assess

TAKEN_BACK = [
    "lol no i'm fine, when i said i wanted to die i meant the interview was awful",
    "cuando dije que quería desaparecer me refería a irme a vivir a otro país, estoy bien",
    "quand j'ai dit que je voulais disparaître je parlais de partir vivre à Lyon, ça va",
    "quando eu disse que queria sumir eu quis dizer mudar de cidade, tô bem",
]

MEANT_IT = [
    "when i said i wanted to die i meant it",
    "when i said i want to kill myself i meant that literally",
]


@pytest.mark.parametrize("text", TAKEN_BACK)
def test_a_word_explained_is_not_asked_about(text: str) -> None:
    assert assess(text).level is None


@pytest.mark.parametrize("text", MEANT_IT)
def test_a_word_meant_is_still_a_crisis(text: str) -> None:
    assert assess(text).level is not None
