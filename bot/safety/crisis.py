"""Crisis detection: does this message mean the person (or someone they know) may be in danger?

`assess(text, memory, now)` is a pure, fast function (no model, no network) built on the
lexicon in `bot.safety.lexicon`: it normalises the text, blanks everyday idioms ("this rejection
is killing me", "career suicide"), finds cues by category, drops cues the person denied ("I don't
want to die, I want a job") unless the denial is undone ("... just kidding"), and decides whose
words they are. A question about means (tall bridges, pill counts, buying a gun) is a crisis
when the same message, or anything within `MEMORY_WINDOW` before it, showed distress, a job loss
or a rejection. `CrisisMemory` is that small per-person record; the engine keeps it in the
conversation's meta as `CrisisMemory.to_json()` and updates it with `update_memory`.

Alongside the rules, a small statistical model (`bot.safety.crisis_model`, trained offline on
the corpus in `bot/safety/model/corpus/` in six languages) scores the message, and the two
together give a `level`: "clear" (the full crisis response), "possible" (ask the person
directly) or None. A crisis word next to "lol" or "jaja", or a rule hit the model doubts, is at
most possible; a high model score is clear, a middling one possible. With no rule cue, everyday
clauses (`bot.safety.everyday_cues`) add no risk and no risk topic needs a confident score.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from bot.safety import context_cues, crisis_model, foreign_cues, language, lexicon, quiet_cues
from bot.safety.clauses import negated, subject
from bot.safety.idioms import IDIOMS
from bot.safety.normalise import normalise
from bot.safety.patterns import PatternIndex, blank_idioms, pad
from bot.safety.risk_topics import distress_score, no_cue_score
from bot.safety.said_lightly import FIGURE, JOKE

MEMORY_WINDOW = timedelta(hours=24)
"""How long distress, a job loss or a rejection makes a later question about means a crisis."""

REASON_SOMEONE_ELSE = "worried about someone else"
REASON_AFTER_DISTRESS = "earlier messages sounded low"
REASON_SAME_MESSAGE = "comes with distress, a job loss or a rejection"
REASON_MODEL = "worded like messages about wanting to die or self-harm"
REASON_JOKING = "said with a joke marker, so it may be a figure of speech"
REASON_FOREIGN = "uses a phrase about wanting to die or self-harm"

CLEAR = "clear"
POSSIBLE = "possible"
MODEL_CLEAR = 0.9
"""A model score at or above this, on its own, is a clear risk."""
MODEL_POSSIBLE = 0.22
"""A model score at or above this (and below `MODEL_CLEAR`) is a possible risk: the direct
question is cheap (a "no" goes straight back), so this bar sits low."""
DISTRESS_BAR = 0.36
"""A distress word alone ("i feel like such a failure"), with no risk topic named, is asked
about only from this model score, however low `MODEL_POSSIBLE` goes."""
MODEL_MEANS = 0.5
"""A question about means with no distress around it ("how many pills would it take", "how deep
is the river under the old bridge") that the model reads at least this likely is asked about
directly; below it ("how many paracetamol can i take in 24 hours"), a gentle line."""
MODEL_DOUBT = 0.08
"""A rule hit about the writer's own wish to die that the model scores below this is only
possible (the rules matched words, the sentence around them reads otherwise)."""
MIN_WORDS = 2
SHORT_WORDS = 2
SENTENCE_WORDS = 3
"""A sentence of at least this many words is also scored on its own."""
SENTENCE_SCORE = 0.7
"""A sentence's own score counts (when higher than the message's) from this much: a short
sentence has few words to go on, so only a confident score stands for the whole message."""
MODEL_SHORT = 0.7
"""A message of `SHORT_WORDS` words or fewer needs at least this score to be flagged by the
model alone."""
BARE_WORDS = 8
"""A message of at most this many words (punctuation included) with no risk cue at all..."""
MODEL_BARE = 0.5
"""...needs at least this score to be a possible risk: a short everyday line ("i want to stop",
"ideas would be nice", "vivo en ...") has few words for the model to go on, so without a rule
hit, a distress word, a question about means or a core concept only a confident score counts."""
JOKE_WORDS = 15
"""A joke marker lowers the model's bar (`MODEL_JOKE`) in a message with no risk cue only up to
this many words: a long angry draft with a "lol" in it is not a risk word wrapped in a joke."""
FOREIGN_RULE_FLOOR = 0.2
"""The rules are written in English: in another language a rule hit only counts as possible,
and only when the model gives it at least this much."""
FOREIGN_CUE_FLOOR = 0.03
"""Outside English, a core crisis concept (`bot.safety.foreign_cues`) is a possible risk unless
the model is nearly sure the sentence around it reads otherwise (below this score)."""
FOREIGN_CLEAR = 0.5
"""Outside English, a core crisis concept or rule hit the model scores at least this high is a
clear risk."""
_JOKE = JOKE
MODEL_JOKE = 0.2
"""With a joke marker ("lol", "jaja", "mdr"), a model score from this much is a possible risk:
a risk word wrapped in a joke is asked about, never waved past."""
_FIGURE = FIGURE
FIGURE_BAR = 0.36
"""With a figure of speech explained (`said_lightly.FIGURE`), only a model score from this much
is a possible risk, however low `MODEL_POSSIBLE` goes: the explanation is a denial."""
_DOUBTABLE = frozenset({lexicon.EXPLICIT, lexicon.PASSIVE, lexicon.CODED})


@dataclass(frozen=True, slots=True)
class Assessment:
    """What one message showed. `reasons` describe cues; they never quote the message."""

    crisis: bool = False
    categories: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    distress: bool = False
    """Hopeless, worthless, can't go on... or any crisis about the writer themself."""
    means_seeking: bool = False
    """Asked about means (heights, pills, guns), whether or not that made it a crisis."""
    setback: bool = False
    """Mentioned a job loss or a rejection."""
    level: str | None = None
    """"clear" (full crisis response), "possible" (ask directly) or None; `crisis` is
    `level is not None`."""
    score: float = 0.0
    """The model's crisis probability for this message."""
    language: str | None = None
    """The message's language (en, es, de, fr, pt, it) or None when it cannot be told."""


