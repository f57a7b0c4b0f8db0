"""The words of an answer that carry its meaning, in a form shared by all their spellings.

Stop words are dropped ("i think i want to..."), every other word is stemmed (Snowball English:
"calling" and "called" are both "call") and read through a small lexicon of words that mean the
same thing in answers to the bot's questions (`concepts.yaml`: "rang", "phone" and "telephoned"
are all "phone"). A word the flows never use is corrected to the nearest word they do use when it
is a likely typo ("setings", "menuu"; rapidfuzz), so typos meet the examples word by word.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import snowballstemmer
import yaml
from rapidfuzz import fuzz, process

CONCEPTS = Path(__file__).with_name("concepts.yaml")
TYPO = 82
"""How alike (0-100) an unknown word must be to a known one to be read as a typo of it."""

STOP_WORDS = frozenset(
    """
    i me my myself we us our ours you your yours u ur he him his she her they them their it its
    this that these those thats theres theyre youre im id ill ive its am is are was were be been
    being have has had having do does did doing a an the and but if or because as of at by for
    with about to from into onto in on up so then there here can could will would shall should
    may might must just really actually honestly basically literally please pls plz lol tbh tho
    though like want wanna gonna gotta think guess kinda sorta bit some any very quite pretty
    too also well um uh hmm oh ok okay yeah yes yep ya also again now right rn now
    man dude bro mate guys
    """.split()
)
"""Words that say little about which option is meant (calling someone "man" or "dude" too).
Negations ("no", "not", "dont") and place words ("back", "out", "off", "over") are kept: they
change the meaning."""

_stemmer = snowballstemmer.stemmer("english")


def _load() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    data = yaml.safe_load(CONCEPTS.read_text(encoding="utf-8")) or {}
    single: dict[str, str] = {}
    double: dict[tuple[str, str], str] = {}
    for group in data.get("groups") or []:
        head = _stem(str(group[0]))
        for word in group:
            parts = str(word).split()
            if len(parts) == 1:
                single.setdefault(_stem(parts[0]), head)
            elif len(parts) == 2:
                double.setdefault((parts[0], parts[1]), head)
    return single, double


@lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    return str(_stemmer.stemWord(word))


_SINGLE, _DOUBLE = _load()


def concept(word: str) -> str:
    """The shared form of one (normal-form) word: its stem, read through the lexicon."""
    stem = _stem(word)
    return _SINGLE.get(stem, stem)


def content(normed: str) -> list[str]:
    """The shared forms of the words of `normed` that carry meaning, in order."""
    said = normed.split()
    out: list[str] = []
    skip = False
    for first, second in zip(said, [*said[1:], ""], strict=True):
        if skip:
            skip = False
            continue
        pair = _DOUBLE.get((first, second))
        if pair is not None:
            out.append(pair)
            skip = True
        elif first not in STOP_WORDS:
            out.append(concept(first))
    return out


class Speller:
    """Corrects words the flows never use to the nearest word they do use, if one is close."""

    def __init__(self, known: Iterable[str]) -> None:
        self._known = sorted({w for w in known if len(w) >= 3 and not w.isdigit()})
        self._set = frozenset(self._known)
        self._fix = lru_cache(maxsize=16384)(self._nearest)

    def _nearest(self, word: str) -> str:
        if word in self._set or len(word) < 3 or word.isdigit() or word in STOP_WORDS:
            return word
        if _SINGLE.get(_stem(word)) is not None:
            return word
        found = process.extractOne(word, self._known, scorer=fuzz.ratio, score_cutoff=TYPO)
        if found is None or _another_form(word, str(found[0])):
            return word
        return str(found[0])

    def knows(self, word: str) -> bool:
        """Whether `word` (three letters or more) is one the flows use, as written."""
        return word in self._set

    def correct(self, normed: str) -> str:
        """`normed` with each likely typo replaced by the known word it stands for."""
        return " ".join(self._fix(w) for w in normed.split())


SUFFIXED = 2
"""Letters added to or taken from the end of a whole word that make another word of it."""


def _another_form(word: str, known: str) -> bool:
    """Whether `word` is another whole word than `known`, not a typo of it: one is the other with
    an ending added ("actual" and "actually", "total" and "totally")."""
    short, long = sorted((word, known), key=len)
    return long.startswith(short) and len(long) - len(short) >= SUFFIXED
