"""Countries named in a message ("im in the uk", "estoy en México"), as the locale whose support
lines the resources file holds: so a person in crisis who says where they are gets that country's
numbers, not only the international directory.

Plain word patterns over folded text (accents and case ignored); the first country named wins.
"""

from __future__ import annotations

import re
from functools import cache

from bot.primitives.text import fold
from bot.primitives.turn_memo import within_turn

COUNTRIES: dict[str, tuple[str, ...]] = {
    "en-GB": (
        "uk", "u k", "united kingdom", "england", "scotland", "wales", "northern ireland",
        "britain", "great britain", "london", "manchester", "glasgow",
    ),
    "en-IE": ("ireland", "eire", "dublin"),
    "en-US": ("us", "usa", "u s", "united states", "america", "the states"),
    "en-CA": ("canada", "toronto", "vancouver"),
    "fr-CA": ("quebec", "montreal"),
    "es-ES": ("spain", "espana", "madrid", "barcelona"),
    "es-MX": ("mexico", "cdmx", "ciudad de mexico", "guadalajara", "monterrey"),
    "es-AR": ("argentina", "buenos aires"),
    "es-CO": ("colombia", "bogota", "medellin"),
    "de-DE": ("germany", "deutschland", "berlin", "munchen", "munich", "hamburg"),
    "de-AT": ("austria", "osterreich", "wien", "vienna"),
    "de-CH": ("switzerland", "schweiz", "suisse", "svizzera", "zurich"),
    "fr-FR": ("france", "paris", "lyon", "marseille"),
    "fr-BE": ("belgium", "belgique", "belgie", "bruxelles", "brussels"),
    "pt-BR": ("brazil", "brasil", "sao paulo", "rio"),
    "pt-PT": ("portugal", "lisboa", "lisbon", "porto"),
    "it-IT": ("italy", "italia", "roma", "rome", "milano", "milan"),
}  # fmt: skip
"""Locale of the support lines -> the names of the country (and a few of its big cities)."""

_AMBIGUOUS = frozenset({"us", "u s", "rio"})
"""Names that are also everyday words: they count only after "in", "from" or "en" ("im in the
us"), or alone ("us")."""


@cache
def _patterns() -> list[tuple[str, re.Pattern[str], bool]]:
    out = []
    for locale, names in COUNTRIES.items():
        for name in names:
            rx = re.compile(r"(?<!\w)" + re.escape(name).replace(r"\ ", r"\s+") + r"(?!\w)")
            out.append((locale, rx, name in _AMBIGUOUS))
    return out


_LEAD = re.compile(r"(?:\b(?:in|from|en|de|aus|im|dans|em|a|the)\s+(?:the\s+)?)$")


_PUNCT = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


@within_turn
def _plain(text: str) -> str:
    """The start of the message folded, punctuation a space: what every check here reads
    (worked out once a turn, not once a check)."""
    return _PUNCT.sub(" ", fold(text[:300]))


def country_locale(text: str) -> str | None:
    """The locale of the country `text` names, or None ("i'm in the uk" -> "en-GB")."""
    said = _SPACES.sub(" ", _plain(text).strip())
    found: list[tuple[int, str]] = []
    for locale, rx, ambiguous in _patterns():
        for m in rx.finditer(said):
            if ambiguous and said != m.group(0) and not _LEAD.search(said[: m.start()]):
                continue
            found.append((m.start(), locale))
            break
    return min(found)[1] if found else None


_SAYS_WHERE = re.compile(
    r"\b(?:im in|i am in|i live in|living in|based in|im from|i am from|from the|estoy en|"
    r"vivo en|soy de|ich bin in|ich wohne in|je suis en|je vis en|j habite|moro em|estou em|"
    r"sono in|vivo in)\b"
)
_ASKS_FOR_LINES = re.compile(
    r"\b(?:phone number|number (?:i|to) (?:can )?call|number to call|helpline|hotline|crisis line|"
    r"someone to talk to|talk to someone|talk to a (?:real |actual )?(?:person|human)|"
    r"(?:person|human) (?:here )?(?:i can|to) talk to|numero de telefono|linea de ayuda|"
    r"hablar con alguien|"
    r"telefonnummer|numero de telephone|numero di telefono|numero de telefone)\b"
)


@within_turn
def asks_for_lines(text: str) -> bool:
    """Whether the message asks for a number to call or a person to talk to (read once a
    turn: the place check asks too)."""
    return bool(_ASKS_FOR_LINES.search(_plain(text)))


def says_where(text: str) -> str | None:
    """The locale of the country the message says the person is in ("im in the uk"), or None
    when a country is only mentioned ("they hired someone in spain")."""
    if not (_SAYS_WHERE.search(_plain(text)) or asks_for_lines(text)):
        return None  # the cheap phrase check first: most messages never name a place
    return country_locale(text)


COUNTRY = "country_locale"
"""Meta key: the locale of the country the person said they are in (kept with the conversation,
erased with it)."""


def where(meta: dict[str, object], locale: str) -> str:
    """The locale whose lines to show: the country the person named, else the platform's."""
    said = meta.get(COUNTRY)
    return said if isinstance(said, str) and said else locale
