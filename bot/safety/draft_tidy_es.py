"""Calming one sentence of a Spanish draft without losing its facts: the word-level half of the
Spanish rewrite, as `draft_tidy` is for English.

`tidy_es(sentence)` takes out a swearing lead, a mocking exclamation ("Qué proceso tan ágil el
suyo: ..."), an "or else" tail that threatens ("... ya o nos vemos en el juzgado"), a judging
frame ("me parece una falta de respeto que ..."), scare quotes and shouting; a threat to tell
everyone what happened ("voy a contar en LinkedIn que hice 5 entrevistas") keeps what happened;
"me hicieron hacer" becomes "tuve que hacer" and "me rechazaron" "recibí un rechazo". An
accusation of no decency ("ni siquiera tuviste la decencia de contestarme") keeps only its fact
("No recibí respuesta"); a subjunctive clause left by taking off a frame ("Que me hayan tenido
dos semanas sin noticias es una vergüenza") is said as a sentence ("Pasaron dos semanas sin
noticias").
`without_threat` and `NOW` serve the asks ("quiero mi finiquito ya o los denuncio" asks for the
finiquito). `asked_task(question)` says the task in a sarcastic question as done ("¿La prueba de
6 horas era para resolverles el problema gratis?" -> "Hice la prueba de 6 horas."). `FACT` says
whether a clause holds something concrete; `calm` whether the Spanish rules find no sting.
"""

from __future__ import annotations

import re

from bot.safety.draft_quotes import unquote
from bot.safety.draft_rules import find_hits
from bot.safety.draft_spanish import HARM, LOADED, PLAIN

_ROUGH = frozenset(
    {"insult", "blame", "sarcasm", "passive", "bridge", "ill_will", "entitlement", "threat",
     "demand", "profanity"}
)  # fmt: skip

FACT = re.compile(
    r"\d|\b(?:un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte"
    r"|treinta|semanas?|mes(?:es)?|d[ií]as?|horas?|años?|entrevistas?|rondas?|fases?|pruebas?"
    r"|prueba técnica|caso práctico|ejercicio|presentaci[oó]n|tarea|proceso|oferta|puesto"
    r"|vacante|candidatura|currículum|cv|experiencia|título|máster|reclutador[a]?|responsable"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
    r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo|correo|llamada|mensaje|viaje|hotel"
    r"|vuelo|gastos|factura|pag\w+|liquidaci[oó]n|finiquito|sueldo|salario|n[oó]mina|vacaciones"
    r"|contrato|despid\w+|euros?|pesos|d[oó]lares|respuesta|aviso)\b",
    re.IGNORECASE,
)

NOW = re.compile(
    r"(?:^|,\s*|\s+)(?:ya mismo|ya|ahora mismo|ahora|de inmediato|inmediatamente|de una vez"
    r"|hoy mismo|hoy|esta semana|ya mismo"
    r"|cuanto antes|YA)\b(?=\s*(?:[,.!?]|$))",
    re.IGNORECASE,
)
"""The "now!" of a demand ("quiero mi finiquito ya"): a polite ask does without it."""
_THREAT_WORDS = re.compile(
    r"\b(?:denunci\w*|juzgados?|tribunal\w*|abogad[oa]s?|demand[ao]\w*|reseñas?|glassdoor"
    r"|linkedin|redes|twitter|publicar\w*|publico|inspecci[oó]n|enterar\w*|lamentar\w*"
    r"|arrepentir\w*|nos vemos|consecuencias|prensa)\b",
    re.IGNORECASE,
)
_OR_ELSE = re.compile(
    r",?\s+(?:o si no|si no|de lo contrario|porque si no|o bien|o)\s+", re.IGNORECASE
)


