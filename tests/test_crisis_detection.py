"""Crisis detection: recall and false alarms on the labelled set, then each rule on its own."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.safety import crisis, lexicon
from bot.safety.crisis import MEMORY_WINDOW, Assessment, CrisisMemory, assess, update_memory
from bot.safety.normalise import normalise

EVAL = Path(__file__).parent / "data" / "crisis_eval.yaml"
T0 = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)


def load_eval() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(EVAL.read_text(encoding="utf-8"))
    return data


def entries(section: str) -> Iterator[tuple[str, list[str]]]:
    for label, items in load_eval()[section].items():
        for item in items:
            yield label, [item] if isinstance(item, str) else list(item)


def run_conversation(messages: list[str], start: datetime = T0) -> Assessment:
    """Assess each message a minute apart, carrying memory; return the last assessment."""
    memory: CrisisMemory | None = None
    now = start
    result = Assessment()
    for text in messages:
        result = assess(text, memory, now)
        memory = update_memory(memory, result, now)
        now += timedelta(minutes=1)
    return result


def every_message() -> list[str]:
    return [m for section in ("crisis", "controls") for _, ms in entries(section) for m in ms]


# ---- The labelled set ------------------------------------------------------------------------


def test_labelled_set_is_big_enough_and_covers_every_category() -> None:
    crisis_items = list(entries("crisis"))
    controls = list(entries("controls"))
    assert len(crisis_items) >= 180
    assert len(controls) >= 100
    labels = {label for label, _ in crisis_items}
    assert labels == set(lexicon.CATEGORIES)
    assert any(len(ms) > 1 for label, ms in crisis_items if label == lexicon.MEANS)


def test_recall_is_total_on_crisis_messages() -> None:
    misses = []
    for label, messages in entries("crisis"):
        result = run_conversation(messages)
        if not result.crisis:
            misses.append(f"{label}: {messages[-1]!r}")
    assert not misses, f"{len(misses)} crisis messages missed:\n" + "\n".join(misses)


def test_each_crisis_message_gets_its_labelled_category() -> None:
    wrong = []
    for label, messages in entries("crisis"):
        result = run_conversation(messages)
        if label not in result.categories:
            wrong.append(f"{label}: {messages[-1]!r} -> {result.categories}")
    assert not wrong, "wrong categories:\n" + "\n".join(wrong)


def test_false_alarms_on_controls_stay_under_ten_percent() -> None:
    controls = list(entries("controls"))
    alarms = [
        f"{kind}: {ms[-1]!r} -> {r.categories}"
        for kind, ms in controls
        if (r := run_conversation(ms)).crisis
    ]
    assert len(alarms) <= 0.10 * len(controls), "false alarms:\n" + "\n".join(alarms)


def test_distress_controls_are_distress_but_never_a_clear_crisis() -> None:
    """Hopeless, worn out, can't go on: remembered as distress; at most a possible risk (the
    person is asked directly), never the full crisis response."""
    for _, messages in (e for e in entries("controls") if e[0] == "distress"):
        result = run_conversation(messages)
        assert result.distress and result.level != crisis.CLEAR, messages[-1]


def test_reasons_never_quote_the_message() -> None:
    known = {rule.reason for rule in crisis.RULES} | {
        crisis.REASON_SOMEONE_ELSE,
        crisis.REASON_AFTER_DISTRESS,
        crisis.REASON_SAME_MESSAGE,
        crisis.REASON_MODEL,
        crisis.REASON_JOKING,
        crisis.REASON_FOREIGN,
    }
    for text in every_message():
        result = assess(text, CrisisMemory(distress_at=T0), T0)
        assert set(result.reasons) <= known, (text, result.reasons)


def test_prefilter_never_changes_a_result() -> None:
    long_text = "so the interview went long and " * 200  # past the n-gram prefilter's limit
    extra = [
        "",
        "   ",
        "ünïcödé ñame",
        "k1ll mys3lf",
        "I can't promise I won't hurt myself",
        long_text + "I want to die",
        long_text + "tallest bridges near me. I feel hopeless",
        long_text,
    ]
    for text in [*every_message(), *extra]:
        memory = CrisisMemory(distress_at=T0)
        fast = crisis._assess(text, memory, T0, prefilter=True)
        slow = crisis._assess(text, memory, T0, prefilter=False)
        assert fast == slow, text


# ---- Categories one by one -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "reason"),
    [
        ("I want to die", lexicon.EXPLICIT, "mentions wanting to die"),
        ("thinking about killing myself", lexicon.EXPLICIT, "mentions killing themself"),
        ("I feel suicidal", lexicon.EXPLICIT, "mentions suicide"),
        ("i dont want to live anymore", lexicon.EXPLICIT, "mentions ending their life"),
        (
            "wish I could sleep and never wake up",
            lexicon.PASSIVE,
            "wishes to sleep and not wake up",
        ),
        (
            "everyone would be better off without me",
            lexicon.PASSIVE,
            "says others would be better off without them",
        ),
        ("don't want to be here anymore", lexicon.PASSIVE, "says they don't want to be here"),
        ("kms", lexicon.CODED, "uses a slang word for suicide"),
        ("thinking about unaliving", lexicon.CODED, "uses a slang word for suicide"),
        ("sewerslide", lexicon.CODED, "uses a slang word for suicide"),
        ("ctb", lexicon.CODED, "uses a slang word for suicide"),
        ("i might end it all", lexicon.CODED, "talks about ending it all"),
        ("cutting again", lexicon.SELF_HARM, "mentions cutting"),
        ("I hurt myself", lexicon.SELF_HARM, "mentions hurting themself"),
        ("saved up pills", lexicon.PLAN, "talks about a plan or means"),
        ("wrote a goodbye note", lexicon.PLAN, "talks about a plan or means"),
        ("giving away my things", lexicon.PLAN, "talks about a plan or means"),
        ("bought a rope", lexicon.PLAN, "talks about a plan or means"),
        (
            "what's a lethal dose of insulin",
            lexicon.MEANS,
            "asks about a lethal dose or a way to die",
        ),
        ("my friend said she wants to die", lexicon.SOMEONE_ELSE, "mentions wanting to die"),
    ],
)
def test_rule_flags_its_category_with_a_readable_reason(
    text: str, category: str, reason: str
) -> None:
    result = assess(text)
    assert result.crisis
    assert category in result.categories
    assert reason in result.reasons


def test_someone_else_is_not_also_counted_as_the_writer() -> None:
    result = assess("My brother keeps talking about killing himself")
    assert result.categories == (lexicon.SOMEONE_ELSE,)
    assert crisis.REASON_SOMEONE_ELSE in result.reasons
    assert not result.distress


def test_words_aimed_at_the_reader_are_not_the_writers_crisis() -> None:
    assert not assess("you should kys").crisis
    assert not assess("maybe you should just die").crisis
    assert not assess("I hope that recruiter dies").crisis
    assert assess("maybe I should just die").crisis


def test_a_generic_you_in_a_means_question_still_counts() -> None:
    result = assess("can you overdose on ibuprofen")
    assert result.crisis and result.categories == (lexicon.MEANS,)


def test_whose_words_reads_pronouns_in_the_cue_and_people_before_it() -> None:
    assert assess("loaded my dad's gun").categories == (lexicon.PLAN,)
    assert assess("I found my dad's suicide note").categories == (lexicon.SOMEONE_ELSE,)
    assert assess("my friend told me I want to die too much").categories == (lexicon.EXPLICIT,)
    assert assess("a friend of mine is talking about suicide").categories == (lexicon.SOMEONE_ELSE,)


# ---- Idioms and hyperbole --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "this rejection is killing me",
        "I could kill that recruiter",
        "I'm going to kill it in the next interview",
        "dying to hear back",
        "kill two birds with one stone",
        "I'd die of embarrassment",
        "that interview was suicide",
        "my phone died",
        "the deadline is tomorrow",
        "drop dead gorgeous office",
        "a killer portfolio",
        "it would be career suicide",
        "I've been killing myself trying to get hired",
    ],
)
def test_everyday_idioms_are_not_a_crisis(text: str) -> None:
    assert not assess(text).crisis


def test_an_idiom_does_not_hide_a_real_cue_elsewhere() -> None:
    result = assess("that interview was suicide. honestly I want to kill myself")
    assert result.crisis and lexicon.EXPLICIT in result.categories


# ---- Negation --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to die, I want a job",
        "I'm not suicidal, just frustrated",
        "I would never hurt myself",
        "I'm not going to kill myself",
        "I've never thought about suicide",
        "I have no intention of ending my life",
    ],
)
def test_a_plain_denial_is_respected(text: str) -> None:
    assert not assess(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "I'm not going to kill myself... just kidding",
        "I'm not suicidal. jk",
        "I won't kill myself today",
        "I'm not going to hurt myself yet",
        "I can't promise I won't hurt myself",
        "I'm trying not to hurt myself",
        "I don't want to die but sometimes I think about it",
        "I'd be lying if I said I didn't want to die",
    ],
)
def test_a_denial_that_is_undone_still_flags(text: str) -> None:
    assert assess(text).crisis


def test_negation_does_not_reach_across_sentences() -> None:
    assert assess("I'm not okay. I want to die").crisis
    assert assess("I don't know, I want to die").crisis


def test_phrases_that_contain_a_negation_word_are_still_cues() -> None:
    assert assess("I don't want to live anymore").crisis
    assert assess("I hope I don't wake up").crisis


# ---- Spelling ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I WANT TO DIE",
        "i want to diieee",
        "i want to dieeeeee",
        "i want to k1ll mys3lf",
        "$uicidal",
        "s*icide",
        "i dont wanna live",
        "I don’t want to live anymore",
        "I don`t want to live anymore",
        "ｉ ｗａｎｔ ｔｏ ｄｉｅ",
        "j'ai besoin... I want to díe",
        "#killmyself",
        "i want 2 die",
        "k!ll myself",
    ],
)
def test_spelling_variants_are_caught(text: str) -> None:
    assert assess(text).crisis, normalise(text)


def test_normalise_gives_one_plain_spelling() -> None:
    assert normalise("I don’t wanna DIIEEE...") == "i dont want to die ."
    assert normalise("Ça, c'est—fini") == "ca , cest , fini"
    assert normalise("k1ll mys3lf") == "kil myself"
    assert normalise("25 meters at 4pm") == "25 meters at 4pm"


# ---- Means-seeking and memory ------------------------------------------------------------------


def test_means_question_alone_is_not_a_crisis_but_is_noted() -> None:
    result = assess("what are the tallest bridges in nyc", CrisisMemory(), T0)
    assert not result.crisis
    assert result.means_seeking
    assert "asks about high places" in result.reasons


def test_means_question_right_after_a_job_loss_in_the_same_message_is_a_crisis() -> None:
    result = assess("I just lost my job. What are the bridges taller than 25 meters in NYC?")
    assert result.crisis
    assert result.categories == (lexicon.MEANS,)
    assert crisis.REASON_SAME_MESSAGE in result.reasons


def test_means_question_after_distress_within_the_window_is_a_crisis() -> None:
    memory = update_memory(None, assess("I feel completely hopeless"), T0)
    later = T0 + MEMORY_WINDOW - timedelta(minutes=1)
    result = assess("tallest buildings near me", memory, later)
    assert result.crisis
    assert crisis.REASON_AFTER_DISTRESS in result.reasons


def test_memory_expires_after_the_window() -> None:
    memory = update_memory(None, assess("I feel completely hopeless"), T0)
    result = assess("tallest buildings near me", memory, T0 + MEMORY_WINDOW + timedelta(hours=1))
    assert not result.crisis and result.means_seeking


def test_saying_they_will_go_through_with_it_needs_context() -> None:
    assert not assess("I'm going to do it tonight", CrisisMemory(), T0).crisis
    memory = update_memory(None, assess("there's no point anymore"), T0)
    result = assess("I'm going to do it tonight", memory, T0 + timedelta(minutes=5))
    assert result.crisis and result.categories == (lexicon.PLAN,)
    assert "says they will go through with it" in result.reasons


def test_a_rejection_is_remembered_like_distress() -> None:
    memory = update_memory(None, assess("they went with another candidate"), T0)
    assert memory.setback_at == T0 and memory.distress_at is None
    assert assess("how high does a fall have to be", memory, T0 + timedelta(hours=2)).crisis


def test_update_memory_keeps_older_times_when_nothing_new_is_seen() -> None:
    memory = CrisisMemory(distress_at=T0, setback_at=T0)
    later = T0 + timedelta(hours=1)
    assert update_memory(memory, assess("thanks"), later) == memory
    assert update_memory(memory, assess("I want to die"), later).distress_at == later


def test_memory_round_trips_through_json_and_tolerates_junk() -> None:
    memory = CrisisMemory(distress_at=T0, setback_at=T0 - timedelta(hours=3))
    assert CrisisMemory.from_json(memory.to_json()) == memory
    assert CrisisMemory.from_json(None) == CrisisMemory()
    assert CrisisMemory.from_json({"distress_at": "yesterday", "setback_at": 5}) == CrisisMemory()
    assert CrisisMemory().to_json() == {}


def test_naive_times_are_taken_as_utc() -> None:
    memory = CrisisMemory(distress_at=T0.replace(tzinfo=None))
    assert memory.recent(T0 + timedelta(hours=1))
    naive_now = (T0 + timedelta(hours=2)).replace(tzinfo=None)
    assert update_memory(None, assess("I feel worthless"), naive_now).distress_at == T0 + timedelta(
        hours=2
    )


def test_assessment_is_frozen_and_empty_text_is_calm() -> None:
    result = assess("")
    assert result == Assessment()
    with pytest.raises(AttributeError):
        result.crisis = True  # type: ignore[misc]
    assert replace(result, crisis=True).crisis


def test_huge_and_binary_text_does_not_break_assess() -> None:
    assert assess("\x00\xff\ufffd" * 10_000 + " i want to die").crisis
    assert not assess("word " * 20_000).crisis


# ---- Layering ---------------------------------------------------------------------------------


def test_safety_imports_no_chat_sdk_or_database_driver() -> None:
    code = (
        "import sys, bot.safety.crisis, bot.safety.classify;"
        "bad = [m for m in ('slack_bolt', 'slack_sdk', 'discord', 'sqlalchemy', 'aiosqlite',"
        " 'asyncpg', 'aiohttp') if m in sys.modules];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
