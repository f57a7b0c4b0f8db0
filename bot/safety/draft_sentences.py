"""The sentence-by-sentence half of the rewrite: which of the person's sentences to keep, and how.

`calm_parts(body)` splits a draft (greeting and sign-off already removed) into sentences and
sorts each one. A sentence with a fact in it (numbers, dates, names, skills, what they did, what
they were told) is kept in their words, softened by `draft_tidy`; if it still stings, only its
calm clauses are kept. A request (`tell me why`, `I want a refund`, `can someone confirm...`) is
turned into a polite ask. Everything else (insults, threats, sarcasm, ill-wishing, rhetorical
questions, parting shots) is left out. Nothing is added that the draft did not say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.safety.draft_asks import listed_ask, opens_ask_list, polite_ask, trailing_ask
from bot.safety.draft_clauses import CLAUSE, fact_source, not_named
from bot.safety.draft_concrete import (
    AMOUNT_ONLY,
    NOT_PROPER,
    NUMBERISH,
    PARENS,
    PROPER,
    echoes,
    has_fact,
    is_calm,
    statement,
)
from bot.safety.draft_harm import bare_insult, before_harm, goes_whole, without_name_calls
from bot.safety.draft_keep import restate
from bot.safety.draft_mocked import carried, covers, mock_praise, mocked_facts
from bot.safety.draft_restated import aside, asked_fact
from bot.safety.draft_runon import split_run_on
from bot.safety.draft_salvage import salvaged_all, without_barbs
from bot.safety.draft_tidy import capitalise, soften, squeeze, tidy

MAX_SENTENCES = 8
"""At most this many of the person's fact sentences are kept, so the message stays short."""
MAX_WORDS = 45
"""A kept sentence longer than this is cut at a clause boundary (a run-on rant stays readable)."""
MAX_CHARS = 6000
"""Only this much of a very long draft is read sentence by sentence."""
_ENGLISH = frozenset(
    "i i'm i've i'd me my you your the a an and to of for in on at was is it that this with have "
    "had did not no but then after so be been we they them their what why how".split()
)

_ABBREV = re.compile(r"\b(Mr|Mrs|Ms|Dr|Prof|St|vs|e\.g|i\.e|approx)\.(?= )")
_SPLIT = re.compile(r"(?<=[.!?])\s+|(?<=[.!?]['\"’”])\s+|\n+|(?<=[.!?])(?=[A-Z])")
_GUESS = r"|^(?:who|what|which)\b[^,?]{2,60}, (?:an?|some|your) [\w' -]{1,30}\?$"
_RHETORICAL = re.compile(
    r"\b(?:even|ever|any idea|insane|kidding|joking|serious|seriously|would it kill|how hard"
    r"|too much to ask|who does that|what kind of|are you|do you people|really|a bot)\b" + _GUESS,
    re.IGNORECASE,
)
_FRAGMENT_LEAD = re.compile(
    r"^(?:after|including|with|plus|over|for|on|in|since|then|and|not|all|only)\b", re.IGNORECASE
)
_EXPERIENCE_LEAD = re.compile(r"^(?:\d+|[a-z]+)\+? (?:years?|yrs?)\b(?! ago)", re.IGNORECASE)
_SUBJECT = re.compile(
    r"\b(?:I|I'm|I've|I'd|you|you're|we|he|she|they|it|it's|that|that's|this|there|who|nobody"
    r"|no one|someone|everyone|everybody|somebody"
    r"|[A-Z][a-z]+ (?:said|told|promised|asked|was|is|kept|checked)"
    r"|[a-z]+ (?:said|told|promised|assured|wrote|emailed|mentioned|confirmed))\b"
    r"|\b\w+(?:ed|was|were|is|are)\b|\b(?:wasn't|weren't|isn't|aren't|hasn't|haven't|didn't|doesn't)(?!\w)",
)

