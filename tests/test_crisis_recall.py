"""Crisis detection beyond the labelled set: community shorthand, risk words wrapped in a joke,
a figure of speech explained in another language, and one worrying sentence among job talk."""

from __future__ import annotations

import pytest

from bot.safety import crisis, lexicon
from bot.safety.crisis import POSSIBLE, assess
from bot.safety.crisis_model import shipped
from bot.safety.normalise import normalise


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("relapsed and got the sh box out tonight", lexicon.SELF_HARM),
        ("i sh'd for the first time in a year", lexicon.SELF_HARM),
        ("been digging my nails into my arms after every call", lexicon.SELF_HARM),
        ("my ideation is back since the layoff", lexicon.CODED),
        ("passive si again, nothing new", lexicon.CODED),
    ],
)
def test_community_shorthand_is_a_cue(text: str, category: str) -> None:
    found = assess(text)
    assert found.crisis and category in found.categories, found


@pytest.mark.parametrize(
    "text", ["the ideation phase of the sprint went well", "sh, the baby is asleep"]
)
def test_shorthand_look_alikes_are_not(text: str) -> None:
    assert not assess(text).crisis


def test_a_joke_marker_lowers_the_bar_to_a_possible_risk() -> None:
    assert crisis.MODEL_JOKE < crisis.MODEL_POSSIBLE
    level, reasons = crisis._level((), crisis.MODEL_JOKE, joking=True)
    assert level == POSSIBLE and crisis.REASON_JOKING in reasons
    assert crisis._level((), crisis.MODEL_JOKE, joking=False) == (None, [])
    assert crisis._level((), crisis.MODEL_JOKE, joking=True, figure=True) == (None, [])


@pytest.mark.parametrize(
    "text",
    [
        "cuando dije 'me quiero morir' era una forma de hablar, estoy bien",
        "das mit 'ich will sterben' war nur so dahingesagt, alles gut",
    ],
)
def test_a_figure_of_speech_explained_outside_english_is_not_flagged(text: str) -> None:
    assert not assess(text).crisis


def test_the_same_words_without_the_explanation_still_are() -> None:
    assert assess("me quiero morir, estoy harta").crisis
    assert assess("ich will sterben, echt jetzt").crisis


def test_one_confident_sentence_is_not_diluted_by_job_talk() -> None:
    text = normalise(
        "Had the final round on Tuesday with the VP, the panel and the team lead. They said "
        "they would call by Friday and then sent a form email about other candidates, the "
        "recruiter did not even sign it. Everyone would be better off without me."
    )
    assert shipped().score_normal(text) < crisis.MODEL_POSSIBLE  # the whole message, diluted
    assert crisis._model_score(text) >= crisis.SENTENCE_SCORE
    assert assess(text).crisis