_TOLD_ALL = re.compile(
    r"^(?:y |pero )?(?:(?:les?|os|te) )?(?:voy a|vamos a|pienso|vais a ver|van a ver)\s+"
    r"(?:(?:les?|os|te) )?(?:contar|publicar|decir|escribir|poner|compartir|avisar|explicar)"
    r"\w*\b[^.?!]{0,60}?\b(?:que|cómo|como)\s+(?P<what>[^.?!]+)",
    re.IGNORECASE,
)
"""A threat to tell everyone what happened ("voy a contar en LinkedIn que hice 5 entrevistas"):
what happened is a fact to keep, said without the threat."""
_MOCK_LEAD = re.compile(
    r"^(?:qué|vaya|menud[oa]s?|valiente|bonit[oa])\s[^:.]{2,50}:\s*(?=\w)", re.IGNORECASE
)
"""A mocking exclamation before what happened ("Qué proceso tan ágil el suyo: ...")."""


def without_threat(text: str) -> str:
    """`text` without an "or else" tail that threatens ("... ya o nos vemos en el juzgado")."""
    for m in _OR_ELSE.finditer(text):
        tail = text[m.end() :]
        if _THREAT_WORDS.search(tail) or HARM.search(tail) or not calm(tail):
            return text[: m.start()]
    return text


_LOUD = re.compile(r"\b[A-ZÁÉÍÓÚÑÜ]{2,}\b")


def calm(text: str) -> bool:
    return not any(h.family in _ROUGH for h in find_hits(text))


_FRAME = re.compile(
    r"\b(?:me parece|se me hace|me resulta|(?:no )?(?:es|fue|me pareci[oó])|no puedo creer"
    r"|no puede ser)\s+(?:(?!que\b)[\w,]+\s+){0,5}?(?:que|q)\s+",
    re.IGNORECASE,
)
_INVERTED = re.compile(
    r"^(?:el )?(?:que|q) (?P<what>.+?),? (?:es|fue|me parece|me pareció|me resulta) (?:una? )?"
    r"(?:(?:total|auténtica|verdadera) )?(?:vergüenza|verguenza|falta de respeto|burla"
    r"|increíble|indignante|inaceptable|lamentable|vergonzoso|una broma)(?: total)?[.!]*$",
    re.IGNORECASE,
)
"""A judging frame said after what happened ("Que me hayan tenido dos semanas sin noticias es
una vergüenza"): what happened is kept."""
_PAST = re.compile(r"\b(me|nos|nadie me|no me|nunca me|ni me) (\w{2,}?)(ara|aran|iera|ieran)\b")
_PRETERITE = {"ara": "ó", "aran": "aron", "iera": "ió", "ieran": "ieron"}


def _unframe(text: str) -> str:
    """`text` without a judging frame that stings ("me parece una falta de respeto que ..."),
    what followed it said as what happened ("nadie me contestara" -> "nadie me contestó")."""
    m = _FRAME.search(text)
    if m is None or calm(m.group(0)):
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
_MADE_ME = re.compile(
    r"(?:\b(?:ustedes|vosotros|vosotras|usted|ellos|ellas|tú|vos) )?"
    r"\bme (?:hicieron|hicisteis|hizo|obligaron a|obligasteis a|obligó a|pusieron a) ",
    re.I,
)
""""Me hicieron hacer una presentación": what they did, said as "tuve que hacer ..."."""
_WASTED_ON = re.compile(
    r"(?:^(?:y |pero )?(?:(?:muchísimas|muchas|mil) )?gracias por (?:hacerme|haberme hecho)"
    r"|\bme (?:hicieron|hicisteis|han hecho|habéis hecho|hizo|ha hecho)) perder (?:el|mi) tiempo"
    r" (?:con|en) ",
    re.IGNORECASE,
)
""""Gracias por hacerme perder el tiempo con tres entrevistas": what they did ("hice tres
entrevistas"), without the jab."""
_LOST_SPAN = re.compile(
    r"(?:^(?:y |pero )?(?:(?:muchísimas|muchas|mil) )?gracias por (?:hacerme|haberme hecho)"
    r"|\bme (?:hicieron|hicisteis|han hecho|habéis hecho|hizo|ha hecho)) perder"
    r" (?P<span>(?:(?:\w+|todo|toda|todos|todas) )?(?:\w+ )?(?:horas|días|tardes|noches|mañanas"
    r"|semanas|meses|fines de semana|fin de semana|hora|día|tarde|noche|mañana|semana|mes))"
    r" (?:con|en) ",
    re.IGNORECASE,
)
""""Gracias por hacerme perder dos tardes con un caso práctico": the time they gave and to
what ("dediqué dos tardes a un caso práctico"), without the jab."""
_THEY_REJECTED = re.compile(
    r"\bme (?:(?:rechaz|descart)(?:áis|asteis|aron|an|ó|a|an)|rechacen|descarten)\b", re.IGNORECASE
)


