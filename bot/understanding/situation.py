"""The situation a person describes in passing: how far they got, how they heard, how many
rejections, how long ago.

`pick_up(text)` reads one message ("they turned me down after the final round, by email",
"40 auto rejections", "ghosted since last week") and returns the facts it states, as the
conversation variables the welcome flow already uses: `stage` (application, phone_screen,
interview, final_round, offer_stage), `heard` (call, email, no_answer), plus `rejections` (a
count), `heard_when` (words such as "yesterday", "2 weeks ago") with `days_ago` (a number), and
`worry` (`money` when rent, bills or savings weigh on them: the plan starts there) and
`job_lost` (`yes` when they were laid off, made redundant or fired: no stage of an
application, `situation_told`) and `no_contact` (`yes` when they want no more contact with the
employer).
`acknowledge(vars)` turns what is known into one short line ("Final round, by email: that's a
hard one."). Plain patterns, no model: what is picked up must be predictable and explainable.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.i18n import N_, _
from bot.primitives.regex_keys import Keyed
from bot.primitives.text import fold
from bot.primitives.turn_memo import within_turn_numbers_kept
from bot.understanding import situation_es
from bot.understanding.situation_told import bare_amount, job_lost, no_contact, states_fact
from bot.understanding.situation_words import (
    HEARD_ASKED,
    MONEY_WORDS,
    NEGATED,
    NO_INTERVIEW,
    PROMISED,
    RESPONDED,
    STAGE_PATTERNS,
    STILL_WAITING,
    UNSURE,
)

# Each expression runs only on a text holding one of its keys (`bot.primitives.regex_keys`).
_STAGES = tuple((stage, Keyed(pattern)) for stage, pattern in STAGE_PATTERNS)
_HEARD = HEARD_ASKED
_MONEY, _NEGATED, _NO_INTERVIEW, _PROMISED, _RESPONDED, _STILL_WAITING, _UNSURE = map(
    Keyed, (MONEY_WORDS, NEGATED, NO_INTERVIEW, PROMISED, RESPONDED, STILL_WAITING, UNSURE)
)

FACT_VARS = (
    "stage", "heard", "rejections", "heard_when", "days_ago", "worry", "job_lost", "no_contact"
)  # fmt: skip
"""Every variable this module may set (cleared together when a new rejection starts)."""
PICKED_AT = "situation_at"
"""Meta key: when facts were last picked up (a new rejection soon after keeps them)."""

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "a couple of": 2, "a couple": 2,
    "a few": 3, "few": 3, "several": 4, "dozens of": 24, "a dozen": 12, "dozens": 24,
}  # fmt: skip
_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7,
    "8th": 8, "9th": 9, "10th": 10,
}  # fmt: skip
_NUM = r"(\d{1,4}|" + "|".join(sorted(map(re.escape, _NUMBER_WORDS), key=len, reverse=True)) + ")"
_NUM_ANY = _NUM[:-1] + "|" + situation_es.NUM[1:]
_ORD = r"(\d{1,3}(?:st|nd|rd|th)|" + "|".join(k for k in _ORDINALS if k.isalpha()) + ")"


_REJECTION_NOUN = (
    r"(?:auto(?:matic|mated)? |automated |more |straight )?"
    r"(?:rejections?|no'?s|nos|noes|knockbacks?|turndowns?)"
)
_COUNTS = tuple(map(Keyed, (
    re.compile(r"(?<!\w)" + _NUM + r"\+? " + _REJECTION_NOUN + r"(?!\w)"),
    re.compile(r"(?<!\w)rejected " + _NUM + r" times(?!\w)"),
    re.compile(r"(?<!\w)" + _NUM + r" times (?:now|already|in a row|so far|this (?:year|month))"
               r"(?!\w)"),
    re.compile(r"(?<!\w)" + _NUM + r"\+? (?:applications|jobs|roles|companies)(?: and| with|,)? "
               r"(?:no|zero|0|not one|nothing)"),
)))  # fmt: skip
_ORDINAL_COUNT = Keyed(
    re.compile(
        r"(?<!\w)(?:my |the |this is (?:my |the )?|that'?s (?:my |the )?)?" + _ORD + r" "
        r"(?:rejection|no|one|knockback|turndown)(?!\w)"
    )
)


_NOT_STAGE = Keyed(
    re.compile(
        r"(?<!\w)(?:not|wasnt|wasn't|nor|rather than|instead of) (?:an? |the |my |at the )?"
        r"(?:final (?:round|interview|stage)|phone (?:screen(?:ing)?|interview)|screening call|"
        r"interview(?:s)?|application|applying|offer stage|onsite|first call)(?!\w)"
    )
)

"""A stage said only to be denied ("phone screen not interview", "not application")."""
_BARE_PHONE = Keyed(re.compile(r"(?<!\w)(?:phone|call)(?!\w)"))
_UNITS = {"minute": 0.0, "min": 0.0, "hour": 0.0, "day": 1.0, "week": 7.0, "month": 30.0}
_AGO = Keyed(re.compile(r"(?<!\w)" + _NUM + r" (minute|min|hour|day|week|month)s? ago(?!\w)"))
_SINCE = Keyed(
    re.compile(
        r"(?<!\w)(?:(?:it'?s|its|it has|has) been (?:about |almost |over |nearly |like |a good )?"
        + _NUM
        + r" (day|week|month)s?|"
        + _NUM
        + r" (day|week|month)s? (?:of (?:nothing|silence|"
        r"waiting)|now|since (?:the|my|our|then)|and (?:still )?"
        r"(?:nothing|no (?:word|reply|answer))))"
        r"(?!\w)"
    )
)

"""Time since, said without "ago": "it's been 3 weeks", "3 weeks of nothing"."""
_WHEN_WORDS: tuple[tuple[str, str, float], ...] = (
    (r"just now|just got|just heard|just found out|an hour ago|this morning|this afternoon|"
     r"tonight|earlier today|today", "today", 0.0),
    (r"last night|yesterday", "yesterday", 1.0),
    (r"day before yesterday", "two days ago", 2.0),
    (r"few days ago|couple of days ago", "a few days ago", 3.0),
    (r"last week|a week ago", "last week", 7.0),
    (r"last month|a month ago", "last month", 30.0),
)  # fmt: skip
_WHEN = tuple((Keyed(re.compile(r"(?<!\w)(?:" + p + r")(?!\w)")), w, d) for p, w, d in _WHEN_WORDS)


def _number(word: str) -> int | None:
    word = word.strip()
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word)


def _any_number(word: str) -> int | None:
    """A number in English or Spanish words or digits."""
    return _number(word) or situation_es.number(word)


def _ordinal(word: str) -> int | None:
    if word in _ORDINALS:
        return _ORDINALS[word]
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else None


def _said(text: str) -> str:
    """Folded words with apostrophes kept as typed ("haven't" and "havent" both match)."""
    asked = "?" if text.rstrip().endswith("?") else ""
    return " " + re.sub(r"\s+", " ", fold(text.replace("’", "'"))) + asked + " "


_CORRECTED = Keyed(
    re.compile(
        r"(?<!\w)(?:actually|i mean|sorry|no wait|wait|correction|scratch that|en realidad|"
        r"mejor dicho|perdon|digo|bueno no)(?!\w)"
    )
)

"""Words that put right what was just said ("2 interviews, actually just the phone screen")."""
_INTERVIEW = dict(_STAGES)["interview"]


def _stage(said: str) -> str | None:
    """The stage `said` names: what a correction names, when it names one; otherwise the
    furthest reached ("phone screen then 2 interviews" is the interview)."""
    corrected = list(_CORRECTED.finditer(said))
    late = _furthest(said[corrected[-1].end() :]) if corrected else None
    return late or _furthest(said)


def _furthest(said: str) -> str | None:
    """The furthest stage named (`STAGE_PATTERNS` go from furthest to nearest, except that a
    phone screen is looked for before an interview, as "phone interview" holds one)."""
    for stage, pattern in _STAGES:
        if pattern.search(said):
            beyond = stage == "phone_screen" and _INTERVIEW.search(pattern.sub(" ", said))
            return "interview" if beyond else stage
    return None


def pick_up(text: str) -> dict[str, object]:
    """The facts `text` states, as variables (only those it states)."""
    return dict(_facts(text))


@within_turn_numbers_kept
def _facts(text: str) -> tuple[tuple[str, object], ...]:
    """`pick_up`, read once a turn (its checks and each option's `disagrees` ask again)."""
    said = _said(text)
    found: dict[str, object] = {}
    unsaid = _NOT_STAGE.sub(" ", said)  # "phone screen, not interview": not the interview
    reached = _NO_INTERVIEW.sub(" ", unsaid)  # "i dont even get to interviews": applications
    stage = _stage(reached)
    if stage is not None:
        found["stage"] = stage
    if "stage" not in found and reached != unsaid:
        found["stage"] = "application"
    if "stage" not in found and unsaid != said and _BARE_PHONE.search(unsaid):
        found["stage"] = "phone_screen"  # "it was phone not interview": a stage put right
    responded = _responded(said)
    told = _TO_ME.sub(" ", said)  # "you didn't answer me" is about this chat, not them
    for heard, pattern in _HEARD:
        if heard == "no_answer" and responded:
            continue  # "they rejected me after a silence" is an answer, late
        if pattern.search(told):
            found["heard"] = heard
            break
    if "heard" not in found and not responded and _PROMISED.search(said):
        if _STILL_WAITING.search(said) or _elapsed(said):
            found["heard"] = "no_answer"  # "they said they'd get back by the 10th, it's been..."
    if found.get("stage") == "application" and "heard" not in found and "auto" in said:
        found["heard"] = "email"  # automatic rejections arrive by email or the portal
    count = _rejections(said)
    if count is not None:
        found["rejections"] = count
    when = _when(said)
    if when is not None:
        found["heard_when"], found["days_ago"] = when
    if _MONEY.search(said):
        found["worry"] = "money"
    if job_lost(said):
        found["job_lost"] = "yes"  # laid off, let go: no application stage
    if no_contact(said):
        found["no_contact"] = "yes"  # "don't want to talk to them again": no contact steps
    return tuple(found.items())


def _responded(said: str) -> bool:
    for m in _RESPONDED.finditer(said):
        before = said[max(0, m.start() - 30) : m.start()]
        clause = re.split(r"[.!;]", said[m.end() :], maxsplit=1)[0]
        if _NEGATED.search(before) or _UNSURE.search(before) or "?" in clause:
            continue
        return True
    return False


def disagrees(text: str, sets: Mapping[str, str]) -> bool:
    """Whether `text` states a fact that an option's `sets` would contradict: "3 weeks of
    silence and a one line no" is not "no answer at all" (they did answer), "they emailed me a
    no" is not a phone call."""
    heard = sets.get("heard")
    if heard == "no_answer" and _answered(text):
        return True
    facts = dict(_facts(text))
    if sets.get("stage") == "phone_screen" and heard_by_phone_only(facts):
        return True  # "i just got off the phone": how they heard, not how far they got
    return any(name in facts and str(facts[name]) != value for name, value in sets.items())


@within_turn_numbers_kept
def _answered(text: str) -> bool:
    return _responded(_said(text))


def heard_by_phone_only(facts: Mapping[str, object]) -> bool:
    """Whether the facts say the news came by phone and name no stage: the phone in "i just
    got off the phone" is how they heard, never the phone screen."""
    return facts.get("heard") == "call" and "stage" not in facts


def contradicted(text: str, values: Mapping[str, object]) -> list[str]:
    """The known facts `text` says are wrong: "they did reply" or "no, they rejected me"
    when they were taken as never having answered, told as a fact (no question, condition,
    request or "again"). Their names, to forget."""
    if str(values.get("heard") or "") == "no_answer" and _responded(said := _said(text)):
        if states_fact(text, said):  # never "check if they replied" or "ask why?"
            return ["heard"]
    return []


_OTHER_TIMES = Keyed(
    re.compile(
        r"(?<!\w)(?:called|rang|phoned|e-?mailed|messaged|followed up|chased|asked|tried|applied|"
        r"checked|wrote)(?!\w)"
    )
)

"""Counting something they did ("i've emailed 3 times now"), not rejections."""


def _rejections(said: str) -> int | None:
    spanish = situation_es.rejections(said)
    if spanish is not None:
        return spanish
    for index, pattern in enumerate(_COUNTS):
        if index == 2 and _OTHER_TIMES.search(said):
            continue
        m = pattern.search(said)
        if m:
            n = _number(m.group(1))
            if n is not None and 1 <= n <= 5000:
                return n
    m = _ORDINAL_COUNT.search(said)
    if m and not re.search(r"(?:round|interview|stage)", said[m.end() : m.end() + 12]):
        return _ordinal(m.group(1))
    return None


def _elapsed(said: str) -> tuple[str, int] | None:
    m = _SINCE.search(said)
    if m is None:
        return None
    n = _number(m.group(1) or m.group(3))
    unit = m.group(2) or m.group(4)
    if n is None:
        return None
    return f"{n} {unit}{'s' if n != 1 else ''} ago", int(n * _UNITS[unit])


_TO_ME = Keyed(
    re.compile(
        r"\byou(?: still| just)? (?:did ?not|didn'?t|didnt|never|have ?not|haven'?t|havent|dont|"
        r"don'?t|do not)(?: even| really)? (?:reply|replied|respond|responded|answer|answered)"
        r"(?:(?: to)? (?:me|my question|what i asked))?(?=\s*(?:[.?!,;]|$))"
    )
)

"""The person telling the bot it did not answer them: no news about an employer."""


def _when(said: str) -> tuple[str, int] | None:
    m = _AGO.search(said)
    if m is None:
        return (
            _elapsed(said)
            or _when_word(said)
            or situation_es.when(said)
            or bare_amount(said, _NUM_ANY, _any_number)
        )
    if m:
        n = _number(m.group(1))
        if n is not None:
            unit = m.group(2)
            words = f"{n} {unit}{'s' if n != 1 else ''} ago"
            return words, int(n * _UNITS[unit])
    return _when_word(said)


def _when_word(said: str) -> tuple[str, int] | None:
    for pattern, words, days in _WHEN:
        if pattern.search(said):
            return words, int(days)
    return None


_STAGE_WORDS = {
    "application": N_("At the application stage"),
    "phone_screen": N_("After the phone screen"),
    "interview": N_("After an interview"),
    "final_round": N_("Final round"),
    "offer_stage": N_("At the offer stage"),
}
_HEARD_WORDS = {
    "call": N_("by phone"),
    "email": N_("by email"),
    "no_answer": N_("and then silence"),
}
_TOLD_WORDS = {"call": N_("Told by phone"), "email": N_("Told by email")}
_REACTION = {
    "application": N_("that's discouraging"),
    "phone_screen": N_("that's disappointing"),
    "interview": N_("that stings"),
    "final_round": N_("that's a hard one"),
    "offer_stage": N_("that's a hard one"),
}


def acknowledge(values: Mapping[str, object]) -> str:
    """One short line saying back what is known, in the person's language, or "" when nothing
    is."""
    stage = str(values.get("stage") or "")
    heard = str(values.get("heard") or "")
    parts: list[str] = []
    if stage in _STAGE_WORDS:
        head = _(_STAGE_WORDS[stage])
        if heard in _HEARD_WORDS:
            head = _("{stage}, {heard}").format(stage=head, heard=_(_HEARD_WORDS[heard]))
        parts.append(_("{what}: {reaction}.").format(what=head, reaction=_(_REACTION[stage])))
    elif heard == "no_answer":
        parts.append(_("No answer at all: that silence is hard."))
    elif heard in _TOLD_WORDS:
        parts.append(
            _("{told}: that's never easy to read or hear.").format(told=_(_TOLD_WORDS[heard]))
        )
    count = _as_int(values.get("rejections"))
    if count is not None and count >= 2:
        parts.append(_("And {count} rejections is a lot to take in.").format(count=count))
    if str(values.get("heard_when") or "") in ("today", "yesterday"):
        parts.append(_("It's still very fresh."))
    return " ".join(parts)


def _as_int(value: object) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None
