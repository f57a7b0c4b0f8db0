"""What the person asks of the employer in a Spanish draft, said politely: the request half of
the Spanish rewrite, as `draft_asks` is for English.

`polite_ask_es(sentence)` recognises a request in a tidied sentence and says it politely, in the
person's words ("quiero saber por qué" -> "Me gustaría saber por qué.", "páguenme ya o los
denuncio" -> "Agradecería recibir el pago.", "borren mi proyecto" -> "Agradecería que borren mi
proyecto.", "lo único que te pido es que me devuelvas el portafolio" -> "Agradecería que me
devuelvan el portafolio."); a name-call said in passing and an "or else" threat are left out.
`trailing_ask_es` finds a request that ends a complaint ("..., así que les exijo que me den el
motivo por escrito"). `REQUEST` is the shape of a request; `TO_ME` what "espero ..." may ask for.
"""

from __future__ import annotations

import re

from bot.safety.draft_asks_back import asked_back_es
from bot.safety.draft_tidy_es import NOW, calm, tidy_es, without_threat

REQUEST = re.compile(
    r"^(?:y |pero |también |tambien )?(?:(?:al menos|por lo menos|aunque sea|siquiera),? )?"
    r"(?:(?P<want>(?:yo )?(?:(?:les|le|os|te) )?(?:quiero|necesito|exijo|me merezco"
    r"|me interesar[ií]a|me interesa(?= que)"
    r"|solicito|ruego"
    r"|merezco|espero|pido|me (?:deben|debéis|debes)(?= (?:al menos )?(?:una|un) (?:explicaci[oó]n"
    r"|respuesta|disculpa|motivo|raz[oó]n)\b)"
    r"|me gustar[ií]a|quisiera))|(?P<tell>decidme|dime|decime|contame|d[ií]ganme|d[ií]game)"
    r"|(?P<explain>"
    r"explicadme|expl[ií]came|expl[ií]quenme|expl[ií]queme)|(?P<answer>contestadme|cont[eé]stame"
    r"|respondedme|resp[oó]ndanme|resp[oó]ndame|resp[oó]ndeme|cont[eé]stenme|respondan|responda"
    r"|contesten"
    r"|conteste)|(?P<send>mandadme|enviadme|env[ií]enme|env[ií]eme|env[ií]ame|m[aá]ndenme"
    r"|m[aá]ndeme|m[aá]ndame|dadme|denme|deme|dame|devolvedme|devu[eé]lvanme|devu[eé]lvame"
    r"|p[aá]senme|p[aá]same)|(?P<pay>pagadme|p[aá]guenme|p[aá]gueme|p[aá]game)|(?P<delete>borrad|borren"
    r"|eliminad|eliminen))\b"
    r"\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_TOLD = r"(?:digáis|digan|expliquéis|expliquen|indiquéis|indiquen|informéis|informen|aclaren)"
_KNOW = re.compile(rf"^(?:saber|conocer|entender|que me {_TOLD})\b")
_UNLESS = re.compile(
    r"^(?:y |pero )?(?:(?:a menos que|a no ser que|salvo que|excepto si) )?(?:al menos )?(?:me|nos)"
    r" (?P<verb>expliques|explique|expliquen|expliquéis|digas|diga|digan|digáis|des|dé|den"
    r"|deis|envíes|envíe|envíen|mandes|mande|manden)(?: al menos)? (?P<rest>.+)$",
    re.IGNORECASE,
)
"""The ask that a threat hangs on ("A menos que me expliques el motivo del rechazo"), also when
the threat before it is taken off ("... salvo que me den una respuesta")."""
_CAN_YOU = re.compile(
    r"^(?:y |pero )?(?:me|nos) (?:puedes|puede|pueden|podés|podrías|podría|podrían|podéis)"
    r" (?:al menos |por lo menos |siquiera )?(?P<verb>decir|explicar|indicar|contar|aclarar)"
    r"(?: al menos| por lo menos| siquiera)? (?P<rest>.+)$",
    re.IGNORECASE,
)
"""A question that asks them to say something ("¿Me puedes decir al menos en qué fallé?")."""
_CAN_YOU_DO = re.compile(
    r"^(?:y |pero )?(?:(?P<me>me|nos) )?(?:puedes|puede|pueden|podés|podrías|podría|podrían"
    r"|podéis|podríais) (?:al menos |por lo menos |siquiera |por favor )?"
    r"(?P<verb>[a-záéíóúñ]+?(?:ar|er|ir))(?P<clitic>(?:me|nos|le|les)?(?:lo|la|los|las)?)\b"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
"""Any other thing they are asked to do ("¿Me podéis confirmar por escrito que...?", "¿Me podés
dar diez minutos?"): asked as "¿Podrían ...?", its words kept."""


TO_ME = re.compile(
    r"^(?:(?:una|su|tu|vuestra|alguna) )?(?:respuesta|noticias|comentarios|retroalimentaci[oó]n"
    r"|feedback|explicaci[oó]n|novedad(?:es)?)\b|^(?:que|q|k) (?:me|nos) ",
    re.IGNORECASE,
)
"""What "espero ..." may ask for: an answer, news or feedback, or something done for them."""


_ONLY_ASK = re.compile(
    r"^(?:y |pero |así que |entonces )?(?:(?:lo único|lo mínimo|lo menos|todo lo|lo) que (?:te |les"
    r" |os |le )?(?P<verb>pido|quiero|exijo|necesito|solicito|espero)|(?:lo mínimo|lo menos"
    r"|lo único)(?: que (?:podéis|pueden|podrían|podríais|puedes|podés|podrías|puede|podría)"
    r" hacer)?) es (?=que )",
    re.IGNORECASE,
)
""""Lo único que te pido es que me devuelvas ...": the request it frames ("pido que ...")."""
_THEIR_VERB = re.compile(
    r"^(?P<lead>que (?:me |nos )(?:(?:lo|la|los|las) )?)(?P<verb>[a-záéíóúñ]{3,}?)(?P<end>as|es)\b",
    re.IGNORECASE,
)
"""A "tú" subjunctive asked of them ("que me devuelvas"), said as "usted"/"ustedes" later."""
_DELETE = {"borrad": "borren", "borren": "borren", "eliminad": "eliminen", "eliminen": "eliminen"}


def _asked_of_them(rest: str) -> str:
    """ "que me devuelvas el portafolio" asked politely, its verb said to them as "ustedes"."""
    rest = _THEIR_VERB.sub(lambda m: f"{m['lead']}{m['verb']}{m['end'][0]}n", rest)
    return f"Agradecería {rest}."


def _calm_request(rest: str) -> str:
    """The request without a name-call said in passing ("que me los devolváis, sinvergüenzas")."""
    pieces = re.split(r",(?!\d)\s*", rest)  # "2,500 pesos" is one number
    if len(pieces) < 2 or not calm(pieces[0]):
        return rest
    return ", ".join(p for p in pieces if calm(p))


_THEN_ASK = re.compile(
    r"(?:,\s*|;\s*|\s+)(?:así que|asi que|y|pero|por eso|entonces|por lo que|por lo tanto)\s+"
    r"(?=(?:(?:les|os|te|le) )?(?:exijo|pido|quiero|necesito|solicito|ruego)\b"
    r"|(?:lo único|lo mínimo|lo menos|todo lo) que\b)",
    re.IGNORECASE,
)
"""Where a statement hands over to a request ("..., así que les exijo que me den el motivo")."""


def trailing_ask_es(sentence: str) -> tuple[str, str] | None:
    """A statement and the request that ends it, the request said politely; None otherwise."""
    m = None
    for m in _THEN_ASK.finditer(sentence):  # noqa: B007 - the last hand-over starts the request
        continue
    if m is None or (ask := polite_ask_es(tidy_es(sentence[m.end() :]))) is None:
        return None
    return sentence[: m.start()].strip(" ,;") + ".", ask


def polite_ask_es(sentence: str) -> str | None:
    """A request said politely, or None when the sentence is not one."""
    sentence = _ONLY_ASK.sub(lambda m: (m["verb"] or "pido") + " ", sentence.strip())
    if (said := asked_back_es(sentence)) is not None and calm(said):
        return said  # "¿Tanto cuesta decirme por qué?": the ask, said plainly
    if (c := _CAN_YOU.match(sentence.strip(" ¡!¿?."))) and calm(c["rest"]):
        verb = "entender" if c["verb"].lower() == "explicar" else "saber"
        return f"Me gustaría {verb} {c['rest'].strip(' ,.!?')}."
    if (c := _CAN_YOU_DO.match(sentence.strip(" ¡!¿?."))) and calm(c["rest"]):
        verb = c["verb"].lower() + (c["clitic"] or c["me"] or "").lower()
        return f"¿Podrían {verb}{c['rest'].rstrip(' ,.!?')}?"
    if (u := _UNLESS.match(sentence.strip(" ¡!¿?."))) and calm(u["rest"]):
        verb = u["verb"].lower()
        said = "entender" if verb.startswith("expli") else "saber"
        if verb.startswith(("d", "env", "mand")) and not verb.startswith("dig"):
            return f"Agradecería recibir {u['rest'].strip(' ,.!?')}."
        return f"Me gustaría {said} {u['rest'].strip(' ,.!?')}."
    m = REQUEST.match(sentence.strip(" ¡!¿?."))
    if m is None:
        return None
    rest = _calm_request(NOW.sub("", without_threat(m["rest"])).strip(" ,.!?"))
    rest = re.sub(r"(?i)^(?:al menos|por lo menos|aunque sea|siquiera),? ", "", rest)
    if m["pay"]:
        return f"Agradecería recibir el pago{' de ' + rest if rest else ''}."
    if m["answer"] and not rest:
        return "Agradecería una respuesta."
    if not rest or not calm(rest):
        return None
    if m["want"] and m["want"].lower().endswith("espero") and not TO_ME.match(rest):
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
        return f"Agradecería que {_DELETE[m['delete'].lower()]} {rest}."
    if _KNOW.match(rest):
        rest = re.sub(rf"^que me {_TOLD}\s*", "saber ", rest)
        return f"Me gustaría {rest}."
    if rest.lower().startswith(("por qué", "el motivo", "la razón", "qué pasó", "qué cambió")):
        return f"Me gustaría saber {rest}."
    if re.match(r"(?i)(?:mi|mis) ", rest):
        return f"Agradecería recibir {rest}."
    if re.match(r"(?i)que ", rest):  # "exijo que me den el motivo": asked of them
        return _asked_of_them(rest)
    return f"Agradecería {rest}."
