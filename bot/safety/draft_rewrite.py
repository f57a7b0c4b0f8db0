"""The gracious version of a draft: built from the person's own points, never from their insults.

`extract_points` reads who the draft is to (a greeting, or a bare "Kevin, ..."), the role, the
company, how far the person got, how they sign off and who signs it, and hands the rest of the
draft to `draft_sentences`, which keeps their fact sentences in their own words (softened), their
own calm thanks, and turns their requests into polite asks. `compose` assembles a short message:
greeting, their thanks if they gave any, a word on disappointment if they named the feeling,
their facts (plus any fact the patterns in `draft_facts` found in a calm clause that no kept
sentence carries, and what someone told them or how late an interview started, said plainly
by `draft_keep`), their asks, and their sign-off. Insults, threats, sarcasm and parting shots are
left out, and nothing is added that the draft did not say: no thanks they did not give, no good
wishes or offer to stay in touch they did not make.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.primitives.calendar_words import MONTHS, WEEKDAYS
from bot.safety.draft_address import _NOT_NAMES, addressed, called_at_end
from bot.safety.draft_facts import Facts, ask_sentences, asked, fact_sentences, find_facts
from bot.safety.draft_keep import extra_sentences
from bot.safety.draft_opener import named_task, opener, said_by_opener
from bot.safety.draft_rules import is_clean_words, normalise
from bot.safety.draft_sentences import Parts, calm_parts
from bot.safety.draft_signoff import SUFFIX, could_sign, lay_out

_GREETING = re.compile(
    r"^\s*(?i:hi|hello|dear|hey|good (?:morning|afternoon|evening))[ ,]+"
    r"((?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)?)"
)
_VOCATIVE = re.compile(
    r"^\s*(?:(?:Look|Listen|Seriously|Honestly|Well|So|Okay|Ok|Right|Again)[,.!]?\s+)?"
    r"((?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? )?[A-Z][a-z'-]+),\s+(?=\S)"
)
_HEADER = re.compile(r"^\s*[A-Z][a-z'-]+,[^\n.!?]{0,40}:[ \t]*\n")
"""A heading that opens a list ("Timeline, for your records:"): its first word names nobody."""
_INTERJECTIONS = {
    "Look", "Listen", "Seriously", "Honestly", "Wow", "Well", "Oh", "So", "Yes", "Yeah", "No",
    "Right", "Sure", "Okay", "Ok", "Anyway", "Anyways", "Again", "Frankly", "Clearly", "Great",
    "Fine", "Whatever", "Sorry", "Thanks", "Typical", "Also", "Still", "Apparently", "Now",
    "Then", "First", "Firstly", "Finally", "Basically", "Literally", "Guys", "Folks", "Hey",
    "Cool", "Nice", "Lovely", "Brilliant", "Awesome", "Perfect", "Noted", "Wonderful",
}  # fmt: skip
_GENERIC_NAMES = {"there", "all", "everyone", "team", "guys", "folks", "you", "sir", "madam"}
_ROLE = re.compile(
    r"\b(?:for|as|about|into|of|on) (?:the|your|a|an|this|that) ((?:[\w+#/.-]+ ){1,4}?)"
    r"(?:role|position|job|post|opening|vacancy)\b",
    re.IGNORECASE,
)
_ROLE_STOP = frozenset(
    """dream same other whole entire so-called new open perfect great amazing lovely current last
    next first my your this that the a an one interview application bloody damn stupid fake
    real actual ideal exciting wonderful fantastic only advertised posted""".split()
)
_COMPANY = re.compile(
    r"\b(?:at|join|joining|work for|working for|with the team at) (?:the )?"
    r"((?:(?:St|Mt|Ft)\. )?(?:[A-Z][\w&'-]*(?:\.[\w&'-]+)*)(?: (?:[A-Z][\w&'-]*(?:\.[\w&'-]+)*"
    r"|&))*)"
)
"""The company after "at" or "join", a saint's or a mountain's name included ("St. Jude's")."""
_COMPANY_TREATS = re.compile(
    r"\b(?:how|that) ([A-Z][\w&'-]+(?: [A-Z][\w&'-]+)?) (?:treats|ghosts|hires|recruits|handles)"
    r" (?:candidates|applicants|people|staff|its|their)\b"
)
"""A company named in a threat to tell everyone ("...knows how Brightwave treats candidates"): the
threat goes, the company it names stays in the opener."""
_COMPANY_POSSESSIVE = re.compile(r"\b([A-Z][\w&.-]+)'s (?:team|hiring|recruit|interview|process)")
_NOT_COMPANY = {
    "I",
    "I'm",
    "I'd",
    "I've",
    "I'll",
    "The",
    "This",
    "That",
    "You",
    "Your",
    "We",
    "Our",
    "It",
    "Glassdoor",
    "LinkedIn",
    "Linkedin",
    "Twitter",
    "Reddit",
    "TikTok",
    "Facebook",
    "Instagram",
    "Indeed",
    "Google",
    "Thanks",
    "Thank",
    "Hi",
    "Hello",
    "Dear",
    "All",
    "Least",
    "First",
    "Last",
    "Best",
    "Please",
    "Regards",
    "Sincerely",
    "Cheers",
    *MONTHS,
    *WEEKDAYS,
}
_CLOSINGS = (
    r"(?:best|regards|kind regards|best regards|warm regards|warmly|thanks|thank you|cheers"
    r"|sincerely|yours sincerely|yours|many thanks|all the best|best wishes|thanks again)"
)
_PART = r"[A-Z][a-z]*(?:['-]?[A-Z]?[a-z]+)+"
"""One word of a name, "Tom", "O'Neil" or "Anne-Marie" alike."""
_SIGN_OFF = re.compile(
    rf"^(?i:{_CLOSINGS})?[ ,-]*((?:[A-Z]\. ?|(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.? )?{_PART}"
    rf"(?: {_PART}){{0,2}}(?: [A-Z]\.)?(?:{SUFFIX})?)\.?$"
)
_CLOSING = re.compile(rf"^((?i:{_CLOSINGS}))[,.!]?(?:[ ,-]+{_PART}(?: {_PART})?\.?)?$")
_WANTS_FEEDBACK = re.compile(
    r"\b(?:why|feedback|explanation|reasons?|what went wrong|what i could|improve|where i "
    r"(?:fell|went) short|what (?:was|were) missing|better next time|what to work on)\b",
    re.IGNORECASE,
)
_DISAPPOINTED = re.compile(
    r"\b(?:disappoint\w*|gutted|sad|upset|hurt|crushed|devastated|frustrat\w*|angry|annoyed"
    r"|heartbroken|let down)\b",
    re.IGNORECASE,
)
_FINAL = re.compile(r"\bfinal (?:round|stage|interview)s?\b", re.IGNORECASE)
_INTERVIEW = re.compile(
    r"\b(?:interview\w*|met the team|meeting|on-?site|panel|assessment (?:cent(?:re|er)|day)"
    r"|rounds?)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w")
_SCREEN = re.compile(r"\b(?:phone screen|screening call|screen)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Points:
    """What the rewrite keeps from a draft."""

    recipient: str | None = None
    formal: bool = False
    role: str | None = None
    company: str | None = None
    stage: str = "application"  # application | screen | interview | final | task
    task: str | None = None
    """The task the draft names ("take-home task", "case study"), when its stage is a task."""
    signer: str | None = None
    salutation: str | None = None
    """Their own greeting when it names nobody ("Good morning,"), kept as they wrote it."""
    closing: str | None = None
    """Their own sign-off word ("Best", "Regards", "Thanks"), kept as they wrote it."""
    wants_feedback: bool = False
    disappointed: bool = False
    facts: Facts = field(default_factory=Facts)
    parts: Parts = field(default_factory=Parts)
    intent_text: str = ""
    """The draft, read by `draft_opener` for what the message is (asking why, declining, ...)."""


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip(" ,.-'")
    if not value or len(value) > 60 or not is_clean_words(value):
        return None
    return value


def _role(text: str) -> str | None:
    for m in _ROLE.finditer(text):
        words = [w for w in m.group(1).split() if w.lower() not in _ROLE_STOP]
        words = [w for w in words if is_clean_words(w)]
        if words:
            return _clean(" ".join(words))
    return None


def _company(text: str, recipient: str | None) -> str | None:
    candidates = [m.group(1) for m in _COMPANY_POSSESSIVE.finditer(text)]
    candidates += [m.group(1) for m in _COMPANY.finditer(text)]
    candidates += [m.group(1) for m in _COMPANY_TREATS.finditer(text)]
    for raw in candidates:
        words = raw.split()
        while words and words[-1] in {"&", "and"}:
            words.pop()
        if not words or words[0] in _NOT_COMPANY or (words[0].isupper() and len(words[0]) == 1):
            continue
        name = " ".join(words)
        if not re.match(r"(?:St|Mt|Ft)\. \S+$", name):  # "St. Jude's" is the name itself
            name = name.removesuffix("'s")
        if recipient and name.lower() == recipient.lower():
            continue
        cleaned = _clean(name)
        if cleaned:
            return cleaned
    return None


_PARTING_NAME = re.compile(
    r"(?:^|[.!?]\s+|\.\.\.\s*)(?i:best of luck|good luck|all the best|best wishes|wishing you"
    rf"|thanks|thank you|cheers|take care|regards|kind regards|best regards)\b[^.!?\n]{{0,80}},"
    rf" ({_PART})[.!]?$"
)
"""A sign-off at the end of the last sentence ("... best of luck with the search, Dan")."""


def _signer(text: str) -> str | None:
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    if lines and (end := _PARTING_NAME.search(lines[-1])) and could_sign(end.group(1)):
        greeted = _GREETING.match(text)
        if not (greeted and end.group(1) in greeted.group(1)) and end.group(1) not in _NOT_COMPANY:
            return _clean(end.group(1))
    if len(lines) < 2:
        return None
    m = _SIGN_OFF.match(lines[-1])
    if m is None:
        return None
    name = m.group(1)
    if name.split()[0] in _NOT_COMPANY or not could_sign(name):
        return None
    cleaned = _clean(name)
    dotted = re.search(r"(?: [A-Z]|\b(?:Esq|Jr|Sr))\.$", lines[-1])  # "Tom Reyes Jr." keeps it
    return cleaned + "." if cleaned and dotted else cleaned


def _salutation(text: str) -> str | None:
    """A greeting that names nobody ("Good morning", "Hello all"), as a first line."""
    m = re.match(
        r"^\s*(?i:(hi|hello|dear|good (?:morning|afternoon|evening))(?: (?:all|there"
        r"|team|everyone|hiring team|sir/madam|sir or madam))?)\b",
        text,
    )
    if m is None:
        return None
    said = m.group(0).strip()
    said = said.lower() if said.isupper() else said
    return said[0].upper() + said[1:] + ","


def _closing(text: str) -> str | None:
    """The sign-off word of the draft's last or second-last line ("Best,\nPriya")."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    for line in lines[-2:][::-1] if len(lines) >= 2 else []:
        if m := _CLOSING.match(line):
            word = m.group(1)
            return word[0].upper() + word[1:].lower()
    return None


