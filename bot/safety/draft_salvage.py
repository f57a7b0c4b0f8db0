"""What a sarcastic sentence says of the person's own, and the barbs hung on a calm one.

A jab is often wrapped around the person's strongest fact: "thanks so much for the generous
two-line email after I spent 6 hours on your take-home", "muchas gracias por el correo de dos
líneas después de que dediqué 8 horas a la prueba". `salvaged(sentence)` gives the part of such a
sentence that is theirs ("I spent 6 hours on your take-home.", "Dediqué 8 horas a la prueba."),
and whatever the sentence went on to say after it, so the thanks-for-nothing goes and the fact
stays. A calm fact sentence can carry a barb of its own: "I did 4 rounds, which apparently was a
joke to you", "hice 5 entrevistas, que por lo visto no sirvieron de nada", "4 interviews down
the drain", "me gustaría saber en qué fallé, que creo que me lo merezco". `without_barbs(sentence)`
takes such clauses and words off and keeps the rest in the person's words. Both work on English
and Spanish sentences, and neither adds a word of its own beyond a plain frame ("This comes after
3 rounds.") when the fact had no verb of its own.
"""

from __future__ import annotations

import re

from bot.safety.draft_tidy import past

_MOCK_OPEN = re.compile(
    r"(?i)^\W*(?:(?:ok|okay|so|well|wow|oh|gee|and|but|hey|lol)[,.!]*\s+)*"
    r"(?:(?:thanks|thank you|many thanks|cheers)\b"
    r"|(?:I )?(?:really |truly |so |just )*(?:appreciate|love|loved|adore)\b"
    r"|(?:great|nice|good|brilliant|amazing|fantastic|wonderful|lovely|classy|stellar) (?:job|work"
    r"|move|touch|one|stuff)\b|(?:what|such) an? (?:\w+ )?(?:thoughtful|generous|lovely|classy"
    r"|professional|kind|considerate|wonderful|great|nice|touching)\b"
    r"|how (?:thoughtful|generous|lovely|classy|professional|kind|considerate|nice|sweet)\b"
    r"|congrat(?:ulation)?s\b"
    r"|(?:muchas |muchísimas |mil )?gracias\b|(?:te |les |os )?agradezco\b"
    r"|qué (?:detalle|bonito|amable|considerad[oa]s?|elegante|profesional|generos[oa]s?)\b"
    r"|(?:genial|estupendo|fantástico|perfecto|maravilloso|enhorabuena|felicidades)\b"
    r"|me encanta\b"
    r"|(?:or |and )?(?:is (?:that|it|this) (?:really )?too much to ask|would it (?:really )?kill"
    r" (?:you|anyone)|how hard (?:is|was|would) it|(?:es|era) (?:mucho|demasiado) pedir"
    r"|tanto (?:cuesta|costaba)))"
)
"""A sentence opening on thanks or praise: with a fact of theirs after "after" / "después de",
the thanks are for the rejection or the silence, and only the fact is theirs."""
_EARNEST = re.compile(
    r"(?i)^\W*(?:thanks|thank you|many thanks|gracias|muchas gracias)(?: (?:so|very) much)?"
    r" (?:for|por) (?:the|your|su|tu|la|el) (?:update|email|e-mail|time|call|interview|reply"
    r"|response|message|consideration|opportunity|tiempo|respuesta|correo|mensaje|entrevista"
    r"|llamada|oportunidad|actualización)\W*(?:,\s*)?(?=after|when|después|tras|cuando)"
)
"""Plain thanks for something plain ("Thanks for the update after my interview"): kept whole."""
_I_DID = re.compile(
    r"(?i)\b(?:right |just |only |even )?(?:after|when|once|despite|even though|although|since)"
    r" (?P<fact>I(?:'ve| have| had)? (?!(?:was|am|guess|suppose|think|assume|hope)\b)"
    r"[a-z]+\b[^.?!;]*)"
)
_YO_HICE = re.compile(
    r"(?i)\b(?:justo |incluso )?(?:después de que|después de|luego de que|luego de|tras|cuando"
    r"|aunque|a pesar de que) (?:yo )?(?P<fact>(?!(?:me|le|les|te|os|nos|se|lo|la|los|las)\b)"
    r"[a-záéíóúñ]+(?:é|í|ié|ué|aba|ía|ve|ce|de|se|ije|uve)\b[^.?!;]*)"
)
"""A clause in the first person past after "después de que" ("dediqué 8 horas a la prueba")."""
_COUNTED = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte)"
)
_AFTER_N = re.compile(
    rf"(?i)\b(?:right |just |only |even )?(?P<lead>after|despite|después de|tras|luego de)"
    rf" (?P<fact>(?:(?:my|the|mis|las|los) )?{_COUNTED}(?:\+)? [^\W\d_]+"
    rf"(?:[ -](?!(?:of|de)\b)[^\W\d_]+)?"
    rf"(?: (?:of|de) [^\W\d_]+(?: [^\W\d_]+)?)?)(?=[\s,.;:!?)]|$)"
)
"""A count after "after" with no verb ("after 3 rounds", "después de 4 entrevistas")."""
_THANKS = re.compile(
    r"(?i)^\W*(?:(?:wow|oh|ok|okay|so|well)[,.!]*\s+)*(?:thanks|thank you|many thanks)\b"
)
"""Thanks with a bare count after them ("thanks for ghosting me after 4 rounds") are said plainly
by the tidying ("I didn't hear back after 4 rounds"); only a fact with a verb is taken out here."""
_OF_DOING = re.compile(
    r"(?i)^\W*(?:thanks|thank you|many thanks)(?: (?:so|very) much)? for (?:the|this|that|your)"
    r" [^,.;!?]{0,40}? of (?P<ger>(?!being\b)[a-z]+ing) (?P<rest>[^.;!?]+)"
)
"""Thanks for "the 'growth opportunity' of doing your unpaid trial shift": what they did."""
_DID = {"doing": "did", "making": "made", "giving": "gave", "spending": "spent", "taking": "took",
        "flying": "flew", "building": "built", "writing": "wrote", "driving": "drove",
        "sitting": "sat", "getting": "got", "putting": "put", "running": "ran",
        "coming": "came", "going": "went", "sending": "sent", "teaching": "taught"}  # fmt: skip