# Rhetorical questions that carry a fact: "Is it normal to take 8 weeks to reply?" and "Did
# anyone even read my 12 years of Java experience?" say what happened, or what they bring.
_IS_IT_NORMAL = re.compile(
    r"^(?:so |and |but )?(?:is|was) (?:it|that|this) (?:really |actually )?(?:normal|standard"
    r"|acceptable|common|usual|okay|ok|fair|reasonable|professional|how you)(?: practice)?"
    r"(?: (?:for|of) (?P<who>(?:your|the|a|this|that) [\w' -]{2,30}?|you|anyone))? to"
    r" (?P<what>.+)$",
    re.IGNORECASE,
)
_READ_MY = re.compile(
    r"^(?:so |and |but )?(?:did|does|has|have|do|will) (?:anyone|anybody|you|your \w+|the \w+"
    r"|they|someone|somebody)(?: (?:on|in|at|from|of) (?:your|the|that) \w+)?(?: (?:even|actually"
    r"|ever|really|bother to))* (?:read|look(?:ed)? at|see|seen|check(?:ed)?|open(?:ed)?"
    r"|notice[d]?|consider(?:ed)?|glance[d]? at|enjoy(?:ed)?|like[d]?) (?P<what>my [^,?;]+)",
    re.IGNORECASE,
)
_TREATED = re.compile(
    r"^(?:so |and |but )?(?:is )?this (?:is )?how (?:you|your (?:company|team)|they)"
    r" treats? (?:someone|somebody|a candidate|an applicant|people|a person|anyone|me)"
    r"(?:,? (?:who|that) (?P<did>(?!(?:is|was|has|had|does|did)\b)\w+ .+)|,? with (?P<has>.+))$",
    re.IGNORECASE,
)
""""So this is how you treat someone who gave you 14 years?": what they gave or bring."""
_GAVE = {"give": "gave", "spend": "spent", "do": "did", "take": "took", "put": "put",
         "travel": "travelled", "prepare": "prepared", "apply": "applied", "wait": "waited",
         "work": "worked", "drive": "drove", "fly": "flew", "build": "built",
         "write": "wrote"}  # fmt: skip
_YEARS = re.compile(
    r"^my (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
    r"\+? (?:years?|yrs?)\b",
    re.IGNORECASE,
)


def reframe(question: str) -> str | None:
    """A rhetorical question that holds a fact, said as a calm statement; None otherwise."""
    text = question.strip().rstrip("?!. ")
    if m := _IS_IT_NORMAL.match(text):
        what = _calm_clauses(m["what"], facts_only=True)
        if not what or not has_fact(what):
            return None
        who = (m["who"] or "it").strip()
        who = "you" if who.lower() in {"you", "anyone"} else who
        return statement(f"I was surprised that {who} would {what}")
    if m := _TREATED.match(text):
        what = soften(m["did"] or m["has"])
        verb, _, rest = what.partition(" ")  # "people who give up 2 weekends": "I gave up ..."
        what = f"{_GAVE.get(verb.lower(), verb)} {rest}" if m["did"] else what
        said = f"I {what}" if m["did"] else f"I have {what}"
        return statement(said) if is_calm(said) and has_fact(what) else None
    if m := _READ_MY.match(text):
        what = soften(m["what"])
        if not what or not is_calm(what) or not has_fact(what):
            return None
        if _YEARS.match(what):
            return statement("I have " + what[3:])
        return statement(f"I'd like to point to {what}")
    return None


