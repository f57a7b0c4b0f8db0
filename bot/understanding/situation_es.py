"""The Spanish words that state a situation, as `situation_words` holds the English ones: which
stage a rejection came at ("después de la entrevista final", "era la última ronda"), how it
was told ("por correo", "me llamaron") or that it never was ("me ghostearon", "nunca
respondieron"), and how long ago ("hace 5 semanas", "ya van 3 semanas", "ayer").

Plain patterns over folded text (accents removed, lower case), read by `situation` alongside
the English ones; the facts they give are the same values (`final_round`, `no_answer`, ...).
"""

from __future__ import annotations

import re

from bot.primitives.regex_keys import Keyed

STAGE_WORDS: dict[str, tuple[str, ...]] = {
    "offer_stage": (
        r"(?:etapa|fase) de (?:la )?oferta",
        r"(?:ya )?casi me (?:daban|dan|hacian|iban a dar) (?:la|una) oferta",
        r"(?:me )?(?:retiraron|quitaron|cancelaron|echaron para atras) (?:la|mi) oferta",
        r"(?:la|mi|una) oferta (?:verbal|de palabra)",
        r"(?:revision|verificacion|chequeo|comprobacion) de referencias",
        r"(?:despues de|tras|en) (?:la|una) oferta(?! de (?:trabajo|empleo))",
    ),
    "final_round": (
        r"entrevistas? finale?s?",
        r"(?:ultima|final) (?:ronda|entrevista|etapa|fase)",
        r"(?:ronda|etapa|fase)s? finale?s?",
        r"finalistas?",
        r"(?:quedamos|quedabamos|llegue a los) (?:dos|2|tres|3) (?:finalistas|ultimos)",
    ),
    "phone_screen": (
        r"(?:entrevista|llamada) (?:telefonica|por telefono)",
        r"llamada (?:inicial|de filtro|de seleccion|con (?:el |la )?(?:reclutador|reclutadora|"
        r"recursos humanos|rrhh))",
        r"primera llamada",
        r"filtro telefonico",
        r"(?:despues de|tras) (?:la|una) (?:primera )?llamada",
        r"solo (?:tuve|hubo|fue) (?:una|la) llamada",
    ),
    "interview": (
        r"entrevistas?",
        r"me entrevistaron",
        r"(?:segunda|tercera|cuarta|2a|3a) (?:ronda|entrevista|etapa)",
        r"prueba tecnica",
        r"examen tecnico",
        r"caso practico",
    ),
    "application": (
        r"postulaciones|postulacion",
        r"aplicaciones|aplicacion",
        r"solicitudes|solicitud",
        r"me postule|postule|aplique",
        r"(?:mi|el) (?:cv|curriculum|hoja de vida)",
        r"rechazo automatico|rechazos automaticos|rechazada automaticamente",
        r"sin (?:ninguna |una sola |una )?entrevista",
    ),
}
"""Each stage's Spanish words, most specific first like the English ones."""

NO_INTERVIEW = (
    r"(?:ni siquiera|ya no|nunca|no|ni) (?:me )?(?:llego|llegue|paso|pase|consigo|consegui|"
    r"logro|logre) (?:siquiera )?(?:a|hasta|ninguna|una|la)(?: la| las| una)? entrevistas?",
    r"(?:ya no|nunca|no|ni siquiera) me (?:llaman|llamaron|invitan|invitaron|dan|dieron|"
    r"citan|citaron)(?: ni)? (?:a|para)(?: la| las| una)? entrevistas?",
    r"(?:ni siquiera|nunca|no|ni) (?:tuve|tengo|hubo|hay|he tenido|me hicieron)(?: ni)?"
    r"(?: una| la| ninguna)? entrevistas?",
    r"ni (?:una )?entrevista (?:tuve|hubo|me hicieron)",
)
"""Interviews said not to be reached ("ya no llego ni a las entrevistas"): the application."""

HEARD_WORDS: dict[str, tuple[str, ...]] = {
    "no_answer": (
        r"me (?:ghostearon|ghostaron|hicieron ghosting|dejaron en visto|ignoraron)",
        r"ghosteo|ghosting",
        r"(?:nunca|no|jamas|nadie) (?:me )?(?:respondieron|respondio|contestaron|contesto|"
        r"llamaron|escribieron|dijeron nada|avisaron)",
        r"(?:nunca|no|jamas) (?:me )?han (?:respondido|contestado|llamado|escrito|dicho nada)",
        r"(?:no|nunca) (?:me )?(?:respondieron|contestaron|dijeron) (?:nada|nunca)",
        r"(?:no|nunca) (?:volvi a saber|supe (?:nada|mas))(?: de ellos)?",
        r"(?:no|nunca) (?:he )?(?:vuelto a saber|sabido nada)",
        r"(?:sin|ninguna|ni una) (?:respuesta|noticia|contestacion)",
        r"silencio",
        r"ni (?:un correo|una llamada|un mensaje|respuesta)",
        r"no (?:hubo|he tenido|tuve) (?:respuesta|noticias)",
    ),
    "call": (
        r"me (?:llamaron|llamo|hablaron|hablo)(?! (?:a|para) (?:la|una|otra) entrevista)",
        r"por telefono",
        r"(?:en|por) (?:una|la) llamada",
        r"llamada telefonica",
    ),
    "email": (
        r"(?:por|en un|un|con un|via) (?:correo|mail|email|e-mail|mensaje)(?: electronico)?",
        r"me (?:escribieron|mandaron un correo|enviaron un correo|mandaron un mensaje)",
        r"correo (?:automatico|de rechazo|generico)",
        r"(?:por|en) (?:el )?portal",
        r"por linkedin",
    ),
}
"""Each way of hearing's Spanish words ("no_answer": they never answered at all)."""