_FOR_SINCE = re.compile(
    rf"(?i)\bfor (?P<span>{_COUNTED} (?:days?|weeks?|months?))"
    r" (?:after|since) (?P<what>(?:my|the|our) [\w -]{3,30}?)(?=[\s,.;:!?)]|$)"
)
"""A silence and what it followed ("ghosting me for 6 weeks after the final round")."""
_STOP_AT = re.compile(r"(?i)[,;:]\s+(?:and |but |so |y |pero )?|\s+[—–-]+\s+|\s+(?:but|pero) ")
_SPANISH_HINT = re.compile(r"(?i)[áéíóúñ¿¡]|\b(?:que|por|para|los|las|después|tras|una?)\b")


def _statement(text: str) -> str:
    text = text.strip(" ,;:.!?¡¿")
    return text[:1].upper() + text[1:] + "." if text else ""


def _end_of(fact: str) -> tuple[str, str]:
    """The fact up to where the sentence moves on, and what it moves on to."""
    stop = _STOP_AT.search(fact)
    if stop is None:
        return fact, ""
    return fact[: stop.start()], fact[stop.end() :]


def salvaged(sentence: str) -> list[str] | None:
    """The person's own fact in a sentence of sarcastic thanks or praise ("I spent 6 hours on
    your take-home."), and the rest of the sentence after it as a sentence of its own; None when
    the sentence is not one of these or holds no such fact."""
    if not _MOCK_OPEN.match(sentence) or _EARNEST.match(sentence):
        return None
    spanish = bool(_SPANISH_HINT.search(sentence))
    m = (_YO_HICE if spanish else _I_DID).search(sentence)
    if m is not None:
        fact, rest = _end_of(m["fact"])
        return [s for s in (_statement(fact), _statement(rest)) if s]
    if not spanish and (d := _OF_DOING.search(sentence)):  # "the 'opportunity' of doing ..."
        fact, rest = _end_of(d["rest"])
        said = f"I {_DID.get(d['ger'].lower()) or past(d['ger'])} {fact}"
        return [s for s in (_statement(said), _statement(rest)) if s]
    if not spanish and (f := _FOR_SINCE.search(sentence)):
        said = f"It has been {f['span']} since {f['what']}"
        return [s for s in (_statement(said), _statement(_end_of(sentence[f.end() :])[1])) if s]
    if (n := _AFTER_N.search(sentence)) is not None and not _THANKS.match(sentence):
        lead = f"{'Esto llega' if spanish else 'This comes'} {n['lead'].lower()}"
        rest = _end_of(sentence[n.end() :])[1]
        return [s for s in (_statement(f"{lead} {n['fact']}"), _statement(rest)) if s]
    return None


