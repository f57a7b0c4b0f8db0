"""Accusations turned into what happened, in the first person: the table `draft_tidy.soften` uses.

Each entry is a pattern and its plain replacement: `you ghosted me` -> `I didn't hear back`,
`you wasted my time` -> `I spent my time`, `you rescinded my offer` -> `my offer was rescinded`,
and what someone told them about the job ("Kevin told me the role was mine") said as what it was,
a likely outcome, so the fact stays and the claim on the job goes. Numbers, names and dates in
the sentence are never touched.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Replacement = str | Callable[[re.Match[str]], str]

RESTATE: tuple[tuple[re.Pattern[str], Replacement], ...] = tuple(
    (re.compile(p, re.IGNORECASE), r)
    for p, r in (
        (r"^(?:just |basically )?wast(?:ed|ing)\b", "I spent"),  # "Wasted 3 weeks on this."
        (r"^(?:you )?(?:literally )?told me\b", "You told me"),  # "Told me I was a great fit"
        (  # "It was a real pleasure wasting 10 hours on your test."
            r"^(?:it was |what )?(?:a |an )?(?:real |absolute |true |such a )?(?:pleasure|joy"
            r"|delight|treat|privilege|honou?r) (?:wasting|spending|giving up|losing)\b",
            "I spent",
        ),
        (
            r"\b(?:you |they |the team )?(?:have |had )?(?:ghosted|ignored) me\b",
            "I didn't hear back",
        ),
        (r"\b(?:you |they )?(?:ghost|ignore) me\b", "I didn't hear back"),
        (
            r"\bI (?:get|got|was|been|'ve been|have been|am being|'m being) (?:ghosted|ignored)\b",
            "I didn't hear back",
        ),
        (r"\b(?:ghosting|ignoring) me\b", "I haven't heard back"),
        (
            r"\b(?:you |they )?(?:couldn't|could not|can't|cannot|didn't|did not)(?: even)? "
            r"(?:be bothered to |bother to )?(?:reply|respond|answer|write back|get back to me)\b",
            "I didn't hear back",
        ),
        (
            r"\b(?:you |they )?(?:couldn't|could not|can't|cannot|didn't|did not)(?: even)? "
            r"(?:be bothered to |bother to )?(?:pick up the phone|call)\b",
            "I didn't get a call",
        ),
        (
            r"\b(?:you |they )?(?:couldn't|could not|can't|cannot|didn't|did not)(?: even)? "
            r"(?:be bothered to |bother to )?(?:explain)\b",
            "I didn't get an explanation",
        ),
        (r"\byou (?:people|guys|lot|all)\b", "you"),
        (r"\byou(?:'ve| have)? wasted my\b", "I spent my"),
        (r"\bwast(?:ed|ing)\b", "spent"),
        (r"\b(?:you )?dragged me through\b", "I went through"),
        (
            r"\byou (?:made|had|forced|got) me (?:to )?(?!(?:in|on|at|over|back|up|out|for)\b)",
            "I was asked to ",
        ),
        (r"\byou kept me waiting\b", "I waited"),
        (
            r"\byou (?:reject|rejected|dump|dumped|turn me down|turned me down)(?: me)?\b",
            "I was turned down",
        ),
        (
            r"\b(?:your company|your team|the company|the team|you|they) (?:has |have )?"
            r"(?:rejected|turned down|declined) me\b",
            "I have been turned down",
        ),
        (r"\bwithout (?:a single|one single|a) word of (explanation|feedback)\b", r"without \1"),
        (r"^would (?:love|like) to\b", "I'd like to"),
        (r"^(?:rejected|turned down|dumped) me\b", "I was turned down"),
        (r"^(?:just )?(?:say|tell me) (?:yes or no|no)\b", "let me know if the answer is no"),
        (r"^don't make me (\w+) you (?:like|as|the way) I had to(?: \1 you)?", r"I had to \1 you"),
        (
            r"^(?:really |so |just )?(?:loved|enjoyed|adored) finding out\b",
            "I was surprised to find out",
        ),
        (
            r"^(?:really |so |just )?(?:loved|enjoyed|adored) (hear|learn|read)ing\b",
            r"I was surprised to \1",
        ),
        (
            r"^(?:really |so |just )?(?:loved|enjoyed|adored) being told\b",
            "I was surprised to be told",
        ),
        (r"\bnot even (?:a|an|one)\b", "no"),
        (r"\bwhat (?:you owe(?: me)?|I(?:'m| am) owed)\b", "the amount due"),
        (r"^(?:the|a) (?:guy|girl|woman|man|person|candidate|one) who\b", "I"),
        (
            r",? (?:for|over|in favou?r of) (?:(?:a junior|an intern)(?! (?:[\w-]+ )?(?:role"
            r"|position|job|post|opening|vacancy)\b)|someone (?:with less|younger|cheaper"
            r"|fresh)[\w ]*)",
            "",
        ),
        (
            r"\bimagine (?:rejecting|turning down|ignoring|ghosting|passing on) (?:someone|somebody"
            r"|a candidate) with\b",
            "I have",
        ),
        (r"\b(?:and )?all I (?:get|got|received) (?:is|was)\b", "and I received"),
        (r"\b(?:then|and then|followed by) (?:nothing|silence)\b", "then I heard nothing"),
        (r"\bbe (?:honest|straight|upfront)(?: with me)? about\b", "tell me"),
        (r"\bI only\b", "I"),
        (
            r"\bbetter than (?:anyone|anybody|everyone|most people|all)\b(?: (?:on|in|at) [\w ]+)?",
            "",
        ),
        (
            r"\byou (?:cancel|cancelled|canceled) (?:the|my) (role|position|job|interview|offer)\b",
            r"the \1 was cancelled",
        ),
        (r"\byou (?:rescind|rescinded) (?:the|my) offer\b", "my offer was rescinded"),
        (r"\b(?:have|had|has) the (?:nerve|audacity|gall|cheek|balls) to\b", "chose to"),
        (  # "Your recruiter lied to my face about the role being remote": what they were told
            r"\b(?:lied|was lying|were lying|has lied|have lied)(?: (?:to me|to my face|to us))?"
            r"(?= about\b)",
            "gave me wrong information",
        ),
        (  # "I found out I was rejected from your auto-reply": what they learned, and how
            r"\b(?:found out|learned|learnt|heard|discovered|realised|realized) (?:that )?I"
            r" (?:was|had been|'d been|got) (?:rejected|turned down|cut|dropped)"
            r"(?P<how> (?:by|via|from|in|through|on) (?:your|an?|the)\b)?",
            lambda m: (
                "learned of the decision"
                + (" from the" if m["how"] and m["how"].endswith("your") else m["how"] or "")
            ),
        ),
        (
            r"\byou (?:pull|pulled|withdraw|withdrew) (?:the|my) offer\b",
            "the offer was withdrawn",
        ),
        (  # what they were told is a fact to keep, said as what it was: a likely outcome
            r"(\b(?:told|said|promised|assured|informed|mentioned|confirmed)\b[^.?!;]{0,80}?"
            r"\b(?:the|that|this) (?:job|role|position|offer|post)) (was|is|would be)"
            r" (?:basically |practically |pretty much |all |as good as |definitely )?mine\b",
            r"\1 \2 likely mine",
        ),
    )
)
