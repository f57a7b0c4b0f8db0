"""The calmer version of a draft written in Spanish, written in Spanish.

`rewrite_es(text)` keeps what the English rewrite keeps, with Spanish words: their greeting and
the name in it (titles such as "Lic." included), their own calm thanks to open it, or else a
first line from `draft_opener_es` saying what the message is (asking why, asking for feedback,
declining an offer, withdrawing, a payment, their data, chasing a silence, or replying to the
decision: never a follow-up after a rejection), their fact sentences in their own words
(shouting, swearing and piled-up marks taken out; a judging frame such as "me parece una falta de
respeto que ..." taken off what happened; a sentence that still stings keeps only its calm
clauses with a fact in them), their requests asked politely ("quiero saber por qué" -> "Me
gustaría saber por qué."), and their sign-off. A wish about them is never kept, kind or not: an
ill-wish ("espero q el banco se vaya a la quiebra") is not turned into a polite one, and no
clause wishing them harm survives a split. The rules of `draft_spanish` judge what stings: the
tone model was trained on English and does not hear Spanish. The wording avoids "tú" and
"vosotros" ("Me gustaría saber...", "Agradecería..."), so it fits a recruiter in Spain and in
Latin America alike. Nothing is added that the draft did not say.
`spanish_points(text)` is what the review lists as kept from a Spanish draft (who it is to, who
signs it, their calm thanks, asking why or for feedback).
"""

from __future__ import annotations

import re

from bot.safety.draft_facts import Facts
from bot.safety.draft_opener_es import DECLINE, FEEDBACK, WAITING, WHY, WITHDRAW, intent, opener
from bot.safety.draft_rewrite import Points
from bot.safety.draft_rules import find_hits, normalise
from bot.safety.draft_sentences import Parts
from bot.safety.draft_signoff import lay_out
from bot.safety.draft_spanish import HARM, LOADED, PLAIN, WISH

_ROUGH = frozenset(
    {"insult", "blame", "sarcasm", "passive", "bridge", "ill_will", "entitlement", "threat",
     "demand", "profanity"}
)  # fmt: skip
_GREETING = re.compile(
    r"^\s*(?P<word>hola|buenos d[ií]as|buenas tardes|buenas noches|estimad[oa]s?|querid[oa]s?)"
    r"(?:[ ,]+(?P<name>(?-i:(?:(?:Sr|Sra|Srta|Dr|Dra|Don|Doña|Lic|Licda|Ing|Mtro|Mtra|Arq)\.? )?"
    r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]*"
    r"(?: [A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]*)?)))?\s*[,:.!]?\s*",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^(?:un cordial saludo|cordiales saludos|un saludo|saludos(?: cordiales)?|atentamente|atte"
    r"|slds|gracias|un abrazo|cordialmente)[,.!]?"
    r"(?:\s+(?P<name>[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]+(?: [A-ZÁÉÍÓÚÑ][\wáéíóúñ'.-]+){0,2}))?\.?$",
    re.IGNORECASE,
)
_NAME_LINE = re.compile(r"^[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]+(?: [A-ZÁÉÍÓÚÑ][\wáéíóúñ'.-]+){0,2}\.?$")
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
_FEELING = re.compile(r"\b(?:decepcion\w*|frustrad\w*|triste|dolid\w*|hundid\w*)", re.I)
_LOUD = re.compile(r"\b[A-ZÁÉÍÓÚÑÜ]{2,}\b")


def _calm(text: str) -> bool:
    return not any(h.family in _ROUGH for h in find_hits(text))


_TO_ME = re.compile(
    r"^(?:(?:una|su|tu|vuestra|alguna) )?(?:respuesta|noticias|comentarios|retroalimentaci[oó]n"
    r"|feedback|explicaci[oó]n|novedad(?:es)?)\b|^(?:que|q|k) (?:me|nos) ",
    re.IGNORECASE,
)
"""What "espero ..." may ask for: an answer, news or feedback, or something done for them."""
_A_WISH = re.compile(rf"^(?:y |pero )?(?:{WISH}|(?:que|q|k) (?!me |nos ))", re.IGNORECASE)
_FRAME = re.compile(
    r"\b(?:me parece|se me hace|me resulta|(?:no )?(?:es|fue|me pareci[oó])|no puedo creer"
    r"|no puede ser)\s+(?:(?!que\b)[\w,]+\s+){0,5}?(?:que|q)\s+",
    re.IGNORECASE,
)
_PAST = re.compile(r"\b(me|nos|nadie me|no me|nunca me|ni me) (\w{2,}?)(ara|aran|iera|ieran)\b")
_PRETERITE = {"ara": "ó", "aran": "aron", "iera": "ió", "ieran": "ieron"}


