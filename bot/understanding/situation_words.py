"""The words that state a situation: which stage a rejection came at, how it was told (or
that it never was), and what says an answer did come, or only might.

Tables of plain patterns read by `situation`, most specific first, over folded text with
apostrophes kept and a trailing "?" when the message was a question.
"""

from __future__ import annotations

import re

from bot.primitives import alternation
from bot.primitives.regex_keys import Keyed
from bot.understanding import situation_es

_WHOLE = (r"(?<!\w)(?:", r")(?!\w)")


def any_of(*patterns: str) -> re.Pattern[str]:
    """One pattern matching any of `patterns` as whole words."""
    return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)")


def asked_whether(pattern: re.Pattern[str]) -> Keyed:
    """A pattern made by `any_of` (or `_and_spanish`), for asking only *whether* it occurs:
    the same texts match, quicker (`bot.primitives.alternation`: each word tries only the
    alternatives starting with its letter), run only on a text holding one of its keys."""
    before, after = _WHOLE
    inner = []
    for whole in alternation.alternatives(pattern.pattern):
        if not (whole.startswith(before) and whole.endswith(after)):
            raise ValueError(f"not a pattern of whole words: {whole[:40]!r}")
        inner.append(whole[len(before) : -len(after)])
    return Keyed(alternation.any_of(inner, before, after), like=pattern)


def _and_spanish(
    table: tuple[tuple[str, re.Pattern[str]], ...], spanish: dict[str, tuple[str, ...]]
) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each value's English pattern, matching its Spanish words as well."""
    return tuple(
        (value, re.compile(pattern.pattern + "|" + any_of(*spanish[value]).pattern))
        for value, pattern in table
    )


# Most specific first: "phone interview" is a phone screen, "final interview" a final round.
STAGE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "offer_stage",
        any_of(
            r"offer stage",
            r"verbal offer",
            r"(?:rescinded|withdrew|pulled|retracted) (?:the|my|an) offer",
            r"offer (?:was|got|has been) (?:rescinded|withdrawn|pulled|retracted)",
            r"reference checks?",
        ),
    ),
    (
        "final_round",
        any_of(
            r"final (?:round|interview|stage|stages|rounds)",
            r"last (?:round|interview|stage)",
            r"finals",
            r"final two",
            r"final 2",
            r"down to (?:the )?(?:last|final) (?:two|2|three|3)",
        ),
    ),
    (
        "phone_screen",
        any_of(
            r"phone screen(?:ing)?",
            r"screening call",
            r"phone interview",
            r"screening interview",
            r"recruiter (?:call|screen)",
            r"(?:the|a) screen",
            r"screening",
            r"intro call",
            r"first call",
        ),
    ),
    (
        "interview",
        any_of(
            r"interview(?:s|ed|ing)?",
            r"(?:second|third|fourth|2nd|3rd|4th) round",
            r"(?:[2-9]|two|three|four|five|six|seven|several|multiple|many) rounds",
            r"(?:[2-9]|two|three|four|five|six|seven)[- ]round (?:process|interview|interviews)",
            r"onsite",
            r"on site",
            r"panel",
            r"assessment cent(?:re|er)",
            r"technical (?:test|round)",
        ),
    ),
    (
        "application",
        any_of(
            r"auto(?:matic|mated)?(?:ally)? reject(?:ion|ions|ed)?",
            r"application(?:s)?",
            r"applied",
            r"my cv",
            r"ap+lica?tions?",
            r"aplication",
            r"my resume",
            r"cover letter",
            r"never (?:got|even got) an interview",
            r"without (?:an|a single) interview",
            r"no interview",
            r"ats",
        ),
    ),
)

