"""Asking to go somewhere in words: "ok i want a plan", "can we do the plan now", "show me the
menu", "can we get back to my plan?", "volvamos al plan", "quiero ver el menú". `place_asked`
gives the words naming the place (a command word, or a few words like "plan de seguridad"), for
the engine to look up among its commands; a message that only mentions such a word ("my plan
was to stay there 5 years") asks for nothing.

The whole message must be the request: a few words before it ("ok", "so", "then", "vale", a
leading "no, just"), the request itself, the place, and a few after ("now", "please",
"instead", "ahora"). A place may be named in everyday words ("the reply thing" is the draft
check, "next steps" the plan: `PLACE_WORDS`). One request
may also stand as a sentence of its own among others: wanting to write back to them ("actually
i want to write back to them. calm down before i answer", "quiero contestarles") is the draft
check, whatever else is said. Wanting out ("get me out of this loop", "ya basta de esto") is the
menu.
"""

from __future__ import annotations

import re

from bot.primitives.text import fold

_BEFORE = (
    r"(?:(?:ok(?:ay)?|k|fine|alright|right|so|then|well|yes|yeah|yep|no|nah|nope|sure|hmm+|um+|"
    r"and|but|just|actually|instead|pls|please|vale|bueno|bien|ya|si|pues|entonces|y|pero|"
    r"mejor|nel|solo|nomas|por favor)[ ,.!]*)*"
)
_ASK = (
    r"(?:(?:(?:can|could|shall) (?:we|i|you) (?:please )?|lets |let us |please )?"
    r"(?:(?:get|go|come) back|back) to|"
    r"i (?:want|wanna|need|would like|d like)(?: to (?:see|do|make|go to|start|try|have|"
    r"look at|open|get))?|"
    r"(?:can|could|may|shall) (?:we|i|you) (?:please )?(?:do|see|make|go to|start|try|have|"
    r"look at|open|get|show me)?|"
    r"lets(?: do| see| make| go to| start| try| look at| open)?|let us (?:do|see|make|go to)|"
    r"show me|take me to|go to|give me|open|start|"
    r"quiero(?: ver| hacer| ir a| ir al| abrir| empezar)?|"
    r"(?:podemos|puedo|puedes) (?:ver|hacer|ir a|ir al|abrir|empezar|mostrarme)|"
    r"(?:podemos |puedo )?(?:volver|volvamos|regresar|regresemos)(?: a)?|"
    r"muestrame|ensename|llevame a|llevame al|vamos a(?: ver| hacer)?|vamos al|"
    r"(?:me )?(?:das|das el|das la)|dame|abre)"
)
_ARTICLE = r"(?:(?:a|an|the|my|some|el|la|los|las|mi|mis|un|una|al) )?"
_AFTER = (
    r"(?:[ ,.!?]*(?:now|right now|please|pls|then|instead|again|thanks|thank you|already|"
    r"for a (?:bit|while|minute|sec|second|moment)|a (?:bit|little)|"
    r"ahora|ya|por favor|gracias|entonces|mejor|un (?:rato|ratito|momento|poco)|"
    r"por (?:un )?(?:rato|momento)))*"
)
_PLACE = r"(?P<place>[a-z][a-z ]{0,30}?)"
_REQUEST = re.compile(rf"^{_BEFORE}{_ASK} {_ARTICLE}{_PLACE}{_AFTER}[ .!?]*$")
_BARE = re.compile(
    r"^(?:(?:whatever|ugh+|ok(?:ay)?|k|fine|alright|so|then|just|bueno|ya|pues|equis)[ ,.!]+)+"
    r"(?P<place>[a-z]+)[ .!?]*$"
)
"""A command word after a shrug ("whatever. plan", "ugh, menu"): one word, which the engine
then looks up among its commands (anything else, "ok sure", asks for nothing)."""
MAX_PLACE_WORDS = 3
_REPLY = re.compile(
    rf"^{_BEFORE}(?:actually |now |first )?(?:"
    r"i (?:want|wanna|need|would like|d like|have) to (?:write back|reply|respond|answer)"
    r"(?: to)?(?: (?:them|her|him|the recruiter|the company|the email|their email|it))?"
    r"|(?:help me )?calm down before i (?:answer|reply|respond|write back)(?: to)?(?: them)?"
    r"|quiero (?:contestarles|responderles|contestarle|responderle|escribirles|contestar"
    r"|responder)(?: el correo| al reclutador| a la reclutadora)?"
    r")[ ,.!]*$"
)
"""Wanting to write back to them, said as a sentence of its own: the draft check."""
_OPENING = rf"^{_BEFORE}(?:no (?:wey|guey|way|manches|mames)[ ,.!]*)?"
"""How a wanted place may open: "no wey, ...", "ok so ...", a plain "no, ..." (the rest wins)."""
_WANT = (
    r"(?:(?:yo )?(?:quiero|kiero|qiero|necesito|nesesito|ocupo)(?: hacer| armar)?"
    r"|i (?:want|wanna|need|would like|d like)(?: to make| to do)?)"
)
_WANTS_PLAN = re.compile(
    rf"{_OPENING}(?:(?:te dije|dije|i said|i told you|i asked for)(?: (?:que|q|k))?"
    rf"(?: {_WANT})?|{_WANT}) (?:(?:un|una|a|my|mi) )?"
    r"(?:plan|planear|planificar|plan out|plan my)(?:\b|$)"
)
"""Wanting a plan, at the start of a sentence whatever follows ("kiero un plan pq si no me voy a
volver loco", "quiero planear mis próximos pasos", "no wey, te dije q un PLAN"): the plan."""
_TARGET = (
    r"(?:them|her|him|the recruiter|my recruiter|recruiter|the company|my (?:old |former )?"
    r"(?:manager|boss)|the (?:hiring )?manager|the interviewer|hr|the hr|al reclutador|"
    r"a la reclutadora|a mi jefe|a mi jefa|a la empresa|les|le)"
)
_WANTS_DRAFT = re.compile(
    rf"{_OPENING}(?:actually |now |first )?(?:"
    rf"i (?:want|wanna|need|would like|d like|am going|m going|was going|m thinking) to "
    rf"(?:write|send|email|message|text|reply|respond)(?: back)?(?: to)? {_TARGET}(?:\b|$)"
    rf"|i (?:asked )?(?:if|whether) i should (?:write|send|email|message|reply)(?: back)?"
    rf"(?: to)? {_TARGET}(?:\b|$)"
    r"|(?:can|could|would) you (?:tell me if|check if|check whether|look at|read|check) "
    r"(?:my (?:email|message|draft|reply)|it|its|this)(?: is)? ?(?:good|ok|okay|fine)?"
    r"|(?:quiero|kiero) (?:mandar\w*|enviar\w*|escribir\w*) (?:un (?:correo|mensaje) )?"
    r"(?:a (?:mi |la |el )?(?:jefe|jefa|reclutador\w*|empresa)|al reclutador)"
    r")"
)
"""Wanting a message to them looked at, at the start of a sentence ("i want to send the
recruiter an email", "I want to write to my manager and ask why", "can you tell me if its
good"): the draft check."""


