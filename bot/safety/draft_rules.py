"""What makes a reply to a recruiter read as a lash-out: the rule families and their patterns.

Each family (insult, blame, sarcasm, threat, demand, shouting, punctuation, profanity, and the
quiet ones from `draft_quiet`: passive, bridge, ill_will, entitlement) finds its hits in a
draft and returns the words that triggered it, so the review can say exactly what may
land badly. Profanity is matched per word after undoing look-alike characters (`sh!t`, `a$$`) and
through masks (`f***`, `f*ck`). Patterns are English, with Spanish ones from `draft_spanish`; they
err towards catching a real lash-out, while leaving ordinary polite wording (thanks,
disappointment, asking for feedback) alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.safety import draft_irony, draft_quiet, draft_spanish

# fmt: off
# The pattern tables below keep their compact, hand-aligned layout.
FAMILIES = (
    "insult", "blame", "sarcasm", "passive", "bridge", "ill_will", "entitlement", "threat",
    "demand", "shouting", "punctuation", "profanity",
)

WEIGHTS: dict[str, float] = {
    "insult": 0.75,
    "blame": 0.6,
    "sarcasm": 0.6,
    "passive": 0.55,
    "bridge": 0.7,
    "ill_will": 0.8,
    "entitlement": 0.6,
    "threat": 0.8,
    "demand": 0.55,
    "shouting": 0.5,
    "punctuation": 0.25,
    "profanity": 0.7,
}
"""How strongly one hit of a family points at a lash-out (combined as independent signals)."""

EXASPERATED = 0.5
"""Piles of `???` read as exasperation, stronger than happy `!!!`."""


@dataclass(frozen=True, slots=True)
class Hit:
    """A family's finding in a draft: the triggering words (as written)."""

    family: str
    examples: tuple[str, ...]


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


_INSULT = _rx(
    r"you(?:'re| are) (?:the|a|an|such an?) (?:\w+ ){0,2}(?:worst|disgrace|embarrassment"
    r"|coward|joke)\w*", r"geniuses", r"einsteins",
    r"(?:nice|great|good|brilliant) (?:job|work|one)(?=\s*[,!]+\s*(?:geniuses|genius|guys|folks"
    r"|people|team|everyone)\s*[.!])",
    r"idiot(?:s|ic)?", r"stupid(?:ity)?", r"moron(?:s|ic)?", r"imbeciles?", r"clown(?:s|ish)?",
    r"incompeten(?:t|ce)", r"pathetic", r"useless", r"losers?", r"clueless", r"dumb",
    r"(?:dim|half|nit)wits?", r"jerks?", r"scum(?:bags?)?", r"garbage", r"trash(?:y)?",
    r"worthless", r"disgrace(?:ful)?", r"amateur(?:s|ish| hour)?", r"bozos?",
    r"hypocrit(?:e|es|ical)",
    r"liars?", r"fools?", r"cowards?", r"cowardly", r"spineless", r"heartless", r"soulless",
    r"arrogant", r"condescending", r"smug", r"frauds?", r"scam(?:mers?)?", r"dinosaurs",
    r"snob(?:s|bish)?", r"muppets?", r"numpties", r"numpty", r"circus", r"grow up",
    r"(?:a|what a|total|complete|absolute|such a|big) joke", r"you suck",
    r"(?:your \w+|you all) sucks?", r"(?:brain|clue)less",
    r"you(?:'re| are) (?:a|an|such an?) (?:(?:really|truly|genuinely|very|so) )?(?:terrible"
    r"|awful|horrible|lousy|rubbish|dreadful|appalling|atrocious) \w+",
)

