"""What someone told them about the job is kept as a calm statement; a fact inside a sarcastic
question is said plainly; a name alone on the last line signs the message; a name after an
interjection is whom it is to; a company named in a threat stays; and none of the insults
around them survives."""

from __future__ import annotations

import pytest

from bot.safety.draft_asks import polite_ask
from bot.safety.drafts import review

_INSULTS = ("liar", "joke", "clown", "idiot", "pathetic", "disgrace", "free consulting")


def _calm(rewrite: str) -> None:
    low = rewrite.lower()
    for word in _INSULTS:
        assert word not in low
    assert review(rewrite).hostile is False


@pytest.mark.parametrize(
    ("draft", "kept"),
    [
        ("Priya said on Monday the position was basically mine. Then a form rejection on "
         "Thursday?? Either Priya is a liar or this is a joke. Tell me why.",
         ["Priya", "Monday", "position was likely mine", "Thursday"]),
        ("Your recruiter Omar promised me on the 9th that the offer was mine, you clowns. "
         "I want an explanation.", ["Omar", "9th", "offer was likely mine"]),
    ],
)  # fmt: skip
def test_what_they_were_told_about_the_job_is_kept_as_a_calm_statement(
    draft: str, kept: list[str]
) -> None:
    result = review(draft)
    assert result.hostile
    for fact in kept:
        assert fact in result.rewrite
    assert "was mine" not in result.rewrite
    _calm(result.rewrite)


@pytest.mark.parametrize(
    ("draft", "kept", "gone"),
    [
        ("Was the 3-hour case study just free consulting for your team? Pathetic. Send me "
         "feedback.", "I completed the 3-hour case study", "consulting"),
        ("Did my 4 interviews mean nothing to you? What a joke. Tell me why.",
         "4 interviews", "mean nothing"),
        ("So this is how you treat someone who gave you 9 years? Disgraceful. I want my "
         "final payslip.", "I gave you 9 years", "how you treat"),
        ("Is this how you treat people who give up 2 weekends for a take-home? Clowns.",
         "I gave up 2 weekends for a take-home", "how you treat"),
    ],
)  # fmt: skip
def test_a_fact_inside_a_sarcastic_question_is_said_plainly(
    draft: str, kept: str, gone: str
) -> None:
    result = review(draft)
    assert result.hostile
    assert kept in result.rewrite
    assert gone not in result.rewrite
    assert "?." not in result.rewrite
    _calm(result.rewrite)


def test_a_statement_with_a_question_mark_keeps_its_own_words() -> None:
    rewrite = review(
        "I taught for 6 years and mentored 12 new staff and I'm not senior enough?? Pathetic."
    ).rewrite
    assert "mentored 12 new staff" in rewrite


@pytest.mark.parametrize(
    ("question", "ask"),
    [
        ("Where is my P45 and my holiday pay?",
         "Could you let me know the status of my P45 and my holiday pay?"),
        ("Did anyone even open my portfolio or not?", "Did anyone open my portfolio or not?"),
        ("Is the Junior Designer role still open?", "Is the Junior Designer role still open?"),
    ],
)  # fmt: skip
def test_a_fair_question_is_kept_as_a_question(question: str, ask: str) -> None:
    assert polite_ask(question) == ask


@pytest.mark.parametrize(
    ("draft", "signer"),
    [
        ("I did 3 rounds, you clowns. Tell me why\n- priya", "Priya"),
        ("I did 3 rounds, you clowns. Tell me why!\n\n~Priya", "Priya"),
        ("I did 3 rounds, you clowns. Tell me why.\n-- Priya S.", "Priya S."),
        ("I did 3 rounds, you clowns. Tell me why.\nTom O'Neil", "Tom O'Neil"),
        ("I did 3 rounds, you clowns. Tell me why.\nAnne-Marie", "Anne-Marie"),
        (
            "I did 3 rounds, you clowns. Tell me why.\n\n-- \nMarcus Lee\nSenior Analyst",
            "Marcus Lee",
        ),
        (
            "I did 3 rounds, you clowns. Tell me why.\n\nRegards\nDr. Amara Okafor",
            "Dr. Amara Okafor",
        ),
        ("I did 3 rounds, you clowns. Tell me why, thanks. Tom", "Tom"),
    ],
)
def test_a_name_alone_at_the_end_signs_the_rewrite(draft: str, signer: str) -> None:
    rewrite = review(draft).rewrite
    assert rewrite.endswith("\n" + signer)
    assert "3 rounds" in rewrite
    _calm(rewrite)


@pytest.mark.parametrize("last", ["- whatever", "Goodbye", "Pathetic"])
def test_a_parting_shot_on_the_last_line_signs_nothing(last: str) -> None:
    rewrite = review(f"I did 3 rounds, you clowns. Tell me why.\n{last}").rewrite
    assert rewrite.endswith("Kind regards")


