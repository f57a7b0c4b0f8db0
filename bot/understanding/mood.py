"""Mood in words: "pretty bad honestly" is about a 2 on the 1-5 scale.

Scored with VADER (vaderSentiment), a lexicon and rule-based sentiment scorer whose lexicon ships
inside the package: nothing is downloaded. A few entries are adjusted for how people talk after a
rejection ("pretty" and "honestly" are intensifiers here, not praise; "gutted" and "rough" are
missing). Text with no sentiment words at all is not scored; a good and a hard feeling of about the
same weight ("tired but hopeful"), or a mood said to keep changing ("all over the place"), is a
middle mood, a 3. A number on the scale said among
other words ("4 i guess, mostly anxious", "2 i guess. maybe 1", "a solid three", "como un
dos") is read by `mood_number`, and wins over the sentiment of the words around it. Spanish words
are scored by `bot.understanding.mood_es` (VADER knows no Spanish).
"""

from __future__ import annotations

import re
from functools import cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from bot.i18n import language
from bot.primitives.turn_memo import within_turn_numbers_kept
from bot.understanding.mood_es import mood_score_es
from bot.understanding.numbers import between

ADJUSTED = {
    "gutted": -3.0, "terrible": -3.0, "crushed": -3.0, "rough": -1.6, "down": -1.2,
    "rubbish": -1.8, "bruised": -1.0,
    "meh": -0.9, "crap": -1.8, "shite": -2.4, "shaky": -1.2, "wrecked": -2.4, "flat": -1.0,
    "blah": -0.8, "gloomy": -1.8, "low": -1.6, "sucks": -1.8, "horrible": -3.0,
    "awful": -2.8, "okay": 2.6, "ok": 2.6, "fine": 2.6, "alright": 2.6, "decent": 1.2,
    "better": 1.4, "garbage": -3.0, "trash": -3.0, "shit": -2.5, "shitty": -2.5, "pants": -1.5,
    "gutting": -2.6, "heartbroken": -3.0, "broken": -2.4, "numb": -1.6, "drained": -1.6,
    "exhausted": -1.6, "knackered": -1.4, "wobbly": -1.0, "stung": -1.0, "sore": -0.8,
    "alive": 0.6, "surviving": 0.2, "coping": 0.6, "managing": 0.6, "grand": 1.6,
    "solid": 1.2, "chill": 1.2, "steady": 1.0, "hopeless": -2.8, "worthless": -2.8,
    "dreadful": -2.6, "miserable": -2.6, "bleh": -1.0, "ugh": -1.2, "lousy": -2.0,
    "live": 1.0, "survive": 1.0,
}  # fmt: skip
DROPPED = ("pretty", "honestly", "like", "kind", "bit", "sure", "yes", "please")
"""Words VADER reads as praise that, in "pretty bad honestly", only add emphasis."""

BANDS = ((-0.57, 1), (-0.1, 2), (0.2, 3), (0.55, 4))
"""Upper bounds of VADER's compound score for moods 1 to 4; above the last is a 5."""


@cache
def _analyzer() -> SentimentIntensityAnalyzer:
    analyzer = SentimentIntensityAnalyzer()
    for word in DROPPED:
        analyzer.lexicon.pop(word, None)
    analyzer.lexicon.update(ADJUSTED)
    return analyzer


def load_sentiment() -> None:
    """Read VADER's lexicon now (start-up), not with the event loop stalled inside the first
    turn that reads a mood or a tone."""
    _analyzer()


_ILL = re.compile(
    r"(?<!\w)ill(?= (?:be|live|survive|get|manage|make|try|cope|keep|do|go|see|deal|figure)\b)",
    re.IGNORECASE,
)
"""'ill' before a verb is "I'll" typed without its apostrophe ("hurt but ill live"), not sick."""


@within_turn_numbers_kept
def _polarity(text: str) -> tuple[float, float, float]:
    """VADER's compound, positive and negative scores of `text`, with the adjusted lexicon
    (remembered within a turn: a message is read by the listening reply, the welcome back and
    the mood checks of one turn)."""
    scores = _analyzer().polarity_scores(_ILL.sub("i will", text))
    return float(scores["compound"]), float(scores["pos"]), float(scores["neg"])


def sentiment(text: str) -> float:
    """VADER's compound score of `text`, -1 (bleak) to 1 (bright), with the adjusted lexicon."""
    return _polarity(text[:1000])[0]


_DISTRESS = re.compile(
    r"\b(?:cry|crying|cried|tears|sobbing|awful|terrible|horrible|devastated|gutted|"
    r"heartbroken|hopeless|miserable|worst|wrecked|destroyed|shattered|falling apart|"
    r"can'?t cope|cant stop)\b",
    re.IGNORECASE,
)
"""Words that never go with a good day, whatever else is said ("i cant stop crying" reads as
praise to VADER, which flips "crying" after "cant")."""
_NOT_GOOD = re.compile(
    r"\b(?:not|isnt|isn't|wasnt|wasn't|never)\s+(?:(?:so|that|too|very|really|feeling|doing)\s+)*"
    r"(?:good|great|well|ok|okay|fine|alright|amazing)\b",
    re.IGNORECASE,
)
_OK = re.compile(r"\b(?:ok|okay|fine|alright|all right|not bad|managing|coping)\b", re.IGNORECASE)


