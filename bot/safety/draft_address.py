"""A name used to address someone at the start of a sentence ("Karen - you could at least tell
me why", "Karen, this isn't ok"), anywhere in a draft: the calmer version greets them by that name
("Hello Karen,") and never keeps it mid-text; so does a name said at the end of a sentence put to
them ("Are you serious, Brian??"). Words that open sentences the same way ("However,", "Honestly
-") are not names.
"""

from __future__ import annotations

import re

_ADDRESS = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))\s*((?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? )?[A-Z][a-z'-]+)"
    r"(?:\s*[-–—:]\s+|,\s+(?=(?:you|your|please|i|i'm|we|this|that|it|can|could|would|thanks"
    r"|thank)\b))",
    re.MULTILINE,
)
_NOT_NAMES = frozenset(
    """Look Listen Seriously Honestly Wow Well Oh So Yes Yeah No Right Sure Okay Ok Anyway
    Anyways Again Frankly Clearly Great Fine Whatever Sorry Thanks Typical Also Still Apparently
    Now Then First Firstly Finally Basically Literally Guys Folks Hey Hi Hello Dear However But
    And Because Besides Otherwise Instead Meanwhile Therefore Thus Plus Lastly Note Update Edit
    Ps Regards Cheers Best Please Again Today Yesterday Tomorrow Sadly Unfortunately Instead
    Team Everyone All Sir Madam Folks Recruiter Hiring Subject Re Fyi""".split()
)


def is_name(word: str) -> bool:
    """Whether a capitalised word opening a sentence may be a name ("Karen", not "However")."""
    first = word.split()[0].rstrip(".") if word.split() else ""
    return bool(first) and first not in _NOT_NAMES and not first.lower().endswith("ly")


_AT_END = re.compile(
    r"(?P<said>(?:(?<=^)|(?<=[.!?\n]))[^.!?\n]{0,80}\b(?i:you|your|you're)\b[^.!?\n]{0,40}),\s+"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? )?(?:[A-Z][a-z'-]+|[A-Z]{2,}))(?=\s*[?!.]+(?:\s|$))"
)
"""A name said at the end of a sentence put to them ("Are you serious, Brian??")."""
LOOK_CHARS = 2000
"""Only the start of a draft is searched for a name said at the end of a sentence."""
_NOT_CALLED = frozenset(
    "people guys man dude lol seriously really again now today please right ok okay huh eh sir "
    "madam thanks pal buddy mate honestly".split()
)


def called_at_end(body: str) -> tuple[str, str | None]:
    """`body` without the first name said at the end of a sentence put to them, and that name
    (said in the usual case when it was shouted)."""
    for m in _AT_END.finditer(body[:LOOK_CHARS]):
        name = m["name"]
        name = name.title() if name.isupper() else name
        if is_name(name) and name.lower() not in _NOT_CALLED:
            return body[: m.end("said")] + body[m.end("name") :], name
    return body, None


def addressed(body: str) -> tuple[str, str | None]:
    """`body` without the names it addresses at the start of a sentence, and the first such
    name (for the greeting); the sentence goes on from the word after the name."""
    names: list[str] = []

    def drop(m: re.Match[str]) -> str:
        name = m.group(1)
        if not is_name(name):
            return m.group(0)
        names.append(name)
        lead = m.group(0)[: len(m.group(0)) - len(m.group(0).lstrip())]
        return lead + "\x01"

    out = _ADDRESS.sub(drop, body)
    out = re.sub("\x01(.?)", lambda m: m.group(1).upper(), out)  # the sentence's new start
    return out, (names[0] if names else None)
