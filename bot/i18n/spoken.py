"""Days, times and spans as people write them in each language, read into the English words the
time readers understand, and dates written back in the person's language.

The readers of horizons, times of day, dates, pauses and quiet hours (`bot.checkins.timing`,
`bot.checkins.prefs`) and of reminder days (`bot.understanding.freetext`) read English. For any
other language, `in_english` first rewrites what the person typed word by word from that
language's table (`mañana a las 9` -> `tomorrow at 9`, `dentro de una semana` -> `in 1 week`,
`hasta el 1 de diciembre` -> `until 1 december`); English words pass through unchanged, so a
person may mix both. A language without a table is read as English.

`format_day` and friends write dates with Babel's CLDR data in the language of the turn; the
pattern is itself a translatable text (`EEEE d MMMM` in English, `EEEE d 'de' MMMM` in Spanish),
so a translator decides the order of day and month.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from babel.core import Locale, UnknownLocaleError
from babel.dates import format_date

from bot.i18n.current import SOURCE, _, language
from bot.primitives.text import fold

_ES_NUMBERS = {
    "un": "1",
    "una": "1",
    "uno": "1",
    "dos": "2",
    "tres": "3",
    "cuatro": "4",
    "cinco": "5",
    "seis": "6",
    "siete": "7",
    "ocho": "8",
    "nueve": "9",
    "diez": "10",
    "once": "11",
    "doce": "12",
    "quince": "15",
}

_ES: tuple[tuple[str, str], ...] = (
    # tried in this order at each place, so phrases come before their words; accent-free, as
    # `fold` leaves the text
    ("pasado manana", "in 2 days"),
    ("la semana que viene|la proxima semana|la semana proxima", "next week"),
    ("el mes que viene|el proximo mes|el mes proximo", "in 1 month"),
    ("por la manana|en la manana|a la manana", "morning"),
    ("por la tarde|en la tarde|a la tarde", "afternoon"),
    ("esta noche|hoy por la noche|hoy en la noche|hoy a la noche", "tonight"),
    ("por la noche|en la noche|a la noche", "at night"),
    ("de la manana|de la madrugada", "am"),
    ("de la tarde|de la noche", "pm"),
    ("al mediodia|a mediodia|mediodia", "noon"),
    ("a las|a la", "at"),
    ("dentro de|en", "in"),
    ("hasta el|hasta", "until"),
    ("durante|por", "for"),
    (
        "me puedes recordar|me podrias recordar|me recuerdas el|me recuerdas la|recuerdamelo"
        "|recordarmelo|recordamelo|recuerdame|recordame|recordarme|recordatorio|avisame|avisarme",
        "remind me",
    ),
    (
        "escribeme|escribime|mandame un mensaje|mandame mensaje|me mandes un mensaje"
        "|me mandas un mensaje|me puedes escribir|me podes escribir|puedes escribirme|me escribes"
        "|me escribis|me escribas|escribirme",
        "message me",
    ),
    (
        "preguntame como estoy|me preguntes como estoy|preguntame|preguntarme|contactame"
        "|contactarme|buscame|chequeame|checame|hablame",
        "check on me",
    ),
    ("proximo|proxima", "next"),
    ("ninguna|ninguno|nada|desactivar|apagado", "none"),
    ("manana", "tomorrow"),
    ("hoy", "today"),
    ("minutos|minuto", "minutes"),
    ("horas|hora", "hours"),
    ("dias|dia", "days"),
    ("semanas|semana", "weeks"),
    ("meses|mes", "months"),
    ("anos|ano", "years"),
    ("lunes", "monday"),
    ("martes", "tuesday"),
    ("miercoles", "wednesday"),
    ("jueves", "thursday"),
    ("viernes", "friday"),
    ("sabado", "saturday"),
    ("domingo", "sunday"),
    ("enero", "january"),
    ("febrero", "february"),
    ("marzo", "march"),
    ("abril", "april"),
    ("mayo", "may"),
    ("junio", "june"),
    ("julio", "july"),
    ("agosto", "august"),
    ("septiembre|setiembre", "september"),
    ("octubre", "october"),
    ("noviembre", "november"),
    ("diciembre", "december"),
    ("y media", ":30"),
    ("y cuarto", ":15"),
    (r"el(?= \d{1,2}(?![\d:]| ?(?:de |del |am\b|pm\b|h\b)))", "the"),  # "el 11": a day
    ("a", "to"),
    ("el|la|los|las|de|del|que|q|viene", ""),
    *((word, digits) for word, digits in _ES_NUMBERS.items()),
)

TABLES: dict[str, tuple[tuple[str, str], ...]] = {"es": _ES}
"""Per language: (words, English), tried in order at each place of the folded text."""


class _Reader:
    def __init__(self, table: tuple[tuple[str, str], ...]) -> None:
        self.english = [english for _words, english in table]
        alternatives = "|".join(f"(?P<w{n}>{words})" for n, (words, _e) in enumerate(table))
        self.pattern = re.compile(rf"(?<![\w:])(?:{alternatives})(?!\w)")

    def read(self, said: str) -> str:
        return self.pattern.sub(lambda m: self.english[int(str(m.lastgroup)[1:])], said)


_READERS = {lang: _Reader(table) for lang, table in TABLES.items()}


def in_english(text: str, lang: str | None = None) -> str:
    """`text` with the day, time and span words of `lang` (the turn's language when not given)
    rewritten in English; unchanged when the language has no table."""
    reader = _READERS.get(lang or language())
    if reader is None:
        return text
    said = reader.read(fold(text.replace(",", " ")))
    said = re.sub(r"(\d)\s+:(\d\d)", r"\1:\2", said)
    return re.sub(r"\s+", " ", said).strip()


def _locale(lang: str | None = None) -> Locale:
    try:
        return Locale.parse(lang or language())
    except (ValueError, UnknownLocaleError):
        return Locale.parse(SOURCE)


def format_day(day: date, *, with_year: bool = False) -> str:
    """`Tuesday 1 December` / `martes 1 de diciembre`, with the year when asked."""
    pattern = _("EEEE d MMMM y") if with_year else _("EEEE d MMMM")
    return str(format_date(day, pattern, locale=_locale()))


def format_short(wall: datetime) -> str:
    """`Tue 1 Dec, 10:00` / `mar 1 dic, 10:00`: a check-in in a list or on a button."""
    day = str(format_date(wall.date(), _("EEE d MMM"), locale=_locale()))
    return _("{day}, {time}").format(day=day, time=f"{wall:%H:%M}")


def format_weekday(day: date) -> str:
    """`Monday` / `lunes`."""
    return str(format_date(day, "EEEE", locale=_locale()))


def format_date_only(day: date) -> str:
    """`16 December` / `16 de diciembre`: a date without its week day."""
    return str(format_date(day, _("d MMMM"), locale=_locale()))


def format_month_day(day: date) -> str:
    """`6 Dec` / `6 dic`: a day in the mood history."""
    return str(format_date(day, _("d MMM"), locale=_locale()))
