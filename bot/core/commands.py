"""Recognising commands in what people type: `/vent`, `vent`, `/pause 2 weeks`.

A message starting with `/` is always a command. A bare message of one word that names a command
is a command candidate: `help`, `menu` and `stop` always win, flow commands win unless a question
is waiting for that very word. Slack's `/bounceback vent` arrives as `/vent` from the adapter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.text import fold
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
    word = fold(stripped)
    if " " in word or not _WORD.match(word):
        return None
    return Command(canonical(word), "", explicit=False)
