"""A train is a risk topic only as a means (in front of one, one that doesn't stop), never as the
commute where someone wrote their notes."""

from __future__ import annotations

import pytest

from bot.safety.crisis import assess


@pytest.mark.parametrize(
    "text",
    [
        "i already did the interview review thing, wrote it all down on the train. mark it done",
        "j'ai relu mes notes dans le train avant l'entretien",
    ],
)
def test_the_commute_is_everyday(text: str) -> None:
    assert assess(text).level is None


@pytest.mark.parametrize(
    "text",
    [
        "i keep thinking about stepping in front of a train",
        "le train de 18h ne s'arrête pas ici, je suis sur le quai de la gare",
    ],
)
def test_a_train_as_a_means_is_still_heard(text: str) -> None:
    assert assess(text).level is not None
