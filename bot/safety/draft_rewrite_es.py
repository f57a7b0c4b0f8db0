"""The calmer version of a draft written in Spanish, written in Spanish.

`rewrite_es(text)` keeps what the English rewrite keeps, with Spanish words: their greeting and the
name in it (titles such as "Lic." included; a name said first, "Marta, hice...", is whom it is to),
their own calm thanks to open it, or else a first line from `draft_opener_es` saying what the
message is (asking why, asking for feedback, declining an offer, withdrawing, a payment, their data,
chasing a silence, or replying to the decision: never a follow-up after a rejection), their fact
sentences in their own words (shouting, swearing and piled-up marks taken out; a judging frame such
as "me parece una falta de respeto que ..." taken off what happened; a sentence that still stings
keeps only its calm clauses with a fact in them; each sentence is calmed by `draft_tidy_es`, which
keeps the facts of a threat and of a sarcastic question; the facts of a mocking sentence that goes
are said plainly by `draft_mocked`; a list in the draft stays a list), their requests asked politely
("quiero saber por qué" -> "Me gustaría saber por qué.", "páguenme ya o los denuncio" ->
"Agradecería recibir el pago.", by `draft_asks_es`), and their sign-off (one: their "Saludos" gives
way to the rewrite's "Saludos cordiales"). The lines kept from a "tú" or voseo draft are said as
"usted" (`draft_register_es`), like the lines the rewrite adds; a bare "Recibí un rechazo." after an
opener that names the decision is not said twice. A general ask (the reason, feedback, a reply) is
added only when the draft asks for it, not when it only names it. A wish about them is never kept,
kind or not: an ill-wish ("espero q el banco se vaya a la quiebra") is not turned into a polite one,
and no clause wishing them harm survives a split. The rules of `draft_spanish` judge what stings:
the tone model was trained on English and does not hear Spanish. The wording avoids "tú" and
"vosotros" ("Me gustaría saber...", "Agradecería..."), so it fits a recruiter in Spain and in Latin
America alike. Nothing is added that the draft did not say.
`spanish_points(text)` is what the review lists as kept from a Spanish draft (who it is to, who
signs it, their calm thanks, asking why or for feedback).
"""

from __future__ import annotations

import re

from bot.safety.draft_asks_es import REQUEST, TO_ME, polite_ask_es, trailing_ask_es
from bot.safety.draft_facts import Facts
from bot.safety.draft_mocked import carried, covers, mock_praise, mocked_facts
from bot.safety.draft_opener_es import DECLINE, FEEDBACK, WAITING, WHY, WITHDRAW, intent, opener
from bot.safety.draft_register_es import formal
from bot.safety.draft_rewrite import Points
from bot.safety.draft_rules import normalise
from bot.safety.draft_salvage import own_part_es, salvaged_all, without_barbs
from bot.safety.draft_sentences import Parts
from bot.safety.draft_signoff import could_sign, lay_out
from bot.safety.draft_spanish import HARM, WISH
from bot.safety.draft_tidy_es import FACT, asked_task, calm, tidy_es

_TITLE = (
    r"(?:(?-i:Sr|Sra|Srta|Dr|Dra|Lic|Licda|Ing|Mtro|Mtra|Arq)\.?|licenciad[oa]|ingenier[oa]"
    r"|se[ñn]h?or(?:a|ita)?|doctora?|maestr[oa]|profesora?|arquitect[oa]|don|doña)"
)
"""A title before a name, written out or short, also as typed without the ñ ("senhor")."""
_SPELLED = {"senhor": "señor", "senor": "señor", "senhora": "señora", "senora": "señora"}


def _title_spelled(name: str) -> str:
    """The name with its title spelled as Spanish writes it ("senhor Castillo": "señor ...")."""
    head, _, rest = name.partition(" ")
    return f"{_SPELLED.get(head.lower(), head)} {rest}" if rest else name


