"""Irony the other sarcasm rules miss: thanks that praise what the person is complaining about.

Four shapes, each written to leave earnest thanks and good wishes alone: thanks with an
intensifier for something the same sentence runs down as brief, generic or unpaid ("thank you
so much for the incredibly personal 2-line rejection"); an ironic "I'm sure you/your team ..."
("... that I'm sure your team found very useful for free"); a good-luck wish that mocks what
they are looking for ("best of luck finding your unicorn"); and what a slight "really shows"
about how much they value people ("really shows how much you value candidates' time").
`SARCASM` adds to the `sarcasm` family of `draft_rules`.
"""

from __future__ import annotations

import re

_INTENSE = (
    r"(?:so|very|really|truly|incredibly|extremely|super|wonderfully|amazingly|deeply|such an?)"
)
_PRAISE = (
    r"(?:personal|personali[sz]ed|thoughtful|detailed|warm|helpful|kind|generous|considerate"
    r"|insightful|thorough|caring|respectful|prompt|timely|professional|tailored|heartfelt)"
)
_SLIGHT = (
    r"(?:\b(?:\d+|one|two|three)[- ]?(?:line|sentence|word)s?\b|\bform (?:letter|email|rejection)"
    r"|\bautomated\b|\bgeneric\b|\bcanned\b|\btemplated?\b|\bcopy[- ]paste|\bfor free\b"
    r"|\bunpaid\b|\bfree (?:work|labou?r|consulting)\b)"
)
_YOU = r"(?:you(?: all| guys)?|your (?:\w+ ){0,2}|they|the (?:team|company|panel|hiring \w+))"
_GOT_USE = (
    r"(?:found|find|will find|'ll find)(?: it| that| them| my \w+)? (?:very |really |so |super "
    r"|extremely )?(?:useful|helpful|valuable|handy|entertaining|amusing|fun)"
    r"|(?:made|will make|'ll make) (?:good |great |excellent )?use of"
    r"|put (?:it|that|them|my \w+) to (?:good |great )?use"
    r"|(?:enjoyed|loved|appreciated) (?:it|that|them|my \w+)?[^.!?]{0,30}\bfor free\b"
)
_MYTH = (
    r"(?:unicorn|purple squirrel|mythical|imaginary|flawless|magical"
    r"|fantasy|superhero|rock ?star|ninja|wizard|genius|10x)"
)

SARCASM = re.compile(
    r"(?i)(?:thanks|thank you)(?: (?:so|very) much| a lot| again)? for (?:the |your |that |all )?"
    rf"{_INTENSE} {_PRAISE}\b[^.!?\n]{{0,60}}{_SLIGHT}"
    rf"|\b{_INTENSE} {_PRAISE} {_SLIGHT}"
    rf"|\bi(?:'m| am) (?:sure|certain|confident) {_YOU}\s?(?:all )?(?:{_GOT_USE})"
    rf"|\b(?:best of|good) luck (?:in |with )?(?:finding|hiring|getting|landing|catching)"
    rf" (?:your|a|an|that|the|some)? ?(?:\w+ )?{_MYTH}"
    rf"|\bhope you (?:find|catch|get|land) (?:your|a|an|that|the) (?:\w+ )?{_MYTH}"
    rf"|\b(?:(?:really|clearly|truly|certainly|just|sure) )?(?:shows|says|tells me|proves)"
    rf" (?:\w+ )?(?:how much|how little|all i need to know about how(?: much)?) {_YOU}\s?"
    rf"(?:\w+ )?(?:value|values|valued|care|cares|cared|respect|respects|respected|appreciate"
    rf"|appreciates|think|thinks) (?:about |of |for )?(?:candidates|applicants|people|other"
    rf"|their|your|my|our|anyone)"
)
"""One pattern: the hit is the ironic phrase, quoted back in the review's reason."""
