"""Reading a cue in its clause: was it denied, and whose words are they?

For a cue found in normalised text (where "." ends a sentence and "," ends a clause), `negated`
says whether the person said they would *not* do it ("I'm not going to hurt myself"), unless
something undoes that denial ("just kidding", "yet", "but", "I can't promise"); `subject` says
whether the words are about the writer, about someone else ("my friend said she wants to die")
or aimed at the reader ("you should die").
"""

from __future__ import annotations

import re
from typing import Literal

from bot.safety.normalise import collapse_runs

Subject = Literal["self", "other", "reader"]


# A denial right before the cue: "im not going to", "i would never", "i dont want to".
_NEGATION = re.compile(collapse_runs(
    r"(?:^| )(?:not|dont|do not|does not|doesnt|didnt|did not|never|wont|will not|would not|"
    r"wouldnt|could not|couldnt|shouldnt|should not|am not|im not|isnt|arent|aint|havent|"
    r"have not|hasnt|no longer|nor|no way|hardly|(?:no|zero) (?:intentions?|plans?|desire|wish|"
    r"urges?|thoughts?|ideas?)(?: of| to| about)?)"
    r"(?: (?:i|id|il|im|ive|really|actually|ever|even|seriously|going to|planning to|plan to|"
    r"intend to|trying to|want to|need to|feel|feel like|think|think about|thinking about|"
    r"thought about|thinking of|think of|thought of|been|be|to|have|had|do anything to|"
    r"do something to|at all|gonna|will|would|a|that|about|of|like|the|type to|kind of person to|"
    r"sort of person to|person to|type of person to|considering|considered|feeling|seriously|"
    r"having|had any|having any|any|thoughts?|urges?))*"
    r" ?$"
))
# Words before a denial that make it doubtful: "i cant promise i wont", "trying not to".
_DOUBT_BEFORE = re.compile(collapse_runs(
    r"(?:^| )(?:probably|maybe|might|hopefully|promise|promised|cant promise|cannot promise|"
    r"not sure|dont know if|unsure|dont think|lying|if i said)(?: |$)"
    r"|(?:^| )(?:try|trying|tried|hard|struggling|fighting|doing my best|working)(?: really)? ?$"
))
# Words right after a denied cue that undo it: "im not going to do it yet".
_DOUBT_AFTER = re.compile(collapse_runs(
    r"^ ?(?:[a-z]+ ){0,3}?(?:yet|today|tonight|right now|for now|this time|this week|probably|"
    r"i think|i guess|i hope|or am i|or will i|or maybe)(?: |$)"
))
# Anywhere in the message: the denial was a joke, or is taken back.
_RETRACTION = re.compile(collapse_runs(
    r"(?:^| )(?:just kidding|jk|kidding|joking|jking|or am i|or will i|or maybe i will|or do i|"
    r"maybe i do|actually i do|who am i kidding|not really|lol not)(?: |$)"
))
# Later in the message: "..., but sometimes i think about it".
_BUT_AFTER = re.compile(collapse_runs(
    r"(?:^| )(?:but|though|although|except|yet|however) (?:i|im|ive|sometimes|part of me|lately|"
    r"honestly|maybe|it|the thoughts|the urge|still)(?: |$)"
))

_CLAUSE_END = re.compile(r" [.,]")


def clause_before(text: str, start: int) -> str:
    """The part of the clause that comes before position `start`."""
    cut = max(text.rfind(" . ", 0, start), text.rfind(" , ", 0, start))
    return text[cut + 3 :start] if cut >= 0 else text[:start]


def clause_after(text: str, end: int) -> str:
    """The part of the clause that comes after position `end`."""
    rest = text[end:]
    found = _CLAUSE_END.search(rest)
    return rest[: found.start()] if found else rest


def negated(text: str, start: int, end: int) -> bool:
    """Whether the cue at text[start:end] is denied, and the denial is not undone."""
    before = clause_before(text, start)
    found = _NEGATION.search(before)
    if found is None:
        return False
    if _DOUBT_BEFORE.search(before[: found.start() + 1]):
        return False
    if _DOUBT_AFTER.search(clause_after(text, end)):
        return False
    if _RETRACTION.search(text) or _BUT_AFTER.search(text[end:]):
        return False
    return True


_FIRST = frozenset(collapse_runs(w) for w in (
    "i", "im", "ive", "id", "ill", "me", "my", "myself", "meself",
))
_READER = frozenset(collapse_runs(w) for w in ("you", "ya", "yall", "youre", "yourself"))
_THIRD_PRONOUN_WORDS = (
    "he", "she", "they", "hes", "shes", "theyre", "theyve", "him", "her", "his", "them",
    "theyll", "hed", "shed", "theyd",
    "himself", "herself", "themselves", "themself", "their", "theirs", "hers",
)
_THIRD_PRONOUNS = frozenset(collapse_runs(w) for w in _THIRD_PRONOUN_WORDS)
_THIRD_WORDS = (
    *_THIRD_PRONOUN_WORDS,
    "friend", "friends", "bestie", "bff", "bf", "gf", "boyfriend", "girlfriend", "partner",
    "husband", "wife", "fiance", "fiancee", "ex", "brother", "sister", "sibling", "bro", "sis",
    "mom", "mum", "mother", "dad", "father", "parent", "son", "daughter", "kid", "child",
    "cousin", "uncle", "aunt", "nephew", "niece", "grandma", "grandpa", "roommate", "flatmate",
    "housemate", "roomie", "coworker", "colleague", "classmate", "teammate", "buddy", "mate",
    "neighbor", "neighbour", "student", "client", "someone", "somebody", "person",
    "boss", "manager", "recruiter", "interviewer", "colleague", "ceo", "founder", "hr",
)
# "my dad's note" is normalised to "my dads note": possessives count as the person too.
_THIRD = frozenset(collapse_runs(w + end) for w in _THIRD_WORDS for end in ("", "s"))
def subject(text: str, start: int, end: int) -> Subject:
    """Who the cue at text[start:end] is about: the writer, someone else, or the reader.

    The nearest person word wins, reading backwards from the end of the cue (pronouns only,
    so "loaded my dad's gun" is the writer's) through the start of its clause: "kill herself",
    "my friend said she wants to die", "I found my dad's note", "you should die". With no
    person word the writer is assumed: a cue nobody claims is treated as the writer's own.
    """
    for word in reversed(text[start:end].split()):  # in the cue, pronouns only: "my dad's gun"
        if word in _FIRST:
            return "self"
        if word in _THIRD_PRONOUNS:
            return "other"
        if word in _READER:
            return "reader"
    for word in reversed(clause_before(text, start).split()):
        if word in _FIRST:
            return "self"
        if word in _THIRD:
            return "other"
        if word in _READER:
            return "reader"
    return "self"
