"""Calming one sentence of a draft without changing its facts: the word-level half of the rewrite.

`tidy` undoes the surface of anger and chat shorthand: shouted words back to normal case (known
acronyms such as `CTO` or `SQL` stay), `!!!`/`?!?` to one mark, `u`/`ur`/`im`/`dont` spelled out,
and swearing, `lol` and winks taken out. `soften` then takes the sting out of the words: loaded
adjectives and intensifiers (`pathetic`, `literally`, `even`) go, accusations become first-person
statements (`you ghosted me` -> `I didn't hear back`, `you wasted my time` -> `I spent my time`,
`you dragged me through` -> `I went through`), and jabbing openers and tails (`wow`, `or don't
bother`, `and you know it`) are cut. Numbers, names, dates and skills are left exactly as written.
"""

from __future__ import annotations

import re

from bot.safety.draft_accusations import RESTATE
from bot.safety.draft_quotes import unquote
from bot.safety.draft_rules import is_swear

_ACRONYMS = frozenset(
    "UX UI QA SRE HR CEO CTO CFO COO CMO VP IT AI ML SQL AWS GCP API CV PM USA UK US NYC EU NGO "
    "NHS LLC LTD INC PLC MBA BSC MSC PHD CRM ERP SEO KPI OKR GPA IBM SAP HSBC KPMG EY PWC BBC "
    "FAANG SAAS B2B B2C DEI GDPR ATS CAD EMEA APAC HTML CSS PHP JSON REST IOS PR RN ICU CPA CFA "
    "NDA ID DM HQ Q1 Q2 Q3 Q4 AM PM CTA GP DBA BI R&D".split()
)
_COMMON_SHORT = frozenset(
    "a i an and the you are not why six ten two one for but all any was did had has can now how "
    "who your this that what just even ever dont cant wont only once no so do is it me my we of "
    "to in on at or be am us our out off get got yet too very ago day days week weeks year "
    "four five nine time job role then than when with they them him her she he his its yes "
    "done over told said sent make made give gave take took back hear from last once more "
    "stop why ok okay well oh wow".split()
)
_SHORTHAND: dict[str, str] = {
    "i": "I",
    "im": "I'm",
    "i'm": "I'm",
    "i've": "I've",
    "i'd": "I'd",
    "i'll": "I'll",
    "ive": "I've",
    "ill": "I'll",
    "u": "you",
    "ur": "your",
    "r": "are",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "dont": "don't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "cant": "can't",
    "couldnt": "couldn't",
    "wont": "won't",
    "wouldnt": "wouldn't",
    "wasnt": "wasn't",
    "isnt": "isn't",
    "arent": "aren't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "whats": "what's",
    "thats": "that's",
    "theres": "there's",
    "youre": "you're",
    "b4": "before",
    "cuz": "because",
    "bc": "because",
    "urself": "yourself",
    "ppl": "people",
    "abt": "about",
    "tho": "though",
    "idk": "I don't know",
    "coz": "because",
}
_ID_BEFORE = re.compile(r"\bid (?=(?:still |really |also )?(?:like|love|appreciate|be|rather)\b)")
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_MARKS = re.compile(r"\s*([!?][!?.1]*|\.{2,})")
_NOISE = re.compile(
    r"(?i)\s*(?:\b(?:lol|lmao|lmfao|rofl|smh|jk|ffs|omg|wtf)\b|[;:]-?[)(DP]|"
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF]+)"
)
_LOADED = re.compile(
    r"(?i)\s*\b(?:pathetic|stupid|useless|pointless|ridiculous|idiotic|lousy|miserable|crappy"
    r"|so-called|stinking|bloody|damn(?:ed)?|freaking|frigging|effing|literally|absolutely"
    r"|totally|utterly|basically|seriously(?! consider)|(?<!tell me )(?<!tell us )honestly"
    r"|clearly|obviously|actually"
    r"|at least|even"
    r"|just|some actual|actual|proper|real(?= (?:answer|explanation|feedback|reply"
    r"|response))|straight(?= answer)|(?:idiot|moron|clown|clueless|incompetent|brainless|lazy"
    r"|rude|arrogant|spineless|gutless)(?= (?:recruiters?|managers?|hr|team|interviewers?"
    r"|panel|company|boss|people|staff|person|guy|woman|man|colleague|cto|ceo|cfo|coo|director"
    r"|founder|lead|supervisor|reviewers?|assessors?)\b))\b"
)
_OPENER = re.compile(
    r"(?i)^(?:(?:(?:great|good|fantastic|wonderful|brilliant) news|wow|oh|oh sure|sure|gee"
    r"|look|listen|so|well|honestly|seriously|anyway|anyways"
    r"|yeah|right|ok|okay|and|but|also|typical|unbelievable|whatever|great|lovely|brilliant"
    r"|bravo|remember me|hey|actually|of course|unless,? of course|before I do(?: that| so)?"
    r"|asking for (?:a friend|me|myself)|(?:two|three|a few|a couple of) things)[,.!?:]*\s+"
    r"|(?:wonderful|fantastic|nice|perfect|amazing|cool|classy|charming|awesome|splendid"
    r"|terrific|super|excellent|marvellous|marvelous|how lovely|how nice)[,.!?:]+\s+)+"
)
_PASSIVE_LEAD = re.compile(
    r"(?i)^(?:per my (?:last|previous) (?:email|message|note)|as (?:I'm|I am) sure you(?:'re| are)?"
    r" (?:know|aware)|as (?:I|previously) (?:said|stated|mentioned)|as you (?:well )?know"
    r"|for the record|for your information|fyi|newsflash|just so you know|in case you forgot"
    r"|as I(?:'ve| have) already (?:said|told you)|either way|in any case|regardless|all the same"
    r"|be that as it may|whatever the case)(?:\s*\([^)]*\))?[,:]?\s*"
)
_FOLLOW_UP = re.compile(
    r"(?i)^(?:as )?per my (?:last|previous) (?=(?:\d+|two|three|four|five|six|several) (?:emails"
    r"|messages|notes|mails)\b)"
)
_FOR_DOING = re.compile(
    r"(?i)^you(?:'re| are) (?:a |an |such an? |so |being )?(?:[\w-]+ ){0,3}?for (?P<ger>[a-z]+ing)"
    r"\b(?P<rest>.*)$"
)
_PAST = {
    "sending": "sent", "telling": "told", "making": "made", "giving": "gave", "keeping": "kept",
    "leaving": "left", "taking": "took", "letting": "let", "putting": "put", "getting": "got",
    "having": "had", "paying": "paid", "saying": "said", "lying": "lied", "choosing": "chose",
    "writing": "wrote", "hiding": "hid", "leading": "led", "stringing": "strung",
    "bringing": "brought", "buying": "bought", "running": "ran", "forgetting": "forgot",
}  # fmt: skip
_QUOTED = re.compile(r"(?<!\w)(['\"])[^'\"\n]{2,80}?\1(?!\w)")
# A sarcastic thanks for how the news came ("thanks so much for the two line email") says
# what they received; one for what was done ("...for wasting my leave") says what was done; one
# for a list ("thanks for the 3 rounds, the 2 take-homes...") keeps the list.
_THANKS_FOR_NEWS = re.compile(
    r"(?i)^(?:thanks?|thank you|many thanks)(?: (?:so|very) much| a lot| a bunch| again)? for"
    r" (?:the|your) ((?:[\w'-]+ ){0,2}?(?:feedback|note|e-?mail|message|update|reply|response"
    r"|explanation|news|rejection|letter|text|voicemail|call))(?=,? (?:that|at|on|from|by|via"
    r"|with|after|saying|telling|which|sent|in)\b)"
)
_THANKS_FOR_DOING = re.compile(
    r"(?i)^(?:thanks?|thank you|many thanks)(?: (?:so|very) much| a lot| a bunch| again)? for"
    r" (?P<ger>(?!letting|getting|considering|taking|reaching|being|your)[a-z]+ing)\b"
)
_THANKS_FOR_THINGS = re.compile(
    r"(?i)^(?:thanks?|thank you|many thanks)(?: (?:so|very) much| a lot| a bunch| again)? for"
    r" (?=(?:the|your|all|my) (?:[\w'-]+ )?(?:\d|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|twelve)\b)"
)
_LEAST_YOU_COULD = re.compile(
    r"(?i)^the least (?:you|they|anyone) could (?:have )?(?:do|done) (?P<when>(?:after|when|since)"
    r" .+?) (?:is|was|would be|would have been) (?:to )?(?P<what>.+)$"
)
_SARCASTIC_LEAD = re.compile(
    r"(?i)^(?:(?:how|what an?|such an?|real|really|very|so) (?:wonderful|lovely|nice|great"
    r"|professional|classy|thoughtful|kind|fantastic|brilliant|considerate|mature|efficient)"
    r"(?: of you| \w+)?[,.!:]\s*|I (?:can't|cannot|can not|still can't) believe (?:that )?"
    r"|(?:just )?wanted to (?:say|let you know)(?: that)?\s+"
    r"|(?:(?:I )?(?:just |really |so )?(?:love|loved|adore)|(?:it's |it is )?(?:funny|great|nice"
    r"|cool|lovely|cute)) (?:that|how) (?=I\b|I'(?:m|ve|d)\b|my\b))"
)
_SARCASTIC_JOB = re.compile(
    r"(?i)^(?:great|nice|good|fantastic|brilliant|amazing|stellar|wonderful|excellent|awesome)"
    r" (?:job|work) (?:on |at |with )?"
)
_TAIL = re.compile(
    r"(?i),?\s*(?:\bor (?:not|don't bother|do not bother|else|whatever)\b.*"
    r"|\band you know it\b.*|\bfor (?:once|a change)\b|\bthough\b|\banyway\b|\bwhatever\b"
    r"|\band this is (?:how|what) I(?:'m| am) (?:treated|get)\b|\bfor nothing\b"
    r"|\bif (?:that's|that is|it's|it is) not too much to ask\b(?: (?:from|of) [^,.;!?]{1,50})?"
    r"|\bif you can manage (?:it|that)\b"
    r"|\b(?:assuming|if) (?:there (?:was|is|were|even was)|you (?:have|had|even have)"
    r"|anyone (?:there )?(?:has|had)) (?:any|one|a reason|a real one)\b.*"
    r"|\bif you (?:can|could) (?:be bothered|spare the time|find the time)\b.*"
    r"|\bif (?:anyone|anybody|someone) (?:there )?(?:even )?(?:knows|remembers|cares|reads)\b.*"
    r"|\bif you have (?:the|any) (?:decency|courtesy|guts|spine|manners)\b.*"
    r"|\bfor (?:god'?s|heaven'?s|pete'?s|crying out loud)(?: sake)?\b"
    r"|\bif (?:that's|that is|it's|it is) not too much trouble(?: for you)?\b"
    r"|\bif (?:(?:that|it|this)(?:'s| is) not|(?:that|it|this) isn't) (?:too much|too big an ask"
    r"|asking too much|too (?:hard|difficult|complicated)|(?:too )?much (?:of an? )?(?:trouble"
    r"|bother|burden|hassle|effort|inconvenience|imposition|work))\b(?: to ask)?"
    r"(?: (?:for|from|of|to) [^,.;!?]{1,50})?"
    r"|,?\s*\bwhile you(?:'re| are) at it\b,?"
    r"|\bbecause (?:this|it|that) (?:smells|reeks|looks|sounds|feels|seems) (?:like|fishy|shady"
    r"|dodgy)\b.*|\bor (?:I(?:'m| am| will|'ll)|I'm going to|I am going to)\b.*"
    r"|\bas if (?:anyone|anybody|I|we|you)\b.*"
    r"|,\s*(?:super|very|really|so|how|truly|real|totally|oh so) (?:professional|classy|kind"
    r"|nice|thoughtful|mature|considerate|respectful|helpful|efficient)\b.*"
    r"|\blike (?:a |an |some )?(?:normal|decent|real|functioning|grown|professional|random)"
    r"(?: (?:human(?: being)?|person|adult|company|people|grown-?up)s?)?\b)"
)


