"""Goodbyes that may be final and jokes about dying open the crisis check's topic gate in six
languages (`bot.safety.parting_words`): with no death word at all, "see you never", "me despido",
"braucht mich nimmer", "cuida da minha gata" or a funeral in a joke let the model speak. Everyday
thanks and the Spanish word for being fired ("despido") do not."""

from __future__ import annotations

import pytest

from bot.safety.normalise import normalise
from bot.safety.risk_topics import touches_risk


def _touches(text: str, language: str) -> bool:
    return touches_risk(f" {normalise(text)} ", text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ok that was the final form i fill in. see you never", "en"),
        ("I wanted somebody to know how hard I worked at it", "en"),
        ("it's better if the children aren't home on friday", "en"),
        ("my savings won't cover much, and neither will i", "en"),
        ("the only thing left to plan is my burial ha", "en"),
        ("bueno, me despido de ustedes, fue lindo", "es"),
        ("cuiden a mi perrita, se llama pelusa", "es"),
        ("con este sueldo ni para el velorio me alcanza jaja", "es"),
        ("war schön mit dir, ab nächster woche braucht mich keiner mehr", "de"),
        ("meine beerdigung zahlt wenigstens die versicherung haha", "de"),
        ("les ponts ont l'air accueillants ce soir mdr", "fr"),
        ("au moins au paradis ils recrutent sans expérience", "fr"),
        ("gardez mon chat, il s'appelle moustache", "fr"),
        ("cuida da minha cachorra por mim, ela gosta de ti", "pt"),
        ("daqui a pouco viro estatística kkk", "pt"),
        ("se muoio adesso almeno salto il prossimo colloquio", "it"),
        ("chissà se in paradiso fanno colloqui di gruppo", "it"),
        ("prenditi cura del mio gatto, per favore", "it"),
    ],
)
def test_a_goodbye_or_a_dark_joke_names_a_risk(text: str, language: str) -> None:
    assert _touches(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("thanks for the tips, i'll try them tomorrow", "en"),
        ("me dieron la carta de despido el lunes y todavía no firmo", "es"),
        ("gracias por escucharme, hoy fue un día largo", "es"),
        ("obrigado por me ouvir, amanhã tenho outra entrevista", "pt"),
        ("danke fürs zuhören, morgen schreibe ich die nächste bewerbung", "de"),
    ],
)
def test_everyday_thanks_and_being_fired_name_none(text: str, language: str) -> None:
    assert not _touches(text, language)
