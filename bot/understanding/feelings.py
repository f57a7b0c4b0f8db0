"""Replies that listen: naming back the feeling a person wrote, in the right tone, never twice.

`Lexicon.load()` reads the packaged `feelings.yaml` (feeling words with replies, good-news phrases
with glad replies, plain acknowledgements). `Lexicon.read(text)` says which feelings a message
names (a negated word, "not angry", does not count; a feeling marked `about_self` counts only when
said about oneself, "I feel so stupid", not "that clueless manager") and whether it is good news: a
good-news phrase that is not negated ("didn't get the job"), not reported or imagined ("told the
family I got the job", "thought I got the job"), in a message naming no painful feeling. A feeling
marked `first` (a worry about bias) is answered before the others. `Lexicon.reply(text, recent)`
picks one reply in the message's tone (`Reading.tone`): glad for good news, gladness of a quieter
kind for an upbeat message ("had a good day, feeling ok"), the first named feeling's, then, in a
sympathetic tone, one naming what the message is about (`Reading.topics`: the silence, getting so
close, the work put in, another no...), a plain acknowledgement for a practical note ("need to
update my cv and send two applications"), or a sympathetic one for the rest. It skips the replies
in `recent` (ids kept in the conversation's meta), moving on to the tone's next pool and then to
neutral lines that fit any message (which of those comes first turns with the words), so a
conversation does not hear the same line twice and different messages do not open alike. Upbeat and
practical need plain evidence: the lexicon's `upbeat` phrases or `practical` words, and, where the
lexicon names `sentiment: vader` (English), VADER's reading (never upbeat when negative overall;
upbeat when clearly positive); any `hard` word (rejected, ghosted) keeps the sympathetic tone. An
angry, shouting, demanding or asking message ("are you serious", "glad to hear WHAT", "ok fine
then", "show me the calmer version") is never upbeat, whatever a glad word in it scores: its tone
is `cross`, answered with a calm acknowledgement.

Each language has its own lexicon beside the English one (`feelings.es.yaml`: the same feeling
names, its own words in every gender form, its own replies), with a `grammar` section saying which
words undo a feeling, make it about oneself (before it, or just after: "qué tonta soy") and make
good news imagined. `Lexicon.load()` gives the lexicon of the turn's language, English when that
language has none.

A feeling's word inside one of its `not_in` phrases does not count ("spelled my name wrong" is
no worry about bias: a plainer reply fits)."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.i18n import language
from bot.i18n.current import SOURCE
from bot.primitives.text import fold
from bot.primitives.turn_memo import within_turn
from bot.understanding.doubts import sarcastic
from bot.understanding.mood import load_sentiment, sentiment

LEXICON_FILE = Path(__file__).with_name("feelings.yaml")
"""The English lexicon; another language's is `feelings.<code>.yaml` beside it."""
_NEGATION = re.compile(
    r"(?:\bnot|\bnever|\bno|n't|\bnt|\bhardly|\barent|\bisnt|\bdont|\bdidnt|\bwasnt|\bhavent|"
    r"\bhasnt|\bwont|\bcant)$"
)
_SELF = frozenset({"i", "im", "i'm", "me", "myself", "ive", "i've", "i'd", "id", "feel", "felt"})
_NOT_REAL = re.compile(
    r"(?<!\w)(?:told|tell|telling|thought|think|thinks|said|says|assumed|believes?|pretend|"
    r"pretending|if|hoped|hoping|wish|imagine|announced|posted)(?!\w)"
)
_PARTING_OFFER = re.compile(
    r"\W*(?:(?:a|an|the|some|my|su|una?|el|la)\s+)?(?:\w+\s+)?(?:severance|settlement|"
    r"redundancy|exit|leaving|termination|separation|buyout|buy-out|early retirement|"
    r"liquidaci\w*|finiquito|indemnizaci\w*|retiro)(?!\w)"
)
"""What follows "offered me" when the offer ends a job ("a severance package", "una
liquidación"), which is no good news."""
_BRIGHT = ("relieved", "hopeful")
_ASKING = re.compile(
    r"(?:do|did|does|are|is|was|can|could|will|would|why|how|what|who|where|when|should)"
    r" (?:you|u|it|this|that|they|i|we|he|she)\b"
)
"""A question asked without a question mark ("do you actually read what i type"): nothing to be
glad about."""
_MILD = "mild_sad"
_SPOILS_GOOD = frozenset(
    {
        "sad",
        "mild_sad",
        "ashamed",
        "embarrassed",
        "angry",
        "stupid",
        "disappointed",
        "numb",
        "lonely",
        "bias",
    }
)