@dataclass(frozen=True, slots=True)
class CrisisMemory:
    """When this person last sounded low or mentioned a setback (UTC), kept between messages."""

    distress_at: datetime | None = None
    setback_at: datetime | None = None

    def __post_init__(self) -> None:
        for name in ("distress_at", "setback_at"):
            moment = getattr(self, name)
            if moment is not None:
                object.__setattr__(self, name, _utc(moment))

    def recent(self, now: datetime) -> bool:
        """Whether distress or a setback was seen within `MEMORY_WINDOW` of `now`."""
        now = _utc(now)
        return any(
            seen is not None and abs(now - seen) <= MEMORY_WINDOW
            for seen in (self.distress_at, self.setback_at)
        )

    def to_json(self) -> dict[str, str]:
        """A JSON-ready dict, e.g. {"distress_at": "2025-01-31T09:00:00+00:00"}."""
        out: dict[str, str] = {}
        if self.distress_at is not None:
            out["distress_at"] = self.distress_at.isoformat()
        if self.setback_at is not None:
            out["setback_at"] = self.setback_at.isoformat()
        return out

    @classmethod
    def from_json(cls, data: object) -> CrisisMemory:
        """The memory saved by `to_json`; anything unreadable counts as no memory."""
        if not isinstance(data, Mapping):
            return cls()
        return cls(_parse_time(data.get("distress_at")), _parse_time(data.get("setback_at")))


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return _utc(datetime.fromisoformat(value))
    except ValueError:
        return None


RULES = lexicon.RULES + quiet_cues.RULES + context_cues.RULES
"""Every rule, in the order reasons are listed."""
_INDEX = PatternIndex([IDIOMS, *(rule.patterns for rule in RULES)])
_RULES = tuple((rule, _INDEX.group(i + 1)) for i, rule in enumerate(RULES))
_RULE_OF = {pid: (n, regex) for n, (_, group) in enumerate(_RULES) for pid, regex in group}
"""Each rule with its patterns, and each pattern's rule: only the rules with a pattern that may
match are looked at, in order, and of each only the patterns that may match."""


@dataclass
class _Found:
    categories: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    distress: bool = False
    setback: bool = False
    contextual: list[tuple[str, str]] = field(default_factory=list)
    """(category, reason) of cues that are a crisis only with distress or a setback."""
    context_reasons: list[str] = field(default_factory=list)
    """Distress and setbacks: listed after the reasons for a crisis."""
    means: bool = False
    hints: list[tuple[str, str]] = field(default_factory=list)
    """(category, reason) of `possible` rules: at least a possible risk, never clear alone."""
    dismissed: bool = False
    """A cue was found and set aside: denied, aimed at the reader, or a means question with no
    distress around it. The model may then only make it a possible risk."""

    def add(self, category: str, *reasons: str) -> None:
        if category not in self.categories:
            self.categories.append(category)
        for reason in reasons:
            if reason not in self.reasons:
                self.reasons.append(reason)


