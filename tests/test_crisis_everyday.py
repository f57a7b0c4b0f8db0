"""The crisis check on everyday text: plain answers, requests to the bot and angry drafts to
recruiters are not met with "are you having thoughts of ending your life?", while risk words in
a joke, conditional threats and quiet goodbyes still are."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.safety import crisis
from bot.safety.crisis import CLEAR, POSSIBLE, assess
from bot.safety.crisis_model import shipped
from bot.safety.normalise import normalise

DATA = Path(__file__).parent / "data"
EVERYDAY_SETS = (
    "understanding_dev.yaml",
    "understanding_dev2.yaml",
    "understanding_dev3.yaml",
    "understanding_dev4.yaml",
    "drafts_eval.yaml",
    "drafts_rewrite.yaml",
    "drafts_rewrite_dev2.yaml",
    "rewrite_dev3.yaml",
)
"""Development sets of the other features: what people type into the bot and the drafts they
write. None of it was written as a crisis, and none of it is in the crisis model's corpus."""


@pytest.mark.parametrize(
    "text",
    [
        "I want to know why.",
        "ideas would be nice",
        "vivo en Ciudad de México",
        "preparar mejor el caso práctico",
        "Four rounds and you couldn't even call me. Pathetic. I want to know why.",
        "Whatever helps you sleep at night",
        "Just tell me yes or no so I can move on with my life.",
        "You people are wasting candidates time and life. Kindly revert with the reason.",
        "i want to stop",
        "remind me in three months",
    ],
)
def test_everyday_lines_and_angry_drafts_are_not_a_risk(text: str) -> None:
    assert assess(text).level is None


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("i'll shoot myself lol", POSSIBLE),
        ("me pego un tiro jaja", POSSIBLE),
        ("i want to die", CLEAR),
        ("thanks for everything. this is the last time you'll hear from me", CLEAR),
    ],
)
def test_risk_words_still_count(text: str, level: str) -> None:
    assert assess(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "wenn das nicht klappt, bring ich mich um",
        "wenn ich die stelle nicht bekomme bring ich mich um",
    ],
)
def test_a_german_conditional_threat_is_not_read_as_a_denial(text: str) -> None:
    assert assess(text).crisis


def test_one_sentence_speaks_for_the_message_only_beside_a_risk_cue() -> None:
    draft = normalise("Whatever. Pathetic. I want to know why.")
    assert crisis._model_score(draft, sentences=False) == shipped().score_normal(draft)
    goodbye = (
        "Had the final round on Tuesday and they sent a form email about other candidates. "
        "Everyone would be better off without me."
    )
    assert assess(goodbye).crisis  # the cue ("better off without me") lets the sentence count


def test_a_short_line_with_no_risk_cue_needs_a_confident_score() -> None:
    for text in ("i want to add something myself", "lets pick up from last time"):
        found = assess(text)
        assert found.level is None or found.score >= crisis.MODEL_BARE


def test_few_everyday_texts_set_off_the_check() -> None:
    texts = []
    for name in EVERYDAY_SETS:
        items = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["items"]
        texts += [
            str(i.get("text") or i.get("draft")) for i in items if i.get("text") or i.get("draft")
        ]
    flagged = [t for t in texts if assess(t).crisis]
    assert len(texts) > 1000
    assert len(flagged) <= 24, len(flagged)  # 120 with the previous model and rules