_BLAME = _rx(
    r"wast(?:e|ed|ing)(?: \w+){0,2} (?:my|our) (?:time|day|weekend|effort|energy|life)",
    r"waste of (?:my |our )?time",
    r"(?:your|ur) fault", r"shame on you", r"how dare you", r"you should be ashamed",
    r"ashamed of yoursel(?:f|ves)",
    r"you (?:clearly|obviously) (?:don't|didn't|have no|never|can't|cannot|couldn't)",
    r"you (?:never|didn't|did not) even (?:bother|read|look|listen|care|try)",
    r"you (?:don't|do not|didn't|did not) (?:even )?care",
    r"you(?:'re| are) (?:making|about to make) (?:a )?(?:huge |big |massive |serious )?mistake",
    r"your loss", r"no (?:respect|decency|manners|courtesy)", r"disrespect(?:ful|ed)?",
    r"unprofessional", r"unacceptable", r"outrageous", r"appalling", r"disgusting",
    r"ridiculous", r"insulting", r"shameful", r"absurd", r"atrocious",
    r"rigged", r"a sham", r"a farce", r"you people",
    r"(?:you|your \w+) (?:led|strung) me (?:on|along)", r"you led me to believe",
    r"you (?:lied|misled me|ruined|humiliated me|insulted me|played me|screwed me)",
    r"(?:can't|cannot|couldn't|wouldn't|don't) (?:recogni[sz]e|spot|see|know) (?:real )?talent",
    r"nepotism", r"hired (?:your|a|some) (?:friend|buddy|mate|nephew|niece|cousin)",
    r"never (?:even )?read my (?:cv|resume|résumé|application|portfolio)",
    r"(?:your|the) (?:hiring |interview |recruitment |recruiting )?process (?:is|was) "
    r"(?:broken|a mess|a joke|terrible|awful|garbage|trash|useless|a disaster|pathetic)",
    r"you have no idea", r"you(?:'ve| have) (?:no|zero) (?:clue|idea)",
    r"why (?:did|would|do) you (?:even|bother)", r"are you (?:serious|kidding|joking)",
    r"what (?:was|is) the point", r"(?:don't|do not|stop) wast(?:e|ing)",
    r"worst (?:\w+ ){0,2}(?:experience|process|company|interview|employer)",
    r"you (?:don't|do not) deserve (?:me|someone|people)", r"not impressed",
    r"you should (?:fire|sack|be fired|be sacked|be ashamed)", r"spare me", r"nonsense",
)

_SARCASM = _rx(
    r"thanks?(?: you)?(?: so much| a lot| very much)? for (?:nothing|wasting|ghosting|ignoring"
    r"|the runaround|letting me down|dragging|stringing|leading me on)",
    r"(?:great|nice|good|fantastic|brilliant|amazing|stellar|wonderful|excellent|awesome|fine)"
    r" (?:job|work)[ ,]*(?:on |at |with )?(?:ghosting|wasting|ignoring|leading|stringing|losing"
    r"|dodging|stonewalling|hiding|lying|dragging|screwing|messing|blowing|rejecting)",
    r"(?:really |truly |so )?(?:appreciate|love|loved|enjoy|enjoyed|appreciated)"
    r" (?:being|getting) (?:ghosted|ignored|rejected|strung along|left hanging|kept waiting"
    r"|lied to|brushed off|jerked around|messed around)",
    r"congrat(?:s|ulations) on (?:losing|missing out|passing up|blowing|your (?:brilliant|genius"
    r"|stellar|great|amazing) (?:decision|choice|pick))",
    r"hope you(?:'re| are) (?:happy|proud|satisfied) (?:now|with yoursel(?:f|ves))",
    r"happy now\?", r"must be nice", r"yeah,? right", r"sure you did", r"what a (?:surprise|shock)",
    r"oh,? (?:great|wonderful|fantastic|joy|brilliant|perfect|how nice)",
    r"how (?:professional|classy|mature|considerate) of (?:you|your)",
    r"(?:real|really|very|so) classy", r"very professional(?: of you|[.!]{2,})",
    r"clearly (?:you know best|the best choice|a genius)",
    r"good luck (?:with that|finding (?:anyone|someone|somebody) (?:as|better|who|like))",
    r"best of luck with your (?:mediocre|second[- ]rate|cheap|inferior)",
    r"lol", r"lmao", r"rofl", r"slow clap", r"wow,? just wow", r"well,? that was (?:fun|a blast)",
    r"so glad i (?:wasted|spent|took (?:a|the) day off)",
    r"another masterclass", r"how hard is it to", r"is it (?:really )?that hard to",
    r"apparently (?:too|that) (?:hard|difficult)",
    r"truly (?:inspiring|world[- ]class) (?:process|communication)",
    r"if (?:i|we) (?:was|were|am|are) so \w+,? (?:then )?(?:why|how)",
)

