"""What the person asks of the employer, said politely: the request half of the rewrite.

`polite_ask(sentence)` recognises a request in an already tidied sentence and returns it as a
courteous ask that keeps its words: `tell me why` -> `Could you tell me why?`, `I want those
expenses refunded` -> `I'd be grateful to have those expenses refunded.`, `I want to know if it
will reopen` -> `Could you let me know if it will reopen?`, `would it kill you to send feedback`
-> `Could you send feedback?`, `whats the reason` -> `Could you tell me what the reason is?`,
`which direction pls` -> `Could you tell me which direction?`, `final answer please: yes or no`
-> `Could I please have a final answer: yes or no?`. Sentences that are already polite (`I'd
like...`, `Please...`, `What do I need to improve?`) pass through; anything that is not a request
returns None. `opens_ask_list` and `listed_ask` read a list of what they want ("Things I'd like:"
then "- my samples deleted"), each item asked for in its words.
"""

from __future__ import annotations

import re

from bot.safety.draft_asks_back import asked_back
from bot.safety.draft_tidy import capitalise, soften, squeeze

_I_WANT = (
    r"I(?:'m| am)? (?:really |still |also )?(?:want|need|expect|demand|deserve|require|insist on"
    r"|request|requesting|owed|would like|'d like|'d love|would love|'d appreciate"
    r"|would appreciate)"
)
_IMPERATIVE = re.compile(
    r"^(?:please |kindly |now |and )*(?P<verb>tell|give|send|reply|respond|answer|explain|confirm"
    r"|let me know|share|review|reconsider|consider|process|call|ring|get back|email|return"
    r"|delete|refund|reimburse|pay|forward|provide|clarify|update|reschedule|rebook|rearrange"
    r"|arrange|schedule)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_WANT_TO = re.compile(
    rf"^{_I_WANT} to (?P<verb>know|hear|understand|find out|see|learn|be told|get|have|be)\b"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
_WANT_YOU = re.compile(
    r"^I (?:really |still |also )?(?:want|need|expect|would like|'d like) (?:you|someone|somebody)"
    r" to (?P<rest>.+)$",
    re.IGNORECASE,
)
_WANT_NOUN = re.compile(rf"^{_I_WANT} (?P<rest>.+)$", re.IGNORECASE)
_DONE_TO = re.compile(
    r"\b(?:refunded|reimbursed|deleted|returned|back|in writing|removed|paid|sent|covered"
    r"|corrected|fixed|reviewed|confirmed|explained|clarified|forwarded|acknowledged"
    r"|reconsidered|passed on)\s*$",
    re.IGNORECASE,
)
_REFUND = re.compile(r"\b(?:refunded|reimbursed)\s*$", re.IGNORECASE)
_CAN_SOMEONE = re.compile(
    r"^(?:can|could|would|will) (?:someone|somebody|anyone|you|one of you)(?: please)? "
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
_YOU_D_LIKE = re.compile(
    r"^(?:if )?you(?:'d| would) (?:like|care|want|be willing) to (?P<rest>.+)$", re.IGNORECASE
)
_REVERT = re.compile(
    r"^(?:please |kindly )*revert(?: back)?(?: to me)?(?: with| on)? (?P<rest>.+?)"
    r"(?: at the earliest| asap| at your earliest)?$",
    re.IGNORECASE,
)
_WILL_DO = re.compile(
    r"^(?:just |a simple |even )?(?P<what>(?:an?|one|some) (?:simple )?[\w' -]{2,40}?)"
    r" (?:will|would|'ll) do$",
    re.IGNORECASE,
)
_CAN_A_PERSON = re.compile(
    r"^(?:can|could|would|will) (?P<who>a (?:human(?: being)?|real person|person|recruiter"
    r"|hiring manager))(?: please)? (?P<rest>.+)$",
    re.IGNORECASE,
)
_ANY_CHANCE = re.compile(
    r"^(?:any|is there (?:any|a)) chance (?:you|someone|somebody|anyone) (?:can|could|would"
    r"|might) (?P<rest>.+)$",
    re.IGNORECASE,
)
_MIND = re.compile(
    r"^(?:would you |do you |would anyone )?mind (?P<verb>telling|letting|giving|sending|explaining"
    r"|sharing|confirming) (?P<rest>.+)$",
    re.IGNORECASE,
)
""""Mind telling me what made the difference?": "Could you tell me what made the difference?"."""
_CAN_I = re.compile(r"^(?:can|could|may) (?P<who>I|we) (?P<rest>.+)$", re.IGNORECASE)
_WOULD_IT_KILL = re.compile(
    r"^(?:would|will) it (?:kill|hurt) (?:you|anyone|someone)(?: people)? to (?P<rest>.+)$",
    re.IGNORECASE,
)
_REASON_Q = re.compile(
    r"^(?:so )?(?:what(?:'s|'s| (?P<be>is|was|were))) (?P<rest>the (?:(?:deciding|main|key|real"
    r"|actual|biggest) )?(?:reasons?|problems?|issues?|decision|factors?|difference|concerns?)"
    r"\b.*)$",
    re.IGNORECASE,
)
_WHY_ALONE = re.compile(r"^(?:so |and |but )?(?:why|how come)\W*$", re.IGNORECASE)
_BARE_Q = re.compile(
    r"^(?P<q>(?:which|what|who|when|where|how)\b[\w' -]{2,50}?),? (?:please|pls|plz)$",
    re.IGNORECASE,
)
_WHO_DID = re.compile(
    r"^(?P<q>(?:who|which (?:person|people|manager|team)) (?:made|took|decided|reviewed|assessed"
    r"|rejected|signed off|turned down|read|marked|scored)\b[\w' ,-]{2,80})$",
    re.IGNORECASE,
)
"""A plain question about who decided, typed without its question mark ("who made the decision
and why"): the word order already suits "Could you tell me ..."."""
_UNCOUNTED = frozenset("feedback advice information help clarity closure guidance".split())
_NOUN_PLEASE = re.compile(
    r"^(?P<what>(?!(?:i|you|we|they|it|this|that)\b)(?:an? |the |some |your |my )?[\w' -]{2,40}?)"
    r",? (?:please|pls|plz)(?:[:,] (?P<rest>.{2,60}))?$",
    re.IGNORECASE,
)
_POLITE = re.compile(
    r"^(?:I(?:'d| would) (?:(?:still|also|really|genuinely|truly|sincerely) )?(?:like|love"
    r"|appreciate|be grateful|welcome)(?! to (?:say|add|point out|note|mention|remind|stress"
    r"|make (?:it )?clear|think|believe)\b)"
    r"|please\b|could you|would you|may I|is there|is it possible"
    r"|what (?:do|can|could|should|would) I\b|where did I|how (?:can|could) I\b)",
    re.IGNORECASE,
)
_GENUINE_Q = re.compile(
    r"^(?:why (?:was|were|did|didn't|wasn't|am|is|has)\b(?! I (?:even )?(?:bother|waste))"
    r"|is the (?:[\w-]+ ){0,3}(?:role|position|job|vacancy)"
    r"|am I still|was the (?:role|position|job)|will (?:the|it)|when (?:will|can|should)"
    r"|what (?:exactly |actually |specifically )?(?:went wrong|changed|happened"
    r"|are the next steps)|what (?:am|was) I (?:missing|lacking|doing wrong)"
    r"|what did I (?:miss|do wrong|get wrong)"
    r"|which (?:[a-z-]+ )?(?:part|parts|skills?|areas?|criteri(?:on|a)|requirements?|answers?"
    r"|questions?|sections?|stage)\b(?! of (?:this|your) (?:circus|joke|mess))"
    r"|what (?:did|do|does) (?:the|your|my) (?:panel|interviewers?|team|manager|reviewers?"
    r"|assessors?)\b|was (?:a human|a person|anyone|someone) involved\b"
    r"|who (?:do|should|can|could) I (?:even )?(?:speak|talk|write|go|turn|reach out|complain)\b)",
    re.IGNORECASE,
)
_AND_I_WANT = re.compile(
    rf",? (?:and|so) (?={_I_WANT})|,? so (?=(?:can|could|would|will) (?:you|someone|somebody)\b)"
    r"|,? (?:and|so) (?=(?:please |just |kindly |at least )*(?:tell|explain|let me know|send|give"
    r"|share|confirm|reply|respond|answer)\b)|, (?=please (?:just )?(?:tell|explain|let me know"
    r"|send|give|share|confirm|reply|respond|answer)\b)"
    r"|,? (?=unless (?:someone|somebody|you|anyone) \w+s? )"
    r"|(?<=\)), (?=I(?:'d| would) like\b)|(?<=\w), (?=I(?:'d| would) like (?:it|this|that|them)\b)"
    r"|(?<=\w), (?=I (?:still |also |really )?(?:expect|want|need|demand|insist on|request)"
    r" (?:at least |at the very least )?(?:an?|some|the|my|to)\b)",
    re.IGNORECASE,
)
_TRAILING_OR = re.compile(
    r",?\s*\bor (?:(?:did|do|does|are|were|was|is|have|has|will) you\b|else\b|I\b|I'(?:ll|m)\b"
    r"|we\b|my (?:lawyer|solicitor)\b).*$|,?\s*\b(?:otherwise|failing (?:that|which))\b.*$"
    r"|,\s*(?:and )?not (?:your|another|some|more|the|a|an|just)\b.*$"
)
"""A tail after the request that only asks back or threatens ("or I go to small claims")."""
_UNLESS = re.compile(
    r"^unless(?:,? of course,?)? (?:someone|somebody|you|anyone) (?P<verb>explain|tell|give|send"
    r"|confirm|share|pay)s? (?P<rest>.+)$",
    re.IGNORECASE,
)
_EXPLAIN_YOURSELF = re.compile(
    r"^(?:(?:now|so|then|please|just),? )*(?:explain|justify) (?:yourself|yourselves|it|this|that"
    r"|this decision|that decision|the decision|your decision)(?: to me)?(?: (?:now|please))?$",
    re.IGNORECASE,
)
"""A demand to account for the decision ("Explain yourselves.", "Justify it."): the polite ask
keeps the verb's sense and names the decision, not the people."""
_YOU_OWE_ME = re.compile(
    r"^(?:you|they|the company|your company|your team|someone) (?:still )?(?:owe|owes) me"
    r" (?:at least |at the very least )?(?P<what>(?:an? |some |the )?(?:honest |proper |real "
    r"|straight |clear |written )?(?:explanation|answer|reply|response|feedback|reason"
    r"|update|decision))(?P<rest>(?: (?:on|about|for|as to) [\w' -]{2,60})?)$",
    re.IGNORECASE,
)
"""A demand worded as a debt ("You owe me an explanation"): asked for, not claimed."""
_WHERE_IS = re.compile(
    r"^(?:so |and |but |then )?where(?:'s| is| are) (?P<what>(?:my|the) [\w' ,-]{2,80}?)(?: now)?$",
    re.IGNORECASE,
)
""""Where is my COBRA paperwork?": asked as the status of what they are owed."""
_OR_NOT = re.compile(
    r"^(?:so |and |but )?(?P<q>(?:did|does|do|has|have|is|was|were|are|will) (?:anyone|anybody"
    r"|someone|somebody|you|your \w+|the \w+|[A-Z]\w+)\b[\w' ,-]{3,80}?),? or not$",
    re.IGNORECASE,
)
"""A yes/no question with "or not" ("Did anyone review my code or not?") is a fair question."""
_WOULD_BE = re.compile(
    r"^(?P<what>(?:an?|some|the|any|one) [\w' -]{2,60}?) would (?:still |also |really )?"
    r"(?P<when>have been|be) (?:(?:very|really|much|greatly) )?(?:appreciated|nice|helpful"
    r"|welcome|good|great|lovely|decent)(?P<still>[,;] (?:and )?it (?:still )?would (?:still )?be"
    r"(?: now| too)?)?$",
    re.IGNORECASE,
)
"""A wish said of the thing ("A reply would still be appreciated", "A short reply would have
been nice; it still would be"): asked for; a wish only for the past is said as one."""
_ANY_NEWS = re.compile(
    r"^(?:so,? |and |but )?any (?P<what>(?:updates?|news|feedback|word|response|reply)"
    r"(?: (?:on|about|regarding) [\w' -]{2,60})?)$",
    re.IGNORECASE,
)
""""Any update?": asked for plainly."""
_A_AN = re.compile(r"\ba (?=(?:answer|explanation|email|honest|update|apology|hour|offer)\b)")


def _finish(text: str, question: bool) -> str:
    text = _A_AN.sub("an ", squeeze(text.rstrip("?!. ")))
    if question:
        text = re.sub(r", (?=(?:am|is|are|was|were|will|do|did|has|have) I\b)", ": ", text)
    text = re.sub(r"\b(?:still|also) (?=(?:like|love|want|need))", "", text)
    return capitalise(squeeze(text)) + ("?" if question else ".")


_LEAST = re.compile(
    r"^the least (?:you|they|anyone|someone|your team) could (?:do|have done) (?:is|was|would be)"
    r" (?:to )?(?P<rest>.+)$",
    re.IGNORECASE,
)


def _one(text: str) -> str | None:
    text = _TRAILING_OR.sub("", squeeze(text)).rstrip("?!. ,")
    text = re.sub(r"(?i)\b(explain|justify) (?:yourself|yourselves)\b", r"\1 the decision", text)
    text = re.sub(r"^[A-Z][a-z]+, (?=(?:I|please|can|could|would|tell|give|send)\b)", "", text)
    if re.match(r"(?i)^either ", text) and (" or " in text or _IMPERATIVE.match(text[7:])):
        text = text[7:]  # "either pay me or ...", "Either reply by Friday" (its threat cut)
    if not text:
        return None
    if m := _UNLESS.match(text):  # "Unless someone explains why the offer was pulled"
        return _finish(f"Could you {m['verb'].lower()} {m['rest']}", question=True)
    if m := _LEAST.match(text):  # "The least you could do is tell me what went wrong"
        return _finish("Could you " + m["rest"], question=True)
    if _EXPLAIN_YOURSELF.match(text):
        return "Could you explain the decision?"
    if m := _YOU_OWE_ME.match(text):
        what = m["what"].strip()
        if what.split()[0].lower() not in {"a", "an", "some", "the"}:
            what = ("some " if what.lower() == "feedback" else "an ") + what
        return _finish(f"I'd be grateful for {what}{m['rest']}", question=False)
    if m := _WHERE_IS.match(text):
        return _finish("Could you let me know the status of " + m["what"], question=True)
    if m := _OR_NOT.match(text):
        q = re.sub(r"(?i)\b(?:even|ever|actually|really) ", "", m["q"])
        return capitalise(squeeze(_A_AN.sub("an ", q))) + " or not?"
    if m := _WOULD_BE.match(text):
        what = m["what"][0].lower() + m["what"][1:]
        if m["when"].lower() == "have been" and not m["still"]:
            return _finish(f"I would have appreciated {what}", question=False)
        return _finish(f"I'd be grateful for {what}", question=False)
    if m := _ANY_NEWS.match(text):
        return _finish(f"I'd be grateful for any {m['what']}", question=False)
    if _WHY_ALONE.match(text):
        return "Could you tell me why?"
    if m := _WOULD_IT_KILL.match(text):
        return _finish("Could you " + m["rest"], question=True)
    if said := asked_back(text):  # "How hard is it to tell me why?": the ask, said plainly
        return said
    if m := _REASON_Q.match(text):
        return _finish(f"Could you tell me what {m['rest']} {m['be'] or 'is'}", question=True)
    if m := _BARE_Q.match(text):  # "which direction pls"
        return _finish("Could you tell me " + m["q"], question=True)
    if m := _WHO_DID.match(text):
        return _finish("Could you tell me " + m["q"], question=True)
    if (m := _NOUN_PLEASE.match(text)) and not _IMPERATIVE.match(text):  # "Feedback please"
        what = m["what"].strip()
        what = what[0].lower() + what[1:]
        if what.split()[0] in _UNCOUNTED:
            what = "some " + what
        elif not re.match(r"(?i)(?:an?|the|some|your|my|any)\b", what):
            what = ("an " if what[:1] in "aeiou" else "a ") + what
        rest = f": {m['rest']}" if m["rest"] else ""
        return _finish(f"Could I please have {what[0].lower() + what[1:]}{rest}", question=True)
    if m := _YOU_D_LIKE.match(text):
        return _finish("Could you " + m["rest"], question=True)
    if m := _REVERT.match(text):
        rest = m["rest"]
        if not re.match(r"(?i)(?:the|a|an|your|my|some|any|more)\b", rest):
            rest = "the " + rest
        return _finish("Could you get back to me with " + rest, question=True)
    if m := _CAN_A_PERSON.match(text):
        return _finish(f"Could {m['who']} please {m['rest']}", question=True)
    if m := _WILL_DO.match(text):
        return _finish(capitalise(m["what"]) + " would be helpful", question=False)
    if m := _MIND.match(text):
        verb = m["verb"].lower()[:-3] + ("e" if m["verb"].lower() in {"giving", "sharing"} else "")
        verb = {"lett": "let"}.get(verb, verb)
        return _finish(f"Could you {verb} {m['rest']}", question=True)
    if m := _ANY_CHANCE.match(text):
        return _finish("Could you " + m["rest"], question=True)
    if m := _CAN_SOMEONE.match(text):
        return _finish("Could you " + m["rest"], question=True)
    if m := _CAN_I.match(text):
        return _finish(f"Could {m['who']} {m['rest']}", question=True)
    if _POLITE.match(text):
        question = bool(re.match(r"(?i)^(?:could|would|may|is|what|where|how)\b", text))
        return _finish(text, question=question)
    if m := _WANT_YOU.match(text):
        return _finish("Could you " + m["rest"], question=True)
    if m := _WANT_TO.match(text):
        if m["verb"].lower() in {"know", "hear", "find out", "learn", "be told"}:
            return _finish("Could you let me know" + m["rest"], question=True)
        return _finish(f"I'd like to {m['verb']}{m['rest']}", question=False)
    if m := _WANT_NOUN.match(text):
        rest = m["rest"].strip()
        if _DONE_TO.search(rest):
            ask = _finish("I'd be grateful to have " + rest, question=False)
            if m := _REFUND.search(rest):
                noun = "refund" if m.group(0).lower().startswith("ref") else "reimbursement"
                ask += f" Please let me know how to claim the {noun}."
            return ask
        if rest.lower().startswith("to "):  # "I want to talk to the manager"
            return _finish("I'd like " + rest, question=False)
        return _finish("I'd be grateful for " + rest, question=False)
    if m := _IMPERATIVE.match(text):
        if text.lower().startswith("please"):
            return _finish(text, question=False)
        return _finish("Could you " + m["verb"].lower() + m["rest"], question=True)
    if _GENUINE_Q.match(text):
        return _finish(re.sub(r"(?i)\b(?<=I )even ", "", text), question=True)
    return None


_AFTER_COLON = re.compile(
    r"^[^:]{3,80}:\s+(?P<q>(?:what|why|how|where|which|who|when|whether)\b[^:]{3,120}?)\??$",
    re.IGNORECASE,
)


def polite_asks(sentence: str) -> list[str]:
    """Every request in `sentence` ("..., and I want to know...") made polite, in order."""
    if (m := _AFTER_COLON.match(sentence.strip())) and sentence.rstrip().endswith("?"):
        return [_finish("Could you tell me " + m["q"], question=True)]  # "one thing: why?"
    out = []
    for piece in _AND_I_WANT.split(sentence):
        ask = _one(piece)
        if ask is None:
            return []  # part of it is not a request: treat the sentence as a statement
        out.append(ask)
    return out


def polite_ask(sentence: str) -> str | None:
    """The request in `sentence` said politely, or None when it is not a request."""
    asks = polite_asks(sentence)
    return " ".join(asks) if asks else None


def trailing_ask(sentence: str) -> tuple[str, str] | None:
    """A statement followed by a request in one sentence ("this is a shambles and I expect an
    answer about the role"): the statement, and the request said politely; None otherwise."""
    pieces = _AND_I_WANT.split(sentence.strip(), maxsplit=1)
    if len(pieces) < 2 or (ask := polite_ask(pieces[1])) is None:
        return None
    return pieces[0].rstrip(" ,;") + ".", ask


_ASK_LIST = re.compile(
    r"(?i)\b(?:I(?:'d| would) (?:like|appreciate)|I (?:want|need|expect|request)|I(?:'m| am) asking"
    r" for|my (?:requests|asks)|what I(?:'m| am) asking for|what I want)\b[^:]{0,60}:\s*$"
)
_BULLET = re.compile(r"^\s*(?:[-•*·]|\d+[.)])\s+(?P<item>\S.*?)[.;]?$")


def opens_ask_list(line: str) -> bool:
    """Whether `line` opens a list of what they ask for ("Things I'd like, since you owe me:")."""
    return _ASK_LIST.search(line) is not None


def listed_ask(line: str) -> str | None:
    """A list item under such a line ("- my writing samples deleted") asked for in its words
    ("I'd like my writing samples deleted."); None when `line` is no list item."""
    item = _BULLET.match(line)
    return polite_ask("I'd like " + soften(item["item"])) if item else None
