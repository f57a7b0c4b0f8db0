"""Draft review: the brake before a person sends an angry reply to a recruiter.

`review(text)` says whether a draft would read as a lash-out (`hostile`, with a 0..1 `score`),
which parts may land badly and why (`reasons`, one per rule family, naming the words), what to do
about it (`suggestions`), and a gracious `rewrite` that keeps the person's own points (their
facts in their words, their ask made polite, thanks, good wishes, staying in touch); a rewrite
that would itself be flagged falls back to fewer of their words. Reasons and suggestions are in
the language of the turn (the `bot` catalogue). A draft in Spanish is read by the Spanish rules
(`draft_spanish`); the tone model, trained on English, only hears drafts in English (or in a
language too short to tell), and a thank-you or a line about staying in touch is noticed in
either language. The rules live in `draft_rules`, the rewrite in `draft_rewrite` (and, for a
Spanish draft, in Spanish, in `draft_rewrite_es`).
Nothing here logs or stores the draft.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, replace

from bot.i18n import N_, _
from bot.safety import draftmodel
from bot.safety.draft_facts import Facts
from bot.safety.draft_jabs import dropping, jab_words, verdicts, without_verdict
from bot.safety.draft_mocked import carried
from bot.safety.draft_net import without_harm
from bot.safety.draft_opener import decided
from bot.safety.draft_points import describe
from bot.safety.draft_rewrite import Points, compose, extract_points
from bot.safety.draft_rewrite_es import rewrite_es, spanish_points
from bot.safety.draft_rules import Hit, find_hits, is_clean_words, normalise, weight
from bot.safety.draft_sentences import Parts
from bot.safety.draft_trim import without_sharpest
from bot.safety.draft_trust import trusted
from bot.safety.language import detect

log = logging.getLogger(__name__)

HOSTILE_AT = 0.5
"""Scores at or above this read as a lash-out."""
MODEL_FROM = 0.5
"""Below this tone-model probability the model adds nothing to the score."""
MODEL_ALONE = 0.8
"""At this tone-model probability the model alone makes a draft read as a lash-out."""
MODEL_MIN_WORDS = 4
"""Shorter drafts are left to the rules: a few words give the model too little to go on."""
_WORDS = re.compile(r"\w+")

_REASONS: dict[str, str] = {
    "insult": N_("insult: calls them names"),
    "blame": N_("blame: puts the fault on them"),
    "sarcasm": N_("sarcasm: reads as a jab, even if it's meant as a joke"),
    "passive": N_("passive-aggressive: polite words with a sting in them"),
    "bridge": N_("bridge-burning: shuts the door for good"),
    "ill_will": N_("ill-wishing: hopes something bad happens to them"),
    "entitlement": N_("entitlement: tells them they got it wrong about you"),
    "threat": N_("threat: mentions reviews, lawyers, complaints or going public"),
    "demand": N_("demand: tells them what they owe you"),
    "tone": N_("tone: reads as a jab or a parting shot, even in polite words"),
    "shouting": N_("shouting: a lot of capital letters"),
    "punctuation": N_("punctuation: piles of !!! or ???"),
    "profanity": N_("profanity: swearing, even with letters hidden"),
}
_QUOTED = (
    "insult",
    "blame",
    "sarcasm",
    "passive",
    "bridge",
    "ill_will",
    "entitlement",
    "threat",
    "demand",
    "profanity",
)

_SUGGESTIONS: dict[str, str] = {
    "insult": N_("Leave out the name-calling: it's the one line they would remember."),
    "blame": N_('Say how it felt for you ("I was disappointed") rather than what they did wrong.'),
    "sarcasm": N_("Say it straight or leave it out: sarcasm reads as anger in writing."),
    "passive": N_(
        'Say it plainly or leave it out: "per my last email", a curt "noted" or a wink '
        "reads as a dig."
    ),
    "bridge": N_(
        "Leave the door ajar: you don't have to want them now, but the people there move on "
        "to other companies."
    ),
    "ill_will": N_("Leave out wishing them harm: it says more about the hurt than about them."),
    "entitlement": N_(
        "Instead of telling them they were wrong, name what you bring and ask what would have "
        "made the difference."
    ),
    "threat": N_(
        "Keep reviews, complaints or legal steps out of this message. If something was truly "
        "unfair, note it down and decide on it later, with a calmer head."
    ),
    "demand": N_(
        "Ask rather than demand. They don't have to give feedback, but many will when asked kindly."
    ),
    "tone": N_(
        "Read it as the recruiter would. If a line is there to make them feel bad, leave it out "
        "and say what you want from them instead."
    ),
    "shouting": N_("Use normal capitals: all-caps reads as shouting."),
    "punctuation": N_("One question mark or exclamation mark is plenty."),
    "profanity": N_("Take the swearing out; you can say all of it here instead, safely."),
}
_HOLD = N_("Give it a night before sending. You can keep the draft here and look again tomorrow.")
_THANKS = re.compile(r"\b(?:thank|thanks|grateful|appreciate|gracias|agradec|agradezc)", re.I)
_FUTURE = re.compile(
    r"\b(?:future|in touch|keep me in mind|other (?:roles|positions|openings|opportunities)"
    r"|connect|again|futur[oa]s?|en contacto|tenerme en cuenta|me tengan? en cuenta"
    r"|otras? (?:vacantes?|ofertas?|oportunidades|puestos?|posiciones|procesos?)"
    r"|de nuevo|otra vez|más adelante)\b",
    re.IGNORECASE,
)


_STINGS = frozenset({"insult", "blame", "sarcasm", "passive", "ill_will"})
"""Families whose quoted words are the sting itself: no sentence of the calmer version keeps
them (a threat or a bridge may carry a fair request, which the harm net reads instead). A
scare-quoted word ("your 'feedback'") is their own point, kept without the quotes."""
_QUOTE = re.compile(r"(?:^|\s)[\"']\w")


@dataclass(frozen=True, slots=True)
class DraftReview:
    """What the review found in a draft, and a kinder version of it."""

    hostile: bool
    score: float
    reasons: tuple[str, ...]
    suggestions: tuple[str, ...]
    rewrite: str
    points: tuple[str, ...]
    families: tuple[str, ...] = ()
    """The rule families that fired (`insult`, `threat`, `passive`, ...), in order."""
    trusted: bool = True
    """False when no calmer version could be made that the review itself finds calm and that
    leaves the flagged sentences behind: `rewrite` is then empty, and the person redoes it."""


QUOTE_CHARS = 40
"""A quoted phrase longer than this is cut at a word boundary, with an ellipsis."""


def _cut(phrase: str) -> str:
    """`phrase` up to `QUOTE_CHARS` characters, never cutting a word in two."""
    phrase = " ".join(phrase.split())
    if len(phrase) <= QUOTE_CHARS:
        return phrase
    head = phrase[: QUOTE_CHARS + 1].rsplit(" ", 1)[0].rstrip(" ,;:.")
    return (head or phrase.split(" ", 1)[0]) + "…"


def quotes(examples: tuple[str, ...], most: int = 3) -> tuple[str, ...]:
    """The phrases to quote for one rule family: each once, overlapping phrases said once (the
    longest that fits whole), and none cut mid-word."""
    kept: list[str] = []
    said = {" ".join(e.split()) for e in examples if e.strip()}
    for phrase in sorted(said, key=lambda p: (len(p) > QUOTE_CHARS, -len(p), p)):
        low = phrase.casefold()
        if any(k.casefold() in low or low in k.casefold() for k in kept):
            continue
        kept.append(phrase)
    order = {p: i for i, p in enumerate(" ".join(e.split()) for e in examples)}
    return tuple(_cut(p) for p in sorted(kept, key=lambda p: order.get(p, 0))[:most])


def _reason(hit: Hit) -> str:
    base = _(_REASONS[hit.family])
    if hit.family not in (*_QUOTED, "tone"):
        return base
    shown = ", ".join(f'"{e}"' for e in quotes(hit.examples))
    return f"{base} ({shown})" if shown else base


def _suggestions(hits: list[Hit], hostile: bool, text: str) -> tuple[str, ...]:
    out = [_(_SUGGESTIONS[h.family]) for h in hits]
    if hostile:
        out.append(_(_HOLD))
        return tuple(out)
    if not _THANKS.search(text):
        out.append(_("You could open with a thank-you for their time."))
    if not _FUTURE.search(text):
        out.append(_("A line about staying in touch keeps the door open for later roles."))
    return tuple(out)


def _model_weight(text: str) -> float:
    """The tone model's share of the score: 0 below `MODEL_FROM`, `HOSTILE_AT` at `MODEL_ALONE`."""
    try:
        p = draftmodel.score(text)
    except Exception as exc:  # a broken model file must not stop the review: rules still work
        log.warning("safety.draft_model_failed error=%s", type(exc).__name__)
        return 0.0
    share = (p - MODEL_FROM) / (MODEL_ALONE - MODEL_FROM) * HOSTILE_AT
    return max(0.0, min(0.9, share))