_ASKS_BACK = re.compile(
    r"(?i)^(?:(?:hey|oh|wow|so|seriously|wait|ok|okay)\b[\w ]{0,20}, )?(?:how|what|why|who|when"
    r"|where|so|since when|is|was|are|were|do|does|did|have|has|can|could)\b"
)
"""A question put to them ("how does the 'top candidate' get a rejection??"), not a statement of
theirs ending in marks ("I trained 30 teachers and I don't meet the 'criteria'??")."""
_ABOUT_ME_Q = re.compile(r"(?i)^(?:so |and |but )?(?:did|do|have|was|am) I\b(?! (?:still|ever)\b)")
_THANKS_ONLY = re.compile(r"(?i)^(?:thanks?|thank you)(?: (?:so much|truly|again|very much))?$")
_ADVERB_ONLY = re.compile(r"(?i)^(?:(?:very|so|really|quite|rather),? )*[a-z]+ly$")
_SPAN_LEAD = re.compile(
    r"(?i)^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:days|weeks"
    r"|months)\b"
)
_QUOTE_ONLY = re.compile(r"""^(['"]).{8,}\1[.!?]*$""")
_THANKS = re.compile(
    r"(?i)^(?:and |but |ok,? |okay,? )?(?:thanks|thank you|many thanks)(?: again)?(?: very much)?"
    r" for (?:the|your) (?:update|email|message|reply|response|note|time|call|interview"
    r"|opportunity|chance|consideration)s?[.!]?$"
    r"|^(?:thanks|thank you)(?: very much)? for (?:letting me know|getting back to me"
    r"|considering (?:me|my application)|your time)[.!]?$"
)
"""Thanks the person gives in earnest, for something plain; sarcastic thanks ("thanks for
nothing", "thanks for finally...", "thank you, truly, for teaching me...") do not match."""
_THANKS_FOR_NO = re.compile(
    r"(?i)^(?:ok,? |okay,? |so,? |well,? )?(?:thanks|thank you|cheers)(?: (?:so|very) much| a lot)?"
    r" for (?:the|your|nothing|that)(?: (?:[\w-]+ )?(?:rejection|no|news|ghosting|silence))?"
    r"(?:,? I guess)?[.!]?$"
)
"""Thanks for the rejection alone: said to sting, and no fact of theirs."""
_THANKS_FOR_NO_LEAD = re.compile(  # "Thanks for the rejection, I guess, though it ...": the rest
    _THANKS_FOR_NO.pattern.removesuffix(r"[.!]?$")
    + r"[,;:]\s*(?:I guess[,;]?\s*)?(?:though|but|although|and|yet)?,?\s*(?=\S+ \S+ \S+)"
)


@dataclass(frozen=True, slots=True)
class Parts:
    """The kept fact sentences and the polite asks, in the person's order."""

    facts: tuple[str, ...] = ()
    asks: tuple[str, ...] = ()
    thanks: str = ""
    """Their own calm thanks ("Thanks for the update."), kept as they said it."""
    calm_text: str = ""
    """Every calm clause of the draft, softened: where facts may still be looked for."""
    mocked: tuple[str, ...] = ()
    """The facts of its mocking sentences said plainly (`draft_mocked`): said again when the
    sentence that carried them has to go."""


def sentences(body: str) -> list[str]:
    """The draft split into sentences (abbreviations such as `Mr.` do not end one)."""
    guarded = _ABBREV.sub(lambda m: m.group(1) + "\x00", body)
    parts = (p.replace("\x00", ".").strip() for p in _SPLIT.split(guarded))
    return [q for p in parts for q in split_run_on(p) if q and re.search(r"\w", q)]


