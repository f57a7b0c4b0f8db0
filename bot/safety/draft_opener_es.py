"""The first line of the calmer version of a Spanish draft: what the message is, in Spanish.

Mirrors `draft_opener` for a draft written in Spanish. `intent` reads what the draft is
(withdrawing, turning down an offer, their data, a payment, asking why, asking for feedback,
or chasing a silence, and otherwise replying to the decision); `opener` says it. Asking why or
for feedback counts only when a sentence asks for it (`asks_for`): "ni un comentario" names
feedback and asks for none. A task named again gets its own article (`article`: "el caso
práctico", "la prueba técnica"), from a table of common job-search nouns. A
draft written after a rejection never opens with a follow-up ("hacer un seguimiento"): the
process has ended, so it replies to the decision instead; a follow-up is only for a draft that
chases an answer that has not come. The wording avoids both "tú" and "usted" where it can, so it
fits a recruiter in Spain and in Latin America alike.
"""

from __future__ import annotations

import re
from typing import Literal

Intent = Literal[
    "withdraw", "decline", "data", "payment", "why", "feedback", "follow_up", "decision"
]

WITHDRAW = re.compile(r"\bretir(?:o|ar|ad|en) (?:mi candidatura|del proceso)", re.IGNORECASE)
DECLINE = re.compile(
    r"\b(?:rechazo|no acepto|no voy a aceptar|(?:os|les|te) pod[eé]is quedar|qu[eé]dense)"
    r"(?: (?:vuestra|su|la|esta|tu))? oferta",
    re.IGNORECASE,
)
PAYMENT = re.compile(
    r"\b(?:pag(?:ad|uen|o|ar)|p[aá]guen(?:me)?|reembols\w*|devol\w*|devuelvan|gastos|factura"
    r"|me deben(?! (?:al menos )?(?:una|un) (?:explicaci[oó]n|respuesta|disculpa|motivo|raz[oó]n))"
    r"|adeud\w*|finiquito|liquidaci[oó]n)\b",
    re.I,
)
DATA = re.compile(r"\b(?:borr|elimin)\w* (?:mis datos|mi cv|mi currículum)|\brgpd\b", re.I)
WHY = re.compile(
    r"\b(?:por qu[eé]|motivo|raz[oó]n|explicaci[oó]n|qu[eé] (?:pas[oó]|cambi[oó]))", re.I
)
FEEDBACK = re.compile(
    r"\b(?:feedback|comentarios|retroalimentaci[oó]n|valoraci[oó]n|en qu[eé] (?:fall[eé]|mejorar"
    r"|puedo mejorar|podr[ií]a mejorar))",
    re.IGNORECASE,
)
WAITING = re.compile(
    r"\b(?:sin respuesta|ninguna respuesta|ni una respuesta|nadie (?:me )?(?:contest|respond)"
    r"|esperando|sigo sin saber|silencio|no (?:he|hemos) (?:sabido|recibido)|sin noticias"
    r"|alguna novedad|hay novedades)",
    re.IGNORECASE,
)
DECIDED = re.compile(
    r"\b(?:me (?:rechaz|rechac|descart)\w*|rechaz(?:ad[oa]|o)\b|descartad[oa]|no (?:fui|he sido"
    r"|qued[eé]|pas[eé]|me (?:eligieron|seleccionaron|escogieron)) ?\w*|(?:eligieron|escogieron"
    r"|contrataron|seleccionaron) a (?:otr[oa]|alguien)|un rechazo|la decisi[oó]n|no continu\w*"
    r"|ya (?:cubrieron|cerraron) la vacante)",
    re.IGNORECASE,
)


