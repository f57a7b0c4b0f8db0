"""Where a draft's greeting and sign-off are, laid out the way the rewrite reads them.

People in a hurry write the sign-off on the same line as their last sentence ("Please tell me
why. Cheers, Ben", "thx, lee", "Explain the decision. - Sam", "Quiero saber por qué. Saludos,
ana") and the recipient's name in lower case ("hey dan.", "hi kevin,", "hola marta,"). Read as
they are, the sign-off was spliced into the middle of a kept sentence ("I had 2 interviews,
cheers Ben.") and the names were lost. `lay_out(text)` puts an inline sign-off on lines of its
own at the end ("Cheers,\nBen"), writes a lower-case name after a greeting with a capital, and
reads "To Ms. Okafor:" as a greeting. Nothing else in the draft changes. Only a name in sign-off
position counts: after the end of a sentence, a comma or a line break, at the very end of the
draft, one or two words that are not everyday words ("Thanks for nothing" and "all the best to
you" are no sign-offs).
"""

from __future__ import annotations

import re

_CLOSINGS = (
    r"(?:best regards|kind regards|warm regards|warmest regards|many thanks|thanks again"
    r"|all the best|best wishes|yours sincerely|yours truly|sincerely|regards|cheers"
    r"|thank you|thanks|thx|best|warmly|respectfully"
    r"|un cordial saludo|cordiales saludos|un saludo|saludos cordiales|saludos|atentamente|atte"
    r"|slds|un abrazo|cordialmente|gracias)"
)
_L = "A-Za-zÁÉÍÓÚÑáéíóúñ"
_NAME = rf"(?:[A-Za-z]\. ?)?[{_L}][{_L}'-]{{1,20}}(?: [A-ZÁÉÍÓÚÑ][{_L}'-]{{1,20}}){{0,2}}"
_CAPITAL_NAME = rf"[A-ZÁÉÍÓÚÑ][{_L}'-]{{1,20}}(?: [A-ZÁÉÍÓÚÑ][{_L}'-]{{1,20}}){{0,2}}"
_INLINE = re.compile(
    rf"(?:(?<=[.!?])|,|\n)\s*(?P<closing>(?i:{_CLOSINGS}))\s*[,.!]*\s*[-–—]?\s*"
    rf"(?P<name>{_NAME})\s*[.!]?\s*$"
)
_DASHED = re.compile(rf"(?<=[.!?])\s*[-–—]+\s*(?P<name>{_NAME})\s*$")
_BARE = re.compile(rf"(?<=[a-záéíóúñ\d)'\"][.!?])[ \t]+(?P<name>{_CAPITAL_NAME})[ \t]*\.?$")
"""A name alone after the last sentence ("Quiero saber el motivo. Javier"): a sign-off only in a
draft that reads as a letter: it opens with a greeting or its last sentence asks or thanks."""
SUFFIX = r",? (?:Esq|Jr|Sr|PhD|MBA|CPA|RN|MD|PMP|II|III)\b\.?"
"""What may follow a signer's name ("Ana Ruiz, Esq.", "Tom Reyes Jr.")."""
_OWN_LINE = re.compile(
    rf"\n[ \t]*(?P<dash>[-–—~]+)?[ \t]*(?P<name>{_NAME})(?P<initial> [A-Z]\.)?"
    rf"(?P<suffix>{SUFFIX})?[ \t]*\.?$"
)
"""A name alone on the last line ("\n- priya", "\n~Priya", "\n-- Priya S.", "\nAna Ruiz, Esq."):
a sign-off even in a draft with no greeting; a lower-case one only after a dash."""
_CLOSING_ASK = re.compile(
    r"(?i)(?:^|(?<=[.!?])\s|\n)\s*(?:please|tell|explain|let me know|send|call|give|answer|reply"
    r"|respond|get back|could|can|would|will|i'd (?:like|appreciate)|i would (?:like|appreciate)"
    r"|i want|i expect|i(?:'m| am) asking|i(?:'ll| will) wait|thanks|thank you)\b[^.!?\n]*[.!?]"
    r"[ \t]+[^.!?\n]*$"
)
"""The last sentence asks or thanks ("Tell me why. Tom"): a name after it signs the draft even
when it opens with no greeting."""
_OPENS_AS_LETTER = re.compile(
    r"^\s*(?i:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hola|buenas|buenos d[ií]as"
    r"|estimad[oa]s?|querid[oa]s?)\b"
)
_NOT_BARE_NAMES = frozenset(
    "pathetic clowns idiots thanks seriously unbelievable typical whatever ridiculous shameful "
    "disgusting classy bravo wow great now please enough done period again never bye goodbye "
    "really honestly obviously fine noted sure cool nice lovely amazing incredible unreal "
    "joke loser losers morons cowards shame disgrace embarrassing unprofessional "
    "gracias patético patetico ridículo ridiculo vergüenza verguenza increíble increible "
    "payasos idiotas incompetentes nada ahora basta nunca jamás jamas adiós adios vale "
    "sinceramente obviamente genial perfecto bueno fin punto lamentable penoso impresentable "
    "vaya claro asap immediately today tomorrow now period".split()
)
_NOT_NAMES = frozenset(
    "you all for so to a an the again anyway everyone team guys in advance very much lot "
    "nothing though i me my your it this that them again anyways regardless bye ok okay "
    "wishes regards luck hr por de a nada todo igual mil muchas".split()
)
_GREETING_LOWER = re.compile(
    r"^(\s*(?i:hi|hello|hey|dear|hola|buenas|buenos dias|estimad[oa]|querid[oa])\s+)"
    r"([a-záéíóúñ][a-záéíóúñ'-]{1,20})(?=\s*[,.!:;\n-])"
)
_GENERIC = frozenset(
    {"there", "all", "everyone", "team", "guys", "folks", "you", "sir", "madam", "equipo", "a"}
    | {"todos", "todas", "chicos", "senor", "señor", "señora", "tardes", "dias", "días", "noches"}
)
_TO_TITLED = re.compile(
    r"^\s*(?i:to)\s+((?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)\s*[:,]\s*"
)


