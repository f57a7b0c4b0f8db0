"""The calmer version keeps the facts of a mocking sentence, drops a veiled threat to turn up in
person, and never greets a heading ("Timeline,") as if it were a name."""

from __future__ import annotations

from bot.safety.drafts import review


def test_heading_that_opens_a_list_is_not_a_name() -> None:
    draft = (
        "Timeline, for your records:\n- Applied: Jan 4\n- Phone screen with Ravi: Jan 10\n"
        "Seven weeks for a no. You people are useless. I'd like feedback on the phone screen."
    )
    rewrite = review(draft).rewrite
    assert "Timeline," not in rewrite.splitlines()[0]
    assert "Jan 4" in rewrite and "Ravi" in rewrite


def test_turning_up_at_their_office_is_a_threat_and_goes() -> None:
    draft = (
        "I've emailed three times. Maybe I'll just show up at your office on Monday and see if "
        "anyone's brave enough to talk to me. I applied for Senior Analyst. I want to know which "
        "role I was actually considered for."
    )
    result = review(draft)
    assert result.hostile
    assert "show up" not in result.rewrite and "brave enough" not in result.rewrite
    assert "three times" in result.rewrite and "Senior Analyst" in result.rewrite
