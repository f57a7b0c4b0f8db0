"""Leaving the language in use: one English word in a Spanish message ("ok bye", "ash olvídalo.
bye") never switches; a full English sentence does, and so do two shorter English messages in a
row or a message naming the language."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import Conversation, Turn, UserKey
from bot.i18n.detect import detect_language, own_words
from tests.replies import said

KEY = UserKey("console", "t", "lupita")
ENGLISH_NOTE = "I'll talk with you in English"


async def say(app: App, text: str) -> str:
    return said(await app.engine.handle(Turn(KEY, text=text, locale="es-MX")))


async def language(app: App) -> str:
    async with app.store.transaction() as tx:
        conv = await tx.load(KEY) or Conversation()
    return str(conv.meta.get("language"))


@pytest.mark.parametrize(
    "text",
    [
        "ash olvidalo. bye",
        "ash olvídalo. bye",
        "ok bye",
        "nmms q random",
        "ok thanks bye cool",
        "sorry, no entendí",
        "me rechazó Google, ok bye",
        "me dejó en visto el recruiter, sorry",
        "tengo un crush con esa empresa lol",
        "gracias, cool",
    ],
)
async def test_a_spanish_speaker_mixing_english_words_stays_in_spanish(app: App, text: str) -> None:
    await say(app, "hola")
    out = await say(app, text)
    assert ENGLISH_NOTE not in out, out
    assert await language(app) == "es"


@pytest.mark.parametrize("text", ["ash olvidalo. bye", "ok thanks bye cool", "nmms q random"])
def test_borrowed_words_and_names_say_nothing_about_a_language(text: str) -> None:
    assert detect_language(text) in (None, "es")


def test_borrowed_words_do_not_count_as_english() -> None:
    assert own_words("ash olvidalo. bye", "en") == 2
    assert own_words("I applied at Google and they said no", "en") >= 5


async def test_a_full_english_sentence_still_switches_from_spanish(app: App) -> None:
    await say(app, "hola")
    out = await say(app, "they went with another candidate and I feel awful")
    assert ENGLISH_NOTE in out
    assert await language(app) == "en"


async def test_two_short_english_messages_in_a_row_switch(app: App) -> None:
    await say(app, "hola")
    out = await say(app, "I got rejected today")
    assert ENGLISH_NOTE not in out and await language(app) == "es"
    out = await say(app, "it really hurts though")
    assert ENGLISH_NOTE in out and await language(app) == "en"


async def test_a_spanish_message_in_between_resets_the_count(app: App) -> None:
    await say(app, "hola")
    await say(app, "I got rejected today")
    await say(app, "bueno, no sé qué hacer")
    out = await say(app, "it really hurts though")
    assert ENGLISH_NOTE not in out and await language(app) == "es"


async def test_naming_the_language_switches_at_once(app: App) -> None:
    await say(app, "hola")
    out = await say(app, "can we talk in english please")
    assert ENGLISH_NOTE in out and await language(app) == "en"


async def test_an_english_speaker_saying_gracias_stays_in_english(app: App) -> None:
    out = said(await app.engine.handle(Turn(KEY, text="they went with another candidate")))
    assert "I'm a bot" in out
    said(await app.engine.handle(Turn(KEY, text="ok gracias, adiós amigo")))
    assert await language(app) == "en"


async def _said_in(app: App, key: UserKey, *texts: str) -> str:
    for text in texts:
        await app.engine.handle(Turn(key, text=text))
    async with app.store.transaction() as tx:
        conv = await tx.load(key) or Conversation()
    return str(conv.meta.get("language"))


async def test_a_command_first_shows_no_language_so_a_short_spanish_line_sets_it(app: App) -> None:
    # "/vent" says nothing about the person's language: English was only the default
    assert await _said_in(app, UserKey("console", "t", "ana"), "/vent", "estoy sin dinero") == "es"


async def test_english_written_first_is_in_use_and_a_short_spanish_line_does_not_leave_it(
    app: App,
) -> None:
    key = UserKey("console", "t", "bo")
    assert await _said_in(app, key, "i got rejected today by email", "estoy sin dinero") == "en"


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("recordame el jueves a la tarde", "remind me thursday afternoon"),
        ("escribime mañana a la mañana", "message me tomorrow morning"),
        ("recordamelo el viernes a la noche", "remind me friday at night"),  # night: 20:00
    ],
)
def test_river_plate_spanish_reminder_requests_are_read(said: str, read: str) -> None:
    from bot.i18n.spoken import in_english

    assert in_english(said, "es") == read