_THREAT = _rx(
    r"glassdoor", r"indeed reviews?", r"(?:one|1|zero|0)[ -]?stars?",
    r"(?:bad|negative|scathing|terrible|brutal|awful|nasty|public) reviews?",
    r"reviews? (?:everywhere|online|on (?:glassdoor|google|indeed|linkedin|every site))",
    r"lawyers?", r"attorneys?", r"solicitors?", r"legal (?:action|counsel|team|advice)",
    r"lawsuit", r"(?:will|gonna|going to|'ll|could|might|to|and|can) sue", r"su(?:ing|ed) you",
    r"(?:employment )?tribunal", r"see you in court", r"take (?:this|it|you) to court",
    r"(?:i(?:'ll| will| shall)|i(?:'m| am) (?:going to|gonna)|gonna|going to) (?:\w+ ){0,2}?"
    r"(?:post|tweet|blast|warn|write|writing|shar(?:e|ing)|tell|put|expos(?:e|ing)|let|call|tag)"
    r"[^.!?\n]{0,50}?"
    r"(?<!\w)(?:social media|twitter|tiktok|reddit|facebook|instagram|youtube|linkedin"
    r"|the internet|online|everyone|everybody|the world|the press|other candidates|the news)",
    r"warn (?:others|other candidates|people|everyone)", r"all over (?:social media|twitter"
    r"|tiktok|reddit|linkedin|the internet)",
    r"(?:everyone|everybody|the world|people) (?:will|is going to|are going to) (?:know|hear"
    r"|find out)",
    r"(?:so|so that|and|until|till) (?:everyone|everybody|the (?:whole )?world|the internet"
    r"|other candidates) (?:knows?|sees?|can see|finds? out|hears? about)",
    r"tag(?:ging)? (?:you|your \w+|the \w+|them)[^.!?\n]{0,40}?(?:linkedin|twitter|facebook"
    r"|instagram|tiktok|reddit|social media|online|publicly)",
    r"expos(?:e|ing) (?:you|this|your|the)", r"name and shame", r"go(?:ing)? public",
    r"make (?:this|it) public", r"report (?:you|this|your company|them|it)",
    r"(?:file|filing|lodge|lodging|make|making) (?:a |an )?(?:formal |official )?"
    r"(?:complaint|grievance)",
    r"you(?:'ll| will) (?:regret|be sorry|pay for)", r"you(?:'ll| will) be hearing from",
    r"watch your back", r"this (?:isn't|is not|won't be) over", r"mark my words",
    r"i(?:'ll| will|'m going to| am going to|'m gonna| am gonna) make sure (?:you|everyone"
    r"|everybody|nobody|no one|every (?:person|one|single|recruiter|candidate)|all (?:my|of my)"
    r"|my (?:network|followers|friends|contacts|connections))",
    r"labou?r board", r"(?:my|this) story (?:on|to|with)", r"expect to see (?:this|my|it)",
    r"eeoc", r"ombudsman", r"better business bureau",
    r"(?:i'll|i will|i might|i may|i could|i'm going to|i am going to) (?:just |simply )?(?:show"
    r"|turn|pop) up (?:at|outside|in|to) your (?:office|offices|building|door|reception|house"
    r"|home|desk|lobby)",
    r"(?:brave|man|bold) enough to (?:talk to|face|speak to|tell) me",
)

_DEMAND = _rx(
    r"i (?:demand|insist)", r"you owe me", r"owe me (?:an?|the) \w+",
    r"i (?:expect|want|need|deserve) (?:an?|the|some|your|a full|a proper|a real)"
    r"(?: \w+)? (?:explanation|answer|apology|response|reply|reason|justification)",
    r"explain yoursel(?:f|ves)", r"justify (?:this|yoursel(?:f|ves)|your decision)",
    r"answer me", r"i(?:'m| am) (?:entitled|owed)",
    r"(?:respond|reply|answer|call me|get back to me|explain)[^.!?\n]{0,20}\b(?:immediately"
    r"|right now|right away|asap|a\.s\.a\.p|by (?:tomorrow|tonight|end of (?:the )?(?:day|week))"
    r"|within \d+ hours)",
    r"you (?:need to|have to|must|better|had better|'d better) (?:explain|tell|give|answer"
    r"|reconsider|respond|reply|justify|provide|send|fix|apologi[sz]e|hire|call|offer|pay)",
    r"i expect (?:to hear|a call|a reply|an answer|an apology)",
    r"i want (?:my|an?|the|some) (?:\w+ ){0,2}(?:apology|refund|compensation|money|expenses)",
)