def _stage(text: str) -> str:
    """How far the draft says the person got; only what it names: a draft that names no
    interview (an application, a take-home task) is never said to be about one."""
    if _FINAL.search(text):
        return "final"
    if _INTERVIEW.search(text):
        return "interview"
    if named_task(text):
        return "task"
    if _SCREEN.search(text):
        return "screen"
    return "application"


def _body(plain: str, signer: str | None) -> tuple[str, str | None]:
    """The draft without its greeting and sign-off, and whom a bare "Kevin, ..." addresses."""
    body = plain.strip()
    vocative = None
    g = _GREETING.match(body)
    if g:
        body = re.sub(r"^[\s,.!:;-]+", "", body[g.end() :])
    elif (
        (v := _VOCATIVE.match(body))
        and v.group(1).split()[0] not in _INTERJECTIONS | _NOT_NAMES
        and not _HEADER.match(body)
    ):
        vocative = v.group(1)
        body = body[v.end() :]
    elif first := re.match(
        r"^(?i:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b(?:[^\n,.!:]{0,30}[,.!:]?$"
        r"|[^\n,.!:]{0,30}[,.!:]|\s)",
        body,
        re.MULTILINE,
    ):
        body = body[first.end() :]
    lines = body.splitlines()
    if signer and lines and signer in lines[-1]:
        cut = re.sub(rf",\s*{re.escape(signer)}[.!]?\s*$", ".", lines[-1])
        lines = lines[:-1] + ([cut] if cut != lines[-1] and _WORD.search(cut) else [])
    while lines and re.fullmatch(
        r"(?i)\s*(?:best|regards|kind regards|thanks|cheers|sincerely"
        r"|best regards|many thanks|yours)?[,.!]?\s*",
        lines[-1],
    ):
        lines = lines[:-1]
    body, named = addressed("\n".join(lines))  # "... Karen - you could": "Hello Karen,"
    if vocative is None and named is None:
        body, named = called_at_end(body)  # "Are you serious, Brian??": "Hi Brian,"
    return body, vocative or named


