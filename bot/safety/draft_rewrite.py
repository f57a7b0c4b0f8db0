"""The gracious version of a draft: built from the person's own points, never from their insults.

`extract_points` reads who the draft is to (a greeting, or a bare "Kevin, ..."), the role, the
company, how far the person got and who signs it, and hands the rest of the draft to
`draft_sentences`, which keeps their fact sentences in their own words (softened) and turns their
requests into polite asks. `compose` assembles a short message: greeting, thanks for letting them
know, the person's facts (plus any fact the patterns in `draft_facts` found in a calm clause
that no kept sentence carries), their asks, good wishes and keeping in touch. Insults, threats,
sarcasm and parting shots are left out; nothing is added that the draft did not say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.safety.draft_facts import Facts, ask_sentences, fact_sentences, find_facts
from bot.safety.draft_rules import is_clean_words, normalise
from bot.safety.draft_sentences import Parts, calm_parts

_GREETING = re.compile(
    r"^\s*(?i:hi|hello|dear|hey|good (?:morning|afternoon|evening))[ ,]+"
    r"((?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)?)"
)
_VOCATIVE = re.compile(r"^\s*((?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? )?[A-Z][a-z'-]+),\s+(?=\S)")
_INTERJECTIONS = {
    "Look", "Listen", "Seriously", "Honestly", "Wow", "Well", "Oh", "So", "Yes", "Yeah", "No",
    "Right", "Sure", "Okay", "Ok", "Anyway", "Anyways", "Again", "Frankly", "Clearly", "Great",
    "Fine", "Whatever", "Sorry", "Thanks", "Typical", "Also", "Still", "Apparently", "Now",
    "Then", "First", "Firstly", "Finally", "Basically", "Literally", "Guys", "Folks", "Hey",
}  # fmt: skip
_GENERIC_NAMES = {"there", "all", "everyone", "team", "guys", "folks", "you", "sir", "madam"}
_ROLE = re.compile(
    r"\b(?:for|as|about|into|of|on) (?:the|your|a|an|this|that) ((?:[\w+#/.-]+ ){1,4}?)"
    r"(?:role|position|job|post|opening|vacancy)\b",
    re.IGNORECASE,
)
_ROLE_STOP = {
    "dream",
    "same",
    "other",
    "whole",
    "entire",
    "so-called",
    "new",
    "open",
    "perfect",
    "great",
    "amazing",
    "lovely",
    "current",
    "last",
    "next",
    "first",
    "my",
    "your",
    "this",
    "that",
    "the",
    "a",
    "an",
    "one",
    "interview",
    "application",
    "bloody",
    "damn",
    "stupid",
    "fake",
    "real",
    "actual",
    "ideal",
    "exciting",
    "wonderful",
    "fantastic",
    "only",
    "advertised",
    "posted",
}
_COMPANY = re.compile(
    r"\b(?:at|join|joining|work for|working for|with the team at) (?:the )?"
    r"((?:[A-Z][\w&'-]*(?:\.[\w&'-]+)*)(?: (?:[A-Z][\w&'-]*(?:\.[\w&'-]+)*|&))*)"
)
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
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
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
}
_SIGN_OFF = re.compile(
    r"^(?:best|regards|kind regards|best regards|warm regards|thanks|thank you|cheers|sincerely"
    r"|yours|many thanks|all the best|best wishes)?[ ,-]*([A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?)\.?$"
)
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
_PARTING = re.compile(
    r"\b(?:delete|remove|erase|withdraw)\b[^.?!]{0,30}\b(?:my (?:cv|resume|details|data"
    r"|application|information|references)|me from)",
    re.IGNORECASE,
)
_FINAL = re.compile(r"\bfinal (?:round|stage|interview)s?\b", re.IGNORECASE)
_INTERVIEW = re.compile(
    r"\b(?:interview\w*|met the team|meeting|on-?site|panel|assessment)\b", re.IGNORECASE
)
_SCREEN = re.compile(r"\b(?:phone screen|screening call|screen)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Points:
    """What the rewrite keeps from a draft."""

    recipient: str | None = None
    formal: bool = False
    role: str | None = None
    company: str | None = None
    stage: str = "interview"  # application | screen | interview | final
    signer: str | None = None
    wants_feedback: bool = False
    disappointed: bool = False
    facts: Facts = field(default_factory=Facts)
    parts: Parts = field(default_factory=Parts)


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
    for raw in candidates:
        words = raw.split()
        while words and words[-1] in {"&", "and"}:
            words.pop()
        if not words or words[0] in _NOT_COMPANY or (words[0].isupper() and len(words[0]) == 1):
            continue
        name = " ".join(words).removesuffix("'s")
        if recipient and name.lower() == recipient.lower():
            continue
        cleaned = _clean(name)
        if cleaned:
            return cleaned
    return None


def _signer(text: str) -> str | None:
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    if len(lines) < 2:
        return None
    m = _SIGN_OFF.match(lines[-1])
    if m is None:
        return None
    name = m.group(1)
    if name.split()[0] in _NOT_COMPANY:
        return None
    return _clean(name)


def _stage(text: str) -> str:
    if _FINAL.search(text):
        return "final"
    if _INTERVIEW.search(text):
        return "interview"
    if _SCREEN.search(text):
        return "screen"
    if re.search(r"\bappl(?:y|ied|ication)\b", text, re.IGNORECASE):
        return "application"
    return "interview"


def _body(plain: str, signer: str | None) -> tuple[str, str | None]:
    """The draft without its greeting and sign-off, and whom a bare "Kevin, ..." addresses."""
    body = plain.strip()
    vocative = None
    g = _GREETING.match(body)
    if g:
        body = re.sub(r"^[\s,.!:;-]+", "", body[g.end() :])
    elif (v := _VOCATIVE.match(body)) and v.group(1).split()[0] not in _INTERJECTIONS:
        vocative = v.group(1)
        body = body[v.end() :]
    elif first := re.match(r"^(?i:hi|hello|hey|dear)\b[^\n,.!]*[,.!]?", body):
        body = body[first.end() :]
    lines = body.splitlines()
    if signer and lines and signer in lines[-1]:
        lines = lines[:-1]
    while lines and re.fullmatch(
        r"(?i)\s*(?:best|regards|kind regards|thanks|cheers|sincerely"
        r"|best regards|many thanks|yours)?[,.!]?\s*",
        lines[-1],
    ):
        lines = lines[:-1]
    return "\n".join(lines), vocative


def extract_points(text: str) -> Points:
    """The facts and wishes in a draft that a kind reply can keep."""
    plain = normalise(text)
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
        signer=signer,
        wants_feedback=bool(_WANTS_FEEDBACK.search(plain)),
        disappointed=bool(_DISAPPOINTED.search(plain)),
        facts=find_facts(plain),
        parts=calm_parts(body),
    )


def _chance(points: Points) -> str:
    role = f" for the {points.role} role" if points.role else ""
    where = f" at {points.company}" if points.company else ""
    if points.stage == "application":
        return f"for taking the time to consider my application{role}{where}"
    if points.stage == "screen":
        named = f"{points.role} " if points.role else ""
        return f"for the call about the {named}role{where}"
    if points.stage == "final":
        return f"for having me through to the final round{role}{where}"
    return f"for the chance to interview{role}{where}"


def compose(points: Points, *, hostile: bool) -> str:
    """A short, gracious message from `points`; `hostile` adds an honest word on disappointment."""
    if points.recipient:
        greeting = f"{'Dear' if points.formal else 'Hi'} {points.recipient},"
    else:
        greeting = "Hello,"
    thanks = f"Thank you for letting me know, and {_chance(points)}."
    if points.stage == "application":
        feeling = "I appreciate you getting back to me."
    else:
        feeling = "I appreciated the time you and the team gave me."
    if points.disappointed or hostile:
        tail = feeling if feeling.startswith("I ") else feeling[0].lower() + feeling[1:]
        feeling = "I'm disappointed, of course, but " + tail
    paragraphs = [greeting, f"{thanks} {feeling}"]
    said = list(points.parts.facts)
    lost = find_facts(points.parts.calm_text).not_in(" ".join(said + list(points.parts.asks)))
    said += fact_sentences(lost)
    if said:
        paragraphs.append(" ".join(said))
    asks = list(points.parts.asks) or ask_sentences(points.facts)
    if points.wants_feedback and not asks:
        asks.append(
            "If you have a moment, I'd be grateful for a few lines of feedback on where I could "
            "have been stronger. It would really help me prepare for my next interview."
        )
    if asks:
        paragraphs.append(" ".join(asks))
    if any(_PARTING.search(ask) for ask in asks):
        paragraphs.append("I wish the team every success.")  # they asked to be taken off file
    else:
        paragraphs.append(
            "I wish the team every success. I'd be glad to stay in touch, and if another role "
            "that suits me opens up, I'd love to hear about it."
        )
    paragraphs.append("Kind regards" + (f",\n{points.signer}" if points.signer else ""))
    return "\n\n".join(paragraphs)


def describe(points: Points) -> tuple[str, ...]:
    """The points the rewrite keeps, in plain words (shown to the person, never logged)."""
    out = ["thanks for the chance"]
    if points.wants_feedback:
        out.append("a request for feedback")
    if points.facts.wants_reason:
        out.append("asking why")
    out += [f"kept: {fact}" for fact in points.facts.phrases()]
    out += ["good wishes", "staying in touch"]
    if points.recipient:
        out.append(f"addressed to: {points.recipient}")
    if points.role:
        out.append(f"role: {points.role}")
    if points.company:
        out.append(f"company: {points.company}")
    if points.signer:
        out.append(f"signed: {points.signer}")
    return tuple(out)
