"""Languages end to end: catalogues checked like flows, Spanish picked from the platform locale or
from what people write, the `language` command, check-ins in the person's language, and a toy
language added from a fixture catalogue with no code change."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.cli import main
from bot.core.model import Conversation, Turn, UserKey
from tests.conftest import make_settings
from tests.replies import said

DIALOGUES = Path(__file__).resolve().parent.parent / "dialogues"
TOY = Path(__file__).resolve().parent / "data" / "i18n" / "xx"
KEY = UserKey("console", "t", "ana")


def copy_dialogues(tmp_path: Path) -> Path:
    target = tmp_path / "dialogues"
    shutil.copytree(DIALOGUES, target, ignore=shutil.ignore_patterns("tests"))
    return target


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    built = await build_app(make_settings(tmp_path))
    yield built
    await built.close()


async def load(app: App) -> Conversation:
    async with app.store.transaction() as tx:
        return await tx.load(KEY) or Conversation()


async def say(app: App, text: str, locale: str | None = None, key: UserKey = KEY) -> str:
    return said(await app.engine.handle(Turn(key, text=text, locale=locale)))


async def test_a_spanish_platform_locale_gets_spanish_from_the_first_message(app: App) -> None:
    out = await say(app, "hi", locale="es-MX")
    assert "Soy un bot" in out and "Te hablo en español" in out
    assert "I'm a bot" not in out
    out = await say(app, "ayuda", locale="es-MX")
    assert "Cosas que puedes escribir" in out


async def test_writing_spanish_switches_and_is_confirmed_once(app: App) -> None:
    out = await say(app, "me rechazaron después de la entrevista final y estoy fatal")
    assert "Te hablo en español" in out
    out = await say(app, "no sé muy bien qué hacer ahora mismo")
    assert "Te hablo en español" not in out


async def test_english_speakers_hear_no_language_note(app: App) -> None:
    out = await say(app, "they went with another candidate and I feel awful")
    assert "I'll talk with you in English" not in out and "I'm a bot" in out


async def test_the_language_command_is_kept_and_written_text_no_longer_switches(app: App) -> None:
    await say(app, "hola, me acaban de decir que no en una entrevista")
    out = await say(app, "/language en")
    assert "I'll talk with you in English" in out
    out = await say(app, "hola, me acaban de decir que no otra vez")
    assert "Te hablo" not in out
    assert (await load(app)).meta["language"] == "en"
    out = await say(app, "/idioma español")
    assert "Te hablo en español" in out


async def test_global_commands_have_spanish_words(app: App) -> None:
    await say(app, "hola", locale="es-ES")
    out = await say(app, "parar", locale="es-ES")
    assert "Está bien, lo dejo aquí" in out
    assert (await load(app)).flow is None


async def test_check_ins_go_out_in_the_persons_language(app: App) -> None:
    await say(app, "hola", locale="es-ES")
    out = said(await app.engine.open_flow(KEY, "checkin_mood"))
    assert "¿Cómo te sientes hoy?" in out


async def test_spanish_examples_are_understood(app: App) -> None:
    await say(app, "hola", locale="es-ES")
    out = await say(app, "estoy de bajón", locale="es-ES")
    assert "¿Hasta dónde llegaste con ellos?" in out


def test_validate_fails_on_a_missing_spanish_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    flows = copy_dialogues(tmp_path)
    po = flows / "locales" / "es" / "LC_MESSAGES" / "vent.po"
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace('msgstr "¿Quieres seguir?"', 'msgstr ""'), encoding="utf-8")
    assert main(["validate", str(flows)]) == 1
    out = capsys.readouterr().out
    assert "vent.yaml:" in out and "no es translation of `vent.heard.ask`" in out


def test_validate_reports_placeholders_stale_and_extra_at_the_catalogue_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    flows = copy_dialogues(tmp_path)
    po = flows / "locales" / "es" / "LC_MESSAGES" / "crisis.po"
    text = po.read_text(encoding="utf-8")
    text = text.replace('msgstr "Avisar a {contact_name}', 'msgstr "Avisar a {contacto}', 1)
    text += '\nmsgctxt "crisis.gone.say.1"\nmsgid "Old"\nmsgstr "Viejo"\n'
    po.write_text(text, encoding="utf-8")
    vent = flows / "vent.yaml"
    vent.write_text(vent.read_text().replace("Do you want to keep going?", "Keep going?"))
    assert main(["validate", str(flows)]) == 1
    out = capsys.readouterr().out
    assert "crisis.po:" in out and "placeholders differ" in out and "{contact_name}" in out
    assert "extra es translation `crisis.gone.say.1`" in out
    assert "stale es translation of `vent.heard.ask`" in out
    for line in out.splitlines():
        file, row, col, _rest = line.split(":", 3)
        assert row.isdigit() and col.isdigit() and file


def test_i18n_prints_coverage_and_marks_changed_english_fuzzy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    flows = copy_dialogues(tmp_path)
    vent = flows / "vent.yaml"
    vent.write_text(vent.read_text().replace("Do you want to keep going?", "Keep going?"))
    assert main(["i18n", str(flows)]) == 0
    out = capsys.readouterr().out
    assert "es (español):" in out and "(99." in out
    po = (flows / "locales" / "es" / "LC_MESSAGES" / "vent.po").read_text(encoding="utf-8")
    assert '#| msgid "Do you want to keep going?"' in po and "#, fuzzy" in po
    assert main(["i18n", str(flows), "--add", "de"]) == 0
    assert "de (Deutsch): 0/" in capsys.readouterr().out


async def test_a_toy_language_is_a_catalogue_not_code(tmp_path: Path) -> None:
    flows = copy_dialogues(tmp_path)
    shutil.copytree(TOY, flows / "locales" / "xx")
    built = await build_app(make_settings(tmp_path, flows_dir=str(flows)))
    try:
        await say(built, "hi", locale="xx-YY")
        out = await say(built, "mennu", locale="xx-YY")
        assert "WHAT SHALL WE DO?" in out and "MY PLAN" in out
        assert "Talk through a rejection" in out  # untranslated: English, text by text
        out = await say(built, "qwzx plorb", locale="xx-YY")
        assert "HUH? SAY" in out
        out = await say(built, "zorblat", locale="xx-YY")
        assert "your plan" in out.lower() or "make a plan" in out.lower()
    finally:
        await built.close()


async def test_discord_commands_carry_spanish_names_and_descriptions(app: App) -> None:
    import discord
    from discord import app_commands

    from bot.adapters.discord.translator import CatalogueTranslator

    translator = CatalogueTranslator(app.engine.flows)
    loc = app_commands.TranslationContextLocation
    name = app_commands.TranslationContext(loc.command_name, None)
    about = app_commands.TranslationContext(loc.command_description, None)
    spain, latam = discord.Locale.spain_spanish, discord.Locale.latin_american_spanish
    assert await translator.translate(app_commands.locale_str("vent"), spain, name) == "desahogo"
    assert await translator.translate(app_commands.locale_str("rejected"), latam, name) == "rechazo"
    described = await translator.translate(
        app_commands.locale_str("Pick up where we left off."), spain, about
    )
    assert described == "Seguir donde lo dejamos."
    german = discord.Locale.german
    assert await translator.translate(app_commands.locale_str("vent"), german, name) is None
