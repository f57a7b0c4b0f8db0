"""The crisis lines the bot ships, by locale: the built-in copy of `dialogues/resources.yaml`.

Each entry is plain data (locale -> emergency number and lines); `bot.safety.resources` turns it
into `Resources.BUILTIN`, used when no resources file is configured or it cannot be read. Every
line names the date it was last checked and the page it was checked against; check them again
before that date is a year old. `findahelpline.com` is the fallback for every other country.
A language on its own (`es`, `de`, ...) is for someone whose country is unknown: it lists the
largest countries' lines for that language and the finder site.
"""

from __future__ import annotations

CHECKED = "2026-12-06"

Entry = tuple[str, tuple[dict[str, str], ...]]


def _line(name: str, source: str, **ways: str) -> dict[str, str]:
    return {"name": name, **ways, "checked": CHECKED, "source": source}


_FINDER = _line(
    "Find A Helpline",
    "findahelpline.com",
    web="findahelpline.com",
    hours="free, confidential lines in many countries",
)

HELPLINES: dict[str, Entry] = {
    "en-US": (
        "911",
        (
            _line(
                "988 Suicide and Crisis Lifeline",
                "988lifeline.org",
                text="988",
                call="988",
                chat="988lifeline.org",
                hours="free, 24/7",
            ),
            _line(
                "Crisis Text Line", "crisistextline.org", text="HOME to 741741", hours="free, 24/7"
            ),
        ),
    ),
    "en-GB": (
        "999 or 112",
        (
            _line("Shout", "giveusashout.org", text="SHOUT to 85258", hours="free, 24/7"),
            _line("Samaritans", "samaritans.org", call="116 123", hours="free, 24/7"),
        ),
    ),
    "en-IE": (
        "112 or 999",
        (
            _line("Text About It", "textaboutit.ie", text="HELLO to 50808", hours="free, 24/7"),
            _line("Samaritans", "samaritans.org", call="116 123", hours="free, 24/7"),
        ),
    ),
    "en-CA": (
        "911",
        (
            _line(
                "9-8-8 Suicide Crisis Helpline",
                "988.ca",
                text="988",
                call="988",
                hours="free, 24/7, English and French",
            ),
        ),
    ),
    "fr-CA": (
        "911",
        (
            _line(
                "9-8-8 Ligne d'aide en cas de crise de suicide",
                "988.ca",
                text="988",
                call="988",
                hours="gratuit, 24 h/24, 7 j/7, en français et en anglais",
            ),
        ),
    ),
    "es-ES": (
        "112",
        (
            _line(
                "Línea 024 de atención a la conducta suicida",
                "sanidad.gob.es",
                call="024",
                hours="gratuita, 24 h",
            ),
            _line(
                "Teléfono de la Esperanza",
                "telefonodelaesperanza.org",
                call="717 003 717",
                hours="24 h",
            ),
        ),
    ),
    "es-MX": (
        "911",
        (
            _line(
                "Línea de la Vida",
                "gob.mx/salud/conadic",
                call="800 911 2000",
                hours="gratuita, 24 h",
            ),
        ),
    ),
    "es-AR": (
        "911",
        (
            _line(
                "Centro de Asistencia al Suicida",
                "asistenciaalsuicida.org.ar",
                call="135",
                hours="gratuita desde CABA y GBA; desde todo el país (011) 5275-1135",
            ),
        ),
    ),
    "es-CO": (
        "123",
        (
            _line(
                "Línea 192, opción 4 (salud mental)",
                "minsalud.gov.co",
                call="192",
                hours="gratuita, 24 h",
            ),
            _line("Línea 106 (Bogotá)", "saludcapital.gov.co", call="106", hours="24 h"),
        ),
    ),
    "de-DE": (
        "112",
        (
            _line(
                "TelefonSeelsorge",
                "telefonseelsorge.de",
                call="0800 111 0 111 or 0800 111 0 222",
                chat="online.telefonseelsorge.de",
                hours="kostenlos, rund um die Uhr",
            ),
        ),
    ),
    "de-AT": (
        "112 or 144",
        (
            _line(
                "TelefonSeelsorge",
                "telefonseelsorge.at",
                call="142",
                chat="onlineberatung-telefonseelsorge.at",
                hours="kostenlos, rund um die Uhr",
            ),
            _line(
                "Rat auf Draht (für junge Menschen)",
                "rataufdraht.at",
                call="147",
                hours="kostenlos, rund um die Uhr",
            ),
        ),
    ),
    "de-CH": (
        "112 or 144",
        (
            _line(
                "Die Dargebotene Hand", "143.ch", call="143", chat="143.ch", hours="rund um die Uhr"
            ),
        ),
    ),
    "fr-CH": (
        "112 or 144",
        (_line("La Main Tendue", "143.ch", call="143", chat="143.ch", hours="24 h/24"),),
    ),
    "it-CH": (
        "112 or 144",
        (_line("Telefono Amico", "143.ch", call="143", chat="143.ch", hours="24 ore su 24"),),
    ),
    "fr-FR": (
        "112 or 15",
        (
            _line(
                "3114, numéro national de prévention du suicide",
                "3114.fr",
                call="3114",
                hours="gratuit, 24 h/24, 7 j/7",
            ),
        ),
    ),
    "fr-BE": (
        "112",
        (
            _line(
                "Centre de Prévention du Suicide",
                "preventionsuicide.be",
                call="0800 32 123",
                chat="preventionsuicide.be",
                hours="gratuit, 24 h/24",
            ),
        ),
    ),
    "nl-BE": (
        "112",
        (
            _line(
                "Zelfmoordlijn 1813",
                "zelfmoord1813.be",
                call="1813",
                chat="zelfmoord1813.be",
                hours="gratis, 24/7",
            ),
        ),
    ),
    "pt-BR": (
        "188 or 192",
        (
            _line(
                "CVV, Centro de Valorização da Vida",
                "cvv.org.br",
                call="188",
                chat="cvv.org.br",
                hours="gratuito, 24 horas",
            ),
        ),
    ),
    "pt-PT": (
        "112",
        (
            _line(
                "SNS 24, aconselhamento psicológico (opção 4)",
                "sns24.gov.pt",
                call="808 24 24 24",
                hours="24 horas",
            ),
            _line(
                "SOS Voz Amiga",
                "sosvozamiga.org",
                call="213 544 545 or 912 802 669",
                hours="todos os dias, 15h30 às 00h30",
            ),
        ),
    ),
    "it-IT": (
        "112",
        (
            _line(
                "Telefono Amico Italia",
                "telefonoamico.it",
                call="02 2327 2327",
                hours="tutti i giorni, 9-24",
            ),
            _line(
                "Samaritans Onlus",
                "samaritansonlus.org",
                call="06 77208977",
                hours="tutti i giorni, 13-22",
            ),
        ),
    ),
    "es": (
        "el número de emergencias local (112 en España, 911 en México)",
        (
            _line("España: Línea 024", "sanidad.gob.es", call="024", hours="gratuita, 24 h"),
            _line(
                "México: Línea de la Vida",
                "gob.mx/salud/conadic",
                call="800 911 2000",
                hours="gratuita, 24 h",
            ),
            _FINDER,
        ),
    ),
    "de": (
        "112",
        (
            _line(
                "Deutschland: TelefonSeelsorge",
                "telefonseelsorge.de",
                call="0800 111 0 111 or 0800 111 0 222",
                hours="kostenlos, rund um die Uhr",
            ),
            _line(
                "Österreich: TelefonSeelsorge",
                "telefonseelsorge.at",
                call="142",
                hours="kostenlos, rund um die Uhr",
            ),
            _line("Schweiz: Die Dargebotene Hand", "143.ch", call="143", hours="rund um die Uhr"),
            _FINDER,
        ),
    ),
    "fr": (
        "112",
        (
            _line("France : 3114", "3114.fr", call="3114", hours="gratuit, 24 h/24"),
            _line(
                "Belgique : Centre de Prévention du Suicide",
                "preventionsuicide.be",
                call="0800 32 123",
                hours="gratuit, 24 h/24",
            ),
            _line("Canada : 9-8-8", "988.ca", text="988", call="988", hours="gratuit, 24 h/24"),
            _FINDER,
        ),
    ),
    "pt": (
        "o número de emergência local (188 no Brasil, 112 em Portugal)",
        (
            _line(
                "Brasil: CVV",
                "cvv.org.br",
                call="188",
                chat="cvv.org.br",
                hours="gratuito, 24 horas",
            ),
            _line(
                "Portugal: SNS 24 (opção 4)", "sns24.gov.pt", call="808 24 24 24", hours="24 horas"
            ),
            _FINDER,
        ),
    ),
    "it": (
        "112",
        (
            _line(
                "Italia: Telefono Amico",
                "telefonoamico.it",
                call="02 2327 2327",
                hours="tutti i giorni, 9-24",
            ),
            _line("Svizzera: Telefono Amico", "143.ch", call="143", hours="24 ore su 24"),
            _FINDER,
        ),
    ),
    "default": ("your local emergency number", (_FINDER,)),
}