_PHRASE_FAMILIES: dict[str, re.Pattern[str]] = {
    "insult": _INSULT,
    "blame": _BLAME,
    "sarcasm": _SARCASM,
    "threat": _THREAT,
    "demand": _DEMAND,
}

# ----- profanity --------------------------------------------------------------------------------

_SWEARS = frozenset({
    "fuck", "fucks", "fucked", "fucker", "fuckers", "fucking", "fuckin", "fuckwit", "fuckwits",
    "motherfucker", "motherfuckers", "fuckery", "shit", "shits", "shitty", "shite", "bullshit",
    "horseshit", "shithole", "shitshow", "crap", "crappy", "damn", "damned", "goddamn",
    "goddamned", "bastard", "bastards", "bitch", "bitches", "bitchy", "ass", "asses", "asshole",
    "assholes", "arse", "arsehole", "arseholes", "dumbass", "jackass", "smartass", "piss",
    "pissed", "wtf", "stfu", "bollocks", "bloody", "bugger", "twat", "twats", "wanker",
    "wankers", "cunt", "cunts", "prick", "pricks", "dickhead", "dickheads", "douche",
    "douchebag", "douchebags", "effing", "friggin", "frigging", "fricking", "frickin", "freaking",
    "fck", "fcking", "fckin", "fk", "fking", "fkn", "fuk", "fukin", "fuking", "phuck", "sht",
    "btch", "biatch", "azz", "tosser", "tossers", "scumbag",
})
_SWEAR_PHRASES = _rx(
    r"screw (?:you|this|them|your|that)", r"the hell", r"go to hell", r"hell (?:with|no)",
    r"to hell", r"as hell", r"bloody hell", r"f-ing", r"f-ed", r"pissed off", r"sod off",
    r"piss off", r"eff (?:you|off|this)", r"up yours",
)
_LEET = str.maketrans({"$": "s", "@": "a", "!": "i", "1": "i", "0": "o", "3": "e", "4": "a",
                       "5": "s", "7": "t", "+": "t"})
_MASK = "*#%@$!_"
_TOKEN = re.compile(r"[\w*#%@$!+]+")
_GRAWLIX = re.compile(r"(?<![\w])[#$%&@*!]{3,}[a-z]*", re.IGNORECASE)
_MASKED_GENERIC = re.compile(r"^[a-z][*#%@$]{2,}[a-z]{0,4}$")
_TEMPLATES = ("fuck", "fucking", "fuckin", "fucked", "fucker", "fuckers", "shit", "shitty",
              "bullshit", "bitch", "bitches", "ass", "asshole", "assholes", "bastard", "damn",
              "crap", "cunt", "piss", "pissed", "wanker", "dickhead", "hell", "twat", "bollocks",
              "motherfucker")


def _template(word: str) -> re.Pattern[str]:
    body = "".join(f"(?:{re.escape(c)}|[{re.escape(_MASK)}])" for c in word[1:])
    return re.compile(f"^{re.escape(word[0])}{body}$")


_TEMPLATE_RX = tuple(_template(w) for w in _TEMPLATES)


def is_swear(token: str) -> bool:
    """Whether one word is swearing, written plainly, in look-alikes (`sh!t`) or masked (`f*ck`)."""
    low = token.lower()
    core = low.rstrip("!?.") or low
    if core in _SWEARS or core.translate(_LEET) in _SWEARS:
        return True
    if any(c in _MASK for c in core[1:]):
        if _MASKED_GENERIC.match(core):
            return True
        return any(rx.match(core) for rx in _TEMPLATE_RX)
    return False