def _score(plain: str, heard: bool = True) -> tuple[list[Hit], float, float]:
    """The rule hits, the tone model's share and the combined 0..1 score of a draft (the model
    only when `heard`: it was trained on English)."""
    hits = find_hits(plain)
    enough = heard and len(_WORDS.findall(plain)) >= MODEL_MIN_WORDS
    model = _model_weight(plain) if enough else 0.0
    keep = math.prod(1.0 - weight(h) for h in hits) * (1.0 - model)
    return hits, model, round(1.0 - keep, 3)


def _full_score(text: str) -> float:
    """The review's score of `text`, rules and tone model together."""
    return _score(text)[2]


def _rules_score(text: str) -> float:
    """The review's score of `text` by the rules alone (the tone model only hears English)."""
    return _score(text, heard=False)[2]


def _sendable(rewrite: str, points: Points) -> bool:
    """The rewrite has no unkind words, and the person's kept words would not be flagged: the
    tone model hears them under the same plain opener for every draft, so the words of the
    opener chosen for this draft ("a payment", "your offer") never cost them a point."""
    if not is_clean_words(rewrite):
        return False
    return _score(compose(points, hostile=True, neutral=True))[2] < HOSTILE_AT


def _names(points: Points) -> str:
    """The names the rewrite carries over (recipient, role, company, signer), in one string."""
    return " ".join(n for n in (points.recipient, points.role, points.company, points.signer) if n)