def _calm_clauses(text: str, *, facts_only: bool = True) -> str:
    """Only the clauses of `text` that are calm (and say something concrete), rejoined with
    their own joining words."""
    pieces = CLAUSE.split(before_harm(text))  # a threat goes with the rest of its sentence
    clauses = ["" if bare_insult(p, has_fact) else soften(p) for p in pieces[::2]]
    if facts_only and not any(has_fact(c) and is_calm(c) for c in clauses):
        return ""
    out = ""
    dropped = False
    for i in range(0, len(pieces), 2):
        clause = clauses[i // 2]
        joint = pieces[i - 1] if i else ""
        named = (
            len(clauses) > 1
            and len(clause.split()) == 1
            and clause[:1].isupper()
            and clause not in NOT_PROPER
        )
        if (
            not clause
            or _THANKS_ONLY.match(clause.strip(" ,.!"))
            or not (named or len(clause.split()) >= 2)
            or not is_calm(clause)
            or _ADVERB_ONLY.match(clause.rstrip("?!."))
            or joint.strip().lower() in {"unless", "or"}
            or clause.lower().rstrip("?!.") in out.lower()
        ):
            dropped = True
            continue
        if out:
            out += ", " if dropped or not joint.strip() else joint
        out += clause.rstrip("?!.")
        dropped = False
    return re.sub(r"(?i)\b(and|but|so|then) \1\b", r"\1", out)  # a joint and a softened lead


def _clean_parens(text: str) -> str:
    """Each aside in brackets keeps only its calm clauses (or goes, when none is left)."""

    def calm_aside(m: re.Match[str]) -> str:
        if is_calm(m.group(1)):
            return m.group(0)
        inside = _calm_clauses(m.group(1), facts_only=False)
        return f"({inside})" if inside else ""

    return squeeze(PARENS.sub(calm_aside, text))


def _fact_sentence(raw: str) -> str:
    """The calm version of a sentence that holds a fact, or "" when no calm part is left."""
    raw = _clean_parens(raw)
    text = soften(raw)
    if _QUOTE_ONLY.match(text):
        text = "Your message said: " + text.rstrip(".!?")
    if text and not goes_whole(raw, has_fact) and is_calm(text) and has_fact(text):
        return statement(text)
    return statement(_calm_clauses(raw)) if has_fact(text) else ""


def _merge_fragments(kept: list[str]) -> list[str]:
    """Verbless pieces ("After 4 interviews.") join the sentence before them, or each other."""
    out: list[str] = []
    for sentence in kept:
        if _EXPERIENCE_LEAD.match(sentence):
            sentence = "I have " + sentence[0].lower() + sentence[1:]
        if sentence.startswith("Because ") and "," not in sentence:  # the "why?" it answered went
            sentence = capitalise(sentence[len("Because ") :])
        fragment = _FRAGMENT_LEAD.match(sentence) is not None or not _has_subject(sentence)
        if fragment and out and echoes(sentence, out[-1]):
            continue  # "... citing 'budget constraints'. Budget constraints!" says it once
        if fragment and out:
            tail = sentence[0].lower() + sentence[1:] if not PROPER.match(sentence) else sentence
            out[-1] = out[-1].rstrip(".") + ", " + tail
        else:
            out.append(sentence)
    return [_framed(s) for s in out]


def _has_subject(sentence: str) -> bool:
    """Whether `sentence` has a subject, also when it opens with one ("It's now the 30th.")."""
    return bool(_SUBJECT.search(sentence) or _SUBJECT.search(sentence[:1].lower() + sentence[1:]))


def _framed(sentence: str) -> str:
    """A verbless sentence given a frame so it reads as a sentence, not a fragment."""
    if _has_subject(sentence):
        return sentence
    lowered = sentence[0].lower() + sentence[1:]
    if _SPAN_LEAD.match(sentence):
        return "It has been " + lowered
    if re.match(r"(?i)^(?:after|following)\b", sentence):
        return "This comes " + lowered
    return "For context: " + lowered


def is_english(text: str) -> bool:
    """Whether enough of the words are common English ones for the rules here to apply."""
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text.lower())
    return bool(words) and sum(w in _ENGLISH for w in words) / len(words) >= 0.12


_JOINT = re.compile(r"\s+(?:and then|and now|and|then|but|so|which|who|now)\s+", re.IGNORECASE)
"""Where a long sentence with no comma may be cut: before a word that joins two clauses."""


