"""What a person types into the console, as messages: never an exception, pastes kept whole.

From a pipe, one line is one message. In a terminal, a multi-line paste is one message: the
terminal is asked for bracketed paste (the pasted text arrives between `ESC[200~` and `ESC[201~`),
and for terminals without it, lines that arrive together (within `PASTE_GAP` of each other, far
quicker than anyone types) are joined. While the chat runs, the terminal's echo of control
characters (`ECHOCTL`, which shows the paste markers as `^[[200~`) is switched off, so the markers
go back to the terminal as the escape sequences they are, which it does not show
(`quiet_control_echo`). Bytes that are not valid UTF-8 are decoded with the
replacement character, so one bad byte never ends the conversation or loses the lines around it.
"""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import io
import os
from collections.abc import AsyncIterator, Iterator
from typing import TextIO

PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"
BRACKETED_PASTE_ON = "\x1b[?2004h"
BRACKETED_PASTE_OFF = "\x1b[?2004l"
PASTE_GAP = 0.02
"""Seconds of quiet that end a burst of input; lines within one burst are one message."""


class PasteJoiner:
    """Terminal input in, messages out. `feed` what was read; `take` at the end of a burst."""

    def __init__(self) -> None:
        self._pending = ""
        self._line = ""
        self._in_paste = False
        self._lines: list[str] = []

    def feed(self, text: str) -> None:
        self._pending += text.replace("\r\n", "\n").replace("\r", "\n")
        s, i = self._pending, 0
        while i < len(s):
            if s.startswith(PASTE_START, i):
                self._in_paste, i = True, i + len(PASTE_START)
            elif s.startswith(PASTE_END, i):
                self._in_paste, i = False, i + len(PASTE_END)
            elif s[i] == "\x1b" and (PASTE_START.startswith(s[i:]) or PASTE_END.startswith(s[i:])):
                break  # a marker cut in two by the read: wait for the rest
            elif s[i] == "\n" and not self._in_paste:
                self._lines.append(self._line)
                self._line, i = "", i + 1
            else:
                self._line, i = self._line + s[i], i + 1
        self._pending = s[i:]

    def take(self) -> list[str]:
        """The message the complete lines of this burst make (none when there are none)."""
        lines, self._lines = self._lines, []
        return ["\n".join(lines)] if lines else []

    def finish(self) -> list[str]:
        """At end of input: whatever is left, as a last message."""
        if self._line or self._pending:
            self._lines.append(self._line + self._pending)
            self._line = self._pending = ""
        return self.take()


@contextlib.contextmanager
def quiet_control_echo(fd: int) -> Iterator[None]:
    """Within the block, the terminal on `fd` does not echo control characters as `^[`."""
    try:  # not at the top: termios exists only on POSIX systems
        import termios
    except ImportError:  # not a POSIX terminal: nothing to switch
        yield
        return
    try:
        saved = termios.tcgetattr(fd)
    except (termios.error, OSError):
        yield
        return
    quiet = list(saved)
    quiet[3] = int(saved[3]) & ~termios.ECHOCTL
    try:
        termios.tcsetattr(fd, termios.TCSANOW, quiet)
    except (termios.error, OSError):
        yield
        return
    try:
        yield
    finally:
        with contextlib.suppress(termios.error, OSError):
            termios.tcsetattr(fd, termios.TCSANOW, saved)


def tolerant(stream: TextIO) -> TextIO:
    """`stream` with undecodable input replaced (U+FFFD) instead of raising."""
    if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
        with contextlib.suppress(ValueError, io.UnsupportedOperation):
            stream.reconfigure(errors="replace")
    return stream


def is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (ValueError, OSError):
        return False


async def piped_messages(inp: TextIO) -> AsyncIterator[str]:
    """One message per line, read in a worker thread."""
    loop = asyncio.get_running_loop()
    inp = tolerant(inp)
    while True:
        line = await loop.run_in_executor(None, inp.readline)
        if not line:
            return
        yield line.rstrip("\r\n")


async def _readable(fd: int, within: float | None) -> bool:
    """True once `fd` has input; False when `within` seconds pass first."""
    loop = asyncio.get_running_loop()
    ready: asyncio.Future[None] = loop.create_future()

    def wake() -> None:
        if not ready.done():
            ready.set_result(None)

    loop.add_reader(fd, wake)
    try:
        async with asyncio.timeout(within):
            await ready
        return True
    except TimeoutError:
        return False
    finally:
        loop.remove_reader(fd)


def _read(fd: int) -> bytes:
    try:
        return os.read(fd, 65536)
    except OSError:  # the terminal hung up
        return b""


async def terminal_messages(fd: int) -> AsyncIterator[str]:
    """Messages from a terminal's file descriptor, pastes joined (see the module docstring)."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    joiner = PasteJoiner()
    while True:
        await _readable(fd, None)
        data = _read(fd)
        ended = not data
        joiner.feed(decoder.decode(data, final=ended))
        while not ended and await _readable(fd, PASTE_GAP):
            data = _read(fd)
            ended = not data
            joiner.feed(decoder.decode(data, final=ended))
        for message in joiner.finish() if ended else joiner.take():
            yield message
        if ended:
            return