def _profanity(text: str) -> list[str]:
    found = [m.group(0) for m in _TOKEN.finditer(text) if is_swear(m.group(0))]
    found += [m.group(0) for m in _SWEAR_PHRASES.finditer(text)]
    found += [m.group(0) for m in _GRAWLIX.finditer(text) if len(set(m.group(0))) >= 3]
    return found


# ----- shouting and punctuation -----------------------------------------------------------------

_ACRONYMS = frozenset({
    "UX", "UI", "QA", "SRE", "HR", "CEO", "CTO", "CFO", "COO", "CMO", "VP", "IT", "AI", "ML",
    "SQL", "AWS", "GCP", "API", "CV", "PM", "USA", "UK", "US", "NYC", "EU", "UN", "NGO", "NHS",
    "LLC", "LTD", "INC", "PLC", "MBA", "BSC", "MSC", "PHD", "CRM", "ERP", "SEO", "KPI", "OKR",
    "FYI", "TBD", "ETA", "GPA", "IBM", "SAP", "HSBC", "KPMG", "EY", "PWC", "BBC", "OK", "FAANG",
    "SAAS", "B2B", "DEI", "GDPR", "ATS", "CAD", "EMEA", "APAC", "NASA", "HTML", "CSS", "PHP",
    "JSON", "REST", "IOS", "ASAP", "PR", "TV", "DC", "LA", "SF", "RN", "ICU", "ER", "CPA", "CFA",
})
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")


def _shouting(text: str) -> list[str]:
    words = [w for w in _WORD.findall(text) if w.upper() not in _ACRONYMS and len(w) > 1]
    letters = sum(len(w) for w in words)
    upper = sum(sum(1 for c in w if c.isupper()) for w in words)
    loud = [w for w in words if len(w) >= 3 and w.isupper()]
    if (letters >= 12 and upper / letters >= 0.6) or len(loud) >= 3:
        return loud[:3] or ["capital letters"]
    return []


_PUNCT_RUN = re.compile(r"[!?]{2,}")


def _punctuation(text: str) -> list[str]:
    runs = _PUNCT_RUN.findall(text)
    if any(len(r) >= 3 for r in runs) or len(runs) >= 2:
        return runs
    return []


def _loud(text: str) -> list[str]:
    return _shouting(text) or draft_spanish.shouting(text)


_SPECIAL: dict[str, Callable[[str], list[str]]] = {
    "shouting": _loud,
    "punctuation": _punctuation,
    "profanity": _profanity,
}


# fmt: on


def normalise(text: str) -> str:
    """Curly quotes to straight ones (same length, so positions still match the original)."""
    return (
        text.replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
    )


def weight(hit: Hit) -> float:
    """How much this hit adds: the family's weight, a little more for each extra example."""
    base = WEIGHTS[hit.family]
    if hit.family == "punctuation" and any("?" in e for e in hit.examples):
        base = EXASPERATED
    return min(0.95, base + 0.08 * (len(hit.examples) - 1))


def find_hits(text: str) -> list[Hit]:
    """Every family with at least one hit, in `FAMILIES` order."""
    plain = normalise(text)
    hits: list[Hit] = []
    for family in FAMILIES:
        found = [
            m.group(0)
            for rx in (
                _PHRASE_FAMILIES.get(family),
                draft_quiet.PATTERNS.get(family),
                draft_spanish.PATTERNS.get(family),
                draft_irony.SARCASM if family == "sarcasm" else None,
            )
            if rx is not None
            for m in rx.finditer(plain)
        ]
        if family in _SPECIAL:
            found = _SPECIAL[family](plain) + found
        if found:
            hits.append(Hit(family, tuple(dict.fromkeys(found))))
    return hits


def is_clean_words(text: str) -> bool:
    """True when `text` has no insult, profanity, threat, sarcasm or blame in it."""
    return not any(h.family in _UNCLEAN for h in find_hits(text))


_UNCLEAN = frozenset(
    {
        "insult",
        "profanity",
        "threat",
        "sarcasm",
        "blame",
        "passive",
        "bridge",
        "ill_will",
        "entitlement",
    }
)
