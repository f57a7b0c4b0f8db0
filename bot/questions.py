"""The common questions in each language: translated examples and answers, English as fallback.

Keys: `questions.<id>.examples` (one example per line; the English examples keep working) and
`questions.<id>.answer`, in each language's `questions.po`. The questions are understanding's
(`bot.understanding.questions`) and the catalogues are i18n's, neither importing the other, so
this joint sits above both: the app loads the questions with `find_questions`, and registers
`question_texts` with `bot.i18n.sources.add_sources` so `bounceback i18n` extracts them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from bot.i18n.catalogs import QUESTIONS_DOMAIN, locales_dir, read_languages
from bot.i18n.keys import Source, join_list, split_list
from bot.understanding.questions import QuestionBook, load_questions, question_files


def question_sources(book: QuestionBook) -> Iterator[Source]:
    """Every translatable text of the common questions, with its key."""
    for q in book.questions:
        yield Source(f"questions.{q.id}.examples", join_list(q.examples), q.pos, True)
        yield Source(f"questions.{q.id}.answer", q.answer, q.pos)


def question_texts(paths: Sequence[str | Path]) -> list[Source]:
    """The texts to translate of the first questions file among the flow paths (or none)."""
    files = question_files([Path(p) for p in paths])
    return list(question_sources(load_questions(files[0]))) if files else []


def with_question_languages(book: QuestionBook, locales: Path | None) -> QuestionBook:
    """`book`, carrying a translated book for every language with catalogues under `locales`."""
    for code, lang in read_languages(locales).items():
        questions = []
        for q in book.questions:
            key = f"questions.{q.id}"
            found = lang.text(QUESTIONS_DOMAIN, f"{key}.examples", join_list(q.examples))
            examples = tuple(dict.fromkeys([*split_list(found or ""), *q.examples]))
            answer = lang.text(QUESTIONS_DOMAIN, f"{key}.answer", q.answer) or q.answer
            questions.append(replace(q, examples=examples, answer=answer))
        book.languages[code] = QuestionBook(questions)
    return book


def find_questions(paths: list[Path] | list[str]) -> QuestionBook | None:
    """The first questions file among the flow paths, loaded with its translations; None when
    there is none. Raises `FlowError` (file:line:col for each problem) on a broken file."""
    files = question_files(paths)
    if not files:
        return None
    return with_question_languages(load_questions(files[0]), locales_dir(paths))
