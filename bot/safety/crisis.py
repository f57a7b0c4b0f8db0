"""Crisis detection: does this message mean the person (or someone they know) may be in danger?

`assess(text, memory, now)` is a pure, fast function (no model, no network) built on the
lexicon in `bot.safety.lexicon`: it normalises the text, blanks everyday idioms ("this rejection
is killing me", "career suicide"), finds cues by category, drops cues the person denied ("I don't
want to die, I want a job") unless the denial is undone ("... just kidding"), and decides whose
words they are. A question about means (tall bridges, pill counts, buying a gun) is a crisis
when the same message, or anything within `MEMORY_WINDOW` before it, showed distress, a job loss
or a rejection. `CrisisMemory` is that small per-person record; the engine keeps it in the
conversation's meta as `CrisisMemory.to_json()` and updates it with `update_memory`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from bot.safety import context_cues, lexicon
from bot.safety.clauses import negated, subject
from bot.safety.idioms import IDIOMS
from bot.safety.normalise import normalise
from bot.safety.patterns import PatternIndex, blank_idioms, pad

MEMORY_WINDOW = timedelta(hours=24)
"""How long distress, a job loss or a rejection makes a later question about means a crisis."""

REASON_SOMEONE_ELSE = "worried about someone else"
REASON_AFTER_DISTRESS = "earlier messages sounded low"
REASON_SAME_MESSAGE = "comes with distress, a job loss or a rejection"


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


RULES = lexicon.RULES + context_cues.RULES
"""Every rule, in the order reasons are listed."""
_INDEX = PatternIndex([IDIOMS, *(rule.patterns for rule in RULES)])
_RULES = tuple(
    (rule, group, frozenset(pid for pid, _ in group))
    for rule, group in ((rule, _INDEX.group(i + 1)) for i, rule in enumerate(RULES))
)
"""Each rule with its patterns and their ids (a rule none of whose patterns may match is
skipped without looking at them)."""


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

    def add(self, category: str, *reasons: str) -> None:
        if category not in self.categories:
            self.categories.append(category)
        for reason in reasons:
            if reason not in self.reasons:
                self.reasons.append(reason)


def _first_live_match(
    patterns: tuple[tuple[int, re.Pattern[str]], ...], text: str, live: Collection[int]
) -> tuple[int, int] | None:
    for pid, regex in patterns:
        if pid not in live:
            continue
        for match in regex.finditer(text):
            span = (match.start() + 1, match.end())  # the match includes the leading space
            if not negated(text, *span):
                return span
    return None


def _scan(text: str, live: Collection[int]) -> _Found:
    found = _Found()
    for rule, patterns, ids in _RULES:
        if ids.isdisjoint(live):
            continue
        span = _first_live_match(patterns, text, live)
        if span is None:
            continue
        if rule.kind == "crisis":
            who = subject(text, *span)
            if who == "reader" and rule.category != lexicon.MEANS:
                continue  # "you should kys" is abuse; "can you overdose on..." asks for means
            if who == "other":
                found.add(lexicon.SOMEONE_ELSE, REASON_SOMEONE_ELSE, rule.reason)
            else:
                found.add(rule.category, rule.reason)
                found.distress = True
            found.means = found.means or rule.category == lexicon.MEANS
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
    found = _scan(blank_idioms(normal, _INDEX, live), live)
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
        if context:
            found.reasons.append(context)
    categories = tuple(c for c in lexicon.CATEGORIES if c in found.categories)
    return Assessment(
        crisis=bool(categories),
        categories=categories,
        reasons=tuple(dict.fromkeys(found.reasons + found.context_reasons)),
        distress=found.distress or any(c != lexicon.SOMEONE_ELSE for c in categories),
        means_seeking=found.means,
        setback=found.setback,
    )


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