def mood_score(text: str) -> tuple[int, float] | None:
    """`(mood 1-5, confidence 0-1)`, or None when the words carry no feeling VADER knows.

    VADER's reading is bounded by plain cues: words of distress ("crying", "awful") or a denied
    good ("not so good") keep it at 2 or below; "ok" or "fine", or a denied good, without
    distress keeps it at 2 or above (mostly annoyed, but ok, is not a 1; nor is "meh. not
    great")."""
    said = text[:1000]
    if swings(said):
        return 3, 0.7
    if language().split("-")[0] == "es":
        return mood_score_es(said)
    compound, pos, neg = _polarity(said)
    if compound == 0.0:
        return None
    confidence = round(min(1.0, 0.5 + abs(compound) / 2), 2)
    mood = next((m for upper, m in BANDS if compound <= upper), 5)
    distress = _DISTRESS.search(said)
    low = distress or _NOT_GOOD.search(said)
    if low and mood > 2:
        return 2, 0.6
    if not distress and mood == 1 and (_OK.search(said) or _NOT_GOOD.search(said)):
        return 2, 0.6  # "meh. not great" is low, not awful
    if not low and mood in (2, 4) and mixed(pos, neg):
        return 3, 0.6
    return mood, confidence


_SWINGS = re.compile(
    r"(?<!\w)(?:one minute|one moment|one second|some moments?|at times)\b.{0,40}\b(?:next|the "
    r"next|other|others|then)\b|all over the place|up and down|ups and downs|on and off|"
    r"back and forth|comes and goes|come and go|rollercoaster|roller coaster|"
    r"(?:a|por) ratos\b.{0,30}\b(?:a|por|otros) ratos|un rato\b.{0,30}\botro|sube y baja|"
    r"altibajos",
    re.IGNORECASE,
)


def swings(text: str) -> bool:
    """Whether the words say the mood keeps changing ("one minute fine next minute not", "all
    over the place", "a ratos bien, a ratos mal"): the middle of the scale, a 3."""
    return _SWINGS.search(text[:300]) is not None


MIXED_SHARE = 0.4
"""How strong the weaker side must be, against the stronger, for a mood to read as mixed."""


def mixed(pos: float, neg: float) -> bool:
    """Whether the words hold a good and a hard feeling of about the same weight ("a little bit
    tired and a little bit hopeful", "sad but hopeful"): a middle mood, a 3."""
    weaker, stronger = sorted((pos, neg))
    return weaker >= 0.15 and weaker >= MIXED_SHARE * stronger


_SCALE_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
}  # fmt: skip
_UNITS = (
    r"(?:days?|weeks?|months?|years?|hours?|mins?|minutes?|times?|rounds?|interviews?|jobs?|"
    r"rejections?|applications?|companies|roles|of|more|people|am|pm|oclock|in the|at|"
    r"d[ií]as?|semanas?|mes|meses|a[ñn]os?|horas?|minutos?|veces|rondas?|entrevistas?|"
    r"rechazos?|empresas?|de|m[aá]s|personas?)"
)
_SCALE_NUMBER = re.compile(
    r"(?<![\w.,/])([1-5]|one|two|three|four|five|uno|dos|tres|cuatro|cinco)"
    r"(?:\s*(?:/|out of|of|de)\s*5(?!\d))?(?![\w/.,]\d)"
    r"(?!\s*" + _UNITS + r"\b)(?!\w)",
    re.IGNORECASE,
)
_WORD_LEAD = re.compile(
    r"(?:^|\b(?:a|an|like|about|around|maybe|prob|probably|solid|say|im|its|"
    r"i'm|it's|at|feel|feeling|un|una|como|tipo|unos|sobre|diria|diría|es|estoy)\s+)$",
    re.IGNORECASE,
)


_DENIED = re.compile(
    r"(?<!\w)(?:not|no|isn'?t|isnt|aren'?t|ain'?t|never|nor|ni)\W*(?:a |an |really |un |una )?$"
)
"""A number said right after a denial ("not 5", "no un 4") is not the mood meant."""


def mood_number(text: str) -> int | None:
    """The 1-5 number a mood answer names among other words (the first, when it hedges between
    two), or None. Word numbers count only where they read as a score ("a two", "maybe three"),
    not in "one of those days"; numbers that count something ("2 weeks", "3 rejections") never."""
    if between(text) is not None:
        return None  # "between 3 and 4": which one is asked
    for m in _SCALE_NUMBER.finditer(text[:300]):
        said = m.group(1).lower()
        before = text[: m.start()]
        if _DENIED.search(before[-12:].lower()):
            continue  # "i am not 5... i feel bad": that number is the one they are not
        if said.isdigit():
            return int(said)
        after = text[m.end() :].strip()
        alone = not before.strip() and (not after or after[0] in ".,!;-")
        if alone or _WORD_LEAD.search(before):
            return _SCALE_WORDS[said]
    return None