def _unframe(text: str) -> str:
    """`text` without a judging frame that stings ("me parece una falta de respeto que ..."),
    what followed it said as what happened ("nadie me contestara" -> "nadie me contestó")."""
    m = _FRAME.search(text)
    if m is None or _calm(m.group(0)):
        return text
    rest = text[: m.start()] + text[m.end() :]
    return _PAST.sub(lambda p: f"{p[1]} {p[2]}{_PRETERITE[p[3]]}", rest)


_LEAD = re.compile(
    r"^(?:joder|hostia|mierda|vaya|bueno|mira|oye|en serio|venga|pues|ya|total)[,.!]*\s+", re.I
)
_THREAT_TAIL = re.compile(
    r",?\s+(?:o|si no|o si no|de lo contrario)\s+(?:os |les |te )?(?:pondr[eé]|ir[eé]|voy"
    r"|denunciar[eé]|llamar[eé]|escribir[eé]|publicar[eé]|contar[eé]|hablar[eé])\b.*$",
    re.IGNORECASE,
)
_THEY_REJECTED = re.compile(
    r"\bme (?:(?:rechaz|descart)(?:áis|asteis|aron|an|ó|a|an)|rechacen|descarten)\b", re.IGNORECASE
)


def _tidy(text: str) -> str:
    """Normal case, one mark, no swearing lead or threat tail, "me rechazáis" said plainly."""
    text = _LEAD.sub("", text.strip())
    text = _THREAT_TAIL.sub("", text)
    text = _unframe(text)
    text = _THEY_REJECTED.sub("recibí un rechazo", text)
    if _LOUD.search(text) and sum(c.isupper() for c in text) > sum(c.islower() for c in text):
        text = text.lower()
        text = text[:1].upper() + text[1:]
    text = _LOUD.sub(lambda m: m[0].lower() if m[0] in LOADED | PLAIN else m[0], text)
    text = re.sub(r"([!?¡¿])[!?¡¿1]+", r"\1", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text


def _statement(text: str) -> str:
    text = text.strip(" ,;:¡!¿?.")
    return text[:1].upper() + text[1:] + "." if text else ""


def _wish_about_them(sentence: str) -> bool:
    """Whether `sentence` wishes something on them ("ojalá ...", "espero que les ...") rather
    than asking for something ("espero una respuesta", "espero que me digan ...")."""
    m = _A_WISH.match(sentence)
    if m is None:
        return False
    rest = sentence[m.end() :].strip()
    return not (_TO_ME.match(rest) or rest.lower().startswith(("me ", "nos ")))


def _ask(sentence: str) -> str | None:
    """A request said politely, or None when the sentence is not one."""
    m = _REQUEST.match(sentence.strip(" ¡!¿?."))
    if m is None:
        return None
    rest = m["rest"].strip(" ,.!?")
    if not rest or not _calm(rest):
        return None
    if m["want"] and m["want"].lower().endswith("espero") and not _TO_ME.match(rest):
        return None  # "espero que ..." about them is a wish, not a request
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
    thanks = ""
    for raw in sentences:
        sentence = _tidy(raw)
        if _wish_about_them(sentence):
            continue  # a wish about them, kind or not, is no point of theirs to keep
        if not thanks and _THANKS.search(sentence) and _calm(sentence):
            thanks = _statement(sentence)
            continue
        if (ask := _ask(sentence)) is not None:
            asks += [ask] if ask not in asks else []
            continue
        if sentence.endswith("?") and _calm(sentence) and WHY.search(sentence):
            asks.append(sentence if sentence.startswith("¿") else "¿" + sentence)
            continue
        if sentence.endswith("?"):
            continue  # a rhetorical question ("¿en serio?") says nothing they need to hear
        if WITHDRAW.search(sentence) or DECLINE.search(sentence):
            continue  # the first line already says it, calmly
        if _calm(sentence) and _FACT.search(sentence):
            facts.append(_statement(sentence))
            continue
        calm = [
            c
            for c in _CLAUSE.split(sentence)
            if _calm(c) and _FACT.search(c) and not HARM.search(c) and not _A_WISH.match(c)
        ]
        if calm:
            facts.append(_statement(", ".join(c.strip(" ,") for c in calm)))
    opening = [thanks] if thanks else []
    if not thanks or intent(plain) in ("withdraw", "decline"):
        opening.append(opener(plain))  # their own thanks opens it, unless they are saying no
    if _FEELING.search(plain):
        opening.append("Reconozco que la noticia me decepcionó.")
    if not asks and WHY.search(plain):
        asks.append("Me gustaría saber el motivo de la decisión.")
    elif not asks and FEEDBACK.search(plain):
        asks.append("Agradecería cualquier comentario sobre en qué podría mejorar.")
    elif not asks and WAITING.search(plain):
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
        wants_feedback=bool(FEEDBACK.search(plain)),
        facts=Facts(wants_reason=bool(WHY.search(plain))),
        parts=Parts(thanks=thanks.strip()),
    )
