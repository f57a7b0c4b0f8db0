"""Core crisis phrases in Spanish, German, French, Portuguese and Italian, for the crisis check.

The English lexicon (`bot.safety.lexicon`) is detailed; in the other languages the statistical
model does most of the work, and these few unmistakable phrases (wanting to die, to kill
oneself, suicide, taking one's life, self-harm, not wanting to live) lift its verdict: a message
that contains one is at least a possible risk when the model gives it any weight, and a clear
one when the model agrees. Idioms ("suicidio profesional", "me mato a trabajar") and denials
are left to the model, which was trained on them. Patterns match `normalise` output: lower-case
ASCII without accents or apostrophes, letter runs collapsed ("ll" -> "l", "rr" -> "r").
"""

from __future__ import annotations

import re

_PHRASES = [
    # es
    r"(quiero|quisiera|voy a|pienso en|pensando en|ganas de) (morir|matarme|suicidarme)",
    r"me (quiero|voy a) (morir|matar|suicidar)",
    r"quitarme la vida|acabar con mi vida|terminar con mi vida",
    r"no quiero (vivir|seguir viviendo|despertar)|ganas de vivir",
    r"(tirarme|aventarme|lanzarme) (del|de un|de la|por la|al|a las)",
    r"(cortarme|me corto|me corte|autolesion\w*|hacerme dano)",
    # de
    r"(mich|dich|sich) (umbringen|umzubringen)",
    r"(umbringen|selbstmord\w*|suizid\w*|das leben nehmen|nicht mehr leben|will sterben)",
    r"(ritze mich|geritzt|mich selbst verletz\w*|mir wehtun)",
    r"nicht mehr (aufwachen|da sein|existieren)",
    # fr
    r"(me tuer|me suicider|suicid\w*|mettre fin a mes jours|en finir|veux mourir|envie de mourir)",
    r"(plus envie de vivre|veux plus vivre|veu plus vivre|plus vivre)",
    r"(me couper|me scarifi\w*|me faire du mal|me pendre|me jeter)",
    # pt
    r"(me matar|matar me|suicid\w*|tirar (a )?minha (propria )?vida|quero morrer)",
    r"(nao quero mais viver|vontade de viver|me cortar|me cortei|me machucar|me enforcar)",
    r"(me jogar|pular da|pular de)",
    # it
    r"(ammazzarmi|uccidermi|suicid\w*|togliermi la vita|farla finita|voglio morire)",
    r"(non voglio piu vivere|voglia di vivere|tagliarmi|mi taglio|mi sono tagliat\w|impiccarmi)",
    r"(buttarmi (giu|dal|da|sotto))",
]
_CUES = re.compile(r"(?<![a-z])(?:" + "|".join(_PHRASES) + r")(?![a-z])")


def has_cue(normal: str) -> bool:
    """Whether normalised text contains one of the core phrases in any of the five languages."""
    return _CUES.search(normal) is not None
