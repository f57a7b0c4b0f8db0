"""Requests that mean the same wherever the person is, read from their words (English, Spanish).

- `forget_asked(text)`: "forget me", "ok forget me please, delete everything", "delete my data",
  "borra mis datos", "olvídame", and what they told ("delete what i told you", "borra lo que te
  dije", "olvida todo lo que te conté") ask to erase everything; "they'll just forget me" does
  not, nor "don't delete what i told you", nor a question about it ("how do i delete my data?"
  is a common question).
- `resume_asked(text)`: "pick up where we left off", "where were we", "sigamos donde nos
  quedamos" ask to go back to the conversation left.
- `to_the_bot(text)`: at a prompt asking for a draft, words about this conversation rather than
  to the employer ("no im not writing anything. i asked how long companies take to reply",
  "eso no era un mensaje, era mi pregunta"): `None`, or what they say (`not_writing` when they
  say there is no draft) and the question they asked, if any (the words after "i asked").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.primitives.regex_keys import Keyed
from bot.primitives.text import fold

_LEAD = (
    r"(?:(?:ok|okay|please|pls|just|so|and|now|yes|yeah|right|actually|then|hey|no|mejor|ya)\s+)*"
)
_FORGET_ME = (
    r"forget (?:me|about me|all about me|everything about me|everything you know about me|"
    r"my data|all my data)"
)
_I_TOLD = (
    r"(?:i|i'?ve|ive|i have|i'?d|i had) (?:just |ever )?(?:told|said|wrote|written|shared|typed|"
    r"said to|wrote to|shared with|typed to)(?: (?:you|here|to you|with you))?"
)
_TELL_ES = (
    r"(?:te )?(?:dije|he dicho|habia dicho|conte|he contado|escribi|he escrito|comparti|"
    r"he compartido)"
)
_TOLD = (
    r"(?:(?:delete|erase|wipe|remove|clear)(?: (?:all|all of|everything|all the stuff|the stuff|"
    r"all the things|anything))?(?: (?:that|what))? "
    + _I_TOLD
    + r"|forget (?:all|everything|all the stuff|all of what|anything)(?: (?:that|what))? "
    + _I_TOLD
    + r"|(?:delete|erase|wipe|clear) (?:our|this|the|my) (?:whole )?(?:conversation|chat|"
    r"conversations|chats|chat history|messages)"
    r"|(?:borra|borrar|borres|borralo|elimina|eliminar|elimines|quita|quitar)(?: todo)?"
    r" lo que "
    + _TELL_ES
    + r"|(?:olvida|olvidar|olvides|olvidate de) todo lo que "
    + _TELL_ES
    + r"|(?:borra|borrar|borres|elimina|eliminar|elimines) (?:nuestra|esta|la|mi|mis|nuestras) "
    r"(?:conversacion|conversaciones|charla|chat|historial)"
    r")"
)
"""What they told the bot ("delete what i told you", "DELETE everything I said", "borra lo que
te dije", "olvida todo lo que te conté"); a bare "forget what i said" is "never mind"."""
_NOT_BEFORE = re.compile(r"(?:\b(?:don'?t|dont|do not|never|nunca)\s+(?:\w+\s+)?|\bno\s+)$")
"""Just before the request: "don't delete what i told you" asks nothing to be erased."""
_FORGET = re.compile(
    r"(?:^|[.,;:!?]\s*)" + _LEAD + r"(?:please\s+)?" + _FORGET_ME + r"(?!\w)"
    r"|(?:can|could|would|will) you (?:please |just )?" + _FORGET_ME + r"(?!\w)"
    r"|i (?:want|need|would like|'d like|d like) you to " + _FORGET_ME + r"(?!\w)"
    r"|(?<!\w)(?:delete|erase|wipe|remove|clear) (?:all (?:of )?)?my (?:data|info|information|"
    r"details|history|account)(?!\w)"
    r"|(?<!\w)(?:delete|erase|wipe) (?:all (?:of )?)?(?:everything|all) (?:you (?:have|know|hold|"
    r"store|keep) )?(?:about|on) me(?!\w)"
    r"|(?<!\w)(?:borra|borrar|borres|elimina|eliminar|elimines|quita|quitar)"
    r"(?:me)? (?:todos )?(?:mis|todos mis) (?:datos|mensajes|informacion)(?!\w)"
    r"|(?<!\w)(?:borra|borrar|elimina|eliminar) todo lo (?:que (?:sabes|tienes|guardas)) "
    r"(?:de|sobre) mi(?!\w)"
    r"|(?<!\w)(?:olvidame|olvidate de mi|quiero que me olvides|(?:puedes|podrias) olvidarme)(?!\w)"
)
_TOLD_RE = re.compile(r"(?<!\w)" + _TOLD + r"(?!\w)")
_ASKED_HOW = re.compile(
    r"^(?:how|what|when|where|why|who|which|do you|does|did|is|are|will|would you|if|"
    r"como|que|cuando|donde|por que|se puede|puedo)\b"
)
"""A question about erasing ("how do i delete my data?", "¿cómo borro mis datos?") is a
question, answered as one; "can you delete my data" is a request."""

_RESUME = re.compile(
    r"(?<!\w)(?:"
    r"(?:pick(?: it| things)? (?:back )?up|continue|carry on|resume|go back|get back|back|start "
    r"again|keep going|go on)(?: to| from| with)? (?:it )?(?:from )?where (?:we|i) (?:left off|"
    r"left it|stopped|were|was|got to)"
    r"|where (?:we|i) left off|where were we"
    r"|(?:pick up|continue|carry on|resume) (?:from )?(?:last time|before|our (?:last )?"
    r"(?:chat|conversation|talk))"
    r"|(?:retomar|retomemos|retoma|seguir|sigamos|continuar|continuemos|volver|volvamos|regresar|"
    r"regresemos)(?: con| a)?(?: lo)? (?:(?:en )?donde|por donde) (?:lo )?(?:dejamos|nos quedamos|"
    r"me quede|ibamos|estabamos)"
    r"|(?:en )?(?:donde|que) (?:nos quedamos|ibamos)"
    r")(?!\w)"
)

_FORGET_KEYED, _RESUME_KEYED = Keyed(_FORGET, alone=True), Keyed(_RESUME, alone=True)
_TOLD_KEYED = Keyed(_TOLD_RE, alone=True)
"""Run on every message, nearly always on text holding none of their keys
(`bot.primitives.regex_keys`: skipped only where they cannot match)."""


def forget_asked(text: str, told: bool = True) -> bool:
    """Whether `text` asks to erase everything the bot holds (see the module docstring); with
    `told` False, only about the person ("delete my data"), not what they told ("delete what
    i wrote", which a question offering to delete their last words answers)."""
    said = fold(text)
    if not said or _ASKED_HOW.match(said):
        return False
    for keyed in (_FORGET_KEYED, _TOLD_KEYED) if told else (_FORGET_KEYED,):
        found = keyed.search(said)
        if found is not None and not _NOT_BEFORE.search(said[: found.start()].rstrip() + " "):
            return True
    return False


def resume_asked(text: str) -> bool:
    """Whether `text` asks to go back to where the conversation was left."""
    return _RESUME_KEYED.search(fold(text)) is not None


MAX_TO_BOT_WORDS = 40
"""Words about this conversation are short; a longer message is a draft."""
_NOT_WRITING = (
    r"(?:i'?m|im|i am) not (?:writing|sending|drafting|replying|emailing)(?: anything| them| a "
    r"reply| an email| to them)?"
    r"|(?:that|this|it) (?:wasn'?t|was not|isn'?t|is not|was never|s not) (?:a|my|the|an) "
    r"(?:draft|reply|message|email|letter|answer to them)"
    r"|(?:not|no) a draft|there'?s no draft|i have nothing (?:written|to send)"
    r"|i (?:don'?t|do not) have (?:a|any) (?:draft|reply|message)(?: to send| written)?"
    r"|i(?: have|'ve|ve)? (?:not|never) written (?:anything|a reply)"
    r"|i (?:don'?t|dont|do not) (?:want|wanna|need)(?: to)? (?:send|write|reply|answer|email)"
    r"(?: (?:them|to them))?(?: anything| nothing| a reply| a message)?"
    r"|no (?:tengo|he escrito|escribi) nada(?: escrito)?|no estoy escribiendo(?: nada)?"
    r"|no (?:les |le )?(?:voy a|quiero) (?:escribir|mandar|enviar) nada"
    r"|(?:eso|esto) no (?:era|es|fue) (?:un|mi|el|una) (?:mensaje|borrador|correo|respuesta)"
    r"|no es (?:un|mi) (?:borrador|mensaje)"
)
_THEN_ASKED = (
    r"(?= (?:a question|how|what|whats|if|whether|when|why|who|where|which|about|is|are|can|"
    r"could|should|do|does|will)\b|\s*[.,;:!?]|$)"
)
"""After "i asked": what was asked, or nothing ("i asked you for feedback" is to them)."""
_THEN_PREGUNTA = r"(?= (?:si|como|que|cuanto|cuantos|cuando|por que|donde|sobre)\b|\s*[.,;:!?]|$)"
_ASKING = (
    r"(?:i (?:just |only )?(?:asked|was asking|am asking|'m asking|m asking)|i (?:just|only) ask)"
    r"(?: you)?"
    + _THEN_ASKED
    + r"|my question (?:is|was)|(?:it|this|that) (?:was|is|s) (?:a|my|just a) question"
    r"|i (?:just )?(?:had|have) a question"
    r"|(?:te )?(?:pregunte|estaba preguntando|estoy preguntando)"
    + _THEN_PREGUNTA
    + r"|(?:mi|la) pregunta (?:es|era)"
    r"|(?:era|es) (?:mi|una|solo una) pregunta"
)
_TO_BOT = re.compile(r"(?<!\w)(?:(?P<not>" + _NOT_WRITING + r")|(?P<ask>" + _ASKING + r"))(?!\w)")
_GREETING = re.compile(
    r"^(?:hi|hello|dear|hey there|good (?:morning|afternoon)|hola|estimad[oa]s?|buen(?:os|as) dias)"
    r"\b|(?:regards|best wishes|sincerely|saludos|atentamente)\W*$"
)
"""A greeting or a sign-off: a letter to them, whatever it says ("Hi Ana, I asked in May...")."""


@dataclass(frozen=True, slots=True)
class ToTheBot:
    """Words about this conversation: whether they say there is no draft, and what they ask."""

    not_writing: bool
    question: str
    """The words after "i asked", "my question is"... (empty when none)."""


def to_the_bot(text: str) -> ToTheBot | None:
    """What `text` says to the bot about this conversation, or None (see the module docstring)."""
    said = " ".join(fold(text).split())
    if not said or len(said.split()) > MAX_TO_BOT_WORDS or _GREETING.search(said):
        return None
    found = list(_TO_BOT.finditer(said))
    if not found:
        return None
    asked = [m for m in found if m.group("ask")]
    question = ""
    if asked:
        rest = said[asked[-1].end() :]
        question = re.sub(r"^(?:\W|si |if |whether |about |de si )+", "", rest).strip(" .!?¿¡")
    return ToTheBot(any(m.group("not") for m in found), question)