_CAPS = re.compile(r"(?<![\w'])[A-Z]{3,}(?![\w'])")
_ACRONYMS = frozenset({"GDPR", "CV", "HR", "ATS", "CEO", "CTO", "CFO", "USA", "UK", "LOL", "OMG"})
"""Capitals that are names, not shouting."""
UPBEAT_FROM = 0.45
"""VADER's compound score from which a message with no painful feeling reads as upbeat."""
HARD_BELOW = -0.25
"""VADER's compound score below which a message reads as hard, whatever else it says."""
TONE_POOLS = {
    "good": ("good_news", "upbeat", "neutral"),
    "upbeat": ("upbeat", "neutral"),
    "practical": ("practical", "neutral"),
    "cross": ("cross", "plain"),
    "": ("plain", "neutral"),
}
"""The reply pools of each tone, in order; a feeling named comes before the tone's pools."""
TOPIC = "about_"
"""A topic's reply pool is named `about_<topic>` ("about_silence")."""
TOPIC_TONES = frozenset({"hard", ""})
"""Tones in which what a message is about is said back: a message cross with the bot ("you
said that again") is no vent about another rejection."""
TURNED_POOLS = frozenset({"plain", "neutral"})
"""Pools of lines that fit any message: which line comes first turns with the words, so two
different messages naming no feeling and no topic do not open alike."""


def _turned(text: str, size: int) -> int:
    """A starting line in a pool of `size`, the same for the same words."""
    return zlib.crc32(" ".join(fold(text).split()).encode()) % size if size else 0


@dataclass(frozen=True, slots=True)
class Reading:
    """What a message conveys: the feelings it names, in order, whether it is good news, and its
    tone: `good` (good news), `upbeat`, `hard` (a painful feeling named), `practical`, `cross`
    (angry, shouting, demanding or asking: never upbeat), or ``."""

    feelings: tuple[str, ...]
    good_news: bool
    tone: str = ""
    topics: tuple[str, ...] = ()


@lru_cache(maxsize=64)
def lexicon_file(code: str) -> Path:
    """The lexicon file of language `code` ("es", "es-MX"), or the English one (found once per
    code: it is asked for several times a turn)."""
    base = code.replace("_", "-").split("-")[0].lower()
    own = LEXICON_FILE.with_name(f"feelings.{base}.yaml")
    return own if base != SOURCE and own.is_file() else LEXICON_FILE


def _words_rx(words: list[Any], at_end: bool = False) -> re.Pattern[str]:
    alternation = "|".join(re.escape(fold(str(w))) for w in words if fold(str(w)))
    return re.compile(r"(?<!\w)(?:" + alternation + (r")$" if at_end else r")(?!\w)"))


LOST = "@job_lost"
"""Suffix of the reply pools said after a layoff (`after_job_lost` in the lexicon)."""


