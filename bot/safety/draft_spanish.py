"""The lash-outs of a draft written in Spanish: the same rule families as `draft_rules` and
`draft_quiet`, with the words a Spanish speaker would use.

`PATTERNS` adds to the English patterns of the same family, so a Spanish draft gets the same
review (and the words that triggered it quoted back) as an English one: insults ("sois unos
incompetentes"), swearing ("joder", "gilipollas"), blame ("es culpa vuestra"), sarcasm ("gracias
por nada"), bridge-burning ("no volváis a contactarme"), ill will ("ojalá quebréis"),
entitlement ("me merecía el puesto", "vosotros os lo perdéis"), threats (a bad review, a lawyer,
a complaint) and demands ("exijo una explicación"). Like the English rules, each pattern leaves
the firm but polite reply alone: thanks, honest disappointment, asking why or for feedback.
"""

from __future__ import annotations

import re


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


_THEM = r"(?:vosotros|vosotras|ustedes|usted|os|les)"
_UNFIT = (
    r"(?:incompetentes?|in[uú]tiles?|idiotas?|imb[eé]ciles?|ineptos?|ineptas?|mediocres?"
    r"|payasos?|payasas?|impresentables?|sinverg[uü]enzas?|chapuceros?|chapuceras?"
    r"|est[uú]pidos?|est[uú]pidas?|pat[eé]tic[oa]s?|ignorantes?|desgraciad[oa]s?)"
)

PATTERNS: dict[str, re.Pattern[str]] = {
    "insult": _rx(
        r"(?:sois|son|eres|es usted|sois todos|son todos) (?:un[oa]?s? )?(?:\w+ )?" + _UNFIT,
        r"(?:panda|pandilla|hatajo|atajo|banda) de \w+",
        r"(?:menud[oa]s?|vaya) (?:panda|pandilla|" + _UNFIT[3:],
        r"(?:incompetentes|in[uú]tiles|idiotas|imb[eé]ciles|ineptos|ineptas|payasos"
        r"|impresentables|sinverg[uü]enzas)",
    ),
    "profanity": _rx(
        r"mierdas?",
        r"joder",
        r"jodid[oa]s?",
        r"gilipollas",
        r"cabr[oó]n(?:es)?",
        r"cabronas?",
        r"hij[oa]s? de (?:puta|perra)",
        r"put[oa]s?",
        r"hostias?",
        r"co[ñn]o",
        r"pendej[oa]s?",
        r"carajo",
        r"chingad[oa]s?",
        r"capull[oa]s?",
        r"me cago en \w+",
    ),
    "blame": _rx(
        r"(?:es|fue|ha sido) (?:todo )?(?:culpa|error) (?:vuestr[ao]|suy[ao]|de ustedes)",
        r"(?:vosotros|ustedes) (?:tuvisteis|tienen|ten[eé]is|tuvieron) (?:toda )?la culpa",
        r"no (?:sab[eé]is|saben) (?:hacer (?:vuestro|su) trabajo|contratar|lo que hac[eé]is"
        r"|lo que hacen)",
        r"me (?:hab[eé]is|han) hecho perder el tiempo",
    ),
    "sarcasm": _rx(
        r"(?:muchas )?gracias por (?:nada|hacerme perder el tiempo|el silencio|ignorarme"
        r"|el mensaje autom[aá]tico|la respuesta autom[aá]tica)",
        r"(?:vaya|menuda|qu[eé]) (?:profesionalidad|seriedad)",
        r"(?:todo un|qu[eé]) ejemplo de (?:profesionalidad|seriedad)",
    ),
    "bridge": _rx(
        r"no (?:me )?(?:vuelvan|volv[aá]is|vuelva) a (?:contactar|llamar|escribir)(?:me)?",
        r"(?:nunca|jam[aá]s) (?:volver[eé] a (?:aplicar|postular(?:me)?|presentarme|trabajar"
        r"|escribir)|trabajar[ií]a (?:con|para) " + _THEM + r"?)",
        r"borr(?:ad|en|e) mi (?:n[uú]mero|contacto|cv|curr[ií]culum)",
        r"no (?:recomendar[eé]|recomiendo) (?:esta|vuestra|su) empresa(?: a nadie)?",
        r"que nadie (?:se presente|aplique|trabaje)",
    ),
    "ill_will": _rx(
        r"ojal[aá] (?:que )?(?:quebr[eé]is|quiebren|cerr[eé]is|cierren|fracas[eé]is|fracasen"
        r"|os vaya mal|les vaya mal|se hunda|os hund[aá]is|se arruine|os arruin[eé]is)",
        r"(?:espero|deseo) que (?:os|les|la empresa|se) (?:vaya mal|hunda|quiebre|arruine"
        r"|fracase)\w*",
        r"el karma",
    ),
    "entitlement": _rx(
        r"(?:yo )?me merec[ií]a (?:el|ese|este) (?:puesto|trabajo)",
        r"(?:hab[eé]is|han) cometido un (?:grave |gran |enorme )?error",
        r"(?:vosotros )?os lo perd[eé]is",
        r"(?:ustedes )?se lo pierden",
        r"(?:es|ser[aá]) (?:vuestra|su) p[eé]rdida",
        r"no (?:sab[eé]is|saben) lo que (?:os|se) (?:perd[eé]is|pierden)",
    ),
    "threat": _rx(
        r"(?:pondr[eé]|dejar[eé]|escribir[eé]|voy a (?:poner|dejar|escribir)) (?:una )?"
        r"(?:mala )?(?:rese[ñn]a|opini[oó]n|valoraci[oó]n)",
        r"(?:mis? )?abogad[oa]s?",
        r"(?:os|les) (?:voy a )?(?:denunciar|demandar)\w*",
        r"(?:denunciar[eé]|demandar[eé]|pondr[eé] una (?:denuncia|queja|reclamaci[oó]n))",
        r"inspecci[oó]n de trabajo",
        r"(?:lo|esto) (?:har[eé]|voy a hacer) p[uú]blico",
        r"lo (?:contar[eé]|publicar[eé]) en (?:redes|internet|twitter|linkedin)",
    ),
    "demand": _rx(
        r"(?:os |les )?exijo (?:una |que )?\w+",
        r"me (?:deb[eé]is|deben) (?:una )?(?:explicaci[oó]n|respuesta|disculpa|justificaci[oó]n)",
        r"(?:ten[eé]is|tienen) (?:la obligaci[oó]n de|que) (?:darme|explicarme|responderme)",
    ),
}
"""Spanish patterns per family; each adds to the English ones of the same name."""