def counted_after(sentence: str) -> str:
    """The count a rhetorical question rests on ("is that too much to ask after 3 rounds?"),
    said plainly ("This comes after 3 rounds."); "" when it names none."""
    if (n := _AFTER_N.search(sentence)) is None:
        return ""
    lead = "Esto llega" if _SPANISH_HINT.search(sentence) else "This comes"
    return _statement(f"{lead} {n['lead'].lower()} {n['fact']}")


_LEAD_ES = re.compile(
    r"(?i)^\W*(?:(?:che|oye|mira|vamos|o sea|en serio|y|pero|bueno|a ver)[,.!]*\s+)*"
)
_I_DID_ES = re.compile(
    r"(?i)^(?:yo )?(?:[a-záéíóúñ]+(?:é|í|ié|ué)|hice|fui|estuve|tuve|vine|puse|traje|dediqué)\b"
)
_THEIR_TURN_ES = re.compile(
    r"\s+y (?=(?:me|nos|ahora|luego|después|encima|al final|recibí|recibo|nadie|ni|todo"
    r"|lo único|resulta)\b)",
    re.IGNORECASE,
)


def own_part_es(question: str) -> str:
    """What the person did, in an indignant Spanish question that goes on to what they got
    ("hice las 3 entrevistas, el caso práctico y la presentación y me rechazan con un mail??"
    -> "Hice las 3 entrevistas, el caso práctico y la presentación."); "" otherwise."""
    text = question[_LEAD_ES.match(question).end() :].rstrip("?!. ")  # type: ignore[union-attr]
    turns = list(_THEIR_TURN_ES.finditer(text))
    if not _I_DID_ES.match(text) or not turns:
        return ""
    return _statement(text[: turns[-1].start()])


def salvaged_all(sentences: list[str]) -> list[str]:
    """`sentences` with each sarcastic one replaced by what `salvaged` keeps of it (a list item,
    marked by a leading control character, stays as it is)."""
    return [s for said in sentences for s in (said[:1] >= " " and salvaged(said)) or [said]]


