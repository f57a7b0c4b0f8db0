"""The calmer version of a draft written in Spanish, written in Spanish.

`rewrite_es(text)` keeps what the English rewrite keeps, with Spanish words: their greeting and
the name in it, a first line saying what the message is (asking why, asking for feedback, a
follow-up, declining an offer, withdrawing, a payment, their data), their fact sentences in their
own words (shouting, swearing and piled-up marks taken out; a sentence that still stings keeps
only its calm clauses with a fact in them), their requests asked politely ("quiero saber por
qué" -> "Me gustaría saber por qué."), and their sign-off. The rules of `draft_spanish` judge
what stings: the tone model was trained on English and does not hear Spanish. The wording avoids
both "tú" and "usted" where it can ("Me gustaría saber...", "Agradecería..."), so it fits a
recruiter in Spain and in Latin America alike. Nothing is added that the draft did not say.
`spanish_points(text)` is what the review lists as kept from a Spanish draft (who it is to, who
signs it, their calm thanks, asking why or for feedback).
"""

from __future__ import annotations

import re

from bot.safety.draft_facts import Facts
from bot.safety.draft_rewrite import Points
from bot.safety.draft_rules import find_hits, normalise
from bot.safety.draft_sentences import Parts
from bot.safety.draft_signoff import lay_out

