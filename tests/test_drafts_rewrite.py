"""The calmer rewrite keeps the person's points, the quiet families are named, and the pause and
recall helpers behave; also the drafts bench and the pinned tone model."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.safety import draftmodel
from bot.safety.classify import run
from bot.safety.draft_actions import is_very_angry
from bot.safety.draftmodel import train
from bot.safety.drafts import review

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench" / "drafts_eval.py"
REWRITES = yaml.safe_load((ROOT / "tests/data/drafts_rewrite.yaml").read_text(encoding="utf-8"))
sys.path.insert(0, str(ROOT / "bench"))
from drafts_eval import point_kept  # noqa: E402

_JABS = (
    "Pathetic", "idiots", "Thanks for nothing", "Your loss", "Karma", "lawyer", "Glassdoor",
    "Lose my number", "Best of luck with that", "Per my last email", "Unbelievable", "clowns",
    "Shame on you", "hell", "I bet", "worth it", "Liars", "frauds", "amateurs", "garbage", "trash",
    "insane", "Screw", "f***", "lol", "lmao", "Disgraceful", "contact me again", "accounts",
    "quits", "burn", "Wow", "as I'm sure", "better than anyone", "bait and switch", "you know it",
    "fire him", "starting to think", "how wonderful", "classy", "Good luck", "a joke", "nerve",
    "incompetence", "a bot", "even", "literally", "!!", "??", "?!",
)  # fmt: skip


@pytest.mark.parametrize("item", REWRITES["items"], ids=lambda i: i["text"][:30])
def test_rewrite_keeps_every_point_and_drops_the_jabs(item: dict[str, Any]) -> None:
    result = review(item["text"])
    missing = [p for p in item["keep"] if not point_kept(p, result.rewrite)]
    assert missing == [], result.rewrite
    again = review(result.rewrite)
    assert not again.hostile and again.families == (), (again.reasons, result.rewrite)
    for jab in _JABS:
        assert not re.search(rf"(?<!\w){re.escape(jab)}(?!\w)", result.rewrite, re.I), jab


def test_the_rewrite_set_is_large_varied_and_mostly_flagged() -> None:
    items = REWRITES["items"]
    assert len(items) >= 50 and all(item["keep"] for item in items)
    flagged = sum(review(item["text"]).hostile for item in items)
    assert flagged >= 0.95 * len(items)  # the rewrite is offered only for flagged drafts


def test_rewrite_is_a_short_first_person_email() -> None:
    result = review(
        "Hi Marta, 3 interviews and you ghost me? Per my last email, I want a reply.\nSam"
    )
    paragraphs = result.rewrite.split("\n\n")
    assert paragraphs[0] == "Hi Marta,"
    assert paragraphs[1] == "I'd like to follow up on my application."  # no thanks they never gave
    assert "3 interviews and I didn't hear back." in result.rewrite
    assert "I'd be grateful for a reply." in result.rewrite
    assert "ghost" not in result.rewrite and "Per my last" not in result.rewrite
    assert result.rewrite.endswith("Kind regards,\nSam")
    assert len(result.rewrite) < 900


@pytest.mark.parametrize(
    ("draft", "kept"),
    [
        (
            "You dragged me through FOUR rounds, you clowns!!!",
            "I went through four rounds.",
        ),
        (
            "Great job ghosting me since my final interview on 12 May.",
            "I haven't heard back since my final interview on 12 May.",
        ),
        (
            "u wasted my whole weekend on ur stupid take-home. lol",
            "I spent my whole weekend on your take-home.",
        ),
        (
            "I FLEW IN for the onsite and you cancelled the role a week later?!?",
            "I flew in for the onsite and the role was cancelled a week later.",
        ),
        (
            "Kevin, you said I'd hear back by Friday. Do you people even own a calendar?",
            "You said I'd hear back by Friday.",
        ),
        (
            "Six rounds. Including a panel with the CTO. Karma will get you.",
            "For context: six rounds, including a panel with the CTO.",
        ),
    ],
)
def test_accusations_become_first_person_facts_in_their_words(draft: str, kept: str) -> None:
    assert kept in review(draft).rewrite


@pytest.mark.parametrize(
    ("draft", "ask"),
    [
        ("Just tell me why.", "Could you tell me why?"),
        ("Give me feedback or don't bother.", "Could you give me feedback?"),
        ("I want those expenses refunded.", "I'd be grateful to have those expenses refunded."),
        ("I DEMAND a real explanation!!!", "I'd be grateful for an explanation."),
        ("I want to know if it will reopen.", "Could you let me know if it will reopen?"),
        ("Would it kill you to send some feedback?", "Could you send some feedback?"),
        ("whats the reason", "Could you tell me what the reason is?"),
        ("Is the role still open or not?", "Is the role still open or not?"),
        ("which direction pls", "Could you tell me which direction?"),
        ("Final answer please: yes or no.", "Could I please have a final answer: yes or no?"),
        ("I want to talk to the hiring manager directly.",
         "I'd like to talk to the hiring manager directly."),
        ("can someone confirm the role was cancelled or did you hire someone else lol",
         "Could you confirm the role was cancelled?"),
        ("Please consider me for other roles though.", "Please consider me for other roles."),
    ],
)  # fmt: skip
def test_demands_become_polite_asks_that_keep_their_words(draft: str, ask: str) -> None:
    assert ask in review("You clowns. " + draft).rewrite


@pytest.mark.parametrize(
    "draft",
    [
        "",
        "   \n\n ",
        "!!!???",
        "\U0001f621\U0001f621\U0001f621",
        "\x00\x01 junk \ufeff",
        "YOU " * 5000,
        "You idiots. " * 3000,
        "You wasted my time with 4 rounds, idiots, and I want to know why " * 2000,
        "a" * 100_000,
        "Ich habe vier Runden gemacht, ihr Idioten!",
        "Go to hell.",
    ],
    ids=lambda d: repr(d[:12]),
)
def test_odd_huge_or_empty_drafts_get_a_short_calm_rewrite(draft: str) -> None:
    rewrite = review(draft).rewrite
    assert rewrite.startswith(("Hello,", "Hi ", "Dear ")) and "\n\nI'd like to " in rewrite
    assert "Thank you" not in rewrite and "stay in touch" not in rewrite
    assert len(rewrite) < 1500
    assert not review(rewrite).hostile
    assert not re.search(r"(?i)\b(?:idioten|idiots|hell)\b", rewrite)


def test_a_rewrite_that_would_still_be_flagged_falls_back_to_fewer_of_their_words() -> None:
    result = review("I had 3 interviews. You should be ashamed of yourselves, frauds.")
    assert "3 interviews" in result.rewrite and "ashamed" not in result.rewrite
    assert not review(result.rewrite).hostile


def test_numbers_match_as_digits_or_words() -> None:
    assert point_kept("four rounds", "I took part in 4 rounds.")
    assert point_kept("3 weeks", "over three weeks")
    assert point_kept("take-home", "the unpaid take-home")
    assert not point_kept("5 interviews", "I took part in 4 interviews.")


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Per my last email, the references were attached.", "passive"),
        ("Noted.", "passive"),
        ("Hope it works out for you ;)", "passive"),
        ("Lose my number.", "bridge"),
        ("I'll tell everyone not to apply.", "bridge"),
        ("Karma will catch up with you.", "ill_will"),
        ("I hope your company fails.", "ill_will"),
        ("I deserved that job.", "entitlement"),
        ("You made a huge mistake.", "entitlement"),
        ("Wow, what a professional process.", "sarcasm"),
        ("I'm speaking to a lawyer about a discrimination claim.", "threat"),
        ("Everyone will know how you treat people.", "threat"),
    ],
)
def test_quiet_lash_outs_are_flagged_with_their_family(text: str, family: str) -> None:
    result = review(text)
    assert result.hostile and family in result.families, result.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Could you tell me why I wasn't selected?",
        "I completed four rounds and a take-home over three weeks; any feedback would help.",
        "I'm disappointed, honestly, but thank you for letting me know.",
        "Following up on my previous email: is there an update on the timeline?",
        "As mentioned in my last email, I have another offer with a Friday deadline.",
        "Best of luck with the new hire, and thanks for your time.",
        "It was very thoughtful of you to call me.",
        "Please don't hesitate to contact me if you need anything else.",
    ],
)
def test_firm_but_polite_drafts_stay_unflagged(text: str) -> None:
    assert not review(text).hostile, review(text).reasons


def test_the_model_alone_can_flag_a_paraphrase_no_rule_names() -> None:
    result = review("I guess some people just can't read a calendar.")
    assert result.hostile and result.families == ("tone",)
    assert draftmodel.score("Thank you for the interview and the kind words.") < 0.5


def test_pinned_model_matches_the_corpus() -> None:
    assert train.main(["--check"]) == 0
    assert draftmodel.version().startswith("draft-tone-1+")


@pytest.mark.parametrize(
    ("text", "angry"),
    [
        ("I AM SO DONE WITH YOUR USELESS COMPANY", True),
        ("I'm furious. Thanks for the call.", True),
        ("You idiots, you clowns, you morons.", True),
        ("Thanks for nothing.", False),
        ("Thank you for letting me know.", False),
    ],
)
def test_very_angry_means_shouting_piles_of_insults_or_saying_so(text: str, angry: bool) -> None:
    assert is_very_angry(text) is angry


def test_classify_rewrite_flag_adds_the_rewrite_to_hostile_lines_only() -> None:
    out = io.StringIO()
    text = "Thanks for nothing after 4 rounds. Why?\nThank you for the call.\n"
    assert run(io.StringIO(text), out, rewrite=True) == 0
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert rows[0]["hostile"] and "4 rounds" in rows[0]["rewrite"]
    assert "rewrite" not in rows[1]
    plain = io.StringIO()
    run(io.StringIO(text), plain)
    assert all("rewrite" not in json.loads(line) for line in plain.getvalue().splitlines())


def test_bench_reports_categories_test_set_and_rewrites(tmp_path: Path) -> None:
    test_set = tmp_path / "test.yaml"
    test_set.write_text(
        yaml.safe_dump(
            {
                "items": [
                    {"text": "Lose my number.", "category": "bridge_burning", "hostile": True},
                    {"text": "Could you tell me why?", "category": "asking_why", "hostile": False},
                ]
            }
        ),
        encoding="utf-8",
    )
    done = subprocess.run(
        [
            sys.executable,
            str(BENCH),
            "--limit",
            "2",
            "--test-set",
            str(test_set),
            "--rewrite-set",
            str(ROOT / "tests/data/drafts_rewrite.yaml"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["bench"] == "drafts_eval"
    assert summary["test"]["recall"] == 1.0 and summary["test"]["false_alarms"] == 0.0
    assert summary["test"]["categories"]["bridge_burning"] == {"n": 1, "recall": 1.0}
    assert summary["dev"]["categories"]["sarcasm"]["n"] == 2
    assert summary["rewrite"]["drafts"] == 2 and summary["rewrite"]["pass_rate"] == 1.0


def test_bench_explains_a_missing_file(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--test-set", str(tmp_path / "none.yaml")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "--test-set" in done.stderr