def _shorten(sentence: str) -> list[str]:
    """A sentence of at most `MAX_WORDS` words, cut after a comma where it can be; what follows
    the cut goes on as a sentence of its own (a fact late in a run-on is not lost)."""
    words = sentence.split()
    if len(words) <= MAX_WORDS:
        return [sentence]
    cut = " ".join(words[:MAX_WORDS])
    joints = list(_JOINT.finditer(cut, len(cut) // 2))
    if "," in cut[len(cut) // 2 :]:
        cut = cut[: cut.rfind(",")]
    elif joints:  # no comma: cut before a joining word, never inside a clause ("... which.")
        cut = cut[: joints[-1].start()]
    rest = sentence[len(cut) :].lstrip(",;: ")
    rest = re.sub(r"(?i)^(?:and then|and now|and|then|but|so|which|who|now)\s+", "", rest)
    rest = rest if is_calm(rest) else _fact_sentence(rest).rstrip(".")
    if len(rest.split()) < 3 or not has_fact(rest) or not is_calm(rest):
        return [cut.rstrip(",;: ") + "."]
    return [cut.rstrip(",;: ") + ".", *_shorten(statement(rest))]


def calm_parts(body: str) -> Parts:
    """The person's fact sentences (softened) and their asks (made polite), jabs left out.

    A draft that is not in English gives no parts: the rewrite then keeps only what the fact
    patterns recognise, rather than carrying over words the rules cannot read.
    """
    body = body[:MAX_CHARS]
    if not is_english(body):
        return Parts()
    kept: list[str] = []
    asks: list[str] = []
    calm: list[str] = []
    thanks = ""
    seen: set[str] = set()
    harsh: list[str] = []
    mocked: list[str] = []  # the facts of the sentence before, said plainly if it went
    plain: list[str] = []

    def keep_mocked() -> None:
        for said in mocked:
            if not carried(said, " ".join(kept + asks)):
                kept.append(said)
        mocked.clear()

    listing = False  # the lines after "Things I'd like:" are what they ask for, one a line
    for raw in salvaged_all(sentences(body)):
        keep_mocked()
        if listing and (ask := listed_ask(raw)) is not None:
            asks += [ask] if is_calm(ask) and ask not in asks else []
            continue
        if listing := opens_ask_list(raw):
            continue
        text = without_name_calls(tidy(without_barbs(raw)))
        text = capitalise(text[lead.end() :]) if (lead := _THANKS_FOR_NO_LEAD.match(text)) else text
        if not text or text.lower() in seen:
            continue
        mocked.extend(mocked_facts(raw))
        plain += mocked
        asking = text.endswith("?") and _ASKS_BACK.match(text) is not None
        if (
            mocked
            and (asking or mock_praise(text))
            and polite_ask(text) is None
            and covers(mocked, text, body.replace(raw, ""))
        ):
            continue  # "how does the 'top candidate' get a rejection??": only its facts stay
        seen.add(text.lower())
        calm.append((source := fact_source(text))[0])
        harsh += source[1]
        if _THANKS_FOR_NO.match(text):
            continue  # "Thanks for the rejection, I guess." thanks them for nothing
        if not thanks and _THANKS.match(text) and is_calm(text):
            thanks = statement(soften(text) or text)
            continue
        ask = polite_ask(soften(text)) or polite_ask(text)
        if ask is None and (split := trailing_ask(soften(text))) is not None:
            text, ask = split  # the statement is sorted below; the request is kept as an ask
            asks += [ask] if is_calm(ask) and ask not in asks else []
        elif ask is not None:
            asks += [ask] if is_calm(ask) and ask not in asks else []
            continue
        if text.endswith("?") and (said := reframe(text)) is not None:
            if said.startswith("I was surprised") and any("surprised" in k for k in kept):
                said = said.replace("I was surprised", "I was also surprised", 1)
            if said not in kept:
                kept += _shorten(said)
            continue
        if text.endswith("?") and _RHETORICAL.search(text) and not NUMBERISH.search(text):
            continue  # "Did anyone even read it?", "Who wrote that, a toddler?": nothing for them
        if text.endswith("?") and _ABOUT_ME_Q.match(text):
            continue  # "Did I sprout a second head?" is a jab at them, not a question
        sentence = (
            asked_fact(text) or _fact_sentence(text) or restate(before_harm(text)) or aside(text)
        )
        if kept and sentence.lower().startswith(kept[-1].lower().rstrip(".")):
            kept.pop()  # "Three months. Three months of waiting." says it once
        enough = len(sentence.split()) >= 2 or bool(AMOUNT_ONLY.match(sentence))  # "$612."
        if sentence and enough and sentence not in kept:
            kept += _shorten(sentence)
        if len(kept) >= MAX_SENTENCES and len(asks) >= 3:
            break
    keep_mocked()
    return Parts(
        facts=tuple(_merge_fragments(kept)[:MAX_SENTENCES]),
        asks=tuple(asks[:3]),
        thanks=thanks,
        calm_text=". ".join([c for c in calm if c] + not_named(harsh, " ".join(calm))),
        mocked=tuple(dict.fromkeys(plain)),
    )
