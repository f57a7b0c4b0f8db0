"""A mood put right after it was taken: "no i am not 3, i feel bad" or "today i feel like 1",
typed at a later question of the same conversation.

`mood_put_right` (an inspector): once a mood was given in this conversation, a message at a
question with options that restates how the person feels (a feeling word with a number or mood
words, or a denial of the number taken) records the new reading, says it back, meets a low one
as the first answer would have, and asks the waiting question again. It is never taken as an
answer to that question ("1" in "i feel like 1" is not the first option). Nothing here logs
what was typed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.context import TurnContext
from bot.core.engine import Engine
from bot.core.model import UnderstoodKind
from bot.i18n import N_, _
from bot.primitives.text import fold
from bot.understanding.mood import mood_number, mood_score

MAX_WORDS = 30
"""Putting a mood right is short; a longer message is someone telling their story."""
MAX_WORDS_ONLY = 8
"""A mood put right in words alone ("actually i feel awful") is shorter still."""
_PUT_RIGHT = re.compile(
    r"(?<!\w)(?:actually|more like|really|now|today|right now|en realidad|mas bien|hoy|ahora)(?!\w)"
)

_FEELING = re.compile(
    r"(?<!\w)(?:feel|feels|feeling|felt|mood|me siento|siento|sentia|me sentia|"
    r"(?:i'?m|im|i am|estoy) (?:more |really |actually |honestly |probably |prob )?"
    r"(?:like |more like |como )?(?:a |an |un |en )?(?:[1-5]|one|two|three|four|five|"
    r"uno|dos|tres|cuatro|cinco)(?!\w))"
)
"""Words that make a message about how the person feels, not an answer to the question."""
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "uno": 1, "dos": 2}
_NUMBER_WORDS.update({"tres": 3, "cuatro": 4, "cinco": 5})

LOW = (
    N_("Thanks for putting me right. A {score}, then: I'm sorry it's that heavy right now."),
    N_(
        "If it ever feels like too much, type help: it shows helplines and people you can reach "
        "right now."
    ),
)
MIDDLE = (
    N_("Thanks for putting me right: a {score}, then. That makes sense after news like this."),
)
OK = (N_("Got it, a {score}. Thanks for telling me."),)
SAME = N_("I have it as a {score}, thanks.")


@lru_cache(maxsize=16)
def _denial(score: str) -> re.Pattern[str]:
    """A denial of the mood taken ("not 3", "im not a 3", "no soy un 3"), with what leads to it
    (built once a mood: a handful of them)."""
    words = {score, *(w for w, n in _NUMBER_WORDS.items() if str(n) == score)}
    alternatives = "|".join(sorted(words))
    return re.compile(
        r"^(?:.*?(?<!\w))?(?:(?:no|nope|nah)\W+)?"
        r"(?:(?:i'?m |im |i am |its |it'?s )?(?:not|isnt)|no soy|no es|no estoy en|no) "
        r"(?:really |even )?"
        rf"(?:a |an |un |en )?(?:{alternatives})(?!\w)\W*"
    )


def restated_mood(text: str, taken: str | None) -> tuple[int, bool] | None:
    """`(mood 1-5, named by number)` when a message restates how the person feels: a number on
    the scale with a feeling word, or after denying the mood `taken`; or, in a short message
    that puts it right ("actually i feel awful"), mood words. None for anything else (a long
    message is someone telling their story, even in feeling words)."""
    said = " ".join(fold(text or "").split())
    if not said or len(said.split()) > MAX_WORDS:
        return None
    denial = _denial(taken).match(said) if taken else None
    if not _FEELING.search(said) and denial is None:
        return None
    rest = said[denial.end() :] if denial is not None else said
    number = mood_number(rest)
    if number is not None:
        return number, True
    if denial is None and (len(said.split()) > MAX_WORDS_ONLY or not _PUT_RIGHT.search(said)):
        return None
    scored = mood_score(rest) if rest else None
    return None if scored is None else (scored[0], False)


async def mood_put_right(ctx: TurnContext, text: str) -> bool:
    """Record a mood restated at a later question, say it back, and ask the question again."""
    taken = str(ctx.vars.get("mood_score") or "") or None
    if taken is None and not ctx.vars.get("mood_words"):
        return False  # no mood given in this conversation yet
    engine = ctx.services.find(Engine)
    if engine is None or not ctx.conv.flow or ctx.conv.flow in engine.config.closed_flows:
        return False
    step = engine.walker.current(ctx)
    if step is None or step.kind != "choices" or step.mood_scale:
        return False  # the mood question reads its own answers
    restated = restated_mood(text, taken)
    if restated is None:
        return False
    score, by_number = restated
    found = engine.answers.matcher.match(ctx.conv.flow, step, text)
    if found.option is not None and mood_number(text) is None:
        return False  # "i feel like the interview went ok": the answer, in feeling words
    ctx.understand(UnderstoodKind.QUESTION)
    if str(score) == taken:
        if not by_number:
            return False  # the same mood in other words: nothing to put right
        ctx.say(_(SAME).format(score=score))  # said again: it was heard
        engine.walker.reprompt(ctx)
        return True
    ctx.vars["mood_score"] = str(score)
    await ctx.tx.add_mood(ctx.key, score, None, at=ctx.now)
    lines = LOW if score <= 2 else MIDDLE if score == 3 else OK
    if score <= 2 and taken in ("1", "2"):
        lines = LOW[:1]  # the helplines were just offered with the low mood
    for line in lines:
        ctx.say(_(line).format(score=score))
    engine.walker.reprompt(ctx)
    return True
