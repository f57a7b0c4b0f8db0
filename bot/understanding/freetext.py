"""What a typed message is when it does not answer the waiting question.

People in distress write rather than tap. A message that matches no option is read here before
anyone is told "I didn't quite get that":

- `reads_as_draft(text)`: a message to the employer pasted in (a greeting such as "Hi Sam," on
  its first line, or a sign-off such as "Regards" on its last, and at least `DRAFT_WORDS` words).
- `pasted_draft(text)`: that draft, also when words come before it ("im sending it. here:
  Dear Sam, ...") or it is quoted; never the employer's own message quoted ("they wrote: ...").
- `without_lead_in(text)`: a draft typed where one is asked for, without a few words before
  its greeting ("ok fine: Hi Jenna, ..." is "Hi Jenna, ...").
- `reads_as_venting(text)`: someone letting it out. The rule: at least `VENT_WORDS` words and
  either a feeling word from the feelings lexicon, or at least two sentences, or at least
  `LONG_WORDS` words. Shorter messages ("pretty bad honestly", "the second one") are left to the
  repair re-ask, which names the options. In the middle of a vent ("Do you want to keep going?")
  `VENT_WORDS_WHILE_VENTING` words are enough: more words there are more venting.
- `reads_as_leaving(text)`: "bye", "thanks bye", "that's all", "gtg", "ok goodnight", "heading
  to bed", "adiós": the person is done.
- `reads_as_thanks(text)`: "thanks", "ok cool", "thank you so much": closing words, when nothing
  is waiting for an answer.
- `reads_as_lost(text)`: "que? i dont understand", "sorry my english is not good", "what is
  this": the question needs saying again in plainer words.
- `reads_as_hopeless(text)`: "is there a point to any of this", "why do i even bother", "i give
  up", "¿para qué?": a heavy feeling, met kindly, never with "I didn't quite get that".
- `reminder_when(text)`: the day in "remind me monday to send the follow up", if any;
  `asks_reminder(text)`: it asks for a reminder or check-in at all ("can you check in",
  "i asked for a check in", "ping me"), whatever the day.

Plain patterns over folded text: predictable, explainable, and fast.
"""

from __future__ import annotations

import re
import unicodedata

from bot.primitives.text import fold
from bot.primitives.turn_memo import within_turn_numbers_kept
from bot.understanding.feelings import Lexicon

VENT_WORDS = 8
VENT_WORDS_WHILE_VENTING = 4
LONG_WORDS = 20
DRAFT_WORDS = 12

_GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^\n]{0,40}[,!:\n]"
)
_GREETING_LINE = re.compile(r"^(?:hi|hello|hey|dear)\s+\w[\w .'-]{0,30}[,!:]?\s*$")
_SIGN_OFF = re.compile(
    r"(?:^|\n)\s*(?:kind |best |warm )?(?:regards|best|thanks|thank you|sincerely|cheers|"
    r"all the best|best wishes)\b[^\n]{0,40}(?:\n[^\n]{0,40}){0,2}\s*$"
)
_SENTENCE_END = re.compile(r"[.!?…]+(?:\s|$)|\n+")
_THANKS_WORDS = (
    r"(?:thanks?(?: (?:so|very) much| a lot| again| for (?:listening|the help|your help|"
    r"everything|this|that))?|thank you(?: (?:so|very) much| again| for (?:listening|the help|"
    r"your help|everything|this|that))?|thx|ty|tysm|cheers|ta|gracias(?: por todo)?|"
    r"muchas gracias)"
)
_LEAVING = re.compile(
    r"^(?:(?:ok(?:ay)?|k|oh ok|right|well|cool|alright|great|anyway|anyways|so|lol|ugh|"
    r"nah|no|nope|yeah|yep|yes|honestly|i think|bueno|vale|ok ya|listo|pues|"
    # "ya no quiero más pasos, es todo por hoy": no more of this, then the goodbye
    r"(?:ya )?no quiero (?:mas|más) (?:pasos|preguntas|nada)|"
    r"no more (?:steps|questions)|i (?:dont|don'?t) want (?:any )?more (?:steps|questions)|"
    + _THANKS_WORDS
    + r")[,.! ]+)*"
    r"(?:bye(?: bye)?|byee+|goodbye|i'?m out|im out|peace(?: out)?|"
    r"good bye|see (?:you|ya)(?: later| tomorrow)?|cya|later|"
    r"that'?s all(?: for now| for today)?|thats it(?: for now)?|that'?s it for now|"
    r"that'?s enough(?: for (?:now|today|tonight))?|"
    r"got ?ta go|gotta run|have to go|i have to go|i need to go|i'?m off|im off|"
    r"gtg|g2g|gn|gnight|nite|good ?night|night(?: night)?|ttyl|talk (?:to you )?later|"
    r"i'?m done(?: for (?:now|today|tonight))?|done for (?:now|today|tonight)|"
    r"(?:i'?m |im )?(?:going|off|heading) to (?:bed|sleep)|(?:i'?m |im )?logging off|"
    r"adios|adiós|chao|chau|hasta (?:luego|mañana|manana|pronto)|buenas noches|"
    r"me (?:voy|tengo que ir)(?: a dormir)?|ya me voy(?: a dormir)?|"
    r"(?:ya estuvo|ya fue|(?:es|eso es) todo) por (?:hoy|ahora|esta noche)|por hoy es todo|"
    r"ya (?:es )?suficiente|(?:es )?suficiente por (?:hoy|ahora|esta noche)|"
    r"hasta aqui(?: por (?:hoy|ahora))?|ya termine(?: por (?:hoy|ahora))?)"
    r"(?:[,.! ]+(?:thanks?|thank you|ty|for now|for today|for tonight|bye|x+|"
    r"por (?:hoy|ahora|esta noche)|" + _THANKS_WORDS + r"))*"
    r"[ .!x]*$"
)
_THANKS = re.compile(
    r"^(?:(?:ok(?:ay)?|k|oh ok|cool|alright|great|nice|perfect|right|got it|will do|"
    r"sounds good|that helped|that helps|" + _THANKS_WORDS + r")[,.! ]*)+"
    r"(?:[:;]-?\)|<3)?[ .!x]*$"
)
_LOST_END = re.compile(
    r"(?<!\w)i (?:do not|don'?t|dont|didn'?t|didnt|no) (?:understand|get it|get you|get that|"
    r"comprendo|entiendo)(?: (?:you|this|that|it|the question|what you mean|what you said))?"
    r"[\s?.!]*$"
)
_LOST = re.compile(
    r"(?<!\w)(?:"
    r"(?:my )?english (?:is|isn'?t|isnt) (?:not )?(?:good|very good|great|bad|so good)|"
    r"(?:sorry,? )?(?:my )?bad english|not (?:a )?native|"
    r"what (?:is|does) (?:this|that|it) mean|what do you mean|wdym|what u mean|what (?:is )?mean|"
    r"what is this|what's this|whats this|"
    r"^\W*(?:que|qué|como|cómo)(?: (?:dices|significa|quieres decir))?\W*(?:$|i )|"
    r"no entiendo|no comprendo|pardon|huh|i'?m confused|im confused|"
    r"too (?:hard|complicated|difficult) to understand|simpler please|in simple words)(?!\w)"
)
_REMIND = re.compile(
    r"(?<!\w)(?:remind me|reminder|check on me|check up on me|check in on me|check in with me|"
    r"message me|ping me|text me|write to me|"
    # "can you check in next tuesday", "i asked for a check in", "a check-in on friday"
    r"(?:(?:can|could|would|will) you (?:please |just )?|(?:a|1|for|please|pls|to|want|need|"
    r"like|another) )"
    r"check[ -]?in(?! at| for| with))"
)
_DAYS = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
_RELATIVE = {
    "tomorrow": "tomorrow",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "next week": "next week",
}


def _said(text: str) -> str:
    return fold(text.replace("’", "'")).strip()


def words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text)


def sentences(text: str) -> int:
    """How many sentences `text` has (at least one when it has words)."""
    parts = [p for p in _SENTENCE_END.split(text.strip()) if p and words(p)]
    return max(1, len(parts)) if words(text) else 0


def reads_as_draft(text: str) -> bool:
    """A message to the employer, pasted in: addressed at the top or signed off at the bottom."""
    body = text.strip()
    if len(words(body)) < DRAFT_WORDS:
        return False
    lowered = fold(body)
    first_line = lowered.split("\n", 1)[0].strip()
    greeted = bool(_GREETING.match(lowered)) or bool(_GREETING_LINE.match(first_line))
    signed = bool(_SIGN_OFF.search(lowered))
    if greeted and signed:
        return True
    if greeted or signed:
        return "\n" in body or len(words(body)) >= LONG_WORDS
    return False


