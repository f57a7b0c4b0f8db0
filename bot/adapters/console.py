"""The console adapter: a terminal chat with the engine, and a clean line protocol when piped.

Each input line is one message; in a terminal a multi-line paste is one message, and undecodable
bytes never end the chat (`bot.adapters.console_input`). Choices print as numbered options; the
person answers with the number, the label or a synonym (the engine matches typed answers; buttons
that belong to no flow step are matched here). Every bot message goes to stdout; with a terminal,
a `you>` prompt is shown too, in the language of the last turn (`tú>` in Spanish): each turn sets
the person's language in this task. Nothing is escaped: the terminal cannot ping anybody.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TextIO

from bot.adapters.console_input import (
    BRACKETED_PASTE_OFF,
    BRACKETED_PASTE_ON,
    is_terminal,
    piped_messages,
    quiet_control_echo,
    terminal_messages,
)
from bot.core.model import Choices, Reply, Turn, UserKey
from bot.core.plain import plain
from bot.core.text import fold
from bot.i18n import N_, _

YOU = N_("you")
QUIT_WORDS = frozenset({"quit", "exit", "salir"})
"""Leaving the console: typed alone, with or without a slash ("quit", "/exit", "salir")."""
"""The console prompt's name for the person (`you> `)."""


class ConsoleChat:
    """One person chatting through a terminal or a pipe."""

    def __init__(
        self,
        handle: Callable[[Turn], Awaitable[list[Reply]]],
        key: UserKey,
        out: TextIO,
        *,
        locale: str | None = None,
        tz: str | None = None,
    ) -> None:
        self.handle = handle
        self.key = key
        self.out = out
        self.locale = locale
        self.tz = tz
        self._last_choices: Choices | None = None

    def to_turn(self, line: str) -> Turn:
        """A typed line as a Turn; answers to buttons that belong to no step become clicks."""
        last = self._last_choices
        if last is not None and last.at.step == "":
            said = fold(line)
            words = set(said.replace(",", " ").split())
            for n, option in enumerate(last.options, 1):
                if said in (str(n), fold(option.label)) or fold(option.label) in words:
                    return Turn(
                        self.key, choice=option.id, at=last.at, locale=self.locale, tz=self.tz
                    )
        return Turn(self.key, text=line, locale=self.locale, tz=self.tz)

    def show(self, replies: list[Reply]) -> None:
        for reply in replies:
            if isinstance(reply, Choices):
                self._last_choices = reply
            self.out.write(plain(reply) + "\n\n")
        self.out.flush()

    async def say(self, line: str) -> list[Reply]:
        replies = await self.handle(self.to_turn(line))
        self.show(replies)
        return replies

    async def run(self, inp: TextIO, *, interactive: bool) -> None:
        """Answer every message until end of input (or `/quit`, or `quit` or `exit` alone, in a
        terminal). From a
        terminal, a multi-line paste is one message; from a pipe, each line is one."""
        terminal = interactive and is_terminal(inp)
        if not terminal:
            await self._run(piped_messages(inp), interactive=interactive, bracketed=False)
            return
        with quiet_control_echo(inp.fileno()):
            await self._run(
                terminal_messages(inp.fileno()), interactive=True, bracketed=is_terminal(self.out)
            )

    async def _run(
        self, messages: AsyncIterator[str], *, interactive: bool, bracketed: bool
    ) -> None:
        if bracketed:
            self.out.write(BRACKETED_PASTE_ON)
        try:
            if interactive:
                self._prompt()
            async for message in messages:
                if interactive and message.strip().lower().lstrip("/") in QUIT_WORDS:
                    break
                await self.say(message)
                if interactive:
                    self._prompt()
        finally:
            if bracketed:
                self.out.write(BRACKETED_PASTE_OFF)
                self.out.flush()

    def _prompt(self) -> None:
        self.out.write(f"{_(YOU)}> ")
        self.out.flush()
