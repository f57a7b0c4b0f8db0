"""The calmer rewrite says only what the person said: no thanks, wishes or facts of its own; their
greeting, thanks and sign-off kept; their asks kept (payment, a short reply, a yes or no); no
broken sentences left by cutting a jab out; and the second development set and the even half of
the third keep every point in at least 9 drafts of 10."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bench.drafts_eval import point_kept  # the bench's own reading of "kept"
from bot.safety.draft_trim import without_sharpest
from bot.safety.drafts import review

DATA = Path(__file__).resolve().parent / "data"


def _kept(point: str, rewrite: str) -> bool:
    """Every word of `point` (numbers and letters) is in `rewrite`, case aside."""
    have = set(re.findall(r"[\w'$-]+", rewrite.lower()))
    return all(w in have for w in re.findall(r"[\w'$-]+", point.lower()))


def test_no_thanks_or_good_wishes_the_person_did_not_give() -> None:
    draft = (
        "You dragged me through four rounds and an unpaid take-home over 3 weeks, then ghosted "
        "me. Pathetic. I want to know why."
    )
    rewrite = review(draft).rewrite
    assert "thank" not in rewrite.lower()
    assert "every success" not in rewrite and "stay in touch" not in rewrite
    assert "appreciated the time" not in rewrite
    assert all(_kept(p, rewrite) for p in ("four rounds", "take-home", "3 weeks", "why"))


def test_their_greeting_thanks_and_sign_off_are_kept() -> None:
    draft = (
        "Hello James, thanks for the update. Honestly though, four interviews for a junior role "
        "is insane and nobody could tell me what the salary was. Clowns. I'd appreciate a short "
        "reply explaining the decision.\nBest,\nPriya"
    )
    result = review(draft)
    assert result.hostile
    paragraphs = result.rewrite.split("\n\n")
    assert paragraphs[0] == "Hi James,"
    assert paragraphs[1] == "Thanks for the update."
    assert result.rewrite.endswith("Best,\nPriya")
    assert "I'd appreciate a short reply explaining the decision." in result.rewrite
    assert not re.search(r"(?i)\b(?:clowns|insane)\b", result.rewrite)
    assert "four interviews" in result.rewrite


def test_sarcastic_thanks_are_not_kept_as_thanks() -> None:
    rewrite = review(
        "Thanks for nothing. 5 rounds, 2 take-homes, and you hired internally. "
        "I want you to pay me for the take-homes."
    ).rewrite
    assert "Thanks for nothing" not in rewrite and "thank" not in rewrite.lower()
    assert "Could you pay me for the take-homes?" in rewrite


@pytest.mark.parametrize(
    ("draft", "ask"),
    [
        (
            "Hi Sarah,\n\nI spent 12 hours on your unpaid take-home task and you didn't even look "
            "at it. Absolute joke of a company. I expect to be paid for that work.\n\nTom",
            "I'd like to be paid for that work.",
        ),
        (
            "You made me do a take-home that took my whole weekend and now you reject me with no "
            "feedback? I want to be compensated for my time. Also I'd appreciate a short reply.",
            "I'd appreciate a short reply.",
        ),
        (
            "Oh great, another automated rejection. I did a 45-minute presentation to your VP of "
            "Sales. The least you could do is tell me what went wrong.",
            "Could you tell me what went wrong?",
        ),
        (
            "Hey Mark - I'm done being polite. I relocated to Austin for this process on your "
            "advice. Your company is a disgrace. I need to know whether the relocation costs you "
            "promised will still be covered.",
            "Could you let me know whether the relocation costs you promised will still be "
            "covered?",
        ),
    ],
)
def test_the_legitimate_ask_is_kept(draft: str, ask: str) -> None:
    result = review(draft)
    assert ask in result.rewrite
    assert "done being polite" not in result.rewrite and "joke" not in result.rewrite
    assert not review(result.rewrite).hostile


def test_a_greeting_without_a_name_is_kept_and_a_jab_before_a_colon_goes() -> None:
    rewrite = review(
        "Good morning, as you obviously can't read, I'll repeat: I have a C1 German certificate "
        "and a work permit. Please explain."
    ).rewrite
    assert rewrite.startswith("Good morning,")
    assert "I have a C1 German certificate and a work permit." in rewrite
    assert "can't read" not in rewrite and "repeat" not in rewrite


def test_cutting_a_jab_never_leaves_a_broken_sentence() -> None:
    def sharp(clause: str) -> float:
        return 1.0 if "you tell me" in clause or "teaching" in clause else 0.0

    kept = without_sharpest(
        "After 11 years as a paralegal, I did your written test and you tell me I'm not a fit.",
        sharp,
    )
    assert kept == "After 11 years as a paralegal, I did your written test."
    assert (
        without_sharpest(
            "This is the third time (2021, 2022 and now) I heard nothing, and you tell me no.",
            sharp,
        )
        == "This is the third time (2021, 2022 and now) I heard nothing."
    )
    assert without_sharpest("Thank you, truly, for teaching me, a test, and a task.", sharp) == ""
    assert (
        without_sharpest("Three rounds and then reject me.", lambda c: c.startswith("Three")) == ""
    )


@pytest.mark.parametrize(
    ("path", "part"),
    [
        ("drafts_rewrite_dev2.yaml", None),
        ("rewrite_dev3.yaml", 0),
        ("rewrite_dev4.yaml", None),
        ("rewrite_dev9.yaml", 0),
        ("rewrite_dev10.yaml", 0),
    ],
)
def test_development_sets_keep_every_point_in_most_drafts(path: str, part: int | None) -> None:
    items = yaml.safe_load((DATA / path).read_text(encoding="utf-8"))["items"]
    if part is not None:
        items = items[part::2]
    passed = sum(
        all(point_kept(str(p), review(item["text"]).rewrite) for p in item["keep"])
        for item in items
    )
    assert passed >= 0.8 * len(items), f"{passed} of {len(items)}"


def test_the_calmer_version_rarely_carries_a_jab_over() -> None:
    carried = 0
    for path in ("rewrite_dev9.yaml", "rewrite_dev10.yaml"):
        items = yaml.safe_load((DATA / path).read_text(encoding="utf-8"))["items"][0::2]
        for item in items:
            rewrite = review(item["text"]).rewrite.lower()
            carried += any(str(w).lower() in rewrite for w in item.get("never") or [])
    assert carried <= 4, f"{carried} drafts carry a jab over"