class Lexicon:
    """Feeling words and the replies that name them back."""

    def __init__(self, data: dict[str, Any]) -> None:
        grammar = data.get("grammar") or {}
        self._negation = (
            _words_rx(grammar["negation"], at_end=True) if grammar.get("negation") else _NEGATION
        )
        self._window = int(grammar.get("negation_window") or 2)
        self._self = frozenset(fold(str(w)) for w in grammar.get("self_words") or ()) or _SELF
        self._self_after = frozenset(fold(str(w)) for w in grammar.get("self_after") or ())
        self._not_real = _words_rx(grammar["not_real"]) if grammar.get("not_real") else _NOT_REAL
        self.replies: dict[str, tuple[str, ...]] = {}
        self._patterns: list[tuple[str, re.Pattern[str]]] = []
        self._about_self: set[str] = set()
        self._first: set[str] = set()
        self._not_in: dict[str, re.Pattern[str]] = {}
        for name, entry in (data.get("feelings") or {}).items():
            if entry.get("not_in"):
                self._not_in[name] = _words_rx(entry["not_in"])
            self.replies[name] = tuple(str(r) for r in entry["replies"])
            if entry.get("about_self"):
                self._about_self.add(name)
            if entry.get("first"):
                self._first.add(name)
            words = sorted((fold(str(w)) for w in entry["words"]), key=len, reverse=True)
            alternation = "|".join(re.escape(w) for w in words if w)
            self._patterns.append((name, re.compile(r"(?<!\w)(?:" + alternation + r")(?!\w)")))
        good = data.get("good_news") or {}
        phrases = sorted((fold(str(p)) for p in good.get("phrases") or []), key=len, reverse=True)
        self._good = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\w)")
        self.replies["good_news"] = tuple(str(r) for r in good.get("replies") or [])
        self.replies["plain"] = tuple(str(r) for r in data.get("plain") or [])
        upbeat = data.get("upbeat") or {}
        practical = data.get("practical") or {}
        self._upbeat = _words_rx(upbeat.get("phrases") or ["\x00"])
        self._practical = _words_rx(practical.get("words") or ["\x00"])
        self._hard = _words_rx(data.get("hard_words") or ["\x00"])
        self._dim = _words_rx(data.get("dim_words") or ["\x00"])
        self._cross = _words_rx(data.get("cross_words") or ["\x00"])
        self._soft = _words_rx(data.get("soft_words") or ["\x00"])
        self.replies["upbeat"] = tuple(str(r) for r in upbeat.get("replies") or [])
        self.replies["practical"] = tuple(str(r) for r in practical.get("replies") or [])
        self.replies["cross"] = tuple(str(r) for r in data.get("cross_replies") or [])
        for name, lines in (data.get("after_job_lost") or {}).items():
            self.replies[name + LOST] = tuple(str(r) for r in lines)
        self.replies["neutral"] = tuple(str(r) for r in data.get("neutral") or [])
        self._vader = data.get("sentiment") == "vader"
        self._topics: list[tuple[str, re.Pattern[str]]] = []
        for name, entry in (data.get("topics") or {}).items():
            self.replies[TOPIC + name] = tuple(str(r) for r in entry["replies"])
            self._topics.append((name, _words_rx(entry["words"])))

    @classmethod
    def load(cls, code: str | None = None) -> Lexicon:
        """The lexicon shipped with the bot for `code` (default: the turn's language), read
        once."""
        return _loaded(lexicon_file(code or language()))

    def read(self, text: str) -> Reading:
        """What `text` conveys (`Reading`), remembered within a turn: one message is read by
        the listening reply and the line it picks, the welcome back and the answer checks."""
        return _read_in_turn((self, text))

    def _read(self, text: str) -> Reading:
        said = fold(text.replace("’", "'"))
        found: list[tuple[int, str]] = []
        for name, pattern in self._patterns:
            outside = self._not_in.get(name)
            spans = [] if outside is None else [o.span() for o in outside.finditer(said)]
            for m in pattern.finditer(said):
                if any(a < m.end() and m.start() < b for a, b in spans):
                    continue
                before = said[max(0, m.start() - 40) : m.start()].split()
                if any(self._negation.search(w) for w in before[-self._window :]):
                    continue
                after = said[m.end() : m.end() + 16].split()[:2]
                if name in self._about_self and not (
                    self._self.intersection(before[-4:]) or self._self_after.intersection(after)
                ):
                    continue
                found.append((-1 if name in self._first else m.start(), name))
                break
        good = False
        for m in self._good.finditer(said):
            preceding = said[max(0, m.start() - 40) : m.start()].split()
            if any(self._negation.search(w) for w in preceding[-3:]):
                continue
            if self._not_real.search(" ".join(preceding[-6:])):
                continue
            if _PARTING_OFFER.match(said[m.end() : m.end() + 40]):
                continue  # "they offered me a severance package": a job ending, not good news
            good = True
            break
        named = tuple(name for _, name in sorted(found))
        if _MILD in named and not self._sad_beyond_mild(said):
            named = tuple(n for n in named if n != "sad")  # "a little sad" is not devastated
        if _SPOILS_GOOD.intersection(named):
            good = False
        tone = self._tone(said, named, good, cross=self._crossed(text, said))
        return Reading(named, good, tone, self._topics_in(said))

    def _topics_in(self, said: str) -> tuple[str, ...]:
        """The topics a message is about ("ghosted", "final round", "weeks preparing"), in the
        order it names them."""
        found = []
        for name, pattern in self._topics:
            m = pattern.search(said)
            if m is not None:
                found.append((m.start(), name))
        return tuple(name for _, name in sorted(found))

    def _crossed(self, text: str, said: str) -> bool:
        """Whether the message is angry, shouting, demanding or asking ("are you serious",
        "glad to hear WHAT", "just show me the calmer version"): never upbeat, whatever its
        words score."""
        shouted = [w for w in _CAPS.findall(text) if w not in _ACRONYMS]
        return bool(shouted) or "?" in said or "!!" in said or bool(self._cross.search(said))

    def _tone(self, said: str, named: tuple[str, ...], good: bool, *, cross: bool = False) -> str:
        doubting = "?" in said or bool(_ASKING.match(said)) or sarcastic(said)
        if good and (doubting or self._cross.search(said)):
            return "cross"  # "great, thanks a lot", "wow so deep", a question: no gladness
        if good:
            return "good"
        if set(named) - {"relieved", "hopeful"}:
            return "hard"
        bare = self._soft.sub(" ", said)  # "ok", "fine", "then", "please" are no good news
        compound = sentiment(bare) if self._vader and bare.strip() else 0.0
        if compound <= HARD_BELOW or self._hard.search(said) or self._dim.search(said):
            return ""  # "a bit flat but okay" is an in-between day, not an upbeat one
        if cross or doubting:
            return "cross"  # a plain, calm acknowledgement: no gladness, no overstated pain
        if named or self._unnegated(self._upbeat, said):
            return "upbeat"
        if self._practical.search(said):
            return "practical"
        return "upbeat" if compound >= UPBEAT_FROM else ""

    def _sad_beyond_mild(self, said: str) -> bool:
        """Whether a sad word is said outside the mild phrases ("devastated, and a bit sad")."""
        patterns = dict(self._patterns)
        if _MILD not in patterns or "sad" not in patterns:
            return True
        return bool(patterns["sad"].search(patterns[_MILD].sub(" ", said)))

    def _unnegated(self, pattern: re.Pattern[str], said: str) -> bool:
        for m in pattern.finditer(said):
            before = said[max(0, m.start() - 40) : m.start()].split()
            if not any(self._negation.search(w) for w in before[-self._window :]):
                return True
        return False

    def reply(self, text: str, recent: list[str], *, lost: bool = False) -> tuple[str, str]:
        """(reply id, reply text) for `text`, avoiding the ids in `recent` where possible;
        `lost`: the person lost a job (a layoff), so a feeling's `after_job_lost` lines, where it
        has them, are said instead of the ones about a rejection."""
        reading = self.read(text)
        pools = [] if reading.good_news else [f for f in reading.feelings if f not in _BRIGHT]
        pools += [f for f in reading.feelings if f in _BRIGHT and not reading.good_news]
        if reading.tone in TOPIC_TONES:
            pools += [TOPIC + t for t in reading.topics]
        pools += TONE_POOLS.get(reading.tone, TONE_POOLS[""])
        if lost:
            pools = [p + LOST if p + LOST in self.replies else p for p in pools]
        for pool in pools:
            lines = self.replies.get(pool, ())
            start = _turned(text, len(lines)) if pool in TURNED_POOLS else 0
            for k in range(len(lines)):
                n = (start + k) % len(lines)
                rid = f"{pool}.{n}"
                if rid not in recent:
                    return rid, lines[n]
        # Every line of the first pool was used: take the one used longest ago.
        pool = pools[0]
        lines = self.replies.get(pool) or self.replies["plain"]
        ids = [f"{pool}.{n}" for n in range(len(lines))]
        oldest = min(ids, key=lambda rid: recent.index(rid) if rid in recent else -1)
        return oldest, lines[ids.index(oldest)]


def load_every() -> None:
    """Read every shipped lexicon, and VADER's, now (start-up), not in the first turn that needs
    one."""
    load_sentiment()
    for path in sorted(LEXICON_FILE.parent.glob("feelings*.yaml")):
        _loaded(path)


@within_turn
def _read_in_turn(asked: tuple[Lexicon, str]) -> Reading:
    lexicon, text = asked
    return lexicon._read(text)


@cache
def _loaded(path: Path) -> Lexicon:
    return Lexicon(yaml.safe_load(path.read_text(encoding="utf-8")))