def _sharpness(text: str) -> float:
    """How much the tone model hears a jab in `text` (0 when the model cannot be read)."""
    try:
        return draftmodel.score(text)
    except Exception:  # a broken model file: the rules alone decide, as in `_model_weight`
        return 0.0


def _without_worst(parts: Parts) -> Parts:
    """`parts` with the kept sentence the tone model hears as the sharpest cut back to its
    calmer clauses, or left out; the fact patterns then say whatever numbers, tasks and dates
    it carried again, in plain first-person words."""
    worst = max(range(len(parts.facts)), key=lambda i: _sharpness(parts.facts[i]))
    trimmed = without_sharpest(parts.facts[worst], _sharpness)
    kept: tuple[str, ...] = (
        (trimmed,) if trimmed and _sharpness(trimmed) < _sharpness(parts.facts[worst]) else ()
    )
    said = " ".join(parts.facts[:worst] + kept + parts.facts[worst + 1 :] + parts.asks)
    mocked = tuple(m for m in parts.mocked if m != parts.facts[worst])  # once cut, it stays out
    kept += tuple(m for m in mocked if not carried(m, said))
    facts = parts.facts[:worst] + kept + parts.facts[worst + 1 :]
    return replace(parts, facts=facts, mocked=mocked)


_RAGE_ONLY = re.compile(
    r"^(?:i(?:'m| am)|i feel|i'm feeling|i am feeling)\s+(?:(?:so|really|very|absolutely"
    r"|fucking|beyond|just)\s+)*(?:furious|livid|seething|fuming|enraged|raging|angry|mad"
    r"|pissed(?: off)?)\W*$",
    re.IGNORECASE,
)


