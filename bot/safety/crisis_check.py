"""The words around a crisis response: reading a free-text answer to "are you having thoughts of
ending your life?", and one sentence in the person's language when the flows don't speak it.

`read_answer(text)` returns "yes", "no", "unsure" or None for an answer typed in any of the six
languages the crisis check knows ("no, it's a figure of speech, I'm fine" is no; "kind of" is
yes; "not sure" is unsure). `ONLY_ENGLISH` holds the sentence said, in their own language, to
someone writing in a language the flows are not written in, before the resources.
"""

from __future__ import annotations

import re

from bot.core.text import fold

YES, NO, UNSURE = "yes", "no", "unsure"

_UNSURE = re.compile(
    r"\b(not sure|unsure|dont know|don't know|idk|maybe|i guess|no se|no lo se|quiza|tal vez|"
    r"weiss nicht|weiß nicht|keine ahnung|vielleicht|je sais pas|je ne sais pas|peut-etre|"
    r"nao sei|talvez|non lo so|forse|boh)\b"
)
_YES = re.compile(
    r"^(yes|yeah|yep|yup|ya|sort of|kind of|kinda|a little|sometimes|i am|i do|honestly yes|si|"
    r"ja|oui|sim|sì|un poco|un peu|ein bisschen|um pouco)\b|\b(i am having|i have been|"
    r"i do want|i want to die|yes i am)\b"
)
_NO = re.compile(
    r"^(no|nope|nah|not at all|not really|never|nein|non|nao|não|para nada|pas du tout|"
    r"gar nicht|per niente|de jeito nenhum)\b|\b(figure of speech|just an expression|"
    r"expression|i'?m fine|im fine|i'?m ok|im ok|i'?m okay|i'?m good|joking|kidding|jk|"
    r"exaggerat\w*|hyperbole|not serious|didn'?t mean it|forma de hablar|estoy bien|"
    r"redewendung|mir geht'?s gut|facon de parler|façon de parler|ca va|ça va|"
    r"forca de expressao|força de expressão|estou bem|modo di dire|sto bene)\b"
)


def read_answer(text: str) -> str | None:
    """ "yes", "no", "unsure", or None when the answer is none of those."""
    said = fold(text)
    if not said:
        return None
    if _UNSURE.search(said):
        return UNSURE
    no = _NO.search(said) is not None
    yes = _YES.search(said) is not None
    if yes and not no:
        return YES
    if no and not yes:
        return NO
    return None


ONLY_ENGLISH = {
    "es": (
        "Soy un bot y por ahora solo hablo inglés, pero aquí tienes a quién puedes llamar o "
        "escribir ahora mismo:"
    ),
    "de": (
        "Ich bin ein Bot und spreche bisher nur Englisch, aber hier sind Menschen, die du jetzt "
        "erreichen kannst:"
    ),
    "fr": (
        "Je suis un bot et je ne parle qu'anglais pour l'instant, mais voici qui tu peux "
        "joindre maintenant :"
    ),
    "pt": (
        "Sou um bot e, por enquanto, só falo inglês, mas aqui estão pessoas com quem você pode "
        "falar agora:"
    ),
    "it": "Sono un bot e per ora parlo solo inglese, ma ecco chi puoi contattare adesso:",
}
"""One sentence per language the flows don't speak: said before the resources."""