def past(gerund: str) -> str:
    """`rejecting` -> `rejected`, `sending` -> `sent`: the past tense of a verb's -ing form."""
    low = gerund.lower()
    if low in _PAST:
        return _PAST[low]
    stem = low[:-3]
    if stem.endswith("y") and len(stem) > 2 and stem[-2] not in "aeiou":
        return stem[:-1] + "ied"
    return stem + ("d" if stem.endswith("e") else "ed")


def _unload(text: str) -> str:
    """Loaded words taken out, except inside quotes: what they were told stays word for word."""
    quoted = [m.span() for m in _QUOTED.finditer(text)]

    def keep_quoted(m: re.Match[str]) -> str:
        inside = any(a < m.start() < b for a, b in quoted)
        return m.group(0) if inside else ""

    return _LOADED.sub(keep_quoted, text)


def _case(word: str, loud: bool) -> str:
    if not word.isupper() or len(word) < 2 or any(c.isdigit() for c in word):
        return word
    if word.upper() in _ACRONYMS:
        return word
    if len(word) >= 5 or loud or word.lower().strip("'") in _COMMON_SHORT:
        return word.lower()
    return word


_CAPS_RUN = re.compile(r"\b[A-Z][A-Z']+(?:\s+[A-Z][A-Z']+)+\b")


