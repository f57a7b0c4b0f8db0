"""The held draft and the brake's words: a message about the draft is never reviewed as one,
a flagged draft's risk is named in a few words, the same phrase is quoted once and never cut
mid-word, and a check-in scheduled for any day has a label that fits that day."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.flows.loader import load_flows_or_raise
from bot.safety.draft_held import about_the_draft, risk_words
from bot.safety.drafts import QUOTE_CHARS, quotes, review

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
FLOWS = load_flows_or_raise([ROOT / "dialogues"])
DAY_WORDS = ("next-day", "next day", "tomorrow", "yesterday", "día siguiente", "mañana", "ayer")


@pytest.mark.parametrize(
    "text",
    [
        "i already pasted it like 10 minutes ago. you said it would wait right here. the jessica"
        " one",
        "you said it would wait",
        "the one to jessica",
        "the jessica one",
        "my draft",
        "the email draft",
        "where is my draft?",
        "show me the calmer version",
        "i already gave it to you",
        "ya te lo pegué hace rato",
    ],
)
def test_talk_about_the_draft_is_not_a_draft(text: str) -> None:
    assert about_the_draft(text)


@pytest.mark.parametrize(
    "text",
    [
        "I already sent you my portfolio last week.",
        "Per my previous email, I had already sent the references you asked for.",
        "Thanks for letting me know. Could you tell me why I wasn't selected?",
        "You wasted my time. I will be posting about this on Glassdoor.",
    ],
)
def test_a_draft_is_still_a_draft(text: str) -> None:
    assert not about_the_draft(text)


def _texts(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [t for v in node.values() for t in _texts(v)]
    if isinstance(node, list):
        return [t for v in node for t in _texts(v)]
    return []


def test_almost_no_development_draft_reads_as_talk_about_a_draft() -> None:
    drafts = [
        t
        for name in ("drafts_eval.yaml", "drafts_rewrite.yaml", "drafts_rewrite_dev2.yaml")
        for t in _texts(yaml.safe_load((DATA / name).read_text(encoding="utf-8")))
        if len(t.split()) >= 3
    ]
    assert len(drafts) > 300
    assert sum(about_the_draft(t) for t in drafts) == 0


def test_the_risk_of_a_flagged_draft_is_named_in_a_few_words() -> None:
    assert risk_words(("insult", "threat")) == (
        "the threat to go public or take it further and the name-calling"
    )
    assert risk_words(("profanity",)) == "the swearing"
    assert risk_words(("tone",)) == "the sharp lines"


def test_overlapping_quotes_are_said_once_and_whole() -> None:
    long = "I will be posting about this on Glassdoor and telling everyone"
    assert quotes((long, "posting about this on Glassdoor")) == ("posting about this on Glassdoor",)
    assert quotes(("Glassdoor", "posting about this on Glassdoor")) == (
        "posting about this on Glassdoor",
    )
    (cut,) = quotes((long,))
    assert cut.endswith("…") and len(cut) <= QUOTE_CHARS + 1
    assert long.startswith(cut[:-1]) and long[len(cut) - 1] == " "


def test_the_draft_check_never_quotes_a_phrase_twice_or_cut() -> None:
    result = review(
        "Jessica, you people are idiots and clowns. I will be posting about this on Glassdoor. "
        "You wasted my time."
    )
    threat = next(r for r in result.reasons if r.startswith("threat"))
    assert threat.count("Glassdoor") == 1
    assert 'Glassdoo"' not in threat


def _scheduled_any_day() -> set[str]:
    """Check-in flows scheduled for a day the person picks (`in` is a variable)."""
    found: set[str] = set()
    for flow in FLOWS.flows.values():
        for step in flow.steps.values():
            for action in step.actions:
                if action.name == "schedule_checkin" and "{" in str(action.args.get("in", "")):
                    found.add(str(action.args["flow"]))
    return found


def test_a_check_in_for_any_day_has_a_label_and_greeting_that_fit_any_day() -> None:
    flows = _scheduled_any_day()
    assert "checkin_mood" in flows
    for flow_id in flows:
        flow = FLOWS.flows[flow_id]
        start = flow.steps[flow.start]
        said = " ".join([flow.title, *(str(s) for s in start.say)]).lower()
        assert not any(w in said for w in DAY_WORDS), flow_id


def test_the_spanish_label_of_a_check_in_for_any_day_fits_any_day() -> None:
    po = (ROOT / "dialogues/locales/es/LC_MESSAGES/checkin_mood.po").read_text(encoding="utf-8")
    block = po.split('msgctxt "checkin_mood.title"', 1)[1].split("\n\n", 1)[0]
    assert not any(w in block.lower() for w in DAY_WORDS)


def test_the_calmer_version_leaves_out_a_line_that_only_says_how_angry_they_are() -> None:
    result = review(
        "Jessica, you people are idiots and clowns, I AM FURIOUS. I will be posting about this "
        "on Glassdoor. You wasted my time."
    )
    assert "furious" not in result.rewrite.lower()
    assert "Jessica" in result.rewrite