_ROUGH = frozenset(
    {"insult", "blame", "sarcasm", "passive", "bridge", "ill_will", "entitlement", "threat",
     "demand", "profanity"}
)  # fmt: skip
_GREETING = re.compile(
    r"^\s*(?P<word>hola|buenos d[ií]as|buenas tardes|buenas noches|estimad[oa]s?|querid[oa]s?)"
    r"(?:[ ,]+(?P<name>(?:(?:Sr|Sra|Srta|Dr|Dra|Don|Doña)\.? )?[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]*"
    r"(?: [A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]*)?))?\s*[,:.!]?\s*",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^(?:un saludo|saludos(?: cordiales)?|atentamente|gracias|un abrazo|cordialmente)[,.!]?"
    r"(?:\s+(?P<name>[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]+(?: [A-ZÁÉÍÓÚÑ][\wáéíóúñ'.-]+)?))?\.?$",
    re.IGNORECASE,
)
_NAME_LINE = re.compile(r"^[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]+(?: [A-ZÁÉÍÓÚÑ][\wáéíóúñ'.-]+)?\.?$")
_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
_CLAUSE = re.compile(r",\s+|;\s+|\s+(?:y|pero|así que|porque|aunque)\s+", re.IGNORECASE)
_FACT = re.compile(
    r"\d|\b(?:un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte"
    r"|treinta|semanas?|mes(?:es)?|d[ií]as?|horas?|años?|entrevistas?|rondas?|fases?|pruebas?"
    r"|prueba técnica|caso práctico|ejercicio|presentaci[oó]n|tarea|proceso|oferta|puesto"
    r"|vacante|candidatura|currículum|cv|experiencia|título|máster|reclutador[a]?|responsable"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
    r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo|correo|llamada|mensaje|viaje|hotel"
    r"|vuelo|gastos|factura)\b",
    re.IGNORECASE,
)
_REQUEST = re.compile(
    r"^(?:y |pero )?(?:(?P<want>(?:yo )?(?:quiero|necesito|exijo|me merezco|merezco|espero|pido"
    r"|me gustar[ií]a|quisiera))|(?P<tell>decidme|dime|d[ií]ganme|d[ií]game)|(?P<explain>"
    r"explicadme|expl[ií]came|expl[ií]quenme|expl[ií]queme)|(?P<answer>contestadme|cont[eé]stame"
    r"|respondedme|resp[oó]ndanme)|(?P<send>mandadme|enviadme|env[ií]enme|dadme|devolvedme"
    r"|devu[eé]lvanme|pagadme|p[aá]guenme)|(?P<delete>borrad|borren|eliminad|eliminen))\b"
    r"\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_KNOW = re.compile(r"^(?:saber|conocer|entender|que me (?:digáis|digan|expliquéis|expliquen))\b")
_WHY = re.compile(r"\b(?:por qu[eé]|motivo|raz[oó]n|explicaci[oó]n|qu[eé] (?:pas[oó]|cambi[oó]))",
                  re.IGNORECASE)  # fmt: skip
_FEEDBACK = re.compile(r"\b(?:feedback|comentarios|valoraci[oó]n|en qu[eé] (?:fall[eé]|mejorar))",
                       re.IGNORECASE)  # fmt: skip
_WAITING = re.compile(
    r"\b(?:sin respuesta|ninguna respuesta|ni una respuesta|nadie (?:me )?(?:contest|respond)"
    r"|esperando|sigo sin saber|silencio|no (?:he|hemos) (?:sabido|recibido))",
    re.IGNORECASE,
)
_WITHDRAW = re.compile(r"\bretir(?:o|ar|ad|en) (?:mi candidatura|del proceso)", re.IGNORECASE)
_DECLINE = re.compile(
    r"\b(?:rechazo|no acepto|no voy a aceptar|(?:os|les|te) pod[eé]is quedar|qu[eé]dense)"
    r"(?: (?:vuestra|su|la|esta|tu))? oferta",
    re.IGNORECASE,
)
_PAYMENT = re.compile(r"\b(?:pag(?:ad|uen|o|ar)|reembols\w*|devol\w*|gastos|factura)\b", re.I)
_DATA = re.compile(r"\b(?:borr|elimin)\w* (?:mis datos|mi cv|mi currículum)|\brgpd\b", re.I)
_FEELING = re.compile(r"\b(?:decepcion\w*|frustrad\w*|triste|dolid\w*|hundid\w*)", re.I)
_LOUD = re.compile(r"\b[A-ZÁÉÍÓÚÑ]{3,}\b")


def _intent_line(text: str) -> str:
    """The first line, matched to what the draft is."""
    if _WITHDRAW.search(text):
        return "Quisiera retirar mi candidatura."
    if _DECLINE.search(text):
        return "Quisiera responder a la oferta: he decidido no aceptarla."
    if _DATA.search(text):
        return "Quisiera preguntar por los datos personales que compartí en mi candidatura."
    if _PAYMENT.search(text):
        return "Quisiera preguntar por un pago relacionado con mi proceso de selección."
    if _WHY.search(text):
        return "Quisiera preguntar por la decisión sobre mi candidatura."
    if _FEEDBACK.search(text):
        return "Quisiera pedir comentarios sobre mi proceso de selección."
    return "Quisiera hacer un seguimiento de mi candidatura."


def _calm(text: str) -> bool:
    return not any(h.family in _ROUGH for h in find_hits(text))


_LEAD = re.compile(
    r"^(?:joder|hostia|mierda|vaya|bueno|mira|oye|en serio|venga|pues|ya|total)[,.!]*\s+", re.I
)
_THREAT_TAIL = re.compile(
    r",?\s+(?:o|si no|o si no|de lo contrario)\s+(?:os |les |te )?(?:pondr[eé]|ir[eé]|voy"
    r"|denunciar[eé]|llamar[eé]|escribir[eé]|publicar[eé]|contar[eé]|hablar[eé])\b.*$",
    re.IGNORECASE,
)
_THEY_REJECTED = re.compile(
    r"\bme (?:rechaz|descart)(?:áis|asteis|aron|an|ó|a|an)\b", re.IGNORECASE
)


def _tidy(text: str) -> str:
    """Normal case, one mark, no swearing lead or threat tail, "me rechazáis" said plainly."""
    text = _LEAD.sub("", text.strip())
    text = _THREAT_TAIL.sub("", text)
    text = _THEY_REJECTED.sub("recibí un rechazo", text)
    if _LOUD.search(text) and sum(c.isupper() for c in text) > sum(c.islower() for c in text):
        text = text.lower()
        text = text[:1].upper() + text[1:]
    text = re.sub(r"([!?¡¿])[!?¡¿1]+", r"\1", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text


def _statement(text: str) -> str:
    text = text.strip(" ,;:¡!¿?.")
    return text[:1].upper() + text[1:] + "." if text else ""


def _ask(sentence: str) -> str | None:
    """A request said politely, or None when the sentence is not one."""
    m = _REQUEST.match(sentence.strip(" ¡!¿?."))
    if m is None:
        return None
    rest = m["rest"].strip(" ,.!?")
    if not rest or not _calm(rest):
        return None
    if m["tell"]:
        return f"Me gustaría saber {rest}."
    if m["explain"]:
        return f"Me gustaría entender {rest}."
    if m["answer"]:
        return "Agradecería una respuesta."
    if m["send"]:
        return f"Agradecería recibir {rest}."
    if m["delete"]:
        return f"Agradecería que eliminaran {rest}."
    if _KNOW.match(rest):
        rest = re.sub(r"^que me (?:digáis|digan|expliquéis|expliquen)\s*", "saber ", rest)
        return f"Me gustaría {rest}."
    if rest.lower().startswith(("por qué", "el motivo", "la razón", "qué pasó", "qué cambió")):
        return f"Me gustaría saber {rest}."
    return f"Agradecería {rest}."


def _body(text: str) -> tuple[str | None, str | None, str | None, list[str]]:
    """Their greeting word, the name in it, their sign-off name, and the sentences between."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    greeting = name = signer = None
    if lines and (g := _GREETING.match(lines[0])):
        greeting = g["word"]
        name = g["name"] if g["name"] and _calm(g["name"]) else None
        lines[0] = lines[0][g.end() :]
    if len(lines) >= 2 and _NAME_LINE.match(lines[-1]) and not _FACT.search(lines[-1]):
        signer = lines.pop().rstrip(".")
    if lines and (c := _CLOSING.match(lines[-1])):
        signer = c["name"] or signer
        lines.pop()
    body = " ".join(ln for ln in lines if ln)
    return greeting, name, signer, [s for s in _SPLIT.split(body) if re.search(r"\w", s)]


def rewrite_es(text: str) -> str:
    """A calm Spanish message built from the person's own points in a Spanish draft."""
    plain = lay_out(normalise(text or ""))
    greeting, name, signer, sentences = _body(plain)
    facts: list[str] = []
    asks: list[str] = []
    for raw in sentences:
        sentence = _tidy(raw)
        if (ask := _ask(sentence)) is not None:
            asks += [ask] if ask not in asks else []
            continue
        if sentence.endswith("?") and _calm(sentence) and _WHY.search(sentence):
            asks.append(sentence if sentence.startswith("¿") else "¿" + sentence)
            continue
        if sentence.endswith("?"):
            continue  # a rhetorical question ("¿en serio?") says nothing they need to hear
        if _WITHDRAW.search(sentence) or _DECLINE.search(sentence):
            continue  # the first line already says it, calmly
        if _calm(sentence) and _FACT.search(sentence):
            facts.append(_statement(sentence))
            continue
        calm = [c for c in _CLAUSE.split(sentence) if _calm(c) and _FACT.search(c)]
        if calm:
            facts.append(_statement(", ".join(c.strip(" ,") for c in calm)))
    opening = [_intent_line(plain)]
    if _FEELING.search(plain):
        opening.append("Reconozco que la noticia me ha decepcionado.")
    if not asks and _WHY.search(plain):
        asks.append("Me gustaría saber el motivo de la decisión.")
    elif not asks and _FEEDBACK.search(plain):
        asks.append("Agradecería cualquier comentario sobre en qué podría mejorar.")
    elif not asks and _WAITING.search(plain):
        asks.append("Agradecería una respuesta cuando sea posible.")
    word = (greeting or "Hola").capitalize()
    comma = "," if word.lower().startswith(("hola", "buen")) else ""
    head = f"{word}{comma} {name}:" if name else f"{word}:"
    paragraphs = [head, " ".join(opening)]
    paragraphs += [" ".join(facts[:8])] if facts else []
    paragraphs += [" ".join(asks[:3])] if asks else []
    paragraphs.append("Saludos cordiales" + (f",\n{signer}" if signer else ""))
    return "\n\n".join(p for p in paragraphs if p)


_THANKS = re.compile(r"\b(?:gracias|agradec\w*|agradezc\w*)\b", re.IGNORECASE)


def spanish_points(text: str) -> Points:
    """What the calmer version keeps from a Spanish draft, for the review to list."""
    plain = normalise(text or "")
    _greeting, name, signer, sentences = _body(plain)
    thanks = next((s for s in sentences if _THANKS.search(s) and _calm(s)), "")
    return Points(
        recipient=name,
        signer=signer,
        wants_feedback=bool(_FEEDBACK.search(plain)),
        facts=Facts(wants_reason=bool(_WHY.search(plain))),
        parts=Parts(thanks=thanks.strip()),
    )
