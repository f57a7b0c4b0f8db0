"""Text normalisation for the crisis lexicon: one canonical spelling of what a person typed.

`normalise` turns a message into lower-case ASCII words separated by single spaces, so the
lexicon can be written once in plain spelling and still match the ways people actually type:
accents and fullwidth letters, curly or missing apostrophes ("don’t", "dont" -> "dont"),
leetspeak inside words ("k1ll", "$uicide"), masked words ("s*icide"), stretched letters
("diieee" -> "die"), common chat shorthand ("wanna", "u", "rn") and hashtags. Sentence
punctuation survives as a "." token and commas or dashes as a "," token, because negation and
"who is this about" never reach across them. Every run of a repeated letter is collapsed to one
letter ("kill" -> "kil", "sleep" -> "slep"); the lexicon compiler collapses its patterns the same
way, so lexicon authors never have to think about it.
"""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans(dict.fromkeys("’‘ʼʹ′´`‛＇", "'"))
_INNER_MARK = re.compile(r"(?<=[a-z])[!|](?=[a-z])")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                       "$": "s"})
_LEET_TOKEN = re.compile(r"[a-z0-9@$]*[a-z][a-z0-9@$]*|[@$][a-z0-9@$]+")
_MASKED_TOKEN = re.compile(r"[a-z*]*\*[a-z*]*")
_RUNS = re.compile(r"([a-z])\1+")
_SENTENCE = re.compile(r"[.!?;:\n\r\u2026\u3002]+")
_CLAUSE = re.compile(r"[,\u2013\u2014]+|\s-+\s")
_OTHER = re.compile(r"[^a-z0-9.,_ ]+")
_NUMBER_UNIT = re.compile(r"[0-9]+[a-z]+")
_LEET_HINT = re.compile(r"[a-z][013457@$]|[013457@$][a-z]")

# Words people mask with asterisks ("s*icide", "k**l"); one asterisk stands for one letter.
_MASK_TARGETS = ("suicide", "suicidal", "kill", "killing", "myself", "die", "dead", "cutting")


def collapse_runs(text: str) -> str:
    """Collapse every run of one repeated letter to a single letter ("kill" -> "kil")."""
    return _RUNS.sub(r"\1", text)


# Chat shorthand, keyed by its collapsed spelling, expanded to plain words.
_SHORTHAND_RAW = {
    "wanna": "want to",
    "wana": "want to",
    "gonna": "going to",
    "finna": "going to",
    "gotta": "got to",
    "tryna": "trying to",
    "u": "you",
    "ur": "your",
    "r": "are",
    "2": "to",
    "4": "for",
    "rn": "right now",
    "idk": "i dont know",
    "cuz": "because",
    "coz": "because",
    "cos": "because",
    "bc": "because",
    "abt": "about",
    "ppl": "people",
    "smth": "something",
    "thru": "through",
    "tho": "though",
    "pls": "please",
    "plz": "please",
    "everyi": "everyone",
    "noi": "no one",
    "somei": "someone",
    "anyi": "anyone",
    "noone": "no one",
    "dnt": "dont",
    "w o": "without",
    "w": "with",
    "cnt": "cant",
}
_SHORTHAND = {collapse_runs(k): collapse_runs(v) for k, v in _SHORTHAND_RAW.items()}
_SHORTHAND_KEYS = frozenset(w for k in _SHORTHAND for w in k.split())
_SHORTHAND_WORD = re.compile(
    r"(?<![a-z0-9])(" + "|".join(sorted(map(re.escape, _SHORTHAND), key=len, reverse=True))
    + r")(?![a-z0-9])"
)


def _unleet(match: re.Match[str]) -> str:
    token = match.group(0)
    if _NUMBER_UNIT.fullmatch(token):  # "4pm", "1st", "25m" are numbers, not leetspeak
        return token
    mapped = token.translate(_LEET)
    return mapped if mapped != token and mapped.isalpha() else token


def _unmask(match: re.Match[str]) -> str:
    token = match.group(0)
    if token.strip("*") == "" or not any(c.isalpha() for c in token):
        return token.replace("*", " ")
    shape = re.compile(re.escape(token).replace(r"\*", "[a-z]"))
    for target in _MASK_TARGETS:
        if shape.fullmatch(target):
            return target
    return token.replace("*", "")


def normalise(text: str) -> str:
    """The canonical form of `text` that lexicon patterns are matched against.

    `normalise("I don’t wanna DIIEEE...") == "i dont want to die ."`
    """
    if text.isascii():
        s = text.lower().replace("`", "'")
    else:
        s = unicodedata.normalize("NFKD", text.translate(_QUOTES))
        s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("'", "")
    if "!" in s or "|" in s:
        s = _INNER_MARK.sub("i", s)
    if _LEET_HINT.search(s):
        s = _LEET_TOKEN.sub(_unleet, s)
    if "*" in s:
        s = _MASKED_TOKEN.sub(_unmask, s)
    s = _SENTENCE.sub(" . ", collapse_runs(s))
    if "," in s or "-" in s or not s.isascii():
        s = _CLAUSE.sub(" , ", s)
    s = " ".join(_OTHER.sub(" ", s).split())
    if not _SHORTHAND_KEYS.isdisjoint(s.split(" ")):
        s = _SHORTHAND_WORD.sub(lambda m: _SHORTHAND[m.group(1)], s)
    return s