def extract_points(text: str) -> Points:
    """The facts and wishes in a draft that a kind reply can keep."""
    plain = lay_out(normalise(text))
    recipient = None
    formal = False
    g = _GREETING.match(plain)
    if g and g.group(1).lower() not in _GENERIC_NAMES and g.group(1).split()[0] not in _NOT_COMPANY:
        recipient = _clean(g.group(1))
        formal = plain.lstrip().lower().startswith("dear")
    signer = _signer(plain)
    body, vocative = _body(plain, signer)
    if recipient is None and vocative is not None:
        recipient = _clean(vocative)
        formal = vocative.split()[0].rstrip(".") in {"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof"}
    return Points(
        recipient=recipient,
        formal=formal,
        role=_role(plain),
        company=_company(plain, recipient),
        stage=_stage(plain),
        task=named_task(plain),
        signer=signer,
        salutation=_salutation(plain),
        closing=_closing(plain),
        wants_feedback=asked(_WANTS_FEEDBACK, plain),
        disappointed=bool(_DISAPPOINTED.search(plain)),
        facts=find_facts(plain),
        parts=calm_parts(body),
        intent_text=plain,
    )


FEELING = "I'm disappointed, I won't pretend otherwise."
"""Said when the draft names the feeling ("gutted", "upset", "so frustrated"), in calm words."""