_STANCE = (
    r"(?:apparently|clearly|obviously|evidently|of course|I guess|I suppose|somehow|for some"
    r" reason|por lo visto|al parecer|claramente|obviamente|evidentemente|supongo|se ve que"
    r"|parece que)"
)
_SCORN = (
    r"(?:nothing|a joke|a waste|wasted|pointless|useless|meaningless|worthless|laughable"
    r"|nobody|no one|never (?:bothered|read|opened|looked|checked)|didn't even|did not even"
    r"|couldn't be bothered|not worth|insult\w*|nada|nadie|una broma|un chiste|perder el tiempo"
    r"|didn't (?:read|open|look|check)|did not (?:read|open|look|check)"
    r"|en balde|ni siquiera|no sirvi\w+|no vali\w+|de risa|una tomadura de pelo)"
)
_BARB_CLAUSE = re.compile(
    rf"(?i)(?:,|\s+[—–-]+)\s+(?:which|who|que|lo cual|cosa que)\b"
    rf"(?=[^,.;!?]*\b(?:{_SCORN}(?![\w'])|{_STANCE}\b(?![^,.;!?]*[(\d])))[^,.;!?]*"
)
"""A clause hung on a fact to sting ("..., which apparently was a joke to you", "..., que por lo
visto no sirvieron de nada")."""
_DESERVE = re.compile(
    r"(?i),?\s+(?:(?:que|ya que|porque|pues) (?:creo que |la verdad es que )?(?:me lo merezco"
    r"|lo merezco|me lo he ganado|es lo mínimo)|(?:which|as|since|because) I (?:think |feel"
    r" |believe )?(?:I )?(?:deserve|have earned|earned)(?: (?:it|that|as much|at least that))?"
    r"|(?:it's|it is|that's|that is) the least (?:you|anyone|they) (?:can|could) do)[^,.;!?]*"
)
"""A "because I deserve it" hung on an ask: the ask stands on its own."""
_DOUBT = re.compile(
    r"(?i),?\s+(?:aunque|though|although|not that|even if|si es que|que total)\b"
    r"(?=[^.;!?]*\b(?:visto lo visto|no sé (?:ni )?(?:para|por) qué|dudo|I doubt|no point"
    r"|what's the point|it matters|it'll matter|for what it's worth|como si|de qué sirve"
    r"|da igual|you care|you'll bother|os importa|les importa|le importa|you even)\b)[^.;!?]*"
)
"""A doubt hung on an ask ("..., aunque visto lo visto no sé ni para qué"): the ask stands."""
_ASK_LEAD = re.compile(
    r"(?i)^\W*(?:at (?:the very )?(?:minimum|least)|even so|still|regardless|anyway|aun así"
    r"|al menos|como mínimo|por lo menos|de todas formas|de todos modos|igualmente|just|only"
    r"|solo|sólo|solamente|únicamente),?\s+"
    r"(?=(?:tell|give|send|let|explain|share|can|could|would|I'd|I want|I would|please|quiero"
    r"|quisiera|me gustaría|necesito|pido|díganme|dígame|dime|decime|explíquenme|envíenme"
    r"|mándenme|por favor)\b)"
)
"""A grudging lead on an ask ("At minimum, tell me why", "Aun así quiero feedback"): the ask
is said without it."""
_STANCE_WORD = re.compile(
    r"(?i)(?:,\s*)?\b(?:apparently|clearly|obviously|evidently|por lo visto|al parecer"
    r"|obviamente|evidentemente)\b,?"
)
_WASTED = re.compile(
    r"(?i)\s+(?:(?:straight |right )?down the drain|(?:all )?for nothing|(?:all )?for nada"
    r"|(?:thrown|tossed) (?:away|in the (?:bin|trash))|(?:a|to) la basura|para nada|en balde"
    r"|tirad[oa]s? (?:a la basura|por la borda))(?=[\s,.;:!?)]|$)"
)
"""Words that say their time was thrown away ("4 interviews down the drain"): the count stays."""


_CALLED_NAMES = re.compile(
    r"(?i)(?:,\s*|\s+)(?:bolud[oa]s?|pelotud[oa]s?|huev[oó]n(?:es|as?)?|we[oó]n(?:es|as?)?"
    r"|gil(?:es)?|pendej[oa]s?|cabr[oó]n(?:es)?|gilipollas)[.!?]*$"
)
"""A name called at the end of a sentence ("5 entrevistas boludo."): the rest is theirs."""


def without_barbs(sentence: str) -> str:
    """`sentence` without the clauses and words that only sting, its facts and ask in place."""
    out = _BARB_CLAUSE.sub("", sentence)
    out = _DESERVE.sub("", out)
    out = _DOUBT.sub("", out)
    out = _ASK_LEAD.sub("", out)
    out = _WASTED.sub("", out)
    out = _STANCE_WORD.sub(" ", out)
    out = _CALLED_NAMES.sub("", out)
    if out == sentence:
        return sentence
    out = re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s{2,}", " ", out)).strip()
    out = re.sub(r"^[,;:\s]+|,\s*(?=[.!?]$)", "", out)
    return out[:1].upper() + out[1:] if len(out.split()) >= 2 else sentence