_LEAD_IN = re.compile(
    r"(?:^|[\s.,;!])(?:here(?:'s| is)?(?: it| (?:the|my) (?:draft|email|message|reply|note)|"
    r" what i (?:wrote|have|want to send|am sending|'?m sending))?"
    r"|this is (?:what i (?:wrote|have|want to send)|my (?:draft|email|message|reply|note))"
    r"|i (?:wrote|have written|'?ve written)(?: this| them| to them| back)?"
    r"|my (?:draft|reply|email|message|note)(?: is| to them)?|draft|aqui (?:esta|va)|mi borrador"
    r"|(?:esto es )?lo que (?:escribi|les (?:voy a )?mand(?:e|o|ar)))\s*:\s*"
)
"""Words that introduce a draft the person pasted after them ("im sending it. here: Dear Sam")."""
_QUOTED = re.compile(r"[\"“”«]([^\"“”«»]{20,})[\"“”»]")
_THEIRS = re.compile(
    r"(?<!\w)(?:they|he|she|hr|the recruiter|the company|the manager|their|his|her|"
    r"ellos|ella|el reclutador|la empresa)(?: \w+){0,2} (?:wrote|sent|said|emailed|replied|"
    r"messaged|told me|email|message|reply|escribieron|mandaron|dijeron|respondieron)(?!\w)"
)
"""Words that say the text after them is the employer's, not the person's draft."""
_TO_THEM = re.compile(r"(?<!\w)(?:you|your|u|ur|usted|ustedes|su|les|gracias|thanks|thank)(?!\w)")
"""Words of a message addressed to them: a bare "here:" needs one before what follows is a draft
("i need to vent here: it's so unfair" is no draft)."""
LEAD_IN_WORDS = 6
"""A draft introduced by name ("here:") may be this short."""


def _folded_in_place(text: str) -> str:
    """`text` in lower case without accents, each character where it was (so a match's place is
    its place in `text`)."""
    out = []
    for c in text.replace("’", "'"):
        plain = unicodedata.normalize("NFKD", c)[:1].lower()[:1]
        out.append(plain if plain else c)
    return "".join(out)


def pasted_draft(text: str) -> str | None:
    """The draft in a message that holds one: after words introducing it ("calm down i guess
    but im sending it. here: Dear Sam, ..."), a letter in quotes ("this is it: “Hi Sam, ...”"),
    or the whole message when it reads as one (`reads_as_draft`); None when there is none or it
    is the employer's own message ("they wrote: Dear Alex, ...")."""
    lead = _LEAD_IN.search(_folded_in_place(text))
    if lead is not None:
        before, body = text[: lead.start()], text[lead.end() :].strip(" \n\"“”«»'")
        bare = lead.group().strip(" .,;!:") in ("here", "aqui esta", "aqui va")
        to_them = reads_as_draft(body) or _TO_THEM.search(fold(body)) is not None
        if (
            len(words(body)) >= LEAD_IN_WORDS
            and (to_them or not bare)
            and not _THEIRS.search(fold(before.replace("’", "'")))
        ):
            return body
    quoted = _QUOTED.search(text)
    if quoted is not None and reads_as_draft(quoted.group(1)):
        if not _THEIRS.search(fold(text[: quoted.start()].replace("’", "'"))):
            return quoted.group(1).strip()
    return text.strip() if reads_as_draft(text) else None


_GREETED_AFTER = re.compile(
    r"^(?P<lead>[^\n:.!?;,\-–—]{1,50}?)\s*(?P<sep>[:.!?;,\-–—]+\s*|\n\s*)"
    r"(?=(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hola|estimad[oa]s?|"
    r"buen(?:os|as)? (?:dia|dias|tardes|noches))\b[^\n]{0,40}[,!:\n])"
)
"""A few words before the draft's own greeting ("ok fine: Hi Jenna, ...")."""
PLAIN_LEAD_WORDS = 3
"""A lead-in ended by a full stop or comma ("ok fine. Hi Jenna") is this short at most."""
_LEAD_GREETING = re.compile(r"(?<!\w)(?:hi|hello|hey|dear|hola|estimad[oa]s?)(?!\w)")


def without_lead_in(text: str) -> str:
    """`text` without the few words (at most `LEAD_IN_WORDS`) typed before its greeting
    ("ok fine: Hi Jenna, ..." is "Hi Jenna, ..."); `text` itself when there are none."""
    folded = _folded_in_place(text.lstrip())
    lead = _GREETED_AFTER.match(folded)
    if lead is None:
        return text
    before = lead.group("lead")
    named = lead.group("sep").strip() in ("", ":") or lead.group("sep").strip()[0] in "-–—"
    if len(before.split()) > (LEAD_IN_WORDS if named else PLAIN_LEAD_WORDS):
        return text  # after "ok." or "fine," only a word or three are a lead-in
    if _LEAD_GREETING.search(before) or (not named and _TO_THEM.search(before)):
        return text  # "Thanks for the email. Hi again": the draft's own first words
    return text.lstrip()[lead.end() :]


