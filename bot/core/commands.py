"""Recognising commands in what people type: `/vent`, `vent`, `/pause 2 weeks`.

A message starting with `/` is always a command. A bare message of one word that names a command
is a command candidate: `help`, `menu` and `stop` always win, flow commands win unless a question
is waiting for that very word. Slack's `/bounceback vent` arrives as `/vent` from the adapter.
A command word may be written as several words ("mis datos", "plan de seguridad"): a bare message
of up to `MAX_WORDS` words is a candidate under its words run together (`command_key`), and the
runner also tries a slash command's first words together (`/mis datos`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.text import command_key, fold
from bot.i18n.current import N_, _

GLOBAL_COMMANDS = frozenset({"help", "menu", "stop"})
GLOBAL_WORDS = {"help": N_("help"), "menu": N_("menu"), "stop": N_("stop")}
"""The global commands' words in the person's language (`ayuda`, `menú`, `parar`)."""


def canonical(word: str) -> str:
    """The English command a word in the person's language stands for (`ayuda` -> `help`)."""
    for english, marked in GLOBAL_WORDS.items():
        if word == fold(_(marked)):
            return english
    return word


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
