"""Naming a jab, and making sure the calmer version drops it.

When only the tone model hears a jab, `jab_words` says which words: a verdict on them ("isn't
ok", "is unacceptable") when there is one, else the sentence the model hears sharpest, never
a plain line about how the person feels ("I'm disappointed in how this ended" is fair to say,
not a jab). `without_verdict` takes a verdict off a kept sentence ("I haven't heard back for three
weeks isn't ok" keeps the three weeks), and `dropping(rewrite, phrases)` leaves out of the
calmer version any sentence that still carries a phrase the review reported as a jab.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from bot.safety.draft_sentences import _SUBJECT, sentences

_NEGATED = re.compile(
    r"(?i)(?:,?\s*\bwhich\s+)?(?:(?:\b(?:is|was|are|were)n't|\b(?:is|was|are|were) (?:not|never)"
    r"|\bnot)\s+(?:ok|okay|acceptable|fair|right|professional|cool|fine|how you treat people)\b"
    r"|(?:\b(?:is|was|are|were|so|just|frankly|totally|completely)\s+)*\b(?:unacceptable"
    r"|unprofessional|disrespectful|ridiculous|insulting|disgraceful|shameful|pathetic)\b)"
)
"""A verdict on them or on what they did: "isn't ok", "is unacceptable", "not professional"."""
_PLAIN_FEELING = re.compile(
    r"(?i)^\s*(?:i(?:'m| am)|i feel|i was|i've been)(?: (?:so|really|very|deeply|quite|a bit"
    r"|a little|pretty|just|honestly|genuinely|truly))* (?:disappointed|sad|gutted|upset"
    r"|frustrated|let down|hurt|crushed|heartbroken)\b(?!.*\byou(?:r)?\b)"
)
_SUBJECT_LEFT = re.compile(r"(?i)^(?:that|this|it)(?:'s)?\W*$")


def plain_feeling(sentence: str) -> bool:
    """Whether `sentence` only says how the person feels ("I'm disappointed in how this
    ended"), with no "you" in it to aim at."""
    return bool(_PLAIN_FEELING.match(sentence))


def verdicts(plain: str) -> tuple[str, ...]:
    """The verdicts on them in `plain` ("isn't ok", "is unacceptable"), each once."""
    return tuple(dict.fromkeys(m.group(0).strip(" ,") for m in _NEGATED.finditer(plain)))


def jab_words(
    plain: str, rewrite: str, sharpness: Callable[[str], float], most: int = 2
) -> tuple[str, ...]:
    """The words to quote for a jab only the tone model heard: the verdicts on them, then the
    sentences the calmer version left out, sharpest first; never a plain line about how the
    person feels, nor a sentence whose words the calmer version still says."""
    kept = set(_words(rewrite))
    left_out = []
    for sentence in sentences(plain):
        words = _words(sentence)
        if not words or plain_feeling(sentence) or _GREETING.match(sentence.strip()):
            continue
        if sum(w in kept for w in words) < len(words) / 2:
            left_out.append(sentence.strip().rstrip(".!?"))
    left_out.sort(key=sharpness, reverse=True)
    return (*verdicts(plain), *left_out)[:most]


_GREETING = re.compile(r"(?i)^(?:hi|hello|hey|dear|thanks|thank you|regards|best|cheers)\b")


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9']+", text.casefold()) if len(w) >= 4]


def without_verdict(sentence: str) -> str:
    """`sentence` without a verdict on them ("...three weeks isn't ok." keeps the three
    weeks); "" when nothing but the verdict is left ("That isn't ok.")."""
    found = _NEGATED.search(sentence)
    if found is None:
        return sentence
    if sentence[found.end() :].strip(" .!?"):
        return ""  # a verdict mid-sentence: no clean cut leaves the rest a sentence
    cut = sentence[: found.start()] + sentence[found.end() :]
    cut = re.sub(r"(?i)\s*(?:,|\band\b|\bwhich\b|\bthat\b)?\s*([.!?]*)$", r"\1", cut.strip())
    cut = re.sub(r"\s+([.!?,])", r"\1", re.sub(r"\s{2,}", " ", cut)).strip()
    core = cut.rstrip(".!? ")
    if len(core.split()) < 3 or _SUBJECT_LEFT.match(core) or not _SUBJECT.search(core):
        return ""
    if re.match(r"(?i)^\w+ing\b", core):  # "Treating candidates like this": no sentence
        return ""
    return core + "."


def dropping(rewrite: str, phrases: Iterable[str]) -> str:
    """`rewrite` without any sentence that still carries one of `phrases` (the words reported
    as a jab), ignoring quotes and case; the greeting and sign-off stay."""
    wanted = [_flat(p) for p in phrases if len(_flat(p)) >= 4]
    if not wanted:
        return rewrite
    paragraphs = rewrite.split("\n\n")
    out = [paragraphs[0]]
    for para in paragraphs[1:-1]:
        kept = [s for s in sentences(para) if not any(w in _flat(s) for w in wanted)]
        if kept:
            out.append(" ".join(s.strip() for s in kept))
    return "\n\n".join([*out, *paragraphs[-1:]] if len(paragraphs) > 1 else out)


def _flat(text: str) -> str:
    return " ".join(re.sub(r"[\"'‘’“”]", "", text).casefold().split()).strip(" .!?,")
