"""Discord slash commands in the person's language: names and descriptions from the catalogues.

discord.py asks a `Translator` for every command name, description and option description when
the tree is synced; Discord then shows each person the one for their client's language. Names come
from the flows' translated command words (`/vent` is `/desahogo` in Spanish), descriptions from the
code catalogue (`bot.po`); anything untranslated stays English.
"""

from __future__ import annotations

import re

import discord
from discord import app_commands

from bot.core.text import command_key, fold
from bot.flows.model import FlowSet

_NAME = re.compile(r"^[a-z0-9_-]{1,32}$")
_ALIASES = {"help": "help", "menu": "menu", "rejected": "rejected"}


class CatalogueTranslator(app_commands.Translator):
    """Looks every command string up in the flows' languages."""

    def __init__(self, flows: FlowSet) -> None:
        self.flows = flows

    def _language(self, locale: discord.Locale) -> FlowSet | None:
        return self.flows.languages.get(locale.value.split("-")[0].lower())

    def name(self, word: str, code: FlowSet) -> str | None:
        """The translated command word for English `word`, at the same place in the list."""
        flow = self.flows.by_command(word)
        if flow is None:
            texts = code.code_texts.get(code.language, {})
            found = fold(texts.get(word, ""))
            return found if _NAME.match(found) and found != word else None
        english = list(flow.triggers.commands)
        translated = [w for w in code.flows[flow.id].triggers.commands if w not in english]
        if not translated:
            return None
        pick = translated[min(english.index(word), len(translated) - 1)]
        found = command_key(pick)  # "mis datos" is /misdatos: a slash name has no spaces
        return found if _NAME.match(found) else None

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        code = self._language(locale)
        if code is None:
            return None
        if context.location is app_commands.TranslationContextLocation.command_name:
            return self.name(string.message, code)
        if context.location is app_commands.TranslationContextLocation.parameter_name:
            return None
        return code.code_texts.get(code.language, {}).get(string.message)