def _live_rules(live: Collection[int]) -> dict[int, list[re.Pattern[str]]]:
    """Rule number -> its patterns in `live`, in the rule's order (pattern ids ascend in it)."""
    by_rule: dict[int, list[re.Pattern[str]]] = {}
    for pid in sorted(live):
        if (entry := _RULE_OF.get(pid)) is not None:
            by_rule.setdefault(entry[0], []).append(entry[1])
    return by_rule


def _first_live_match(
    patterns: list[re.Pattern[str]], text: str, found: _Found
) -> tuple[int, int] | None:
    for regex in patterns:
        for match in regex.finditer(text):
            span = (match.start() + 1, match.end())  # the match includes the leading space
            if not negated(text, *span):
                return span
            found.dismissed = True
    return None


def _scan(text: str, live: Collection[int]) -> _Found:
    found = _Found()
    by_rule = _live_rules(live)
    for n in sorted(by_rule):
        rule = _RULES[n][0]
        span = _first_live_match(by_rule[n], text, found)
        if span is None:
            continue
        if rule.kind == "crisis":
            who = subject(text, *span)
            if who == "reader" and rule.category != lexicon.MEANS:
                found.dismissed = True
                continue  # "you should kys" is abuse; "can you overdose on..." asks for means
            if who == "other":
                found.add(lexicon.SOMEONE_ELSE, REASON_SOMEONE_ELSE, rule.reason)
            else:
                found.add(rule.category, rule.reason)
                found.distress = True
            found.means = found.means or rule.category == lexicon.MEANS
        elif rule.kind == "possible":  # "see you on the other side" is not aimed at the reader
            other = subject(text, *span) == "other"
            found.hints.append((lexicon.SOMEONE_ELSE if other else rule.category, rule.reason))
        elif rule.kind == "contextual":
            found.contextual.append((rule.category, rule.reason))
            found.means = found.means or rule.category == lexicon.MEANS
        elif rule.kind == "distress":
            found.distress = True
            found.context_reasons.append(rule.reason)
        else:
            found.setback = True
            found.context_reasons.append(rule.reason)
    return found


def assess(
    text: str, memory: CrisisMemory | None = None, now: datetime | None = None
) -> Assessment:
    """Assess one message; `memory` is what earlier messages showed (see `update_memory`)."""
    return _assess(text, memory, now, prefilter=True)