def reads_as_venting(text: str, *, min_words: int = VENT_WORDS) -> bool:
    """Someone letting it out (see the module docstring for the rule)."""
    count = len(words(text))
    if count < min_words:
        return False
    if min_words < VENT_WORDS or count >= LONG_WORDS or sentences(text) >= 2:
        return True
    return bool(Lexicon.load().read(text).feelings)


_SPACES = re.compile(r"\s+")
_LAST = re.compile(r"[.!\n]+\s*")
_PARTS = re.compile(r"[.!,;\n]+\s*")


@within_turn_numbers_kept
def reads_as_leaving(text: str) -> bool:
    """The person is saying goodbye ("bye", "thanks bye", "that's all", "gotta go"), alone or
    as the last sentence of a short message ("thanks for listening i guess. bye"); read once a
    turn."""
    said = _SPACES.sub(" ", _said(text))
    if len(said) <= 40 and _LEAVING.match(said):
        return True
    if len(said) > 160 or "?" in said:
        return False
    last = _LAST.split(said.strip(" .!"))[-1]
    if 0 < len(last) <= 40 and last != said and bool(_LEAVING.match(last)):
        return True
    return _all_closing(said)


_HEDGE_END = re.compile(r"\s+(?:i guess|i suppose|anyway|anyways|lol|i think|tho|though)$")


def _all_closing(said: str) -> bool:
    """Every part of a short message closes ("im done, going to bed. thanks i guess"): goodbyes
    and thank-yous only, at least one goodbye."""
    parts = [_HEDGE_END.sub("", p) for p in _PARTS.split(said.strip(" .!,")) if p]
    if len(parts) < 2:  # one part is not "every part closes"; most messages stop here
        return False
    leaving = [bool(_LEAVING.match(p)) for p in parts]
    closing = all(go or bool(_THANKS.match(p)) for p, go in zip(parts, leaving, strict=True))
    return len(parts) > 1 and any(leaving) and closing


def reads_as_thanks(text: str) -> bool:
    """Closing words with nothing asked ("thanks", "ok cool", "thank you so much")."""
    said = _SPACES.sub(" ", _said(text))
    return len(said) <= 60 and bool(_THANKS.match(said))


def reads_as_lost(text: str) -> bool:
    """The person did not understand the question ("que? i dont understand")."""
    said = _said(text)
    if len(words(said)) > 12:
        return False
    return bool(_LOST.search(said) or _LOST_END.search(said))


def asks_reminder(text: str) -> bool:
    """`text` asks for a reminder or a check-in ("remind me", "check on me", "ping me", "can
    you check in", "i asked for a check in"), whatever the day."""
    return bool(_REMIND.search(_said(text)))


def reminder_when(text: str) -> str | None:
    """The day a free-form reminder asks for ("monday", "tomorrow"), or None if it is not one."""
    said = _said(text)
    if not _REMIND.search(said):
        return None
    for day in _DAYS:
        if re.search(rf"(?<!\w){day[:3]}(?:{day[3:]})?(?!\w)", said):
            return day
    for phrase, when in _RELATIVE.items():
        if re.search(rf"(?<!\w){phrase}(?!\w)", said):
            return when
    return None


_HOPELESS = re.compile(
    r"(?<!\w)(?:(?:is there|whats|what'?s|what is|wheres|where is|theres|there'?s) "
    r"(?:even |really )?"
    r"(?:a |the |any )?point(?: (?:to|in|of) (?:any of (?:this|it)|all (?:of )?(?:this|it)|"
    r"anything|it all|trying|even trying|this|me|going on|carrying on))?(?: anymore| honestly)?"
    r"(?=\s*(?:$|[,.!?;:]))"
    r"|(?:no|any) point (?:in|to) (?:any|all|anything|trying|even|this|it)"
    r"|why (?:do i|should i|would i|even|am i even) (?:even )?(?:bother|try|keep (?:trying|going))"
    r"|i give up|giving up on (?:everything|it all)|(?:it'?s|its|this is|all) (?:all )?"
    r"(?:pointless|hopeless|useless)|nothing (?:i do )?(?:even )?matters"
    r"|(?:para|de) que (?:sirve|me sirve|sigo|lo intento|intentarlo)|para que(?: todo esto)?\W*$"
    r"|(?:ya )?no tiene (?:sentido|caso)|me rindo|nada (?:de esto )?(?:tiene sentido|importa)"
    r")(?!\w)"
)


def reads_as_hopeless(text: str) -> bool:
    """Whether the message says it all seems pointless (see the module docstring)."""
    return _HOPELESS.search(_said(text)) is not None
