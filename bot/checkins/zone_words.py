"""Time zones said as places and regions: the words people type for where they are ("eastern",
"pacific time", "ohio", "columbus", "new york then", "hora del centro") and the IANA zone each
stands for.

`zone_said` reads folded text: the whole of it first, then each piece between full stops or
commas ("eastern. ohio"), each without the filler words around a place ("i'm in", "then",
"time"), and at last the longest run of words in a piece that names a place ("columbus ohio").
A US state or Canadian province is its main zone. Pure: `bot.checkins.prefs.match_timezone`
says what to write when nothing fits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

_E, _C, _M, _P = "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"
_REGIONS = {
    "eastern": _E, "east coast": _E, "est": _E, "edt": _E, "eastern standard": _E,
    "central": _C, "cst": _C, "cdt": _C, "central standard": _C,
    "mountain": _M, "mst": _M, "mdt": _M, "mountain standard": _M,
    "pacific": _P, "west coast": _P, "pst": _P, "pdt": _P, "pacific standard": _P,
    "alaska": "America/Anchorage", "hawaii": "Pacific/Honolulu", "atlantic": "America/Halifax",
    "cet": "Europe/Paris", "cest": "Europe/Paris", "bst": "Europe/London", "gmt": "UTC",
    "del este": _E, "centro": _C, "del centro": _C, "central de mexico": (
        "America/Mexico_City"
    ),
    "montana": _M, "de la montana": _M, "del pacifico": _P, "pacifico": _P,
}  # fmt: skip
_STATES = {
    _E: "connecticut|delaware|florida|georgia|indiana|maine|maryland|massachusetts|michigan|"
    "new hampshire|new jersey|new york|north carolina|ohio|pennsylvania|rhode island|"
    "south carolina|vermont|virginia|west virginia|kentucky|dc|washington dc|columbus|"
    "cleveland|cincinnati|atlanta|miami|philadelphia|pittsburgh|baltimore|charlotte|orlando|"
    "tampa|boston|nyc|brooklyn|manhattan|newark|richmond|raleigh|buffalo|jacksonville",
    _C: "alabama|arkansas|illinois|iowa|kansas|louisiana|minnesota|mississippi|missouri|"
    "nebraska|oklahoma|tennessee|texas|wisconsin|north dakota|south dakota|dallas|houston|"
    "austin|san antonio|minneapolis|st louis|saint louis|kansas city|new orleans|milwaukee|"
    "memphis|nashville|oklahoma city|fort worth",
    _M: "colorado|utah|wyoming|idaho|new mexico|salt lake city|albuquerque|el paso",
    _P: "california|nevada|oregon|washington state|los angeles|san diego|san jose|"
    "san francisco|sacramento|oakland|portland|seattle|las vegas|tijuana",
    "America/Phoenix": "arizona|tucson",
    "America/Toronto": "ontario|quebec|montreal|ottawa|canada",
    "America/Winnipeg": "manitoba",
    "America/Edmonton": "alberta|calgary",
    "America/Vancouver": "british columbia",
    "America/Regina": "saskatchewan",
    "America/Halifax": "nova scotia|new brunswick",
    "America/St_Johns": "newfoundland",
}
_COUNTRIES = {
    "uk": "Europe/London", "britain": "Europe/London", "england": "Europe/London",
    "scotland": "Europe/London", "wales": "Europe/London", "reino unido": "Europe/London",
    "inglaterra": "Europe/London", "londres": "Europe/London", "manchester": "Europe/London",
    "edinburgh": "Europe/London", "ireland": "Europe/Dublin", "irlanda": "Europe/Dublin",
    "germany": "Europe/Berlin", "alemania": "Europe/Berlin", "munich": "Europe/Berlin",
    "hamburg": "Europe/Berlin", "frankfurt": "Europe/Berlin", "france": "Europe/Paris",
    "francia": "Europe/Paris", "lyon": "Europe/Paris", "spain": "Europe/Madrid",
    "espana": "Europe/Madrid", "peninsula": "Europe/Madrid", "barcelona": "Europe/Madrid",
    "sevilla": "Europe/Madrid", "valencia": "Europe/Madrid", "canarias": "Atlantic/Canary",
    "italy": "Europe/Rome", "italia": "Europe/Rome", "milan": "Europe/Rome",
    "portugal": "Europe/Lisbon", "porto": "Europe/Lisbon", "netherlands": "Europe/Amsterdam",
    "holland": "Europe/Amsterdam", "paises bajos": "Europe/Amsterdam",
    "holanda": "Europe/Amsterdam", "belgium": "Europe/Brussels", "belgica": "Europe/Brussels",
    "switzerland": "Europe/Zurich", "suiza": "Europe/Zurich", "austria": "Europe/Vienna",
    "poland": "Europe/Warsaw", "polonia": "Europe/Warsaw", "sweden": "Europe/Stockholm",
    "suecia": "Europe/Stockholm", "norway": "Europe/Oslo", "noruega": "Europe/Oslo",
    "denmark": "Europe/Copenhagen", "dinamarca": "Europe/Copenhagen",
    "finland": "Europe/Helsinki", "greece": "Europe/Athens", "grecia": "Europe/Athens",
    "india": "Asia/Kolkata", "delhi": "Asia/Kolkata", "mumbai": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata", "japan": "Asia/Tokyo",
    "usa": _E, "estados unidos": _E, "eeuu": _E, "nueva york": _E,
    "mexico": "America/Mexico_City", "ciudad de mexico": "America/Mexico_City",
    "cdmx": "America/Mexico_City", "df": "America/Mexico_City",
    "guadalajara": "America/Mexico_City", "puebla": "America/Mexico_City",
    "colombia": "America/Bogota", "medellin": "America/Bogota", "cali": "America/Bogota",
    "argentina": "America/Argentina/Buenos_Aires", "cordoba": "America/Argentina/Cordoba",
    "chile": "America/Santiago", "peru": "America/Lima", "venezuela": "America/Caracas",
    "ecuador": "America/Guayaquil", "quito": "America/Guayaquil",
    "bolivia": "America/La_Paz", "uruguay": "America/Montevideo",
    "paraguay": "America/Asuncion", "brazil": "America/Sao_Paulo", "brasil": "America/Sao_Paulo",
    "rio": "America/Sao_Paulo", "rio de janeiro": "America/Sao_Paulo",
    "guatemala": "America/Guatemala", "honduras": "America/Tegucigalpa",
    "el salvador": "America/El_Salvador", "nicaragua": "America/Managua",
    "costa rica": "America/Costa_Rica", "panama": "America/Panama", "cuba": "America/Havana",
    "republica dominicana": "America/Santo_Domingo",
    "dominican republic": "America/Santo_Domingo", "puerto rico": "America/Puerto_Rico",
}  # fmt: skip

ALIASES: dict[str, str] = {**_COUNTRIES, **_REGIONS}
for _zone, _names in _STATES.items():
    for _name in _names.split("|"):
        ALIASES.setdefault(_name, _zone)
"""Place and region words, folded, and their zones."""
_WHOLE_ONLY = {"este": _E, "et": _E, "ct": _C, "la": _P, "us": _E}
"""Words that name a zone only said alone ("el este"): inside a sentence they are other words."""

_LEADING = re.compile(
    r"^(?:(?:i'?m|i am|im|i live|i'?m based|we'?re|it'?s|its|based|living|currently|now|then|"
    r"ok|okay|so|well|um+|uh+|oh|actually|yeah|yes|my time ?zone is|time ?zone is|in|at|near|"
    r"from|the|estoy|vivo|soy|en|de|desde|cerca de|mi zona horaria es|zona horaria|la|el|pues|"
    r"bueno|entonces|hora)\s+)+"
)
_TRAILING = re.compile(
    r"(?:\s+(?:then|time|time ?zone|timezone|zone|please|pls|thanks|thank you|i guess|i think|"
    r"lol|ok|okay|actually|area|side|standard time|entonces|por favor|gracias|creo|hora|"
    r"zona horaria))+$"
)
_PIECES = re.compile(r"\s*(?:[.,;!?/()]|\s-\s|\band\b|\bor\b|\by\b|\bo\b)\s*")


def _plain(piece: str) -> str:
    return _TRAILING.sub("", _LEADING.sub("", piece.strip())).strip()


def _runs(piece: str) -> Iterator[str]:
    """Every run of words in `piece`, the longest first."""
    words = piece.split()
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            yield " ".join(words[start : start + size])


def zone_said(said: str, known: Callable[[str], str | None]) -> str | None:
    """The zone folded `said` names, or None; `known` finds an IANA zone or city name."""

    def look(words: str) -> str | None:
        return ALIASES.get(words) or known(words)

    pieces = [p for p in _PIECES.split(said) if p.strip()]
    for candidate in (said, _plain(said), *pieces, *(_plain(p) for p in pieces)):
        if candidate and (found := _WHOLE_ONLY.get(candidate) or look(candidate)):
            return found
    for piece in pieces:
        for run in _runs(_plain(piece)):
            found = look(run)
            if found and not found.startswith("Antarctica/"):
                return found
    return None
