"""Text normalisation for the crisis lexicon: one canonical spelling of what a person typed.

`normalise` turns a message into lower-case ASCII words separated by single spaces, so the
lexicon can be written once in plain spelling and still match the ways people actually type:
accents and fullwidth letters, curly or missing apostrophes ("don’t", "dont" -> "dont"),
leetspeak inside words ("k1ll", "$uicide"), masked words ("s*icide"), stretched letters
("diieee" -> "die"), common chat shorthand ("wanna", "u", "rn") and hashtags. Nothing that is
invisible or merely looks like a letter can hide a word: zero-width characters, soft hyphens and
direction marks are dropped, text inside a right-to-left override is read in the order it is
shown, Cyrillic and Greek look-alikes become their Latin letters, and a word spelled out letter by
letter ("k i l l", "s.u.i.c.i.d.e", "s-u-i-c-i-d-e") is joined again. Sentence
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
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
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


_INVISIBLE = dict.fromkeys(
    [
        *(0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x3164, 0xFEFF, 0xFFA0),
        *range(0x200B, 0x2010),  # zero-width spaces and joiners, direction marks
        *range(0x202A, 0x202F),  # direction embeddings and overrides
        *range(0x2060, 0x2070),  # word joiner, invisible operators
        *range(0xFE00, 0xFE10),  # variation selectors
    ]
)
_RLO, _LRO, _PDF = "\u202e", "\u202d", "\u202c"
_LOOKALIKES = str.maketrans(
    {
        # Cyrillic
        "а": "a",
        "в": "b",
        "е": "e",
        "ё": "e",
        "к": "k",
        "м": "m",
        "н": "h",
        "о": "o",
        "р": "p",
        "с": "c",
        "т": "t",
        "у": "y",
        "х": "x",
        "ѕ": "s",
        "і": "i",
        "ї": "i",
        "ј": "j",
        "ԁ": "d",
        "ԛ": "q",
        "ԝ": "w",
        "һ": "h",
        "ӏ": "l",
        "ɡ": "g",
        # Greek
        "α": "a",
        "β": "b",
        "ε": "e",
        "η": "n",
        "ι": "i",
        "κ": "k",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "u",
        "χ": "x",
        "ω": "w",
        "μ": "u",
        "γ": "y",
        "ς": "s",
        # Latin-like symbols
        "ı": "i",
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ŀ": "l",
    }
)
_SPELLED = re.compile(r"(?<![a-z0-9])(?:[a-z0-9@$!|*][ .\-_·•]){2,}[a-z0-9@$!|*](?![a-z0-9])")
_SPELLED_GAP = re.compile(r"[ .\-_·•]")
_SINGLE_LETTERS_OK = frozenset({"i", "u", "a", "y", "o", "e", "r", "w"})


def _read_overrides(text: str) -> str:
    """Text after a right-to-left override, in the order a reader sees it."""
    out: list[str] = []
    rest = text
    while _RLO in rest:
        before, _, after = rest.partition(_RLO)
        inside, _, rest = after.partition(_PDF)
        out.append(before)
        out.append(inside[::-1])
    out.append(rest)
    return "".join(out)


def _join_spelled(match: re.Match[str]) -> str:
    letters = _SPELLED_GAP.sub("", match.group(0))
    # "i u a" is rarely a word spelled out; three or more letters mostly are.
    if set(letters) <= _SINGLE_LETTERS_OK and len(letters) < 4:
        return match.group(0)
    return letters


def unhide(text: str) -> str:
    """`text` without invisible characters, direction tricks or look-alike letters (case kept
    where possible; the result may still contain accents)."""
    if text.isascii():
        return text
    if _RLO in text:
        text = _read_overrides(text)
    text = text.translate(_INVISIBLE)
    return text.casefold().translate(_LOOKALIKES) if _has_lookalike(text) else text


def _has_lookalike(text: str) -> bool:
    return any("\u0370" <= c <= "\u04ff" or c in "ıłøđßæœŀɡԁԛԝһӏ" for c in text)


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
    r"(?<![a-z0-9])("
    + "|".join(sorted(map(re.escape, _SHORTHAND), key=len, reverse=True))
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
    text = unhide(text)
    if text.isascii():
        s = text.lower().replace("`", "'")
    else:
        s = unicodedata.normalize("NFKD", text.translate(_QUOTES))
        s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
        s = s.translate(_LOOKALIKES)
    s = s.replace("'", "")
    if " " in s or "." in s or "-" in s or "_" in s:
        s = _SPELLED.sub(_join_spelled, s)
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
