"""A sentence that carries a fact is restated in plain words, never dropped with its fact."""

from __future__ import annotations

import re

from bot.safety import draftmodel
from bot.safety.draft_keep import extra_sentences, restate
from bot.safety.draft_rewrite import Points, compose
from bot.safety.draft_rules import find_hits
from bot.safety.draft_runon import split_run_on
from bot.safety.draft_sentences import Parts
from bot.safety.draft_trim import without_sharpest
from bot.safety.drafts import review

_ROUGH = {"insult", "threat", "profanity", "sarcasm", "ill_will", "bridge"}


def _rough(text: str) -> list[str]:
    return [h.family for h in find_hits(text) if h.family in _ROUGH]


def test_what_someone_promised_is_restated_when_the_sentence_ends_in_an_insult() -> None:
    draft = (
        "Hi Dana,\n\nYour recruiter Mr. Okafor told me that the contract will be signed by the "
        "14th, you liars. Now I get a form rejection. Explain what changed.\n\nBest,\nLeo"
    )
    result = review(draft)
    assert result.hostile
    assert "Mr. Okafor" in result.rewrite and "14th" in result.rewrite
    assert "contract would be signed" in result.rewrite
    assert "liars" not in result.rewrite and _rough(result.rewrite) == []
    assert result.rewrite.startswith("Hi Dana,") and result.rewrite.endswith("Best,\nLeo")
    assert "Could you explain what changed?" in result.rewrite
    assert "thank" not in result.rewrite.lower()
    assert not review(result.rewrite).hostile


def test_how_late_an_interview_started_survives_a_cut_jab() -> None:
    draft = (
        "lol sure. best of luck hiring anyone who'll put up with your 50 min late panel. "
        "tell me where i fell short"
    )
    result = review(draft)
    assert "50 min late" in result.rewrite
    assert "luck" not in result.rewrite and "put up with" not in result.rewrite
    assert "Could you tell me where I fell short?" in result.rewrite
    assert not review(result.rewrite).hostile


def test_restate_keeps_name_date_and_tense_in_a_plain_sentence() -> None:
    said = restate("Ms. Ferreira promised me that the offer will arrive on Friday, the frauds.")
    assert said == "I was promised by Ms. Ferreira that the offer would arrive on Friday."


def test_restate_leaves_a_jab_without_a_concrete_fact_out() -> None:
    assert restate("Thank you, truly, for teaching me a test and a task.") == ""
    assert restate("What a wonderful process, truly.") == ""


def test_cutting_a_sentence_with_no_clause_to_spare_restates_its_facts() -> None:
    sentence = "Mr. Lindqvist assured me that the paperwork will be sent by the 3rd"
    out = without_sharpest(sentence, draftmodel.score)
    assert out == "I was assured by Mr. Lindqvist that the paperwork would be sent by the 3rd."


def test_extra_facts_are_not_repeated_when_a_kept_sentence_carries_them() -> None:
    text = "I was told by Tomasz that a decision will come by the 9th"
    assert (
        extra_sentences(text, "I was told by Tomasz that a decision would come by the 9th.") == []
    )
    assert extra_sentences(text, "") == [
        "I was told by Tomasz that a decision would come by the 9th."
    ]


def test_a_restated_fact_reads_as_one_whole_sentence() -> None:
    said = restate("Your hiring manager told me that I would start on 2 June, what a joke")
    assert re.fullmatch(r"[A-Z][^.?!]+\.", said), said
    assert "joke" not in said and "2 June" in said


def test_a_request_after_a_jab_in_the_same_sentence_is_kept_as_an_ask() -> None:
    draft = (
        "Dear Mr. Haddad, my interview was on the 3rd. Frankly this is a farce and I expect a "
        "proper answer about the warehouse supervisor role.\n\nRegards,\nIrene"
    )
    result = review(draft)
    assert "I'd be grateful for an answer about the warehouse supervisor role." in result.rewrite
    assert "farce" not in result.rewrite and "proper" not in result.rewrite
    assert result.rewrite.startswith("Dear Mr. Haddad,")


def test_who_decided_typed_without_a_question_mark_is_asked_politely() -> None:
    result = review("ugh. 5 weeks of nothing and then a no, you clowns. who signed off on that")
    assert "Could you tell me who signed off on that?" in result.rewrite
    assert "clowns" not in result.rewrite


def test_a_short_sentence_opening_with_its_subject_is_not_glued_to_the_one_before() -> None:
    result = review(
        "Your recruiter Ana promised I would hear back by the 8th, idiots. It's now the 21st. "
        "Tell me why."
    )
    assert "It's now the 21st." in result.rewrite
    assert ", it's now" not in result.rewrite


def test_wanting_something_confirmed_or_explained_becomes_a_whole_polite_sentence() -> None:
    result = review(
        "You lot are a disgrace. I want that decision confirmed in writing or explained."
    )
    assert (
        "I'd be grateful to have that decision confirmed in writing or explained." in result.rewrite
    )


def test_what_you_said_on_a_named_day_is_restated_with_the_day() -> None:
    said = restate(
        "No idea what changed since Thursday's call, where you said the contract was ready, "
        "and this morning's rejection."
    )
    assert said == "On Thursday, I was told that the contract was ready."


