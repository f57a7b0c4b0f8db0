"""Compiling the crisis lexicon and reading a match in its clause: negation and whose words.

`compile_patterns` turns the lexicon's pattern syntax (see `bot.safety.lexicon`) into one regular
expression. `blank_idioms` removes everyday phrases before any rule runs. For a match,
`negated` says whether the person said they would *not* do it ("I'm not going to hurt myself"),
unless something undoes that denial ("just kidding", "yet", "but", "I can't promise"); and
`subject` says whether the words are about the writer, about someone else ("my friend said she
wants to die") or aimed at the reader ("you should die"). All of this works on normalised text,
where "." ends a sentence and "," ends a clause.
"""

from __future__ import annotations

import re
import re._constants as _sre
import re._parser as _parser
from collections.abc import Collection, Sequence
from typing import Any, Literal

from bot.safety.lexicon import WORDS
from bot.safety.normalise import collapse_runs

Subject = Literal["self", "other", "reader"]

_MACRO = re.compile(r"<(\w+)>")
_GAP = "(?: [a-z0-9_]+){0,4} "
_BOUNDARY_START = " "  # texts are matched with a leading space: see `pad`
_BOUNDARY_END = r"(?![a-z0-9])"
_LITERAL = _sre.LITERAL
_SUBPATTERN = _sre.SUBPATTERN
_BRANCH = _sre.BRANCH
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)