HEARD_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "no_answer",
        any_of(
            r"ghosted",
            r"ghosting",
            r"never heard back",
            r"haven'?t heard (?:back|anything)",
            r"not heard (?:back|anything)",
            r"didn'?t hear back",
            r"no (?:answer|reply|response|word)",
            r"radio silence",
            r"silence",
            r"never (?:got back|replied|answered|responded)",
            r"stopped (?:replying|answering|responding)",
            r"heard nothing",
            r"nothing back",
            r"(?:nobody|no one|noone|no-one) (?:has )?(?:ever )?(?:contacted|called|emailed|"
            r"answered|replied|responded|got back)",
            r"never (?:contacted|called|emailed) me",
            r"never (?:told|let) me(?: know)?",
            r"(?:re-?posted|re-?listed|re-?advertised) (?:the |that |my )?(?:job|role|position|ad)",
            r"(?:job|role|position|ad) (?:was |got |is |has been )?(?:re-?posted|re-?listed|"
            r"re-?advertised)",
            r"(?:nothing|not a word|not a peep) from them",
            r"no (?:e-?mail|message|call|news|feedback) (?:from them|at all|since|back)",
            r"(?:then|and|but|still|since|just) nothing",
            r"nothing (?:since|yet|so far|at all)",
            r"(?:days?|weeks?|months?) of (?:nothing|silence|waiting)",
            r"(?:did ?not|didn'?t|never|have ?not|haven'?t|has ?not|hasn'?t|still not|not yet|"
            r"yet to) (?:even )?(?:get|got|gotten|come|came) back",
            r"(?:did ?not|didn'?t|have ?not|haven'?t|has ?not|hasn'?t|still not|not yet) "
            r"(?:even )?(?:reply|replied|respond|responded|answer|answered|written back|"
            r"write back|call|called|e-?mail|e-?mailed)",
        ),
    ),
    (
        "call",
        any_of(
            r"(?:called|rang|phoned) me",
            r"phone call",
            r"over the phone",
            r"by phone",
            r"on the phone",
            r"they called",
            r"got a call",
            r"a call from",
            r"call from",
            r"told me on a call",
            r"by call",
            r"off the phone",
            r"on the phone with",
            r"(?:had|got) (?:a |the )?call with",
            r"(?:via|by|over) (?:a|the) (?:phone |quick |short |video )?call",
            r"(?:told|informed|found out|heard|rejected|let me know|said no|broke (?:it|the news))"
            r"(?: \w+){0,3} (?:in|on|during) (?:a|the) (?:phone |quick |short |video )?call",
            r"got the call",
        ),
    ),
    (
        "email",
        any_of(
            r"(?:by|via|over|in an?|through) e-?mail",
            r"(?:got|received|had|sent me|get) (?:an?|the|their|one of those) (?:\w+ )?e-?mails?",
            r"e-?mailed me",
            r"(?:rejection|automated|automatic|auto|generic|form|standard) e-?mails?",
            r"(?:by|via|in|with|through|got|received|sent me) (?:an?|one|their|a single|this) "
            r"(?:[\w-]+ ){1,3}e-?mails?",
            r"(?:one|two|1|2)[- ]?line(?:d)? (?:e-?mail|message|note|reply|rejection)s?",
            r"(?:one|1)[- ]?liners?",
            r"an? e-?mail (?:from|saying|telling|to say)",
            r"they e-?mailed",
            r"(?:they|she|he|hr|the recruiter|the company) sent (?:me )?(?:an?|the|their) "
            r"(?:\w+ )?e-?mail",
            r"by mail",
            r"a mail",
            r"(?:a|an|by) (?:text|message)",
            r"messaged me",
            r"texted me",
            r"portal",
            r"linkedin message",
            r"automated message",
            r"form letter",
            r"template (?:letter|email|reply)",
        ),
    ),
)

STAGE_PATTERNS = _and_spanish(STAGE_PATTERNS, situation_es.STAGE_WORDS)
HEARD_PATTERNS = _and_spanish(HEARD_PATTERNS, situation_es.HEARD_WORDS)
HEARD_ASKED = tuple((heard, asked_whether(pattern)) for heard, pattern in HEARD_PATTERNS)
"""How someone heard, only ever asked whether (`asked_whether`)."""
NO_INTERVIEW = any_of(
    r"(?:do ?n'?t|dont|never|can'?t|cant|not|no longer|barely|rarely|hardly|haven'?t|havent|"
    r"didn'?t|didnt) (?:even |ever |really |usually )?(?:get|getting|got|gotten|have|had|make it|"
    r"made it|reach|land|landing|get invited|get called|get asked|been invited|been called) "
    r"(?:to |for |into |as far as |in for |up to )?(?:an? |any |the |to )?(?:interviews?|"
    r"interview stage)",
    r"(?:no|zero|0|not (?:a single|one|any)) (?:more )?interviews?",
    *situation_es.NO_INTERVIEW,
)
"""Interviews said not to be reached ("i dont even get to interviews anymore"): the
application, never the interview."""

