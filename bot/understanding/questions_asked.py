"""Which common questions a message asks, and whether to answer them where the person is.
`questions_in(book, text)` is the questions a message asks (the whole of it, or each of its "?"
parts); `asked_while_writing(found, plainly)` says whether one is answered at a free-text step (a
vent): questions about the bot itself, and practical ones asked plainly or outright, in however
broken English ("how long they keep my data? i send them cv"), never one that is part of the hurt;
`only_yes_no(option, text)` tells a plain yes or no taken from the first word of a longer question
("no. company. how long they keep my passport") from a real answer; `questions_in_either` also reads
a question clearly in the other language; `asked_at_paste(text)` tells a question about replying at
all ("should i even send something?") or about what to write ("what should i say?") from a draft,
where a draft is asked for.
"""

from __future__ import annotations

import re
from typing import Literal

from bot.flows.model import ChoiceOption
from bot.i18n.current import SOURCE
from bot.i18n.detect import detect_language
from bot.primitives.text import fold
from bot.understanding.deciding import ASKED_TAKE
from bot.understanding.questions import Match as QuestionMatch
from bot.understanding.questions import QuestionBook, asked_in
from bot.understanding.yesno import read

WHILE_WRITING = frozenset(
    {
        "is_human",
        "what_stored",
        "retention",
        "who_sees",
        "delete_data",
        "really_deleted",
        "copy_data",
        "is_therapist",
        "what_can_you_do",
    }
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


def only_yes_no(option: ChoiceOption | None, text: str, score: float = 0.0) -> bool:
    """Whether `option` is a plain yes or no taken from the first word of a longer message
    ("no. company. how long they keep my passport" is a question, not a no). An option its
    words name against the opening ("no. i want you to fix it. what would a professional
    version look like" to "Want to see a calmer version?"), or surely (`score`, at least
    `ASKED_TAKE`) with no yes or no opening ("can you give me a more professional version"), was
    not taken from that word."""
    if option is None or option.means not in ("yes", "no") or len(text.split()) <= 2:
        return False
    opening = read(text).meaning
    if opening is None and score >= ASKED_TAKE:
        return False  # a request in the option's own words, asked as a question
    return opening is None or opening == option.means


def asked_while_writing(found: list[QuestionMatch], plainly: bool) -> bool:
    """At a free-text step (a vent, a few words about a mood): questions about the bot itself,
    and any practical question asked plainly and matched surely; never a question that is
    part of the hurt ("is it normal to feel this upset?" is venting)."""
    first = found[0]
    if first.question.id in WHILE_WRITING:
        return True
    return plainly and first.score >= SURE_OUTRIGHT and first.question.id not in PART_OF_THE_HURT


def questions_in(book: QuestionBook, text: str) -> list[QuestionMatch]:
    """The questions `text` asks (`questions.asked_in`), at most `MAX_ANSWERED`; two asked in
    one sentence joined by "and" / "y" ("do i get severance and how do i apply for
    unemployment?", "¿me pagan liquidación y cómo pido el seguro de desempleo?") are both
    answered when each half matches a question of its own."""
    found = asked_in(book, text, MAX_ANSWERED)
    if len(found) >= MAX_ANSWERED:
        return found
    halves = [h.strip(" ,.¿?") for h in _JOINED.split(fold(text), maxsplit=1)]
    if len(halves) != 2 or any(len(h.split()) < JOINED_WORDS for h in halves):
        return found
    both = [m for m in (book.match(h + "?") for h in halves) if m is not None]
    if len(both) != 2 or both[0].question.id == both[1].question.id:
        return found
    return both


_JOINED = re.compile(
    r",?\s(?:and|also|plus|y|e|ademas|tambien)\s+(?:also\s+|tambien\s+)?"
    r"(?=(?:how|what|can|could|do|does|did|is|are|should|will|would|where|when|who|why|"
    r"am i|will i|como|que|cuando|donde|cuanto|puedo|debo|tengo|me|hay|se puede|es)\b)"
)
"""Where a sentence asking two things is cut: "and" / "y" before a question word."""
JOINED_WORDS = 3
"""Each half of such a sentence is a question of its own, in a few words at least."""


_OPENED = re.compile(r"(?:^|\s)[¿¡]\w")
"""A question or exclamation opened upside down ("¿le escribo o no?") is Spanish, however short."""


def questions_in_either(book: QuestionBook, here: str, text: str) -> list[QuestionMatch]:
    """The questions `text` asks in language `here`, else, when it is clearly written in another
    language the book has ("¿le escribo o no?" in an English conversation), in that language's
    examples: either way the questions of `here`, so they are answered in its words."""
    spoken = book.in_language(here)
    found = questions_in(spoken, text)
    there = detect_language(text) or ("es" if _OPENED.search(text) else None)
    if found or there is None or there == here or there not in (*book.languages, SOURCE):
        return found
    ids = {q.id: q for q in spoken.questions}
    return [
        QuestionMatch(ids[m.question.id], m.score)
        for m in questions_in(book.in_language(there), text)
        if m.question.id in ids
    ]


PASTE_QUESTION_WORDS = 15
"""A question typed where a draft is asked for is short; a longer message is the draft."""
_TO_US = re.compile(
    r"(?<!\w)(?:do you think|can you help(?: me)?|could you help(?: me)?|would you|what would you"
    r"|you think|crees que|me ayudas|me puedes ayudar|tu que (?:dices|opinas))(?!\w)"
)
"""Words that address the bot: a "you" in them is not the employer."""
_WHETHER = re.compile(
    r"^(?:so |but |and |ok |okay |um |hmm |wait |honestly |like )*(?:"
    r"(?:should|shall|do|must) i (?:even |really |just |actually )?(?:send|reply|respond|write|"
    r"answer|email|message|say anything|bother|not (?:reply|respond|send|say anything))"
    r"|do i (?:even |really )?(?:need|have) to (?:reply|respond|answer|send|write|say)"
    r"|is (?:it|there) (?:even |really )?(?:worth|any point|a point|a good idea|smart|wise|ok|"
    r"okay)"
    r"|(?:would|will) it (?:be|look) (?:better|bad|weird|smart|wise|ok|okay)"
    r"|(?:do you think|you think) i should"
    r"|what if i (?:don'?t|dont|do not|never) (?:reply|respond|answer|send|write|say)"
    r"|(?:deberia|debo|tengo que|hace falta|conviene|vale la pena|tiene sentido|sera mejor|"
    r"crees que deberia) (?:siquiera |de verdad )?(?:mandar|enviar|responder|contestar|"
    r"escribir|decir)"
    r")(?!\w)"
)
_WHAT = re.compile(
    r"(?<!\w)(?:"
    r"(?:what|how) (?:should|shall|do|can|would|could) i (?:even )?(?:say|write|put|start|word|"
    r"phrase|reply|respond|tell|begin|open)"
    r"|(?:can|could) you help me (?:write|word|with (?:it|the|a|my))|help me (?:write|word)"
    r"|where do i (?:even )?start|any (?:tips|ideas) (?:for|on) (?:what|how)"
    r"|que (?:les |le )?(?:digo|escribo|pongo|mando|deberia (?:decir|escribir|poner|mandar))"
    r"|como (?:empiezo|lo escribo|lo redacto|se lo digo|les digo|le digo|lo digo)"
    r"|me (?:ayudas|puedes ayudar) a (?:escribir|redactar)"
    r")(?!\w)"
)
_EMPLOYER = re.compile(r"(?<!\w)(?:you|your|u|ur|usted|ustedes|su equipo)(?!\w)")


def asked_at_paste(text: str) -> Literal["whether", "what"] | None:
    """At a prompt asking for a draft: `whether` when `text` asks whether to reply at all
    ("should I even send something?", "¿vale la pena responder?"), `what` when it asks what to
    write ("what should I say?", "¿qué les digo?"), else None (the draft itself, or a question
    put to the employer: "should I expect to hear from you?")."""
    said = " ".join(fold(text).split())
    if not said or len(said.split()) > PASTE_QUESTION_WORDS:
        return None
    plain = said.strip(" ?!.¿¡").strip()
    if _EMPLOYER.search(_TO_US.sub(" ", plain)):
        return None  # "should i expect to hear from you?": written to them
    if _WHAT.search(plain):
        return "what"
    if _WHETHER.search(plain) and (said.endswith("?") or len(plain.split()) <= 8):
        return "whether"
    return None