def compose(points: Points, *, hostile: bool, neutral: bool = False, told_no: bool = False) -> str:
    """A short message from `points`: only what the person said, said calmly. `hostile` is
    kept for callers; the message no longer adds anything of its own for a hostile draft.
    `neutral` opens with a plain follow-up, whatever the draft is (what the tone check hears),
    or, when `told_no` (the draft says they were turned down), with what it is about."""
    del hostile
    if points.recipient:
        greeting = f"{'Dear' if points.formal else 'Hi'} {points.recipient},"
    else:
        greeting = points.salutation or "Hello,"
    paragraphs = [greeting]
    first = opener(
        "" if neutral else points.intent_text,
        role=points.role,
        company=points.company,
        stage=points.stage,
        task=points.task,
        told_no=told_no,
    )
    opening = [points.parts.thanks] if points.parts.thanks else []
    if not opening or first.startswith(("I'd like to withdraw", "I'd like to reply to your offer")):
        opening.append(first)  # their own thanks opens the message, unless they are saying no
    if points.disappointed:
        opening.append(FEELING)
    if opening:
        paragraphs.append(" ".join(opening))
    said = [s for s in points.parts.facts if not said_by_opener(s, points.intent_text)]
    lost = find_facts(points.parts.calm_text).not_in(" ".join(said + list(points.parts.asks)))
    said += fact_sentences(lost)
    if said and not any(s.startswith("I was surprised") for s in said):  # the first was cut
        said = [s.replace("I was also surprised", "I was surprised", 1) for s in said]
    said += extra_sentences(points.parts.calm_text, " ".join(said + list(points.parts.asks)))
    if said:
        paragraphs.append(" ".join(said))
    asks = list(points.parts.asks) or ask_sentences(points.facts)
    if points.wants_feedback and not asks and "ask for feedback" not in first:
        asks.append("I'd be grateful for any feedback on where I could have been stronger.")
    if asks:
        paragraphs.append(" ".join(asks))
    closing = points.closing or "Kind regards"
    paragraphs.append(closing + (f",\n{points.signer}" if points.signer else ""))
    return "\n\n".join(paragraphs)
