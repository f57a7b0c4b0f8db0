"""An ask said as a sarcastic question, said plainly: "How hard is it to tell me why?" asks for the
reason; "Is it too much to ask for one line of feedback?" asks for that line.

The sarcasm is in the frame ("how hard is it to", "would it kill you to", "is it too much to ask
for", "¿tanto cuesta...?", "¿es mucho pedir que...?"); what follows the frame is the request, in
the person's own words. `asked_back(text)` (English) and `asked_back_es(text)` (Spanish) return
the plain request, or None when the sentence has no such frame.
"""

from __future__ import annotations

import re

from bot.safety.draft_tidy import squeeze

_FOR_WHOM = (
    r"(?: for (?:you|someone|somebody|anyone|anybody|your (?:team|recruiters?|company)"
    r"|a (?:recruiter|company|human|person)|one of you|you people|you guys))?"
)
_HARD = r"(?:hard|difficult|complicated|much trouble|much effort|much work)"
_FRAME = re.compile(
    r"^(?:(?:so|and|but|seriously|honestly|genuinely|really|i mean|like|just),? )*(?:"
    r"how (?:hard|difficult|complicated) (?:is|was|would|can|could|will) (?:it|that)"
    r"(?: (?:really|possibly|actually|honestly))?(?: be)?"
    r"|(?:is|was) (?:it|that) (?:really |honestly |actually |seriously )?"
    rf"(?:that |so |too |this |such a )?{_HARD}"
    rf"|would it (?:really |honestly )?(?:be|have been) (?:that |so |too |such )?{_HARD}"
    r"|(?:is|was|would) (?:it|that|this)(?: (?:be|have been))? (?:really |honestly )?"
    r"(?:too much|asking too much|so much|that much|a lot|too big an ask|such a big ask)"
    r"(?: to ask)?"
    r"|would it (?:really )?(?:have )?(?:kill|killed|hurt|harm|harmed) (?:you|anyone|anybody"
    r"|someone|your team|you people|you guys)"
    r"|(?:do|did) (?:you|your team|anyone) (?:really )?(?:think|imagine) (?:you|they|it)"
    r" (?:could|can|might) (?:possibly |maybe |manage to )*"
    r"|(?:would you |could you )?care"
    r"|(?:(?:are|were) (?:you|you all|you guys|you people|they) (?:all )?)?(?:too|that|so) busy"
    rf"){_FOR_WHOM} (?P<how>to|for) (?P<rest>.+)$",
    re.IGNORECASE,
)
_FILLER = re.compile(
    r"\b(?:even|just|simply|actually|at least|at the very least|bother to|possibly|manage to"
    r"|for once|already|really)\s+",
    re.IGNORECASE,
)
_ASK_FOR = re.compile(r"^(?:ask|request)(?: (?:you|someone|anyone))? for (?P<what>.+)$", re.I)
_ASK_TO = re.compile(r"^(?:ask|expect) (?:you|someone|anyone|your team) to (?P<verb>.+)$", re.I)
_YOU_TO = re.compile(r"^(?:you|someone|anyone|somebody|your team) to (?P<verb>.+)$", re.I)
_PAST = {"called": "call", "told": "tell", "sent": "send", "replied": "reply", "emailed": "email"}


def _plain(rest: str) -> str:
    return squeeze(_FILLER.sub("", rest).rstrip("?!. ,"))


def _could_you(verb: str) -> str:
    head, _, tail = verb.partition(" ")
    head = _PAST.get(head.lower(), head)
    return f"Could you {squeeze(head + ' ' + tail)}?"


def asked_back(text: str) -> str | None:
    """The request inside a sarcastic question ("How hard is it to send feedback?" -> "Could
    you send feedback?"), or None when `text` has no such frame."""
    m = _FRAME.match(squeeze(text.strip().rstrip("?!. ")))
    if m is None:
        return None
    rest = _plain(m["rest"])
    if not rest or len(rest.split()) > 30 or rest.lower() in {"ask", "ask for", "ask of you"}:
        return None
    if m["how"].lower() == "for":
        if y := _YOU_TO.match(rest):  # "too much to ask for you to reply"
            return _could_you(y["verb"])
        return f"I'd be grateful for {rest[0].lower() + rest[1:]}."
    if a := _ASK_FOR.match(rest):  # "is it too much to ask for a reason"
        return f"I'd be grateful for {a['what']}."
    if a := _ASK_TO.match(rest):  # "is it too much to ask you to reply"
        return _could_you(a["verb"])
    if re.match(r"(?i)^(?:have|be|get)\b", rest):  # "too much to have a reply": not a verb for them
        return f"I'd like to {rest}."
    return _could_you(rest)


_FRAME_ES = re.compile(
    r"^(?:(?:y|pero|en serio|de verdad|o sea),? )*(?:"
    r"(?:tanto|tan dif[ií]cil|tan complicado|mucho)(?: (?:les|te|os|le))?"
    r" (?:cuesta|costaba|costar[ií]a|es|era|ser[ií]a)"
    r"|(?:les|te|os|le) (?:cuesta|costar[ií]a|cost[oó]) (?:tanto|mucho)"
    r"|(?:es|era|ser[ií]a) (?:tan |muy |demasiado )?(?:dif[ií]cil|complicado|mucho pedir"
    r"|tanto pedir|pedir demasiado|pedir mucho)"
    r"|cu[aá]nto (?:cuesta|costaba|costar[ií]a)"
    r")(?: (?:para ustedes|para vosotros|para ti))? (?P<rest>.+)$",
    re.IGNORECASE,
)
_QUE_ES = re.compile(r"^(?:que|q) (?P<rest>.+)$", re.IGNORECASE)
_THEIR_VERB = re.compile(
    r"^(?P<lead>(?:me |nos )?(?:(?:lo|la|los|las) )?)(?P<verb>[a-záéíóúñ]{3,}?)"
    r"(?P<end>as|es)\b",
    re.IGNORECASE,
)


def asked_back_es(text: str) -> str | None:
    """The request inside a sarcastic Spanish question ("¿Tanto cuesta decirme por qué?" ->
    "¿Podrían decirme por qué?"), or None when `text` has no such frame."""
    m = _FRAME_ES.match(squeeze(text.strip(" ¡!¿?.")))
    if m is None:
        return None
    rest = re.sub(r"(?i)\b(?:siquiera|al menos|por lo menos|aunque sea)\s+", "", m["rest"])
    rest = squeeze(rest.strip(" ¡!¿?.,"))
    if not rest or len(rest.split()) > 30:
        return None
    if q := _QUE_ES.match(rest):  # "es mucho pedir que me digan por qué": asked of them
        said = _THEIR_VERB.sub(lambda v: f"{v['lead']}{v['verb']}{v['end'][0]}n", q["rest"], 1)
        return f"Agradecería que {said}."
    first = rest.split()[0].lower()
    if re.fullmatch(r"[a-záéíóúñ]+(?:ar|er|ir)(?:me|nos|le|les|lo|la)?(?:lo|la|los|las)?", first):
        return f"¿Podrían {rest}?"  # "decirme por qué", "mandar un correo"
    return f"Agradecería {rest[0].lower() + rest[1:]}."  # "una respuesta"
