"""Recognising commands in what people type: `/vent`, `vent`, `/pause 2 weeks`.

A message starting with `/` is always a command. A bare message of one word that names a command
is a command candidate: `help`, `menu` and `stop` always win, flow commands win unless a question
is waiting for that very word. Slack's `/bounceback vent` arrives as `/vent` from the adapter.
A command word may be written as several words ("mis datos", "plan de seguridad"): a bare message
of up to `MAX_WORDS` words is a candidate under its words run together (`command_key`), and the
runner also tries a slash command's first words together (`/mis datos`).

`stop_said(text)`: a short message that says "stop" as a sentence of its own ("none. stop", "no
no. this is not message. I am confuse. stop", "ok stop please") is the `stop` command too; "I
can't stop crying" or "make it stop" are not.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from bot.core.text import command_key, fold
from bot.i18n.current import N_, _, catalogue

GLOBAL_COMMANDS = frozenset({"help", "menu", "stop"})
GLOBAL_WORDS = {"help": N_("help"), "menu": N_("menu"), "stop": N_("stop")}
"""The global commands' words in the person's language (`ayuda`, `menú`, `parar`)."""


def canonical(word: str) -> str:
    """The English command a word in the person's language stands for (`ayuda` -> `help`)."""
    return _global_words().get(word, word)


_TABLES: dict[int, tuple[Mapping[str, str], dict[str, str]]] = {}
"""Per table of code texts (by identity): each global command's folded word -> the command."""


def _global_words() -> dict[str, str]:
    """The folded word of each global command in the current language, worked out once per
    table of code texts (the first command wins a word two of them share)."""
    texts = catalogue()
    held = _TABLES.get(id(texts))
    if held is not None and held[0] is texts:
        return held[1]
    table: dict[str, str] = {}
    for english, marked in GLOBAL_WORDS.items():
        table.setdefault(fold(_(marked)), english)
    if len(_TABLES) >= 64:  # tables are few (one a language); never let them pile up
        _TABLES.clear()
    _TABLES[id(texts)] = (texts, table)
    return table


_WORD = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")
MAX_WORDS = 3
"""The most words a bare message may have and still be a command word ("plan de seguridad")."""


@dataclass(frozen=True, slots=True)
class Command:
    word: str
    args: str
    explicit: bool


def parse_command(text: str) -> Command | None:
    """The command in `text`, or None when it is ordinary words."""
    stripped = text.strip()
    if stripped.startswith("/"):
        head, _, rest = stripped[1:].partition(" ")
        word = fold(head)
        if not _WORD.match(word):
            return None
        return Command(canonical(word), rest.strip(), explicit=True)
    folded = fold(stripped)
    word = command_key(folded)
    if len(folded.split(" ")) > MAX_WORDS or not _WORD.match(word):
        return None
    return Command(canonical(word), "", explicit=False)


STOP_WORDS = 14
"""The most words a message may have and still be a "stop" said on its own."""
_STOP = re.compile(
    r"(?:^|[.!,;:]\s*|(?<!\w)(?:ok|okay|please|pls|just|no|now|so|then)\s+)stop"
    r"(?:\s+(?:please|pls|now|here|it|this|talking|the chat))?\s*[.!]*$"
    r"|^stop\s*[.!,;]"
)


def stop_said(text: str) -> bool:
    """Whether a short message says "stop" on its own (see the module docstring), in English
    or as the person's language says the command ("parar")."""
    said = " ".join(text.lower().replace("’", "'").split())
    if not said or len(said.split()) > STOP_WORDS:
        return False
    word = fold(_(GLOBAL_WORDS["stop"]))
    if "stop" not in said and word not in said:
        return False  # the expression needs "stop", here or put in for the person's word
    local = said if word == "stop" else said.replace(word, "stop")
    return _STOP.search(local) is not None