RESPONDED = (
    r"(?:me|nos) (?:rechazaron|descartaron|dijeron que no|bajaron)",
    r"(?:si|ya) (?:me )?(?:respondieron|contestaron|escribieron|llamaron)",
    r"(?:me|nos) (?:respondieron|contestaron|escribieron)(?! (?:nada|nunca))",
    r"(?:me )?(?:respondieron|contestaron) (?:que no|con un no|por fin|al final)",
    r"(?:recibi|me llego|me mandaron|llego) (?:un|el|una|la) (?:correo de )?"
    r"(?:rechazo|respuesta|no)",
)
"""They did answer, if only to say no ("me rechazaron por correo")."""

CORRECTING = (
    r"fue|era|en realidad|perdon|espera|me equivoque|quise decir|mas bien|o sea|no fue|no era"
)
"""Words opening a correction ("era la última ronda", "no, fue la entrevista final")."""

_NUMBERS = {
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15,
    "veinte": 20, "treinta": 30, "un par de": 2, "unos": 3, "unas": 3, "unos cuantos": 3,
    "unas cuantas": 3, "varios": 4, "varias": 4,
}  # fmt: skip
_UNITS = {"dia": (1, "day"), "semana": (7, "week"), "mes": (30, "month")}
_NUM = r"(\d{1,3}|" + "|".join(sorted(map(re.escape, _NUMBERS), key=len, reverse=True)) + ")"
NUM = _NUM
"""A Spanish number, in digits or words (one group)."""
_COUNTS = (
    re.compile(r"(?<!\w)" + _NUM + r" (?:rechazos|negativas|noes|nos)(?!\w)"),
    re.compile(
        r"(?<!\w)(?:me )?(?:han|habran) (?:rechazado|dicho que no) " + _NUM + r" veces(?!\w)"
    ),
    re.compile(r"(?<!\w)(?:ya )?(?:van|son|llevo) " + _NUM + r" (?:veces|rechazos|noes|nos)(?!\w)"),
    re.compile(r"(?<!\w)(?:rechazad[oa]s?|rechazaron) " + _NUM + r" veces(?!\w)"),
)
"""How many rejections, said in Spanish ("ya van 12 rechazos", "me han rechazado 12 veces")."""
_UNIT = r"(dia|semana|mes)(?:s|es)?"
_AGO = re.compile(
    r"(?<!\w)(?:hace|desde hace|ya (?:van|son|paso|pasaron|tiene|tienen)|van|llevo|llevamos|"
    r"(?:ya )?(?:han|ha) pasado|pasaron|paso)(?: (?:casi|como|mas de|unos|unas|ya))? "
    + _NUM
    + r" "
    + _UNIT
    + r"(?!\w)"
)
_WHEN_WORDS: tuple[tuple[str, str, int], ...] = (
    (r"hoy|esta manana|esta tarde|hace un rato|hace una hora|ahorita|recien", "today", 0),
    (r"anoche|ayer", "yesterday", 1),
    (r"antier|anteayer|antes de ayer", "two days ago", 2),
    (r"hace (?:unos|pocos|un par de) dias", "a few days ago", 3),
    (r"la semana pasada|hace una semana", "last week", 7),
    (r"el mes pasado|hace un mes", "last month", 30),
)  # fmt: skip
_WHEN = tuple((re.compile(r"(?<!\w)(?:" + p + r")(?!\w)"), w, d) for p, w, d in _WHEN_WORDS)
# Each expression runs only on a text holding one of its keys (`bot.primitives.regex_keys`):
# an English message skips them.
_COUNTS_KEYED = tuple(map(Keyed, _COUNTS))
_AGO_KEYED = Keyed(_AGO)
_WHEN_KEYED = tuple((Keyed(pattern), words, days) for pattern, words, days in _WHEN)


def number(word: str) -> int | None:
    """The value of a Spanish number in digits or words, or None."""
    word = word.strip()
    return int(word) if word.isdigit() else _NUMBERS.get(word)


def rejections(said: str) -> int | None:
    """How many rejections folded Spanish `said` counts, or None."""
    for pattern in _COUNTS_KEYED:
        m = pattern.search(said)
        n = None if m is None else number(m.group(1))
        if n is not None and 1 <= n <= 5000:
            return n
    return None


def when(said: str) -> tuple[str, int] | None:
    """How long ago a folded Spanish message says it was, in the English form the facts keep
    ("hace 5 semanas" -> ("5 weeks ago", 35)), or None."""
    m = _AGO_KEYED.search(said)
    if m is not None:
        count = int(m.group(1)) if m.group(1).isdigit() else _NUMBERS[m.group(1)]
        days, unit = _UNITS[m.group(2)]
        return f"{count} {unit}{'s' if count != 1 else ''} ago", count * days
    for keyed, words, days_ago in _WHEN_KEYED:
        if keyed.search(said):
            return words, days_ago
    return None