_LOUD_IT = re.compile(
    r"\b(?:A|IT)\b(?! (?:DEPARTMENT|TEAM|SUPPORT|MANAGER|ROLE|JOB|SECTOR|INDUSTRY|EXPERIENCE"
    r"|BACKGROUND|SERVICES|DIRECTOR|DEPT|SECURITY))"
)
_NAMES = {
    n.lower(): n
    for n in "Python Java JavaScript TypeScript React Kubernetes Docker Terraform Excel Tableau "
    "Figma Salesforce Django Flask Hadoop Linux MATLAB Photoshop HubSpot Jira Azure Kotlin "
    "PostgreSQL MySQL MongoDB GraphQL Angular Vue Zoom Slack LinkedIn".split()
}
_NAME_WORD = re.compile(r"\b(?:" + "|".join(_NAMES) + r")\b")


def _uncap(text: str) -> str:
    """Shouted words in normal case; a run of capitalised words is shouting, not an acronym;
    names of tools (`PYTHON`) come back as they are spelled."""
    words = _WORD.findall(text)
    letters = sum(len(w) for w in words)
    upper = sum(sum(1 for c in w if c.isupper()) for w in words)
    loud = letters > 0 and upper / letters >= 0.6
    if loud:
        text = _LOUD_IT.sub(lambda m: m.group(0).lower(), text)
    text = _CAPS_RUN.sub(lambda m: _WORD.sub(lambda w: _case(w.group(0), True), m.group(0)), text)
    text = _WORD.sub(lambda m: _case(m.group(0), loud), text)
    return _NAME_WORD.sub(lambda m: _NAMES[m.group(0)], text) if loud else text