def test_a_name_after_an_interjection_is_whom_it_is_to_and_the_ask_loses_its_jab() -> None:
    result = review(
        "Look, Dmitri, I don't know who you think you are, but I have 8 years of experience in "
        "retail. Dmitri, I want an explanation, not your template garbage."
    )
    assert result.rewrite.startswith("Hi Dmitri,\n")
    assert "8 years of experience in retail" in result.rewrite
    assert "I'd be grateful for an explanation." in result.rewrite
    assert "who you think" not in result.rewrite
    assert "garbage" not in result.rewrite


def test_the_company_named_in_a_threat_stays_and_the_threat_goes() -> None:
    rewrite = review(
        "Everyone on LinkedIn will know how Corvala treats candidates. I did 3 interviews and "
        "heard nothing for 6 weeks. Tell me if the role is filled."
    ).rewrite
    assert "at Corvala" in rewrite
    assert "LinkedIn" not in rewrite
    assert "3 interviews" in rewrite


def test_a_fact_late_in_a_long_run_on_is_kept() -> None:
    rewrite = review(
        "so you had me in for the depot manager job, I did the safety quiz, I did the site tour "
        "with Ana, Ana said I was a great fit, I waited, I emailed twice, I left a voicemail for "
        "the recruiter, I emailed again, still nothing, then I see the job relisted on Totaljobs "
        "on Monday. Pathetic. I have 9 years running depots."
    ).rewrite
    assert "relisted on Totaljobs" in rewrite
    assert "asked to in" not in rewrite
    assert "Pathetic" not in rewrite


@pytest.mark.parametrize(
    ("draft", "kept"),
    [
        ("Was the 2-day trial shift just free labour? Clowns. Tell me why I wasn't hired.",
         "I completed the 2-day trial shift."),
        ("Was my 30-slide deck just a formality? Pathetic. Send me feedback.",
         "I completed my 30-slide deck."),
    ],
)  # fmt: skip
def test_the_work_a_sarcastic_question_is_about_is_said_as_done(draft: str, kept: str) -> None:
    result = review(draft)
    assert kept in result.rewrite
    assert "free labour" not in result.rewrite and "formality" not in result.rewrite
    _calm(result.rewrite)


def test_a_name_that_is_also_a_word_opens_a_kept_sentence() -> None:
    rewrite = review(
        "Mark said on our call on 3 June that the offer was basically mine. What a joke. "
        "I want an explanation."
    ).rewrite
    assert "Mark said on our call on 3 June that the offer was likely mine." in rewrite
    assert "joke" not in rewrite


def test_a_subjectless_wasted_is_said_as_time_spent() -> None:
    rewrite = review("Wasted 3 weeks on your process. Idiots. Tell me why.").rewrite
    assert "I spent 3 weeks on your process." in rewrite


def test_what_the_recruiter_said_reads_as_a_sentence() -> None:
    rewrite = review(
        "The recruiter said the contract was coming Friday. It never came. Liars. Where is it?"
    ).rewrite
    assert "The recruiter said the contract was coming Friday." in rewrite
    assert "For context" not in rewrite and "Liars" not in rewrite


def test_a_sarcastic_question_about_an_interview_says_they_took_part() -> None:
    rewrite = review("Was the 90-minute panel interview just theatre? Idiots.").rewrite
    assert "I took part in the 90-minute panel interview." in rewrite
    assert "theatre" not in rewrite


def test_why_did_i_bother_is_no_question_to_keep() -> None:
    rewrite = review("Why did I bother with your 5-stage process? Morons. Tell me why.").rewrite
    assert "bother" not in rewrite
    assert "5-stage process" in rewrite


def test_either_reply_by_friday_is_asked_without_its_threat() -> None:
    rewrite = review("I did 3 rounds, you clowns. Either reply by Friday or I'm done.").rewrite
    assert "Could you reply by Friday?" in rewrite
    assert "done" not in rewrite


def test_a_subjectless_told_me_and_a_because_after_a_dropped_question_read_as_sentences() -> None:
    told = review(
        "Told me at the final round that I was a great fit, then silence for 4 weeks. Clowns."
    ).rewrite
    assert "You told me at the final round that I was a great fit" in told
    because = review(
        "Was the panel interview on Monday just for show? Because nobody from the team turned up. "
        "Idiots."
    ).rewrite
    assert (
        "I took part in the panel interview on Monday. Nobody from the team turned up." in because
    )


def test_what_the_deciding_factor_was_is_asked_politely() -> None:
    rewrite = review(
        "9 interviews in 11 weeks. Unbelievable. What was the deciding factor?"
    ).rewrite
    assert "Could you tell me what the deciding factor was?" in rewrite
