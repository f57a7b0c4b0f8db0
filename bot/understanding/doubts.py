"""Words about the bot itself, not about the person's day: `doubts_bot(text)` tells a message
that questions or mocks the bot ("do you actually read what i type or just pick a random nice
sentence", "wow so deep. did you get that from a fortune cookie", "that was sarcasm my guy",
"¿de verdad lees lo que escribo?", "eso era sarcasmo") from venting, so it gets an honest answer
instead of a line about feelings. `sarcastic(text)` tells the markers of sarcasm ("wow so deep",
"great, thanks a lot", "gracias por nada") that make glad words no good news.
"""

from __future__ import annotations

import re

from bot.primitives.text import fold

MAX_WORDS = 25
"""A remark about the bot is short; a longer message is the person's own story."""

_YOU = r"(?:you|u|ya)"
_DOUBTS = re.compile(
    r"(?<!\w)(?:"
    # is it reading, listening, understanding
    rf"(?:do|did|can|are|will) {_YOU} (?:actually |even |really |ever |just )*"
    r"(?:read|reading|listen|listening|paying attention"
    r"|understand what i (?:write|wrote|type|typed|say|said))"
    rf"|{_YOU} (?:are |re |r )?(?:not|never|dont|do not|didnt|did not) (?:even |actually |really )*"
    r"(?:read|reading|listen|listening|paying attention)"
    rf"|(?:are|r) {_YOU} (?:even |actually |really |just )*(?:a bot|a robot|a machine|an ai|ai"
    r"|real|human|a person|a script)"
    rf"|{_YOU} (?:are|re|r) (?:just |only )?(?:a |an )?(?:bot|robot|machine|ai|script)"
    r"|(?:stupid|dumb|useless|this|a|the) (?:bot|robot)(?:\b|$)"
    r"|talking to a (?:bot|robot|machine|script)"
    # canned replies
    r"|(?:random|canned|generic|scripted|automated|automatic|copy ?paste|prewritten|pre written"
    r"|stock|preset|same) (?:nice |pretty |positive |little )?(?:sentence|sentences|reply|replies"
    r"|answer|answers|response|responses|line|lines|phrase|phrases|message|messages)"
    r"|fortune cookie|hallmark card|greeting card|motivational poster"
    rf"|{_YOU} (?:just |always |keep )*(?:say|saying|repeat|repeating) the same"
    rf"|(?:sentences|lines|replies|phrases|answers|responses) {_YOU} (?:just |keep |always )*"
    r"(?:rotate|cycle|recycle|repeat|pick from|choose from)"
    # sarcasm about its answers
    r"|(?:that|this|it|mine) (?:was|is|were) (?:just |obviously |clearly )?(?:sarcasm|sarcastic"
    r"|irony|ironic)|i was (?:being )?sarcastic|\bsarcasm\b"
    r"|(?:wow |oh )?(?:so|very|how) (?:deep|profound|insightful|original|wise)"
    # the same in Spanish
    r"|(?:de verdad |en serio |si quiera |siquiera )?(?:lees|leiste|escuchas|entiendes|entendiste)"
    r" (?:lo que|algo de lo que|nada de lo que) (?:te )?(?:escribo|digo|pongo|escribi|dije)"
    r"|(?:me )?(?:estas|esta) (?:si quiera |siquiera |de verdad )?(?:leyendo|escuchando)"
    r"|no me (?:estas )?(?:lees|leyendo|escuchas|escuchando|entiendes|pelas)"
    r"|ni (?:me )?(?:lees|escuchas|entiendes)"
    r"|(?:eres|es) (?:solo |nada mas )?un (?:bot|robot)|eres (?:una )?(?:ia|maquina)"
    r"|(?:respuestas?|frases?|mensajes?) (?:automaticas?|enlatadas?|genericas?|de cajon|al azar"
    r"|random|hechas?|bonitas? al azar|copiadas?|de galleta)"
    r"|galleta (?:de la fortuna|china|de la suerte)|hablando con (?:la pared|un bot|un robot)"
    r"|(?:era|fue|es) (?:puro |solo )?(?:sarcasmo|ironia)|\bsarcasmo\b"
    r"|(?:que|muy|wow|uy|ay) (?:profundo|profunda|sabio|original)"
    r")(?!\w)"
)
_SARCASM = re.compile(
    r"(?<!\w)(?:wow so|so deep|how deep|very deep|fortune cookie|sarcasm|sarcastic"
    r"|thanks for nothing|gee thanks|great thanks|oh great|yeah right|sure jan"
    r"|real helpful|how helpful|how original"
    r"|gracias por nada|muchas gracias eh|si claro|que profundo|muy util|que util|que original"
    r"|ay que lindo|pues que bien|sarcasmo)(?!\w)"
)


def _said(text: str) -> str:
    return " ".join(fold(text or "").replace("'", "").replace("’", "").split())


def doubts_bot(text: str) -> bool:
    """Whether a short message questions or mocks the bot itself (see the module docstring)."""
    said = _said(text)
    if not said or len(said.split()) > MAX_WORDS:
        return False
    return _DOUBTS.search(said) is not None


def sarcastic(text: str) -> bool:
    """Whether `text` carries a marker of sarcasm ("wow so deep", "great, thanks a lot")."""
    said = re.sub(r"[,.!]+", " ", _said(text))
    return _SARCASM.search(" ".join(said.split())) is not None


_SENDING_SAID = re.compile(
    r"(?<!\w)(?:i (?:already |just )?(?:said|told you|say)|like i said|as i said|"
    r"(?:ya )?te (?:dije|estoy diciendo)|(?:ya )?dije)(?: that| que)? (?:ya )?(?:"
    r"(?:im|i am|ill|i will) (?:sending|going to send|gonna send|send)(?: it| them it| it to them)?"
    r"|(?:i )?(?:sent|send) it"
    r"|(?:lo |se lo |les )?(?:voy a (?:mandar|enviar)|mando|envio|mande|envie)(?:lo)?)(?!\w)"
)


def sending_said_again(text: str) -> bool:
    """Whether a short message repeats that they are sending it ("what?? i said im sending it",
    "ya te dije que lo voy a mandar"): their decision, to be confirmed, not read again."""
    said = _said(text)
    return bool(said) and len(said.split()) <= MAX_WORDS and _SENDING_SAID.search(said) is not None
