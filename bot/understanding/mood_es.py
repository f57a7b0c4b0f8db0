"""Mood in Spanish words: "mal, me da mucho coraje" is about a 2 on the 1-5 scale.

VADER (what `bot.understanding.mood` uses for English) knows no Spanish, so Spanish mood answers
are scored from a small table of the words people use for how they are (Latin-American and Spain
forms alike, matched without accents or capitals), each with the mood it stands for. A negated
good ("no estoy bien", "nada bien") is a 2, and so is being fired or lost ("me corrieron", "no
sé qué hacer"), as VADER reads "fired" in English; a negated bad ("no tan mal") a 4; words of
distress keep the mood at 2 or below; a hard word and a hopeful one ("cansada pero con
esperanza") meet in the middle, a 3. Text naming none of these words is not scored.
"""

from __future__ import annotations

import re
from statistics import mean

from bot.primitives.text import fold

MOODS: dict[int, tuple[str, ...]] = {
    1: (
        "fatal", "fatalmente", "horrible", "terrible", "pesimo", "pesima", "lo peor", "muy mal",
        "super mal", "re mal", "malisimo", "malisima", "por los suelos", "hecho polvo",
        "hecha polvo", "destrozado", "destrozada", "devastado", "devastada", "hundido", "hundida",
        "de la chingada", "de la fregada", "del asco", "de la mierda", "no puedo mas",
        "espantoso", "espantosa", "deshecho", "deshecha", "roto", "rota",
    ),
    2: (
        "mal", "bajo", "baja", "triste", "de bajon", "bajoneado", "bajoneada", "deprimido",
        "deprimida", "enojado", "enojada", "enojadisimo", "enojadisima", "enfadado", "enfadada",
        "furioso", "furiosa", "rabia", "coraje", "bronca", "encabronado", "encabronada",
        "frustrado", "frustrada", "harto", "harta", "decepcionado", "decepcionada", "cansado",
        "cansada", "agotado", "agotada", "ansioso", "ansiosa", "preocupado", "preocupada",
        "nervioso", "nerviosa", "desanimado", "desanimada", "dolido", "dolida", "llorando",
        "no muy bien", "no tan bien", "nada bien", "no estoy bien", "medio mal", "bastante mal",
        "no bien", "herido", "herida", "jodido", "jodida", "aguitado", "aguitada",
        "no se que hacer", "perdido", "perdida", "estresado", "estresada", "angustiado",
        "angustiada", "asustado", "asustada", "con miedo", "sin ganas", "me corrieron",
        "me despidieron", "me echaron", "perdi mi trabajo", "perdi el trabajo",
        "me quede sin trabajo", "me quede sin chamba", "me rechazaron", "rechazado",
        "rechazada", "me dijeron que no", "me bocharon", "me batearon",
        "correo de rechazo", "no me eligieron", "no fui seleccionado", "no fui seleccionada",
    ),
    3: (
        "mas o menos", "regular", "masomenos", "maso", "ahi vamos", "ahi nomas", "ahi ando",
        "asi asi", "tirando", "ni bien ni mal", "meh", "normal", "equis", "raro", "rara",
        "inestable", "con altibajos", "sobreviviendo", "aguantando",
    ),
    4: (
        "mejor", "no tan mal", "no muy mal", "no estoy mal", "nada mal", "bastante bien",
        "bien dentro de lo que cabe", "tocado pero bien", "golpeado pero bien", "tranquilo",
        "tranquila", "mas tranquilo", "mas tranquila", "esperanzado", "esperanzada",
        "con esperanza", "con esperanzas", "ilusionado", "ilusionada", "animado", "animada",
        "optimista", "motivado", "motivada",
    ),
    5: (
        "bien", "muy bien", "super bien", "re bien", "genial", "excelente", "chido", "chevere",
        "de lujo", "feliz", "contento", "contenta", "perfecto", "todo bien", "a gusto",
    ),
}  # fmt: skip
"""The mood each Spanish word or phrase stands for, folded (no accents)."""

_DISTRESS = frozenset(fold(p) for p in (*MOODS[1], "llorando"))
_PHRASES = sorted(
    ((fold(p), mood) for mood, phrases in MOODS.items() for p in phrases),
    key=lambda pm: len(pm[0]),
    reverse=True,
)
_RX = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p, _m in _PHRASES) + r")(?!\w)")
_MOOD = dict(_PHRASES)


def mood_score_es(text: str) -> tuple[int, float] | None:
    """`(mood 1-5, confidence 0-1)` for Spanish words, or None when none of the table's words
    are said. Each word found counts once; the mood is their mean, kept at 2 or below when any
    word is one of distress."""
    said = fold(text[:1000])
    found = [m.group(0) for m in _RX.finditer(said)]
    if not found:
        return None
    moods = [_MOOD[w] for w in found]
    mood = round(mean(moods))
    if any(w in _DISTRESS for w in found):
        mood = min(mood, 2)
    confidence = 0.8 if len(set(moods)) == 1 else 0.6
    return max(1, min(5, mood)), confidence
