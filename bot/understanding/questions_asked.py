"""Which common questions a message asks, and whether to answer them where the person is.

`questions_in(book, text)` is the questions a message asks (the whole of it, or each of its "?"
parts); `asked_while_writing(found, plainly)` says whether one is answered at a free-text step
(a vent): questions about the bot itself, and practical ones asked plainly or outright, in
however broken English ("how long they keep my data? i send them cv"), never one that is part
of the hurt; `only_yes_no(option, text)` tells a plain yes or no taken from the first word of a
longer question ("no. company. how long they keep my passport") from a real answer.
"""

from __future__ import annotations

from bot.flows.model import ChoiceOption
from bot.understanding.questions import Match as QuestionMatch
from bot.understanding.questions import QuestionBook, asked_in

WHILE_WRITING = frozenset(
    {"is_human", "what_stored", "retention", "who_sees", "delete_data", "copy_data", "is_therapist"}
)
"""At a free-text step, only questions about the bot itself are answered (anything else is the
person's answer: "is it normal to feel this upset?" in a vent is venting)."""

SURE_QUESTION = 95.0
"""A question matched this closely is answered even when a waiting option is a near miss."""
SURE_OUTRIGHT = 88.0
"""At a free-text step, a practical question asked outright is answered when matched this
closely (broken English matches its examples less closely than a tidy question does)."""
OPTION_BEATS_QUESTION = 0.9
"""A plainly asked question matched surely wins over an option matched less surely than this
("before i answer, do you save this?" at a mood question is not a mood)."""
PART_OF_THE_HURT = frozenset({"how_long_hurts", "personal", "what_went_wrong", "many_rejections"})
"""Questions that, in the middle of a vent, are part of what is being said, not asked of us."""
MAX_ANSWERED = 2
"""The most questions answered from one message."""


def only_yes_no(option: ChoiceOption | None, text: str) -> bool:
    """Whether `option` is a plain yes or no taken from the first word of a longer message
    ("no. company. how long they keep my passport" is a question, not a no)."""
    return option is not None and option.means in ("yes", "no") and len(text.split()) > 2


def asked_while_writing(found: list[QuestionMatch], plainly: bool) -> bool:
    """At a free-text step (a vent, a few words about a mood): questions about the bot itself,
    and any practical question asked plainly and matched surely; never a question that is
    part of the hurt ("is it normal to feel this upset?" is venting)."""
    first = found[0]
    if first.question.id in WHILE_WRITING:
        return True
    return plainly and first.score >= SURE_OUTRIGHT and first.question.id not in PART_OF_THE_HURT


def questions_in(book: QuestionBook, text: str) -> list[QuestionMatch]:
    """The questions `text` asks (`questions.asked_in`), at most `MAX_ANSWERED`."""
    return asked_in(book, text, MAX_ANSWERED)