def _assess(
    text: str, memory: CrisisMemory | None, now: datetime | None, *, prefilter: bool
) -> Assessment:
    normal = normalise(text)
    if not normal:
        return Assessment()
    normal = pad(normal)
    live = _INDEX.live(normal, prefilter)
    blanked = blank_idioms(normal, _INDEX, live)
    found = _scan(blanked, live)
    if found.contextual:
        moment = now if now is not None else datetime.now(UTC)
        if found.distress or found.setback or found.categories:
            context = REASON_SAME_MESSAGE
        elif memory is not None and memory.recent(moment):
            context = REASON_AFTER_DISTRESS
        else:
            context = ""
        for category, reason in found.contextual:
            if context:
                found.add(category, reason)
            else:
                found.context_reasons.insert(0, reason)
                found.dismissed = True
        if context:
            found.reasons.append(context)
    categories = tuple(c for c in lexicon.CATEGORIES if c in found.categories)
    # One word (or a number: "2" reads as "to") is too little for the model: the rules decide.
    scored = len(normal.split()) >= MIN_WORDS
    concept = foreign_cues.has_cue(normal)
    cued = bool(categories) or found.distress or found.means or concept
    score = _model_score(normal.strip(), sentences=cued) if scored else 0.0
    raw = score
    lang = language.detect(text)
    if not cued and len(normal.split()) <= BARE_WORDS and score < MODEL_BARE:
        score = min(score, MODEL_POSSIBLE - 0.01)  # a short line and no risk cue: too little
    if len(normal.split()) <= SHORT_WORDS and score < MODEL_SHORT:
        score = min(score, MODEL_POSSIBLE - 0.01)  # "note last": two words say too little
    flags = min(MODEL_JOKE, MODEL_POSSIBLE)  # the lowest score that can flag
    if not cued and score >= flags:  # no risk topic, or only in everyday clauses
        model = crisis_model.shipped().score_normal
        score = no_cue_score(score, normal, blanked, text, lang, model, bars=(flags, MODEL_CLEAR))
    elif not (categories or found.means or concept):  # "a failure": a distress word alone
        score = distress_score(score, blanked, text, lang, bars=(flags, DISTRESS_BAR))
    joking = _JOKE.search(normal) is not None and (cued or len(normal.split()) <= JOKE_WORDS)
    figure = _FIGURE.search(normal) is not None
    extra: list[str]
    if not scored:
        level, extra = (CLEAR, []) if categories else (None, [])
    elif lang not in (None, "en") and lexicon.SOMEONE_ELSE not in categories:
        level, extra = _level((), score, joking, figure=figure)
        cue = bool(categories) or concept
        floor = FOREIGN_CUE_FLOOR if concept else FOREIGN_RULE_FLOOR
        if figure:
            floor = max(MODEL_POSSIBLE, FIGURE_BAR)
        if cue and level is None and score >= floor:
            level, extra = POSSIBLE, [REASON_FOREIGN]
        elif cue and level == POSSIBLE and score >= FOREIGN_CLEAR and not joking:
            level = CLEAR
    else:
        level, extra = _level(categories, score, joking, figure=figure)
    if not categories and found.dismissed and level is not None:
        level = POSSIBLE if score >= (MODEL_MEANS if found.means else MODEL_CLEAR) else None
        extra = extra if level else []
    elif level == CLEAR and not categories and found.distress and lang in (None, "en"):
        level = POSSIBLE  # the rules read it as distress, not a wish to die: ask
    if found.hints:
        level, extra = level or POSSIBLE, extra if level else [r for _, r in found.hints]
        hinted = {c for c, _ in found.hints}.union(categories)
        categories = tuple(c for c in lexicon.CATEGORIES if c in hinted)
    return Assessment(
        crisis=level is not None,
        categories=categories,
        reasons=tuple(dict.fromkeys(found.reasons + extra + found.context_reasons)),
        distress=found.distress or (level is not None and categories != (lexicon.SOMEONE_ELSE,)),
        means_seeking=found.means,
        setback=found.setback,
        level=level,
        score=round(raw, 4),
        language=lang,
    )


def _model_score(normal: str, *, sentences: bool) -> float:
    """The model's score of the whole message, or (with `sentences`, when the message has a
    risk cue) of its most worrying sentence when that is higher and confident: one sentence
    about wanting to die among job talk is not diluted by the rest. Without a cue a single
    sentence never speaks for the whole message: "Pathetic. I want to know why." in an angry
    draft is three short lines the model has little to go on."""
    model = crisis_model.shipped()
    score = model.score_normal(normal)
    parts = normal.split(" . ")
    if sentences and len(parts) > 1:
        for sentence in parts:
            if len([w for w in sentence.split() if w != ","]) >= SENTENCE_WORDS:
                alone = model.score_normal(sentence.strip(" .,"))
                if alone >= SENTENCE_SCORE:
                    score = max(score, alone)
    return score


def _level(
    categories: tuple[str, ...], score: float, joking: bool, *, figure: bool = False
) -> tuple[str | None, list[str]]:
    """The tier from the rules' categories and the model's score, with any extra reasons; a
    joke marker lowers the model's bar, unless the message explains a figure of speech."""
    if categories:
        if joking and lexicon.SOMEONE_ELSE not in categories:
            return POSSIBLE, [REASON_JOKING]
        if score < MODEL_DOUBT and set(categories) <= _DOUBTABLE:
            return POSSIBLE, []
        return CLEAR, []
    if score >= MODEL_CLEAR:
        return (POSSIBLE, [REASON_MODEL, REASON_JOKING]) if joking else (CLEAR, [REASON_MODEL])
    if score >= (max(MODEL_POSSIBLE, FIGURE_BAR) if figure else MODEL_POSSIBLE):
        return POSSIBLE, [REASON_MODEL]
    if joking and not figure and score >= MODEL_JOKE:
        return POSSIBLE, [REASON_MODEL, REASON_JOKING]
    return None, []


def update_memory(
    memory: CrisisMemory | None, assessment: Assessment, now: datetime
) -> CrisisMemory:
    """The memory after a message with this assessment, seen at `now`."""
    memory = memory or CrisisMemory()
    moment = _utc(now)
    return CrisisMemory(
        distress_at=moment if assessment.distress or assessment.crisis else memory.distress_at,
        setback_at=moment if assessment.setback else memory.setback_at,
    )