def test_a_cut_never_leaves_a_sentence_opening_with_where() -> None:
    sentence = (
        "No idea what changed since Thursday's call, where you said the contract was ready, "
        "and this morning's rejection"
    )
    out = without_sharpest(sentence, draftmodel.score)
    assert not out.lower().startswith(("where", "when")), out
    assert "Thursday" in out and "contract was ready" in out


def test_references_keep_their_count_and_are_said_as_provided() -> None:
    said = restate("You demanded four references and then ghosted me, you cowards.")
    assert "provided four references" in said
    assert "completed the" not in said


def test_no_also_is_left_when_the_first_surprise_was_cut() -> None:
    parts = Parts(facts=("I provided 3 references.", "I was also surprised that it took 9 weeks."))
    rewrite = compose(Points(parts=parts), hostile=True)
    assert "I was surprised that it took 9 weeks." in rewrite
    assert "also surprised" not in rewrite
    both = Parts(facts=("I was surprised at the delay.", "I was also surprised by the tone."))
    assert "I was also surprised by the tone." in compose(Points(parts=both), hostile=True)


def test_a_threat_tail_after_a_request_is_cut_from_the_ask() -> None:
    result = review("You owe me £90 for the trial shift on the 6th. Pay it by Friday or I sue.")
    assert "sue" not in result.rewrite and "£90" in result.rewrite and "6th" in result.rewrite
    assert "Friday" in result.rewrite


def test_a_sum_they_are_owed_is_restated_with_what_it_was_for() -> None:
    said = restate("STILL no sign of the $200 you owe me for the design sprint, you thieves.")
    assert said == "I am asking about the payment of $200 for the design sprint."
    assert restate("The salary was 42k, a joke.") == ""


def test_unless_someone_explains_becomes_a_question() -> None:
    result = review(
        "I'm posting about your hiring circus everywhere. Unless someone explains why my offer "
        "from 3 May was withdrawn."
    )
    assert "Could you explain why my offer from 3 May was withdrawn?" in result.rewrite
    assert "Unless" not in result.rewrite and "posting" not in result.rewrite


def test_advice_aimed_at_them_is_left_out_and_a_named_insult_target_keeps_the_facts() -> None:
    result = review(
        "Your clueless director Priyanka asked me about Rust for 40 minutes when the ad said "
        "Python. Maybe learn what your own job ads say. Tell me if the Python role is open."
    )
    assert "Priyanka" in result.rewrite and "Rust" in result.rewrite
    assert "clueless" not in result.rewrite and "Maybe" not in result.rewrite


def test_a_greeting_with_no_punctuation_after_it_does_not_swallow_the_draft() -> None:
    result = review(
        "hey so i sat 3 interviews for the barista role and got ghosted for 2 weeks you clowns"
    )
    assert "3 interviews" in result.rewrite and "2 weeks" in result.rewrite
    assert "clowns" not in result.rewrite


def test_a_run_on_typed_in_one_breath_is_split_where_a_new_clause_starts() -> None:
    result = review(
        "i did the video call the written task and 3 panel rounds and now a no this is so "
        "rude i took 2 days off for this i just want to know how i scored on the written task"
    )
    assert "I took 2 days off for this." in result.rewrite
    assert "Could you let me know how I scored on the written task?" in result.rewrite
    assert "3 panel rounds" in result.rewrite and "rude" not in result.rewrite
    assert split_run_on("i said i was fine and u said i wasnt technical enough ok") == [
        "i said i was fine and u said i wasnt technical enough ok"
    ]


def test_a_list_of_what_they_bring_after_a_colon_is_kept_whole() -> None:
    result = review(
        "I'm clearly more qualified than whoever you hired: 8 years in payroll, 2 certifications, "
        "fluent Polish. I'd like to know what tipped it."
    )
    assert "I have 8 years in payroll, 2 certifications, fluent Polish." in result.rewrite
    assert "qualified than" not in result.rewrite


def test_a_sarcastic_question_about_their_work_keeps_the_work() -> None:
    result = review(
        "Did you like my 25-page proposal? Hope it helps your next bid. Please delete it."
    )
    assert "25-page proposal" in result.rewrite
    assert "hope it helps" not in result.rewrite.lower()


def test_a_plain_which_question_is_kept_as_their_ask() -> None:
    result = review(
        "You said I was 'too slow' after I finished all 5 tasks early, what a farce. "
        "Which answers were wrong?"
    )
    assert "Which answers were wrong?" in result.rewrite
    assert "farce" not in result.rewrite


def test_an_otherwise_threat_after_a_request_is_cut_and_the_request_kept() -> None:
    result = review(
        "I finished all 4 stages on 2 March. Kindly update me on the status, otherwise I will "
        "escalate to your CEO."
    )
    assert "Could you update me on the status?" in result.rewrite
    assert "escalate" not in result.rewrite and "CEO" not in result.rewrite


def test_a_sarcastic_great_news_opener_goes_whole_and_a_question_about_a_human_stays() -> None:
    result = review(
        "Great news, your screening bot rejected me in 6 minutes at 2am. Love that for me. "
        "Was a human involved in this at all?"
    )
    assert "6 minutes" in result.rewrite and "News," not in result.rewrite
    assert "Was a human involved in this at all?" in result.rewrite