def _expand(pattern: str) -> str:
    def macro(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in WORDS:
            known = ", ".join(sorted(WORDS))
            raise ValueError(f"lexicon pattern uses <{name}>, which is not in WORDS ({known})")
        return WORDS[name]

    source = collapse_runs(_MACRO.sub(macro, pattern))
    pieces = [piece.replace(" ", " ?") for piece in source.split(" ~ ")]
    return _GAP.join(pieces)


def pad(normal: str) -> str:
    """Normalised text as patterns expect it: with one leading space.

    Every pattern starts with that space, which lets the regex engine jump from word to word
    instead of trying every character; a match's cue starts one character after `start()`.
    """
    return " " + normal


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """A regex matching lexicon `pattern` as whole words of padded normalised text."""
    source = _BOUNDARY_START + "(?:" + _expand(pattern) + ")" + _BOUNDARY_END
    try:
        return re.compile(source)
    except re.error as exc:
        raise ValueError(f"lexicon pattern {pattern!r} is not a valid expression: {exc}") from exc


_KEY_LENGTH = 4
_GRAM_LIMIT = 4096


def _required(items: Sequence[Any]) -> frozenset[str] | None:
    """Strings one of which every match of the parsed regex `items` contains, or None."""
    best: frozenset[str] | None = None
    run = ""

    def consider(candidate: frozenset[str] | None) -> None:
        nonlocal best
        if candidate and all(candidate) and (
            best is None or min(map(len, candidate)) > min(map(len, best))
        ):
            best = candidate

    for op, arg in [*items, (None, None)]:
        if op is _LITERAL:
            run += chr(arg)
            continue
        consider(frozenset({run}) if run else None)
        run = ""
        if op is _SUBPATTERN:
            consider(_required(arg[-1]))
        elif op is _BRANCH:
            branches = [_required(branch) for branch in arg[1]]
            if all(branches):
                consider(frozenset().union(*(b for b in branches if b)))
        elif op in _REPEATS and arg[0] >= 1:
            consider(_required(arg[2]))
    if best is None:
        return None
    keys = {key[:_KEY_LENGTH] for key in best}
    # "want" in the text already covers "wants": keep only keys that contain no other key.
    return frozenset(k for k in keys if not any(o != k and o in k for o in keys))


def required_keys(regex: re.Pattern[str]) -> frozenset[str] | None:
    """Short strings one of which is in any text `regex` matches (None when unknown).

    Checking these with `in` is much cheaper than running the regex, so a rule only runs on
    text that could match it. Built from the regex itself, so it can never miss a match.
    """
    try:
        return _required(_parser.parse(regex.pattern))
    except Exception:  # an unfamiliar parser shape only costs speed, never a match
        return None


class PatternIndex:
    """Groups of compiled lexicon patterns, with the cheap keys that say which ones can match.

    Group `i` is the i-th pattern list given. `live(text)` returns the ids of the patterns worth
    running on `text`: those whose keys occur in it (or that have no keys).
    """

    def __init__(self, groups: Sequence[Sequence[str]]) -> None:
        self._groups: list[tuple[tuple[int, re.Pattern[str]], ...]] = []
        self._by_key: dict[str, list[int]] = {}
        always: set[int] = set()
        count = 0
        for patterns in groups:
            if not patterns:
                raise ValueError("a lexicon rule needs at least one pattern")
            entries = []
            for pattern in patterns:
                regex = compile_pattern(pattern)
                keys = required_keys(regex)
                if keys is None:
                    always.add(count)
                else:
                    for key in keys:
                        self._by_key.setdefault(key, []).append(count)
                entries.append((count, regex))
                count += 1
            self._groups.append(tuple(entries))
        self._always = frozenset(always)
        self._all = frozenset(range(count))
        self._grams = frozenset(k for k in self._by_key if len(k) == _KEY_LENGTH)
        self._short = tuple(k for k in self._by_key if len(k) < _KEY_LENGTH)

    def group(self, index: int) -> tuple[tuple[int, re.Pattern[str]], ...]:
        """The (id, regex) pairs of group `index`."""
        return self._groups[index]

    def live(self, text: str, prefilter: bool = True) -> frozenset[int] | set[int]:
        """Ids of the patterns that may match `text` (all of them without the prefilter)."""
        if not prefilter:
            return self._all
        found = set(self._always)
        by_key = self._by_key
        if len(text) > _GRAM_LIMIT:
            present = [key for key in by_key if key in text]
        else:
            size = _KEY_LENGTH
            grams = {text[i : i + size] for i in range(len(text) - size + 1)}
            present = [*(grams & self._grams), *(k for k in self._short if k in text)]
        for key in present:
            found.update(by_key[key])
        return found


def blank_idioms(text: str, index: PatternIndex, live: Collection[int]) -> str:
    """`text` with every idiom of group 0 of `index` replaced by "_", hiding its cue word."""
    for pid, regex in index.group(0):
        if pid in live:
            text = regex.sub(" _", text)
    return text


# A denial right before the cue: "im not going to", "i would never", "i dont want to".
_NEGATION = re.compile(collapse_runs(
    r"(?:^| )(?:not|dont|do not|does not|doesnt|didnt|did not|never|wont|will not|would not|"
    r"wouldnt|could not|couldnt|shouldnt|should not|am not|im not|isnt|arent|aint|havent|"
    r"have not|hasnt|no longer|nor|no way|hardly|no intention of|no plans? to|no desire to)"
    r"(?: (?:i|id|il|im|ive|really|actually|ever|even|seriously|going to|planning to|plan to|"
    r"intend to|trying to|want to|need to|feel|feel like|think|think about|thinking about|"
    r"thought about|thinking of|think of|thought of|been|be|to|have|had|do anything to|"
    r"do something to|at all|gonna|will|would|a|that|about|of|like|the|type to|kind of person to|"
    r"sort of person to|person to|type of person to|considering|considered|feeling|seriously))*"
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
_THIRD_WORDS = (
    "he", "she", "they", "hes", "shes", "theyre", "theyve", "him", "her", "his", "them",
    "theyll", "hed", "shed", "theyd",
    "himself", "herself", "themselves", "themself", "their",
    "friend", "friends", "bestie", "bff", "bf", "gf", "boyfriend", "girlfriend", "partner",
    "husband", "wife", "fiance", "fiancee", "ex", "brother", "sister", "sibling", "bro", "sis",
    "mom", "mum", "mother", "dad", "father", "parent", "son", "daughter", "kid", "child",
    "cousin", "uncle", "aunt", "nephew", "niece", "grandma", "grandpa", "roommate", "flatmate",
    "housemate", "roomie", "coworker", "colleague", "classmate", "teammate", "buddy", "mate",
    "neighbor", "neighbour", "student", "client", "someone", "somebody", "person",
)
# "my dad's note" is normalised to "my dads note": possessives count as the person too.
_THIRD = frozenset(collapse_runs(w + end) for w in _THIRD_WORDS for end in ("", "s"))
_SELF_IN_CUE = frozenset(collapse_runs(w) for w in ("myself", "my", "me", "meself", "i", "im"))
_OTHER_IN_CUE = frozenset(collapse_runs(w) for w in (
    "himself", "herself", "themselves", "themself", "his", "her", "their",
))


def subject(text: str, start: int, end: int) -> Subject:
    """Who the cue at text[start:end] is about: the writer, someone else, or the reader.

    Pronouns inside the cue decide first ("kill herself"); otherwise the nearest person word
    before it in the same clause ("my friend said she wants to die"). With no person word the
    writer is assumed: a cue nobody claims is treated as the writer's own.
    """
    cue = text[start:end].split()
    if any(w in _SELF_IN_CUE for w in cue):
        return "self"
    if any(w in _OTHER_IN_CUE for w in cue):
        return "other"
    for word in reversed(clause_before(text, start).split()):
        if word in _FIRST:
            return "self"
        if word in _THIRD:
            return "other"
        if word in _READER:
            return "reader"
    return "self"
