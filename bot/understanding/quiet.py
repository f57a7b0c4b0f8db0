"""Quiet answers: a few low-energy words that answer nothing ("ok", "whatever. nvm", "idk",
"meh", "lo que sea", "ni idea"), and a bare "im done" / "ya me cansé", which may mean done
talking, done with the search, or something heavier (the crisis check reads that part first).

`quiet_only(text)`: the message is only such words (fillers like "man" or "tbh" allowed).
`plain_ok(text)`: a bare "ok" ("okay i guess", "k"), which at a mood question may mean anything
from fine to getting by.
`unsure_quiet(text)`: a quiet message that says it does not know ("idk"), which never picks a
number on the mood scale. `done_only(text)`: a bare "im done", "i'm so done", "ya terminé".
"""

from __future__ import annotations

import re

from bot.understanding.normal import norm

_QUIET_PHRASES = (
    "ok", "okay", "k", "kk", "okk", "oki", "okie", "whatever", "whatevs", "nvm", "never mind",
    "nevermind", "meh", "idk", "i dunno", "dunno", "idc", "i dont know", "dont know",
    "no idea", "not sure", "i guess", "i suppose", "fine", "sure", "yeah", "yea", "ya", "hm",
    "hmm", "hmmm", "eh", "ugh", "sigh", "nothing", "nah", "forget it", "doesnt matter",
    "it doesnt matter", "no clue", "idek", "lol", "cool",
    "lo que sea", "como sea", "da igual", "me da igual", "equis", "nada", "ni idea", "no se",
    "no lo se", "ni modo", "ya que", "olvidalo", "bueno", "pues", "este", "aja", "mm", "mmm",
)  # fmt: skip
_UNSURE_PHRASES = (
    "idk", "i dunno", "dunno", "i dont know", "dont know", "no idea", "not sure", "no clue",
    "idek", "ni idea", "no se", "no lo se",
)  # fmt: skip
_FILLERS = ("man", "tbh", "honestly", "really", "just", "i mean", "so", "then", "anyway", "bro")
MAX_WORDS = 6
"""A quiet answer is short; a longer one says something."""


def _alternation(phrases: tuple[str, ...]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


_QUIET = re.compile(r"^(?:(?:" + _alternation(_QUIET_PHRASES + _FILLERS) + r")(?:\s+|$))+$")
_UNSURE = re.compile(r"(?:^|\s)(?:" + _alternation(_UNSURE_PHRASES) + r")(?:\s|$)")
_FILLER_ONLY = re.compile(r"^(?:(?:" + _alternation(_FILLERS) + r")(?:\s+|$))+$")
_DONE = re.compile(
    r"^(?:(?:ugh|honestly|man|ok|okay|well|just|like|yeah|si|ya|pues|bueno)\s+)*"
    r"(?:(?:im|i am|iam)\s+(?:so\s+|just\s+|really\s+|kinda\s+|pretty\s+much\s+)*done"
    r"(?:\s+now)?(?:\s+(?:lol|tbh|honestly|man|bro))?"
    r"|(?:ya\s+)?(?:termine|acabe|me\s+canse|me\s+harte|estoy\s+(?:harto|harta|hasta\s+aqui))"
    r"(?:\s+ya)?)$"
)
_PLAIN_OK = re.compile(
    r"^(?:(?:well|um+|uh+|eh|hm+|so|pues|bueno)\s+)?(?:ok|okay|k|kk|okk|oki|okie|okey|okay+)"
    r"(?:\s+(?:i guess|i suppose|ig|i think|maybe|tbh|honestly|supongo|creo))?$"
)


def plain_ok(text: str | None) -> bool:
    """Whether `text` is a bare "ok" ("okay i guess", "k", "ok supongo"): at a mood question it
    says little about how they feel, so nobody is told they are fine."""
    return _PLAIN_OK.match(norm(text or "")) is not None


def quiet_only(text: str | None) -> bool:
    """Whether `text` is only a few quiet words ("ok", "whatever. nvm", "idk man")."""
    said = norm(text or "")
    if not said or len(said.split()) > MAX_WORDS or _FILLER_ONLY.match(said):
        return False
    return _QUIET.match(said) is not None


def unsure_quiet(text: str | None) -> bool:
    """Whether `text` is a quiet answer that says it does not know ("idk", "no sé")."""
    return quiet_only(text) and _UNSURE.search(norm(text or "")) is not None


def done_only(text: str | None) -> bool:
    """Whether `text` is a bare "im done" ("i'm so done", "ya me cansé"), nothing more."""
    said = norm(text or "")
    return bool(said) and len(said.split()) <= MAX_WORDS and _DONE.match(said) is not None
