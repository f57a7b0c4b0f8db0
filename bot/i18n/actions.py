"""The `choose_language` action behind the `language` flow (`language`, `idioma`, ...).

With words after the command (`/language es`, `idioma español`, `idioma en español porfa`: any
word naming a language) it switches at once; otherwise it
offers one button per language that has catalogues, each named in its own language. The choice is
the person's: it is kept in their settings and no longer follows what they write.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.core.actions import ActionRegistry
from bot.core.context import TurnContext
from bot.core.text import fold
from bot.i18n.catalogs import language_name
from bot.i18n.current import SOURCE, _, use_language
from bot.i18n.person import CHOSEN, CONFIRM, LANGUAGE

ALSO = {"en": {"ingles"}, "es": {"castellano"}}
"""Other names people use for a language ("inglés", "castellano"), folded."""


def _names(code: str) -> set[str]:
    from babel.core import Locale, UnknownLocaleError

    names = {code, fold(language_name(code))}
    try:
        english = Locale.parse(code).get_display_name("en")
    except (ValueError, UnknownLocaleError):
        english = None
    if english:
        names.add(fold(english))
    return names


def register(registry: ActionRegistry) -> None:
    """Add `choose_language` to `registry`."""

    @registry.register("choose_language")
    async def choose_language(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Switch to the language named after the command, or offer the languages as buttons."""
        from bot.core.engine import Engine

        engine = ctx.services.find(Engine)
        base = engine.walker.base if engine is not None else None
        codes = [SOURCE, *(sorted(base.languages) if base is not None else [])]
        wanted = fold(str(ctx.vars.get("command_args") or ""))
        said = set(wanted.replace(",", " ").split())
        picked = next((c for c in codes if wanted and wanted in _names(c)), None) or next(
            (c for c in codes if said & {n for n in _names(c) | ALSO.get(c, set()) if len(n) > 2}),
            None,
        )  # "/idioma en español, porfa"
        if picked is None:
            ctx.ask(
                _("Which language would you like me to use?"),
                [(f"/language {c}", language_name(c).capitalize()) for c in codes],
            )
            ctx.end_flow()
            return
        ctx.meta[LANGUAGE] = picked
        ctx.meta[CHOSEN] = "yes"
        ctx.meta.pop(CONFIRM, None)
        use_language(picked, base.code_texts.get(picked) if base is not None else None)
        ctx.say(_("I'll talk with you in English. To change the language, type language."))
        ctx.end_flow()