ASKING = re.compile(
    r"\b(?:por favor|quiero|quisiera|necesito|exijo|pido|me gustar[ií]a|agradecer[ií]a|espero"
    r"|me (?:deben|deb[eé]s|debes)|(?:pueden|podr[ií]an|puede|podr[ií]a|pod[eé]s|podr[ií]as)\b"
    r"|d[ií]game|d[ií]ganme|decime|dime|contame|expl[ií]c(?:ame|enme|ueme|uenme)|p[aá]s(?:ame"
    r"|enme)|m[aá]nd(?:ame|enme|eme)|d[eé]nme|dame|deme"
    r"|(?:decid|explicad|contestad|responded|mandad|enviad|dad|pasad)(?:me|nos))",
    re.IGNORECASE,
)
"""Words that ask for something: naming feedback or the reason is not asking for it."""
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def asks_for(wish: re.Pattern[str], text: str) -> bool:
    """Whether a sentence of `text` names what `wish` names and asks for it ("¿por qué?",
    "quisiera comentarios"), not only names it ("ni un comentario")."""
    return any(
        wish.search(s) and (s.rstrip().endswith("?") or ASKING.search(s))
        for s in _SENTENCE.split(text)
    )


def intent(text: str) -> Intent:
    """What a Spanish draft is, in order of what matters most to the person writing it: asking
    why or for feedback only when a sentence asks for it."""
    for kind, rx in (
        ("withdraw", WITHDRAW),
        ("decline", DECLINE),
        ("data", DATA),
        ("payment", PAYMENT),
    ):
        if rx.search(text):
            return kind  # type: ignore[return-value]
    for kind, rx in (("why", WHY), ("feedback", FEEDBACK)):
        if asks_for(rx, text):
            return kind  # type: ignore[return-value]
    if WAITING.search(text) and not DECIDED.search(text):
        return "follow_up"
    return "decision"


_TASK = re.compile(
    r"\b(prueba (?:técnica|práctica|de caso|de código)|caso práctico|ejercicio práctico"
    r"|presentaci[oó]n|entrevista final|entrevista)\b",
    re.IGNORECASE,
)


def _about(text: str) -> str:
    """What the process was, as the draft names it ("mi entrevista", "la prueba técnica"), or
    "mi proceso de selección" when it names no interview or task."""
    m = _TASK.search(text)
    if m is None:
        return "mi proceso de selección"
    what = m.group(1).lower()
    if what.startswith(("entrevista", "presentac")):
        return f"mi {what}"
    return f"{article(what, text)} {what}"


_GENDER = {
    "caso": "el", "ejercicio": "el", "proceso": "el", "examen": "el", "test": "el",
    "challenge": "el", "proyecto": "el", "puesto": "el", "contrato": "el", "correo": "el",
    "prueba": "la", "entrevista": "la", "presentación": "la", "presentacion": "la",
    "tarea": "la", "oferta": "la", "vacante": "la", "llamada": "la", "dinámica": "la",
    "evaluación": "la", "evaluacion": "la", "candidatura": "la", "decisión": "la",
}  # fmt: skip
"""The article of common job-search nouns, for a noun the draft names without one."""


def article(noun: str, text: str = "") -> str:
    """The article of `noun` ("caso práctico" -> "el"): from the table of common nouns, or
    else as the draft wrote it ("del reto", "la dinámica")."""
    if (known := _GENDER.get(noun.split()[0].lower())) is not None:
        return known
    said = re.search(rf"\b(el|la|del|al|los|las)\s+{re.escape(noun)}\b", text, re.IGNORECASE)
    if said:
        word = said.group(1).lower()
        return {"del": "el", "al": "el", "los": "el", "las": "la"}.get(word, word)
    return _GENDER.get(noun.split()[0].lower(), "el" if noun.lower().endswith("o") else "la")


def opener(text: str) -> str:
    """The first sentence of the calmer version of the Spanish draft `text`; it names an
    interview or a task only when the draft does."""
    about = _about(text)
    return {
        "withdraw": "Quisiera retirar mi candidatura.",
        "decline": "Quisiera responder a la oferta: he decidido no aceptarla.",
        "data": "Quisiera preguntar por los datos personales que compartí en mi candidatura.",
        "payment": f"Quisiera preguntar por un pago relacionado con {about}.",
        "why": "Quisiera preguntar por la decisión sobre mi candidatura.",
        "feedback": f"Quisiera pedir comentarios sobre {about}.",
        "follow_up": "Quisiera hacer un seguimiento de mi candidatura.",
        "decision": "Les escribo en relación con la decisión sobre mi candidatura.",
    }[intent(text)]