_SIG_DASHES = re.compile(r"\n[ \t]*--[ \t]*(?=\n)")
"""The "-- " line an email signature starts with."""
_TITLE_LINE = re.compile(
    r"\n[ \t]*(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.? )?[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})"
    r"[ \t]*\n[ \t]*(?:(?:Senior|Junior|Lead|Principal|Head|Chief|Staff|Associate|Assistant"
    r"|Registered)\b[^\n]{0,40}|[^\n]{0,40}\b(?:Analyst|Manager|Engineer|Developer|Designer"
    r"|Director|Consultant|Specialist|Coordinator|Officer|Assistant|Nurse|Teacher|Accountant"
    r"|Scientist|Architect|Administrator|Technician|Candidate|Applicant|MBA|PhD|CPA|PMP|RN))"
    r"[ \t.]*$"
)
"""A name with their job title on the line under it ("Marcus Lee\nSenior Analyst"): the name
signs it, the title is not a sentence to keep."""


def lay_out(text: str) -> str:
    """`text` with an inline sign-off on lines of its own and the greeting's name capitalised."""
    text = _greeting(_SIG_DASHES.sub("", text.rstrip()))
    if title := _TITLE_LINE.search(text):
        text = text[: title.start()] + "\n" + title["name"]
    body = text.rstrip()
    m = _INLINE.search(body)
    if m and _is_name(m.group("name")):
        closing = m.group("closing")
        closing = closing[0].upper() + closing[1:].lower()
        name = _dotted(_capital(m.group("name")), body)
        return f"{body[: m.start()].rstrip(' ,')}\n\n{closing},\n{name}"
    d = _DASHED.search(body)
    if d and could_sign(d.group("name")):
        return f"{body[: d.start()].rstrip()}\n\n{_capital(d.group('name'))}"
    own = _OWN_LINE.search(body)
    if (
        own
        and (own.group("dash") or own.group("name")[:1].isupper())
        and could_sign(own.group("name"))
    ):
        name = _capital(own.group("name")) + (own.group("initial") or "")
        name += own.group("suffix") or ""
        name = _dotted(name, body)
        return f"{body[: own.start()].rstrip()}\n\n{name}"
    as_letter = _OPENS_AS_LETTER.match(body) or _CLOSING_ASK.search(body)
    b = _BARE.search(body) if as_letter else None
    if (
        b
        and _is_name(b.group("name"))
        and not _NOT_BARE_NAMES.intersection(b.group("name").lower().split())
    ):
        return f"{body[: b.start()].rstrip()}\n\n{b.group('name')}"
    return text


def _dotted(name: str, body: str) -> str:
    """`name` with the dot of its suffix when the draft wrote one ("Tom Reyes Jr.")."""
    dot = body.endswith(".") and re.search(r"\b(?:Jr|Sr|Esq)$", name)
    return name + "." if dot else name


def _greeting(text: str) -> str:
    if t := _TO_TITLED.match(text):
        return f"Dear {t.group(1)},\n\n{text[t.end() :]}"
    g = _GREETING_LOWER.match(text)
    if g is None or g.group(2) in _GENERIC:
        return text
    return g.group(1) + _capital(g.group(2)) + text[g.end() :]


def could_sign(name: str) -> bool:
    """Whether `name` can be the signer's name: no everyday word, no parting shot ("Pathetic",
    "Goodbye", "Whatever")."""
    return _is_name(name) and not _NOT_BARE_NAMES.intersection(name.lower().split())


def _is_name(name: str) -> bool:
    words = name.lower().replace(".", " ").split()
    return bool(words) and not any(w in _NOT_NAMES for w in words)


def _capital(name: str) -> str:
    return " ".join(w[0].upper() + w[1:] for w in name.split())