_GREETING = re.compile(
    r"^\s*(?P<word>hola|buenos d[ií]as|buenas tardes|buenas noches|buenas|estimad[oa]s?"
    r"|querid[oa]s?|señores|señoras|a quien corresponda)"
    r"(?:[ ,]+(?P<name>(?:" + _TITLE + r" )?(?-i:[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]*"
    r"(?: [A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]*)?)))?\s*[,:.!]?\s*",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^(?:un cordial saludo|cordiales saludos|un saludo|saludos(?: cordiales)?|atentamente|atte"
    r"|slds|gracias|un abrazo|abrazo|cordialmente)[,.!]?"
    r"(?:\s+(?P<name>[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]+(?: [A-ZÁÉÍÓÚÑ][\wáéíóúñ'.-]+){0,2}))?\.?$",
    re.IGNORECASE,
)
_VOCATIVE = re.compile(
    r"^(?:(?:mira|oiga|oye|escuche|bueno|vaya|a ver)[,.]?\s+)?(?P<name>(?:" + _TITLE + r" )?"
    r"(?-i:[A-ZÁÉÍÓÚÑ][a-záéíóúñ'-]+)),\s+(?=\w)",
    re.IGNORECASE,
)
"""A name said first ("Marta, hice tres entrevistas..."): whom the message is to."""
_NOT_ADDRESSED = frozenset(
    "señores señoras chicos equipo buenas hola estimados ok sí si no pues ya oigan mire oye oiga "
    "mira miren bueno vale ey che".split()
)


def _addressable(name: str) -> bool:
    return could_sign(name) and name.lower() not in _NOT_ADDRESSED and calm(name)


_NAME_LINE = re.compile(r"^[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]+(?: [A-ZÁÉÍÓÚÑ][\wáéíóúñ'.-]+){0,2}\.?$")
_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
_CLAUSE = re.compile(r",\s+|;\s+|\s+(?:y|pero|así que|porque|aunque)\s+", re.IGNORECASE)
_FEELING = re.compile(r"\b(?:decepcion\w*|frustrad\w*|triste|dolid\w*|hundid\w*)", re.I)


_A_WISH = re.compile(rf"^(?:y |pero )?(?:{WISH}|(?:que|q|k) (?!me |nos ))", re.IGNORECASE)


def _statement(text: str) -> str:
    text = text.strip(" ,;:¡!¿?.")
    return text[:1].upper() + text[1:] + "." if text else ""


_COUNTED_Q = re.compile(
    r"(?i)^¿?(?:(?:después de|tras|luego de|con) )?(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho"
    r"|nueve|diez|once|doce|quince|veinte|treinta)\b"
)
"""A question that opens on what they gave ("¿Tres entrevistas con el director y me rechazan por
un correo automático?"): its facts are said as a statement."""
_VERDICT = re.compile(
    r"^(?:y |pero )?(?:una|qué|que|menuda|vaya|esto es una|es una|son una) (?:(?:auténtica|total"
    r"|absoluta|verdadera) )?(?:vergüenza|verguenza|falta de respeto|pena|broma|burla|desfachatez"
    r"|cara dura|caradura|porquería|mierda|chapuza|tomadura de pelo|vergüenza de empresa)"
    r"(?: de [\wáéíóúñ ]{2,30}| lo (?:de|que hacen|que hacéis) [\wáéíóúñ ]{2,30}| lo (?:vuestro"
    r"|suyo|tuyo))?[.!]*$",
    re.IGNORECASE,
)
"""A verdict on them ("Una vergüenza.", "Qué falta de respeto."): no point of theirs to keep."""


_OWN_QUESTION = re.compile(
    r"(?i)^¿?(?:y |pero )?(?:cuándo|en qué (?:momento|fecha|plazo)|cuál|dónde)"
    r"\b(?=.*(?:\b(?:puedo|podré|podría|recibiré|recibo|voy a|tengo que|debo|me|mi|mis)\b"
    r"|\w(?:rme|rnos)\b))"
)
"""A calm question about what is theirs ("¿Cuándo puedo esperar el pago?", "¿En qué momento
decidieron descartarme?"): their ask, kept as they put it."""


def _wish_about_them(sentence: str) -> bool:
    """Whether `sentence` wishes something on them ("ojalá ...", "espero que les ...") rather
    than asking for something ("espero una respuesta", "espero que me digan ...")."""
    m = _A_WISH.match(sentence)
    if m is None:
        return False
    rest = re.sub(r"(?i)^(?:al menos|por lo menos|aunque sea),? ", "", sentence[m.end() :].strip())
    return not (TO_ME.match(rest) or rest.lower().startswith(("me ", "nos ")))


_REJECTED = re.compile(r"^Recibí un rechazo\b\s*(?P<rest>[^.!?]*)[.!?]$")


def _told_plainly(fact: str) -> str:
    """A fact after an opener that names the decision: a bare "Recibí un rechazo." says it
    again and is dropped; "Recibí un rechazo después de ..." says when the news came."""
    m = _REJECTED.match(fact)
    if m is None:
        return fact
    return f"Recibí la noticia {m['rest']}." if m["rest"] else ""


def _body(text: str) -> tuple[str | None, str | None, str | None, list[str]]:
    """Their greeting word, the name in it, their sign-off name, and the sentences between
    (their closing words, a lone "Saludos" too, give way to the rewrite's one sign-off)."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    greeting = name = signer = None
    if lines and (g := _GREETING.match(lines[0])):
        greeting = g["word"]
        name = _title_spelled(g["name"]) if g["name"] and calm(g["name"]) else None
        lines[0] = lines[0][g.end() :]
    elif (v := _VOCATIVE.match(lines[0]) if lines else None) and _addressable(v["name"]):
        name = _title_spelled(v["name"])
        lines[0] = lines[0][v.end() :]
    if (
        len(lines) >= 2
        and _NAME_LINE.match(lines[-1])
        and not FACT.search(lines[-1])
        and not _CLOSING.match(lines[-1])
    ):
        signer = lines.pop()
        if not re.search(r"\b(?:Jr|Sr|Esq)\.$", signer):  # "Tom Reyes Jr." keeps its dot
            signer = signer.rstrip(".")
    if lines and (c := _CLOSING.match(lines[-1])):
        signer = c["name"] or signer
        lines.pop()
    out: list[str] = []
    prose: list[str] = []
    for line in [*lines, "- "]:  # a list item ("- 3 fases de selección") is a point of its own
        if (item := _BULLET.match(line)) is None:
            prose.append(line)
            continue
        out += [s for s in _SPLIT.split(" ".join(prose)) if re.search(r"\w", s)]
        out += [ITEM + item[1]] if re.search(r"\w", item[1]) else []
        prose = []
    return greeting, name, signer, out


ITEM = "\x02"
"""Marks a sentence that was a list item in the draft: the rewrite keeps it as one."""
_BULLET = re.compile(r"^\s*(?:[-•*·]|\d+[.)])\s*(.*)$")


def _laid_out(facts: list[str]) -> str:
    """The kept facts as a paragraph, their list items one a line, as the draft had them."""
    out = ""
    for fact in facts:
        item = fact.startswith("- ")
        out += ("\n" if item or out.endswith(_ITEM_END) else " ") + fact if out else fact
    return out.replace(_ITEM_END, "")


_ITEM_END = "\x03"


def rewrite_es(text: str) -> str:
    """A calm Spanish message built from the person's own points in a Spanish draft."""
    plain = lay_out(normalise(text or ""))
    greeting, name, signer, sentences = _body(plain)
    sentences = salvaged_all(sentences)
    facts: list[str] = []
    asks: list[str] = []
    thanks = ""
    mocked: list[str] = []  # the facts of a mocking sentence, said plainly if it went
    for raw in [*sentences, ""]:
        facts += [m for m in mocked if not carried(m, " ".join(facts + asks))]
        mocked = mocked_facts(raw)
        if raw.startswith(ITEM):  # a list item stays one, calmed, when something of it is calm
            item = tidy_es(raw[1:]).rstrip(".")
            facts += [f"- {item}{_ITEM_END}"] if item and calm(item) else []
            continue
        sentence = tidy_es(without_barbs(raw))
        if polite_ask_es(sentence) is None and (split := trailing_ask_es(raw)) is not None:
            sentence, tail = tidy_es(split[0]), split[1]  # the statement is sorted below
            asks += [tail] if tail not in asks else []
        if sentence.endswith("?") and _COUNTED_Q.match(sentence) and calm(sentence):
            facts.append(_statement(sentence))  # "¿Tres entrevistas y me rechazan por correo?"
            continue
        mocking = sentence.endswith("?") or mock_praise(sentence)
        goes = mocking and covers(mocked, sentence, plain.replace(raw, ""))
        if not sentence or (mocked and goes):
            continue  # a mocking question or mock praise: only its facts, said plainly, stay
        if _VERDICT.match(sentence):
            continue  # "Una vergüenza." judges them and says nothing of theirs
        if _wish_about_them(sentence):
            continue  # a wish about them, kind or not, is no point of theirs to keep
        if not thanks and _THANKS.search(sentence) and calm(sentence):
            thanks = _statement(sentence)
            continue
        if (ask := polite_ask_es(sentence)) is not None:
            asks += [ask] if ask not in asks else []
            continue
        if sentence.endswith("?") and calm(sentence) and WHY.search(sentence):
            asks.append(sentence if sentence.startswith("¿") else "¿" + sentence)
            continue
        if sentence.endswith("?") and calm(sentence) and _OWN_QUESTION.match(sentence):
            asks.append(sentence if sentence.startswith("¿") else "¿" + sentence)
            continue  # "¿Cuándo puedo esperar el pago?" asks for something of theirs
        if sentence.endswith("?") and (own := own_part_es(sentence)) and calm(own):
            facts.append(own)  # "hice las 3 entrevistas y me rechazan con un mail??"
            continue
        if sentence.endswith("?") and (done := asked_task(sentence)):
            facts.append(done)  # "¿La prueba de 6 horas era para ...?": "Hice la prueba ..."
            continue
        if sentence.endswith("?"):
            continue  # a rhetorical question ("¿en serio?") says nothing they need to hear
        if WITHDRAW.search(sentence) or DECLINE.search(sentence):
            continue  # the first line already says it, calmly
        if calm(sentence) and FACT.search(sentence):
            facts.append(_statement(sentence))
            continue
        kept_clauses = [
            c
            for c in _CLAUSE.split(sentence)
            if calm(c) and FACT.search(c) and not HARM.search(c) and not _A_WISH.match(c)
        ]
        if kept_clauses:
            facts.append(_statement(", ".join(c.strip(" ,") for c in kept_clauses)))
    if not facts and not asks:  # never an empty note: their calm sentences say their points
        facts = [
            _statement(t) for t in map(tidy_es, map(without_barbs, sentences)) if _plain_point(t)
        ][:3]
    opening = [thanks] if thanks else []
    if not thanks or intent(plain) in ("withdraw", "decline"):
        opening.append(opener(plain))  # their own thanks opens it, unless they are saying no
    if "decisión" in " ".join(opening):
        facts = [f for f in (_told_plainly(f) for f in facts) if f]
    facts = [formal(f, bool(name)) for f in facts]  # in the register of the lines it adds
    asks = [formal(a, bool(name)) for a in asks]
    if _FEELING.search(plain):
        opening.append("Reconozco que la noticia me decepcionó.")
    tidied = [tidy_es(s) for s in sentences]
    if not asks and _asks_for(WHY, tidied):
        asks.append("Me gustaría saber el motivo de la decisión.")
    elif not asks and _asks_for(FEEDBACK, tidied):
        asks.append("Agradecería cualquier comentario sobre en qué podría mejorar.")
    elif not asks and WAITING.search(plain) and _asks_for(re.compile(r"\w"), tidied):
        asks.append("Agradecería una respuesta cuando sea posible.")
    word = (greeting or "Hola").capitalize()
    comma = "," if word.lower().startswith(("hola", "buen")) else ""
    head = f"{word}{comma} {name}:" if name else f"{word}:"
    paragraphs = [head, " ".join(opening)]
    paragraphs += [_laid_out(facts[:8])] if facts else []
    paragraphs += [" ".join(asks[:3])] if asks else []
    paragraphs.append("Saludos cordiales" + (f",\n{signer}" if signer else ""))
    return "\n\n".join(p for p in paragraphs if p)


_THANKS = re.compile(r"\b(?:gracias|agradec\w*|agradezc\w*)\b", re.IGNORECASE)
_ASKING = re.compile(
    r"\b(?:por favor|quiero|quisiera|necesito|exijo|pido|me gustar[ií]a|agradecer[ií]a"
    r"|(?:pueden|podr[ií]an|puede|podr[ií]a)\b)",
    re.IGNORECASE,
)


def _plain_point(sentence: str) -> bool:
    """A calm sentence of theirs that says something (not a rhetorical question, a verdict or a
    wish): what an otherwise empty note keeps."""
    return (
        len(sentence.split()) >= 3
        and not sentence.endswith("?")
        and calm(sentence)
        and not _VERDICT.match(sentence)
        and not _wish_about_them(sentence)
        and not HARM.search(sentence)
        and not WITHDRAW.search(sentence)
        and not DECLINE.search(sentence)
    )


def _asks_for(wish: re.Pattern[str], sentences: list[str]) -> bool:
    """Whether a sentence names what `wish` names and asks for it: naming it is not asking
    ("no sé por qué me molesté" asks for nothing)."""
    return any(
        wish.search(s) and (s.endswith("?") or REQUEST.match(s) or _ASKING.search(s))
        for s in sentences
    )


def spanish_points(text: str) -> Points:
    """What the calmer version keeps from a Spanish draft, for the review to list."""
    plain = normalise(text or "")
    _greeting, name, signer, sentences = _body(plain)
    thanks = next((s for s in sentences if _THANKS.search(s) and calm(s)), "")
    return Points(
        recipient=name,
        signer=signer,
        wants_feedback=bool(FEEDBACK.search(plain)),
        facts=Facts(wants_reason=bool(WHY.search(plain))),
        parts=Parts(thanks=thanks.strip()),
    )
