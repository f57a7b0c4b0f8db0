"""Understanding beyond the waiting question: the situation picked up from what people say, the
common questions (file checks and matching), and the feelings lexicon with its tone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.app import build_app
from bot.checkins.prefs import match_timezone
from bot.cli import main as cli_main
from bot.core.model import Attachment, Turn, UnderstoodKind, UserKey
from bot.flows.problems import FlowError
from bot.understanding.feelings import Lexicon
from bot.understanding.questions import load_questions, parse_questions, reads_as_question
from bot.understanding.situation import acknowledge, pick_up
from tests.conftest import DIALOGUES, make_settings
from tests.replies import said

QUESTIONS = DIALOGUES / "questions.yaml"


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("they turned me down after the final round, by email",
         {"stage": "final_round", "heard": "email"}),
        ("40 auto rejections", {"stage": "application", "heard": "email", "rejections": 40}),
        ("third no this week", {"rejections": 3}),
        ("they called me yesterday after the phone interview",
         {"stage": "phone_screen", "heard": "call", "heard_when": "yesterday", "days_ago": 1}),
        ("ghosted after the second interview 2 weeks ago",
         {"stage": "interview", "heard": "no_answer", "heard_when": "2 weeks ago", "days_ago": 14}),
        ("my offer was rescinded 2 hours ago",
         {"stage": "offer_stage", "heard_when": "2 hours ago", "days_ago": 0}),
        ("I havent heard back since last week",
         {"heard": "no_answer", "heard_when": "last week", "days_ago": 7}),
        ("pretty bad honestly", {}),
        ("actually I got another offer!", {}),
    ],
)  # fmt: skip
def test_the_situation_is_picked_up_from_what_people_say(
    text: str, facts: dict[str, object]
) -> None:
    assert pick_up(text) == facts


def test_what_is_known_is_said_back_in_one_line() -> None:
    assert acknowledge({"stage": "final_round", "heard": "email"}) == (
        "Final round, by email: that's a hard one."
    )
    assert "40 rejections" in acknowledge({"stage": "application", "rejections": 40})
    assert acknowledge({}) == ""


def test_the_questions_file_has_thirty_questions_each_found_by_its_own_examples() -> None:
    book = load_questions(QUESTIONS)
    assert len(book) >= 30
    for q in book.questions:
        assert len(q.examples) >= 3 and q.answer
        for example in q.examples:
            asked = example if reads_as_question(example) else example + "?"
            found = book.match(asked)
            assert found is not None and found.question.id == q.id, (q.id, example)


@pytest.mark.parametrize(
    ("text", "qid"),
    [
        ("how long do you keep my data?", "retention"),
        ("Should I ask them for feedback?", "ask_feedback"),
        ("is it too soon to send it tonight?", "send_now"),
        ("is ghosting normal", "ghosting_normal"),
        ("are you a real person?", "is_human"),
        ("what if they call me?", "they_call"),
        ("should i reapply?", "reapply"),
    ],
)
def test_questions_are_matched_as_people_type_them(text: str, qid: str) -> None:
    found = load_questions(QUESTIONS).match(text)
    assert found is not None and found.question.id == qid


@pytest.mark.parametrize(
    "text", ["I hate them", "yes keep it", "im done for now", "should i", "purple elephant?"]
)
def test_statements_and_vague_questions_are_not_taken_as_questions(text: str) -> None:
    assert load_questions(QUESTIONS).match(text) is None


def test_a_broken_questions_file_is_reported_with_its_place() -> None:
    text = "questions:\n  - id: Bad Id\n    answer: hi\n  - id: ok\n    examples: [a]\n"
    with pytest.raises(FlowError) as err:
        parse_questions(text, "questions.yaml")
    lines = str(err.value).splitlines()
    assert lines[0].startswith("questions.yaml:2:9: a question needs an `id`")
    assert any(
        line.startswith("questions.yaml:5:15: question 'ok' has 1 examples") for line in lines
    )


def test_validate_checks_the_questions_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    flows = tmp_path / "flows"
    flows.mkdir()
    (flows / "menu.yaml").write_text(
        (DIALOGUES / "help.yaml").read_text().replace("id: help", "id: menu", 1)
    )
    (flows / "questions.yaml").write_text("questions:\n  - id: x\n    examples: [a, b, c]\n")
    assert cli_main(["validate", str(flows)]) == 1
    out = capsys.readouterr().out
    assert f"{flows / 'questions.yaml'}:2:5: question 'x' has no answer" in out


def test_feelings_are_read_with_negation_and_good_news() -> None:
    lex = Lexicon.load()
    assert lex.read("I feel so stupid and embarrassed").feelings == ("stupid", "embarrassed")
    assert lex.read("I'm not angry, just tired").feelings == ("exhausted",)
    assert lex.read("actually I got another offer!").good_news
    assert not lex.read("I didn't get the offer").good_news


def test_replies_do_not_repeat_until_every_line_was_used() -> None:
    lex = Lexicon.load()
    recent: list[str] = []
    lines = []
    for _ in range(len(lex.replies["plain"])):
        rid, line = lex.reply("it is what it is", recent)
        recent.append(rid)
        lines.append(line)
    assert len(set(lines)) == len(lines)


KEY = UserKey("console", "local", "pia")


async def test_picked_up_facts_are_in_mydata_and_gone_after_forget(tmp_path: Path) -> None:
    app = await build_app(make_settings(tmp_path, checkins=False))
    try:
        first = await app.engine.handle_detailed(
            Turn(KEY, text="they turned me down after the final round, by email, 3 days ago")
        )
        assert first.understood is not None and first.understood.kind is UnderstoodKind.FLOW
        replies = await app.engine.handle(Turn(KEY, text="/mydata"))
        export = next(r for r in replies if isinstance(r, Attachment))
        answers = json.loads(export.content)["conversation"]["answers"]
        assert answers["How far you got"] == "final_round" and answers["How you heard"] == "email"
        assert answers["When you heard"] == "3 days ago"
        assert answers["How many days ago you heard"] == 3
        await app.engine.handle(Turn(KEY, text="/forget"))
        done = await app.engine.handle(Turn(KEY, text="yes, erase everything"))
        assert "erased" in said(done)
        async with app.store.transaction() as tx:
            assert await tx.load(KEY) is None
    finally:
        await app.close()


async def test_a_question_is_answered_and_the_waiting_question_asked_again(tmp_path: Path) -> None:
    app = await build_app(make_settings(tmp_path, checkins=False))
    try:
        await app.engine.handle(Turn(KEY, text="/reframe"))
        asked = await app.engine.handle_detailed(Turn(KEY, text="should I ask them for feedback?"))
        u = asked.understood
        assert u is not None and u.kind is UnderstoodKind.QUESTION
        assert (u.flow, u.step) == ("reframe", "intro_more") and u.score is not None
        assert "worth asking" in said(asked.replies)
        assert "Want to try a short exercise?" in said(asked.replies)
        answered = await app.engine.handle_detailed(Turn(KEY, text="yes"))
        assert answered.understood is not None
        assert answered.understood.kind is UnderstoodKind.CHOICE
    finally:
        await app.close()


@pytest.mark.parametrize(
    ("said", "zone"),
    [
        ("im in auckland", "Pacific/Auckland"),
        ("Auckland", "Pacific/Auckland"),
        ("I'm based in Berlin.", "Europe/Berlin"),
        ("i live in new york", "America/New_York"),
    ],
)
def test_a_time_zone_is_found_in_a_sentence(said: str, zone: str) -> None:
    assert match_timezone(said) == zone