_NO_DECENCY = re.compile(
    r"\bni (?:siquiera|si quiera) (?:tuv\w+|tiene\w*|ten[eé]s|tienes|(?:ha|han|has|hab[eé]is)"
    r" tenido) (?:(?:la|el|un|una) )?(?:m[ií]nim[oa] )?(?:decencia|respeto|educaci[oó]n"
    r"|cortes[ií]a|delicadeza|consideraci[oó]n|gentileza|detalle) de (?P<verb>[a-záéíóúñ]+?)"
    r"(?:me|nos|le|les)?\b(?P<rest>[^.!?;]*)",
    re.IGNORECASE,
)
"""An accusation, "ni siquiera tuviste la decencia de contestarme": only the fact is kept."""
_NOT_GOT = {
    "avis": "no recibí ningún aviso",
    "inform": "no recibí ningún aviso",
    "comunic": "no recibí ningún aviso",
    "notific": "no recibí ningún aviso",
    "llam": "no recibí ninguna llamada",
    "escrib": "no recibí ningún mensaje",
    "mand": "no recibí ningún mensaje",
    "explic": "no recibí ninguna explicación",
    "dec": "no recibí ninguna explicación",
    "dar": "no recibí ninguna explicación",
}
_WHEN = re.compile(r"\s+(?:después|despues|luego|tras|durante|desde|antes)\b.*$", re.IGNORECASE)


def _fact_of(m: re.Match[str]) -> str:
    """What "ni siquiera tuvieron la decencia de <verb> ..." says happened, said calmly."""
    verb = m["verb"].lower()
    said = next((v for k, v in _NOT_GOT.items() if verb.startswith(k)), "no recibí respuesta")
    when = _WHEN.search(m["rest"])
    said += when.group(0) if when else ""
    return said[:1].upper() + said[1:] if m.start() == 0 else said


_SUBJ = re.compile(
    r"^(?:y |pero )?(?:(?:el )?(?:que|q) )?(?:me|nos) (?:hayan|haya|hayas|hayáis|tengan|tenga)"
    r" (?:tenido|dejado|tenido esperando|dejado esperando)?\s*(?P<span>(?:m[aá]s de |casi )?"
    r"(?:\d+|un[ao]?|dos|tres|cuatro|cinco|seis|siete|ocho|diez|quince|veinte) (?:d[ií]as"
    r"|semanas?|mes(?:es)?|d[ií]a))(?:\s+(?:esperando|colgad[oa]))?\s*(?P<without>sin \w+)?",
    re.IGNORECASE,
)
"""A clause in the subjunctive pulled out of a frame ("que me hayan tenido dos semanas sin
noticias"): not a sentence on its own, so what it says is said as one."""


def _restated(text: str) -> str:
    """A bare subjunctive clause left after taking off a frame, said as a whole sentence
    ("me hayan tenido dos semanas sin noticias" -> "Pasaron dos semanas sin noticias")."""
    m = _SUBJ.match(text)
    if m is None:
        return text
    span = m["span"]
    verb = "Pasó" if re.match(r"(?i)(?:un[ao]?|1) ", span) else "Pasaron"
    return f"{verb} {span} {m['without'] or 'sin noticias'}"


