"""How an answer is worded, apart from what it names: whether it asks something back, whether
it hedges ("safe i guess"), which words a negating opening governs ("not great, it got
worse": only "great"), whether a word tells what someone else did ("they made me wait"), and
which option's own words an answer says outright, and what an answer says after the option's
words ("theres more, they ..."). The matcher reads these to decide how sure to be.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.flows.model import ChoiceOption
from bot.primitives.text import fold
from bot.primitives.turn_memo import within_turn_numbers_kept
from bot.understanding.normal import norm
from bot.understanding.yesno import Polarity

SOFT_OPENINGS = frozenset(
    "ok okay k kk okie alright all right fine cool right so well hmm um oh ah".split()
    + "please pls plz".split()
    + "ya ay bueno pues porfa".split()
)
"""Openings that, before words naming an option, are only a way of starting to speak."""
REASONS = frozenset("because cause since as porque ya".split())
RESERVATIONS = frozenset("but wait though unless actually except if".split())
"""Words after a yes or no that hold it back ("yes but wait"): it is not taken as sure."""
_STRESSED = re.compile(r"(?<!\w)actually\s*(?:[!.]|$)")
"""An "actually" that ends a sentence ("yeah they replied actually!") stresses what was said."""


def reserved(said: Sequence[str], text: str) -> bool:
    """Whether a word holding back a yes or no comes right after it (`said`: the words after
    the opening); an "actually" ending a sentence only stresses it."""
    near = RESERVATIONS.intersection(said[: HEDGED_WITHIN + 1])
    if near == {"actually"} and _STRESSED.search(text.lower()):
        return False
    return bool(near)


HEDGES = frozenset("ish kinda kind sorta sort guess probably mostly maybe somewhat".split())
"""Words that make an answer doubtful; a doubtful yes is asked about, never taken."""
HEDGED_WITHIN = 3
"""In a longer answer, a hedging word counts only this close after its opening."""
QUESTION_WORDS = frozenset(
    "will would can could should do does did is are am was what how why when where who which "
    "wont cant shouldnt isnt arent".split()
)


def asks(text: str) -> bool:
    """Whether `text` reads as a question: a question mark, or a question word leading 4+ words."""
    if text.rstrip().endswith("?"):
        return True
    said = norm(text).split()
    return len(said) >= 4 and said[0] in QUESTION_WORDS


_CLAUSE_END = re.compile(r"[,.;:!?]|\s(?:but|and|so|because|cause|since)\s")
_LAST_CLAUSE = re.compile(r"[,.;:!?]+\s*|\s(?:but|so|then|anyway|pero|entonces|asi que)\s")
ENDING_AFTER = 6
"""An answer of at least this many words may say what it means in its last clause."""


@within_turn_numbers_kept
def ending(text: str) -> str | None:
    """The last clause of a long answer ("reread it and it holds up, so im sending it": "im
    sending it"), of two words or more and shorter than the whole; None for a short answer.
    A clause of reasons ("since i have time") is not an ending: the meaning comes before it.
    Read once a turn (each language's matcher asks)."""
    if len(norm(text).split()) < ENDING_AFTER:
        return None
    clauses = [c for c in _LAST_CLAUSE.split(fold(text)) if norm(c)]
    last = norm(clauses[-1]) if len(clauses) > 1 else ""
    if len(last.split()) < 2 or last.split()[0] in REASONS:
        return None
    return last


def negated(text: str, took: int) -> str:
    """The words a negating opening governs ("not great, it got worse": only "great"), in
    normal form: those after the opening up to the end of its clause."""
    clause = _CLAUSE_END.split(text, maxsplit=1)[0]
    said = norm(text).split()
    first = norm(clause).split()
    if len(first) < took:
        first = said
    return " ".join(first[took:])


SUGGESTING = frozenset("maybe probably".split())
"""Hedging words that, before a verb of doing (`DOING`), suggest rather than doubt ("cool, maybe
check the plan": a yes to looking at it)."""
DOING = frozenset(
    "check look see show pick try do go start make take open have get lets let read".split()
)


def hedged(said: str, opening: Polarity) -> bool:
    """Whether the answer itself is doubtful ("safe i guess", "yes kind of"): a hedging word in
    a short answer, or just after its yes or no; "yes, they wrote back, kind of harsh" is not,
    nor is a suggestion in a longer answer ("ok maybe look at the plan since i have time")."""
    tokens = said.split()
    near = tokens if len(tokens) <= HEDGED_WITHIN * 2 else tokens[: opening.took + HEDGED_WITHIN]
    if len(tokens) > HEDGED_WITHIN * 2:
        then = [*tokens[1:], ""]
        suggests = [w in SUGGESTING and n in DOING for w, n in zip(near, then, strict=False)]
        near = [w for w, s in zip(near, suggests, strict=True) if not s]
    return bool(HEDGES.intersection(near))


def asking_option(option: ChoiceOption) -> bool:
    """Whether the option is itself a question ("What if they still don't answer?"), so that
    an answer asking it is no less sure for its question mark."""
    return option.label.rstrip().endswith("?")


LONG_ANSWER = 3
THIRD_PERSON = frozenset(
    "they he she theyd theyve theyre company recruiter recruiters hr manager interviewer "
    "ellos ellas empresa reclutador reclutadora".split()
)
LED_BY = frozenset("me us to him her them nos a".split())
"""Words just before a verb that someone else made or asked the person do ("made me wait",
"told me to wait", "me hicieron esperar")."""
_CLAUSE_BREAKS = frozenset("and but so because then pero y luego".split())


def their_doing(tokens: Sequence[str], at: int) -> bool:
    """Whether the word at `at`, in an answer of more than `LONG_ANSWER` words, is something
    someone else did or made the person do: just after "me", "to" (or a Spanish verb of theirs,
    "tuvieron"), with a third-person subject ("they", or a verb ending in -ron) earlier in its
    clause."""
    if len(tokens) <= LONG_ANSWER or at == 0:
        return False
    before = tokens[at - 1]
    if before not in LED_BY and not _theirs(before):
        return False
    for word in reversed(tokens[:at]):
        if word in _CLAUSE_BREAKS:
            return False
        if word in THIRD_PERSON or _theirs(word):
            return True
    return False


def _theirs(word: str) -> bool:
    """A Spanish verb of the third person plural, past ("dijeron", "tuvieron", "hicieron")."""
    return len(word) > 5 and word.endswith("ron")


def said_outright(options: Sequence[ChoiceOption], text: str) -> ChoiceOption | None:
    """The one option whose own words of two or more ("im not safe") the message says outright,
    however much else it says ("im not safe. i just want it to stop"); None when no option's,
    or more than one option's, are said."""
    said = f" {_plain_words(text)} "
    hits = {
        o.id: o
        for o in options
        for phrase in (o.label, *o.synonyms)
        if (words := _outright(phrase)) is not None and words in said
    }
    return next(iter(hits.values())) if len(hits) == 1 else None


@lru_cache(maxsize=4096)
def _outright(phrase: str) -> str | None:
    """An option phrase of two or more words as `said_outright` looks for it (flow phrases
    recur in every turn: each is worked out once)."""
    plain = _plain_words(phrase).split()
    return f" {' '.join(plain)} " if len(plain) >= 2 else None


_PUNCT = re.compile(r"[^\w\s]")


def _plain_words(text: str) -> str:
    """Folded words, apostrophes dropped and other punctuation a space ("I'm" -> "im")."""
    return " ".join(_PUNCT.sub(" ", fold(text).replace("'", "").replace("’", "")).split())


@lru_cache(maxsize=4096)
def _phrase_words(phrase: str) -> tuple[str, ...]:
    """An option phrase's plain words (flow phrases recur in every turn: worked out once)."""
    return tuple(_plain_words(phrase).split())


REST_WORDS = 2
"""Words after an option's own that are the person's answer to what comes next, not a tail."""
NOT_AN_ANSWER = frozenset(
    "it this that them one to for please pls thanks thank now later too then again".split()
)
"""First words after an option's own that only go on with it ("add it to my plan")."""
_TOKEN = re.compile(r"[\w'’]+")
_QUOTES = frozenset({"''", '""', "‘’", "“”"})


@within_turn_numbers_kept
def _words_of(text: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Where each word of `text` ends, and its plain form: read once a turn, however many
    options `words_after` tries."""
    tokens = list(_TOKEN.finditer(text))
    return tuple(t.end() for t in tokens), tuple(_plain_words(t.group()) for t in tokens)


def words_after(option: ChoiceOption, text: str) -> str:
    """What `text` says after opening with the option's words ("theres more, honestly i keep
    thinking about it" at "There's more" leaves "honestly i keep thinking about it"), as
    typed; "" when it does not open with them or leaves fewer than `REST_WORDS` words."""
    ends, plain = _words_of(text)
    skip = 0
    while skip < len(plain) and plain[skip] in SOFT_OPENINGS:
        skip += 1
    longest = 0
    for phrase in (option.label, *option.synonyms, *option.examples):
        words = _phrase_words(phrase)
        if words and plain[skip : skip + len(words)] == words:
            longest = max(longest, len(words))
    end = skip + longest
    if not longest or len(ends) - end < REST_WORDS or plain[end] in NOT_AN_ANSWER:
        return ""
    rest = text[ends[end - 1] :].lstrip(" ,.;:!-–—\n").strip()
    return rest[1:-1].strip() if len(rest) > 2 and rest[0] + rest[-1] in _QUOTES else rest
