"""Second readings of an answer the matcher took, against what the words themselves say.

In the crisis flows a yes said with doubt is the step's "not sure" (`hedged`), a "Did you mean"
is only taken on a clear answer (`confirmed`), and stopping only when surely meant
(`kept_talking`); an option that
contradicts a fact the person stated gives way to the one that agrees (`agreeing`); at a mood
question a number the person states wins over the sentiment of the words around it, and an option
matched on one word gives way to what the whole answer scores (`mood_agreeing`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.flows.model import ChoiceOption, Step
from bot.i18n import _
from bot.primitives.text import fold
from bot.understanding.feelings import Lexicon
from bot.understanding.matcher import TAKE, Match, asks
from bot.understanding.mood import mood_number, mood_score, swings
from bot.understanding.situation import disagrees, heard_by_phone_only, pick_up
from bot.understanding.yesno import read

NUMBER_SAID = 0.9
"""How sure a mood number said among other words is ("2 i guess. maybe 1")."""

HEDGE = re.compile(
    r"(?<!\w)(?:not sure|unsure|i guess|i think|i suppose|maybe|probably|kind of|kinda|sort of|"
    r"sorta|idk|dunno|don'?t know|dont know|no idea|hard to say|for now i guess|"
    r"no s[eé]|creo|supongo|quiz[aá]s?|tal vez|m[aá]s o menos|no estoy segur[oa])(?!\w)"
)


def hedged(step: Step, text: str, found: Match) -> Match:
    """In the crisis flows, a yes said with doubt ("idk if im safe", "safe i guess") is the
    step's "not sure", never a clear yes; a "Did you mean" between "not sure" and another
    option, with doubt in the words, is "not sure" too."""
    unsure = next((o for o in step.choices if o.means == "unsure"), None)
    if unsure is None or not HEDGE.search(fold(text)):
        return found
    if found.option is not None and found.option.means == "yes":
        return Match(unsure, TAKE)
    if found.option is None and any(o.id == unsure.id for o in found.candidates):
        return Match(unsure, TAKE)
    return found


LEAVING = "stop"
"""The option id the care flows give to stopping the conversation."""


def kept_talking(found: Match) -> Match:
    """In the crisis flows, stopping is only taken when surely meant: a sigh ("ugh") or "i dont
    know" that loosely resembles "Stop for now" is a miss (asked again in other words), never
    a goodbye, nor a "Did you mean Stop for now?"."""
    if found.option is not None:
        loose = found.option.id == LEAVING and (found.score or 0) < TAKE
        return Match() if loose else found
    left = tuple(o for o in found.candidates if o.id != LEAVING)
    return found if len(left) == len(found.candidates) else Match(candidates=left)


def confirmed(text: str, narrowed: Match) -> bool:
    """In the crisis flows, whether an answer to "Did you mean ...?" takes the option offered:
    it names it surely, or says yes ("yeah", "that one"); a sigh ("ugh") or a loose word is
    not taken as wanting to stop or being safe."""
    return (narrowed.score or 0) >= TAKE or read(text).meaning == "yes"


_THAT_ONE = re.compile(
    r"(?:yes |yeah |yep |s[ií] )?(?:that|this|that one|this one|exactly|that'?s (?:it|the one)|"
    r"ese|esa|eso|esa misma|ese mismo|eso mismo|esa opci[oó]n|exacto|exacta)[.!]*"
)


def takes_offered(text: str, offered: Sequence[ChoiceOption]) -> ChoiceOption | None:
    """The one option of a one-option "Did you mean ...?" that a yes ("yes", "yep", "sí",
    "that one") takes; None when more were offered (a bare yes does not say which)."""
    if len(offered) != 1:
        return None
    said = fold(text).strip()
    return offered[0] if read(said).meaning == "yes" or _THAT_ONE.fullmatch(said) else None


def agreeing(step: Step, text: str, found: Match) -> Match:
    """`found`, unless the words state a fact its option contradicts ("3 weeks of silence and a
    one line no" is not "No answer at all"): then the one option agreeing with what was said, or
    the options that do not disagree, offered back."""
    if not any(o.sets for o in step.choices):
        return found
    facts = {o.id for o in step.choices if o.sets and not disagrees(text, o.sets)}
    if found.option is not None and (not found.option.sets or found.option.id in facts):
        return found
    stated = pick_up(text)
    agreeing = [
        o
        for o in step.choices
        if o.id in facts and any(str(stated.get(k)) == v for k, v in o.sets.items())
    ]
    if len(agreeing) == 1:
        return Match(agreeing[0], 0.9)
    if found.option is None or heard_by_phone_only(stated):
        return found if found.option is None else Match()  # the phone is how they heard
    left = [o for o in step.choices if o.id in facts and set(o.sets) & set(found.option.sets)]
    return Match(candidates=tuple(left[:2]))


def mood_agreeing(step: Step, text: str, found: Match) -> Match:
    """At a mood question, a number the person states wins over the words around it ("honestly
    a 1", "like a 4, pretty awful", "como un 2"), unless it asks about the scale or the words
    surely name another kind of option; an option matched on a word that the rest contradicts
    ("not so good, sad and angry" is not "5 · okay"): the mood the words score instead, when two
    or more apart, or one when the words say the mood keeps changing ("one minute fine next
    minute not" is a 3)."""
    means = found.option.means if found.option is not None else None
    number = mood_number(text)
    if number is not None and not asks_back(text):
        stated = next((o for o in step.choices if o.means == str(number)), None)
        other = found.option is not None and not (means or "").isdigit()
        if stated is not None and not (other and (found.score or 0) >= TAKE):
            if found.option is stated:
                return found
            return Match(stated, NUMBER_SAID)
    if not (means or "").isdigit() or number is not None or (found.score or 0) >= 1.0:
        return found  # a whole example said ("not great not terrible") is that mood, surely
    scored = mood_score(text)
    near = 1 if swings(text) else 2  # "one minute fine next minute not" is no 4
    if scored is None or abs(scored[0] - int(means or 0)) < near:
        return found
    option = next((o for o in step.choices if o.means == str(scored[0])), None)
    return Match(option, scored[1]) if option is not None else found


def beside(near: Sequence[ChoiceOption], mood: int) -> bool:
    """Whether the mood the words score may be taken though the matcher found them near other
    options: all those are moods next to it or on either side of it ("tired but hopeful",
    a 3, comes close to "4 · bruised but fine"), never another kind of option."""
    moods = [int(o.means or 0) for o in near if (o.means or "").isdigit()]
    if len(moods) < len(near):
        return False
    return (
        mood in moods or min(moods) <= mood <= max(moods) or all(abs(m - mood) == 1 for m in moods)
    )


def asks_back(text: str) -> bool:
    """Whether a mood answer with a number asks about the scale ("what happens if i pick 1?")
    rather than answers it ("2?" still answers)."""
    return asks(text) and len(text.split()) > 2


def mood_said(mood: int, text: str) -> str:
    """The mood said back, naming anger when there is some (fury is not disappointment)."""
    if "angry" in Lexicon.load().read(text).feelings:
        return _(
            "Sounds like about a {mood} today, with a lot of anger in it. That makes sense."
        ).format(mood=mood)
    return _("Sounds like about a {mood} today.").format(mood=mood)


def feels(text: str) -> bool:
    """Whether the words name a feeling (a question full of hurt is venting, a plain one not)."""
    return bool(Lexicon.load().read(text).feelings)