def _shorthand(text: str) -> str:
    text = _ID_BEFORE.sub("I'd ", text)
    text = re.sub(  # "ur rejecting me"; "your hiring manager" and "ur coding test" stay "your"
        r"\b(?:ur|your|youre) (?=[a-z]+ing (?:me|us|my|our|people|candidates|applicants|everyone"
        r"|someone|anyone|this|that|it|them|him|her)\b)",
        "you're ",
        text,
    )
    text = re.sub(r"\bits (?=['\"])", "it's ", text)
    return _WORD.sub(lambda m: _SHORTHAND.get(m.group(0), m.group(0)), text)


def _unswear(text: str) -> str:
    words = [w for w in text.split(" ") if not is_swear(w.strip(",.;:!?\"'()"))]
    text = " ".join(words)
    return re.sub(r"(?i)\b(?:the hell|as hell|to hell|screw (?:this|that|you|them))\b", "", text)


def tidy(text: str) -> str:
    """Normal case, one punctuation mark, no swearing, chat shorthand spelled out."""
    text = _NOISE.sub("", text)
    text = _uncap(text)
    text = _shorthand(text)
    text = re.sub(r"(?i)\b(explain|describe) me\b", r"\1 to me", text)
    text = _unswear(text)
    text = re.sub(r"[!?.]+(?=\))", "", text)
    text = _MARKS.sub(lambda m: "?" if "?" in m.group(1) else ".", text)
    return squeeze(text)


