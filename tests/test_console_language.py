"""The console speaks the person's language down to its prompt (`tú>` in Spanish), and never
mentions buttons or tapping: a terminal has none, so it says options and numbers."""

from __future__ import annotations

import io
import re

import pytest

from bot.adapters.console import ConsoleChat
from bot.adapters.console_main import speak_locale
from bot.app import App
from bot.core.model import UserKey
from bot.i18n import use_language

KEY = UserKey("console", "local", "lupita")
BUTTONS = re.compile(r"\b(?:botón|botones|[Tt]oca\w*|buttons?|[Tt]ap)\b")


async def chat(app: App, locale: str | None, *lines: str) -> str:
    out = io.StringIO()
    speak_locale(app, locale)
    try:
        console = ConsoleChat(app.engine.handle, KEY, out, locale=locale)
        await console.run(io.StringIO("".join(f"{line}\n" for line in lines)), interactive=True)
    finally:
        use_language("en")
    return out.getvalue()


async def test_the_prompt_is_in_spanish_from_the_start(app: App) -> None:
    seen = await chat(app, "es-MX", "hola", "ash olvidalo. bye")
    assert seen.startswith("tú> "), seen[:40]
    assert seen.count("tú> ") == 3 and "you>" not in seen


async def test_the_prompt_follows_a_change_of_language(app: App) -> None:
    seen = await chat(app, "es-MX", "hola", "/language en")
    assert seen.startswith("tú> ") and seen.rstrip().endswith("you>")


async def test_english_keeps_its_prompt(app: App) -> None:
    seen = await chat(app, None, "hi")
    assert seen.startswith("you> ") and "tú>" not in seen


@pytest.mark.parametrize(("locale", "start"), [("es-MX", "menú"), (None, "menu")])
async def test_the_console_never_mentions_buttons(app: App, locale: str | None, start: str) -> None:
    seen = await chat(app, locale, start, "xyzzy plugh", "qwerty asdf", "zzz qqq", "no sé")
    assert not BUTTONS.findall(seen), seen
    assert "opciones" in seen or "options" in seen or "número" in seen or "number" in seen


@pytest.mark.parametrize("word", ["quit", "exit", "/quit", "Exit"])
async def test_quit_or_exit_alone_leaves_like_slash_quit(app: App, word: str) -> None:
    seen = await chat(app, None, "hi", word, "hello again")
    assert seen.count("you> ") == 2, seen  # nothing after the word that leaves is read