_UNLOADED = re.compile(
    r"(?i)(?<!\bes)(?<!\bfue)(?<!\bera)(?<!\bson)(?<!\bsea)(?<!\bparece)(?<!\bresulta)"
    r"(?<!\bestá)(?<!\bestán)(?<!\bmuy)(?<!\btan)(?<!\bsiendo)(?<!\bser)"
    r"(?:\s+(?:tan |muy |totalmente |completamente )?(?:absurd|ridícul|ridicul|patétic|pateti"
    r"|estúpid|estupid|vergonzos|penos|maldit|puñeter|interminabl|etern)[oa]s?"
    r"|\s+(?:lamentable|inútil|inutil|mediocre|cutre|interminable)(?:e?s)?"
    r"|\s+de (?:pena|chiste|risa|juguete))(?=[\s,.;:!?]|$)"
)
_COUNTED = re.compile(
    r"(?i)\d|\b(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte"
    r"|treinta|cuarenta|cincuenta|cien)\b"
)
_UNLOADED_BEFORE = re.compile(
    r"(?i)\b(?P<det>su|tu|el|la|los|las|un|una|sus|tus|vuestr[oa]s?) (?:(?:absurd|ridícul|patétic"
    r"|estúpid|maldit|puñeter|dichos|famos)[oa]s?|inútil(?:es)?|lamentables?|mediocres?) "
)
"""Loaded words on a fact ("un proceso absurdo", "su estúpida prueba de 4 horas"): they go and
the fact stays ("un proceso", "su prueba de 4 horas")."""


def tidy_es(text: str) -> str:
    """Normal case, one mark, no swearing lead or threat tail, "me rechazáis" said plainly."""
    text = _MOCK_LEAD.sub("", _LEAD.sub("", text.strip()))
    text = _NO_DECENCY.sub(_fact_of, text)
    if (told := _TOLD_ALL.match(text)) and FACT.search(told["what"]):
        text = told["what"]
    text = without_threat(_THREAT_TAIL.sub("", text))
    if _COUNTED.search(text):  # only on a fact with a number: a bare jab stays a jab, and goes
        text = _UNLOADED_BEFORE.sub(r"\g<det> ", _UNLOADED.sub("", text))
    text = _WASTED_ON.sub(lambda m: "hice " if m.start() else "Hice ", text)
    text = _LOST_SPAN.sub(
        lambda m: ("dediqué " if m.start() else "Dediqué ") + m["span"] + " a ", text
    )
    text = _MADE_ME.sub(lambda m: "tuve que " if m.start() else "Tuve que ", unquote(text))
    text = _restated(_INVERTED.sub(r"\g<what>", _unframe(text)).strip())
    text = _THEY_REJECTED.sub("recibí un rechazo", text)
    if _LOUD.search(text) and sum(c.isupper() for c in text) > sum(c.islower() for c in text):
        text = text.lower()
        text = text[:1].upper() + text[1:]
    text = _LOUD.sub(lambda m: m[0].lower() if m[0] in LOADED | PLAIN else m[0], text)
    text = re.sub(r"([!?¡¿])[!?¡¿1]+", r"\1", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text


_COUNT = r"(?:\d+|un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte)"
_DONE_TASK = re.compile(
    rf"\b(?P<np>(?:la|el|las|los|mis|mi|una|un|{_COUNT})\s+(?:{_COUNT}\s+)?(?:prueba|caso"
    r" práctico|ejercicio|presentaci[oó]n|tarea|proyecto|entrevistas?|rondas?|fases?)"
    r"(?:\s+(?:técnica|práctica|final|de caso|de código|t[eé]cnicas|finales))?"
    rf"(?:\s+de\s+{_COUNT}\s+(?:horas?|d[ií]as?|semanas?|p[aá]ginas?|minutos?|diapositivas"
    r"|l[aá]minas|preguntas|ejercicios))?)\b",
    re.IGNORECASE,
)


def asked_task(question: str) -> str:
    """The task or interviews named in a sarcastic question, said as done ("¿La prueba de caso
    de 6 horas era para resolverles el problema gratis?" -> "Hice la prueba de caso de 6
    horas."); "" when it names none with a number or a kind."""
    m = _DONE_TASK.search(question.strip("¿?"))
    if m is None or not re.search(rf"{_COUNT}\b|técnica|práctic|caso|final", m["np"], re.I):
        return ""
    np = m["np"]
    return f"Hice {np[0].lower() + np[1:]}."