_OUT = re.compile(
    rf"^{_BEFORE}(?:"
    r"(?:get|take|let) me out(?: of (?:this|here|there|it))?(?: (?:loop|thing|chat|conversation"
    r"|vent|venting|bit|part|place))?"
    r"|i (?:want|wanna|need|would like|d like) (?:to get )?out(?: of (?:this|here|it))?"
    r"(?: (?:loop|thing|chat|vent|venting))?"
    r"|(?:can we |can you |please )?stop (?:this|it|this loop|this thing|the loop|venting|the vent)"
    r"|(?:i want to |i wanna )?(?:leave|exit|quit) (?:this|the vent|venting|here)"
    r"|(?:enough|no more) (?:of )?(?:this|venting)"
    r"|(?:sacame|sacarme|llevame|quiero salir|quiero irme|dejame salir) (?:de )?(?:aqui|aca|esto"
    r"|este loop|este ciclo|este chat)"
    r"|quiero salir|(?:ya )?basta(?: de esto| ya| por favor)?"
    r"|para(?:le)? (?:con esto|ya)|(?:salir|salirme) de (?:aqui|esto)"
    r")(?: (?:loop|thing|already|ya|por favor|pls|please|now|ahora))*[ .!?]*$"
)
"""Wanting out of where the conversation is ("get me out of this loop", "stop this", "i want
out", "sácame de aquí", "ya basta de esto"): the menu, with its way to stop."""

_SPACES = re.compile(r"\s+")
_SENTENCES = re.compile(r"(?<=[.!?])\s+")


def place_asked(text: str) -> str | None:
    """The words naming where `text` asks to go ("ok i want a plan": "plan"), or None."""
    said = fold(text).replace("'", "").replace("’", "")
    said = _SPACES.sub(" ", said).strip()
    sentences = [s.strip() for s in _SENTENCES.split(said)]
    if any(_REPLY.match(s) or _WANTS_DRAFT.match(s) for s in sentences):
        return "draft"
    if any(_WANTS_PLAN.match(s) for s in sentences):
        return "plan"
    if _OUT.match(said.strip(" .!")):
        return "menu"
    found = _REQUEST.match(said) or _BARE.match(said)
    if found is None:
        return None
    place = _THING.sub("", found.group("place").strip())  # "the reply thing": the reply
    if not place or len(place.split()) > MAX_PLACE_WORDS:
        return None
    return PLACE_WORDS.get(place, place)


_THING = re.compile(r" (?:thing|things|stuff|part|bit|one|exercise)$")
PLACE_WORDS = {
    "reply": "draft", "replying": "draft", "response": "draft", "answer": "draft",
    "answering": "draft", "writing back": "draft", "write back": "draft", "respuesta": "draft",
    "contestar": "draft", "responder": "draft",
    "venting": "vent", "rant": "vent", "ranting": "vent", "desahogo": "vent",
    "next steps": "plan", "planning": "plan", "steps": "plan", "pasos": "plan",
}  # fmt: skip
"""A place named in everyday words ("can we do the reply thing"): the command it is."""
