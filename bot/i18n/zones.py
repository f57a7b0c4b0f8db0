"""The time zone a locale's country suggests ("es-MX" -> America/Mexico_City), for a person who
has set none and whose platform reports none.

A country with one zone gives that zone (from Babel's CLDR data: "es-AR" -> Buenos Aires); a
country with several gives the zone where most of its people live (`MOST_POPULOUS`: New York
for the United States, Mexico City for Mexico, São Paulo for Brazil), or, for one not in that
table, the first zone CLDR lists. A locale without a country ("es", "en") suggests nothing.
`city(zone)` names a zone's city in the person's language ("Ciudad de México") so the bot can
say which time it assumed, and `zone_label(zone)` is the name a person reads wherever a zone is
shown (the check-ins list, the settings): its city and country in their language ("Ciudad de
México, México", "New York, United States"), never the raw "America/Mexico_City". The engine
uses `locale_zone` for a turn whose platform reports no zone and whose person has none on record.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from zoneinfo import available_timezones

from babel.core import Locale, UnknownLocaleError, get_global
from babel.dates import get_timezone_location

from bot.i18n.current import language

MOST_POPULOUS = {
    "US": "America/New_York", "CA": "America/Toronto", "MX": "America/Mexico_City",
    "BR": "America/Sao_Paulo", "AR": "America/Argentina/Buenos_Aires", "CL": "America/Santiago",
    "EC": "America/Guayaquil", "ES": "Europe/Madrid", "PT": "Europe/Lisbon",
    "DE": "Europe/Berlin", "AU": "Australia/Sydney", "NZ": "Pacific/Auckland",
    "RU": "Europe/Moscow", "UA": "Europe/Kyiv", "KZ": "Asia/Almaty", "CN": "Asia/Shanghai",
    "ID": "Asia/Jakarta", "MY": "Asia/Kuala_Lumpur", "MN": "Asia/Ulaanbaatar",
    "CD": "Africa/Kinshasa", "UZ": "Asia/Tashkent", "GL": "America/Nuuk", "CY": "Asia/Nicosia",
    "PG": "Pacific/Port_Moresby", "PF": "Pacific/Tahiti", "KI": "Pacific/Tarawa",
    "FM": "Pacific/Pohnpei", "MH": "Pacific/Majuro", "DK": "Europe/Copenhagen",
    "NL": "Europe/Amsterdam", "FR": "Europe/Paris", "GB": "Europe/London",
}  # fmt: skip
"""For countries with several zones: the one most of its people live in."""


def country(locale: str | None) -> str | None:
    """The country a locale names ("es-MX" -> "MX", "pt_BR" -> "BR"), or None."""
    parts = (locale or "").replace("_", "-").split("-")
    region = next((p for p in parts[1:] if len(p) == 2 and p.isalpha()), None)
    return region.upper() if region else None


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


@lru_cache(maxsize=256)
def locale_zone(locale: str | None) -> str | None:
    """The main zone of the locale's country, or None (no country, or an unknown one). Worked
    out once per locale: a platform reports the same few locales on every turn."""
    code = country(locale)
    if code is None:
        return None
    known = _zones()
    main = MOST_POPULOUS.get(code)
    if main in known:
        return main
    listed = [z for z in get_global("territory_zones").get(code, ()) if z in known]
    return listed[0] if listed else None


def city(zone: str) -> str:
    """The zone's city in the turn's language ("Ciudad de México"), else its own name."""
    try:
        return str(get_timezone_location(zone, locale=language(), return_city=True))
    except (LookupError, ValueError):
        return zone.rsplit("/", 1)[-1].replace("_", " ")


_OFFSET = re.compile(r"^(?:Etc/)?GMT([+-])(\d{1,2})$")


def zone_label(zone: str) -> str:
    """The zone as a person reads it, in the turn's language: "Ciudad de México, México" ("Mexico
    City, Mexico" in English); a fixed offset is "UTC-5" (the "Etc/GMT+5" of the database, whose
    sign is the other way round); a zone no country holds is its own name, without underscores."""
    if zone in ("UTC", "Etc/UTC", "GMT", "Etc/GMT", "Etc/UCT", "UCT", "Zulu", "Etc/Zulu"):
        return "UTC"
    offset = _OFFSET.match(zone)
    if offset:
        sign = "-" if offset.group(1) == "+" else "+"
        return f"UTC{sign}{int(offset.group(2))}"
    place = city(zone)
    territory = get_global("zone_territories").get(zone)
    try:
        country_name = Locale.parse(language()).territories.get(territory or "")
    except (UnknownLocaleError, ValueError):
        country_name = None
    if not country_name or territory == "001" or country_name == place:
        return place
    return f"{place}, {country_name}"