def _without_rage(parts: Parts) -> Parts:
    """`parts` without a kept sentence that only says how angry they are ("I AM FURIOUS."):
    a feeling for here, not a fact for them."""
    kept = tuple(f for f in parts.facts if not _RAGE_ONLY.match(f.strip()))
    return parts if len(kept) == len(parts.facts) else replace(parts, facts=kept)


def _without_verdicts(parts: Parts) -> Parts:
    """`parts` with every verdict on them ("... isn't ok") taken off its kept sentence."""
    kept = tuple(v for f in parts.facts if (v := without_verdict(f)))
    return parts if kept == parts.facts else replace(parts, facts=kept)


def review(text: str) -> DraftReview:
    """Review a draft reply: rule families plus the tone model; pure, fast, safe on any input."""
    plain = normalise(text or "")
    language = detect(plain)
    hits, model, score = _score(plain, heard=language in (None, "en"))
    hostile = score >= HOSTILE_AT
    if hostile and model > 0 and not any(h.family in _QUOTED for h in hits):
        hits.append(Hit("tone", ()))  # the model heard a jab that no listed phrase names
    points = extract_points(plain)
    if language == "es":  # a Spanish draft gets a Spanish rewrite, judged by the Spanish rules
        rewrite = without_harm(rewrite_es(plain))
        ok = not hostile or trusted(plain, rewrite, _rules_score, HOSTILE_AT)
        return DraftReview(
            hostile=hostile,
            score=score,
            reasons=tuple(_reason(h) for h in hits),
            suggestions=_suggestions(hits, hostile, plain),
            rewrite=rewrite if ok else "",
            points=describe(spanish_points(plain)),
            families=tuple(h.family for h in hits),
            trusted=ok,
        )
    points = replace(points, parts=_without_verdicts(_without_rage(points.parts)))
    rewrite = compose(points, hostile=hostile)
    if not _sendable(rewrite, points) and not is_clean_words(_names(points)):
        points = replace(points, recipient=None, role=None, company=None, signer=None)
        rewrite = compose(points, hostile=hostile)
    while not _sendable(rewrite, points) and points.parts.facts:
        # the sentence that stings most goes; its facts stay, said plainly
        points = replace(points, parts=_without_worst(points.parts))
        rewrite = compose(points, hostile=hostile)
    if not _sendable(rewrite, points):  # an ask still stings: the facts and plain asks only
        points = replace(points, parts=Parts(calm_text=points.parts.calm_text))
        rewrite = compose(points, hostile=hostile)
    if not _sendable(rewrite, points):
        points = replace(points, facts=Facts(wants_reason=points.facts.wants_reason), parts=Parts())
        rewrite = compose(points, hostile=hostile)
    if _score(rewrite)[2] >= HOSTILE_AT:  # the chosen opener tips it: open plainly instead
        rewrite = compose(points, hostile=hostile, neutral=True, told_no=decided(plain))
    stings = (e for h in hits if h.family in _STINGS for e in h.examples if not _QUOTE.search(e))
    rewrite = dropping(rewrite, (*verdicts(plain), *stings))  # a named jab never survives
    hits = [
        Hit("tone", jab_words(plain, rewrite, _sharpness)) if h.family == "tone" else h
        for h in hits
    ]
    rewrite = without_harm(rewrite)  # the last check: nothing of a threat or insult is left
    ok = not hostile or trusted(plain, rewrite, _full_score, HOSTILE_AT)
    return DraftReview(
        hostile=hostile,
        score=score,
        reasons=tuple(_reason(h) for h in hits),
        suggestions=_suggestions(hits, hostile, plain),
        rewrite=rewrite if ok else "",
        points=describe(points),
        families=tuple(h.family for h in hits),
        trusted=ok,
    )