RESPONDED = any_of(
    *situation_es.RESPONDED,
    r"(?:rejected|declined|turned down|dropped|refused) me",
    r"turned me down",
    r"they (?:did|do) (?:reply|respond|answer|get back|write back|call|email)",
    r"(?:they|he|she|the recruiter|the company|hr) (?:actually |finally |did |just |already |"
    r"eventually )?(?:replied|responded|answered|wrote back|got back to me|said no|rejected me|"
    r"turned me down|called|rang|emailed)",
    r"(?:e-?mailed|wrote|called|rang|messaged|texted) me back",
    r"(?:i|ive|i'?ve|i have|i was|was|just) (?:just )?(?:got|gotten|been|was) (?:rejected|turned "
    r"down|declined)",
    r"(?:then|and|finally|eventually|later) (?:they |hr |the recruiter )?(?:just |finally )?sent "
    r"(?:me )?(?:an?|the|their|one of those) (?:[\w-]+ ){0,2}(?:e-?mail|rejection|no|message|"
    r"letter|reply)",
    r"(?:got|had|received|get) (?:a |an |the |their )?(?:rejection|reply|response|answer|no)\b",
    r"(?:rejection|rejected) (?:e-?mail|call|letter|message)",
    r"(?:did|do) hear back",
    r"heard back",
    r"got back to me",
    r"(?:a|an|their|then|just|finally) (?:[\w'-]+ ){0,3}(?:no|rejection)(?!\w| (?:answer|reply|"
    r"response|word|news|e-?mail|call|feedback|show|idea|one|way|chance|interview|contact|follow|"
    r"update|clue|sign|message|text|letter|date|longer|more|point)\b)",
)
"""They did answer, if only to say no: a person saying this was not ghosted."""
UNSURE = re.compile(
    r"(?<!\w)(?:if|whether|in case|unless|until|till|once|hope|hoping|wonder|see|wait for|"
    r"waiting for|revisar|ver|saber|checar|chequear|preguntar|averiguar|confirmar|por)"
    r"(?: (?:they|he|she|hr|the recruiter|the company|someone))? $"
)
"""Before "they replied": a wish or a condition, not a fact ("check if they replied")."""
PROMISED = any_of(
    r"(?:said|told me|promised|supposed to|meant to|were going to|was going to) (?:that )?"
    r"(?:they'?d |they would |they will |they'?ll |she'?d |he'?d |to )?(?:get back|reply|"
    r"respond|be in touch|let me know|call|e-?mail|hear|decide)"
)
STILL_WAITING = any_of(r"still", r"(?:its|it'?s|it has) been", r"nothing", r"(?:days|weeks) later")
NEGATED = re.compile(
    r"(?:(?<!\w)(?:never|not|no|havent|hasnt|didnt|dont|cant|wont|wasnt|werent|yet|still|"
    r"nunca|jamas|todavia no|aun no|ni)|n't)"
    r"(?: even)?(?: (?:sent|send|got|get|gave|give|received|had))?(?: an?| the| their| any)? $"
)

MONEY_WORDS = re.compile(
    r"(?<!\w)(?:money|rent|bills?|savings|afford|broke|mortgage|debts?|pay (?:for|the) "
    r"(?:rent|bills?|mortgage)|paycheck|income|dinero|alquiler|renta|facturas?|deudas?|"
    r"ahorros)(?!\w)"
)
"""Money weighing on them ("how will i pay rent", "my savings are gone"): the plan starts there."""