_JUST_TO = re.compile(
    r"(?i),?\s+(?:just|only) to (?:hire|pick|choose|go with|give (?:it|the (?:job|role|position))"
    r" to)\b[^.;!?]*"
)
"""The jab a sentence ends on ("... over two months just to hire the CEO's nephew")."""


def soften(text: str) -> str:
    """The same sentence with loaded words and accusations taken out (facts unchanged)."""
    text = text.strip()
    text = _JUST_TO.sub("", text)
    if _SARCASTIC_JOB.match(text):
        text = _SARCASTIC_JOB.sub("", text)
    text = _OPENER.sub("", text)
    text = _FOLLOW_UP.sub("Following up on my last ", text)
    text = _PASSIVE_LEAD.sub("", text)
    if m := _FOR_DOING.match(text):
        text = f"You {past(m['ger'])}{m['rest']}"
    text = _OPENER.sub("", text)
    text = _SARCASTIC_LEAD.sub("", text)
    text = _unload(text)
    text = unquote(text)  # "your 'small' take-home" is "your take-home"
    text = _THANKS_FOR_NEWS.sub(r"I received the \1", text)
    if m := _THANKS_FOR_DOING.match(text):
        text = f"You {past(m['ger'])}{text[m.end() :]}"
    text = _THANKS_FOR_THINGS.sub("", text)
    if m := _LEAST_YOU_COULD.match(text):
        text = f"{capitalise(m['when'])}, I had hoped you would {m['what']}"
    for pattern, replacement in RESTATE:
        text = pattern.sub(replacement, text)
    if _YES_NO_Q.match(text):  # "Is the position filled or not?" is a fair question
        return squeeze(_TAIL.sub("", text[: -len("or not?")]) + " or not?")
    text = _TAIL.sub("", text)
    return squeeze(text)


_YES_NO_Q = re.compile(
    r"(?i)^(?:is|are|was|were|has|have|did|do|does|will|am I)\b[^,;]{3,80}\bor not\?$"
)


def squeeze(text: str) -> str:
    """Single spaces, no space before punctuation, no doubled or dangling commas."""
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.;:?!)])", r"\1", text)
    text = re.sub(r"([(])\s+", r"\1", text)
    text = re.sub(r"\(\s*\)", "", text)
    text = re.sub(r",\s*(?=[,.;:?!])", "", text)
    text = re.sub(r"^[\s,;:.-]+", "", text)
    return re.sub(r"\s*[,;:-]+\s*$", "", text).strip()


def capitalise(text: str) -> str:
    """First letter upper-case, the rest untouched."""
    return text[:1].upper() + text[1:] if text else text
