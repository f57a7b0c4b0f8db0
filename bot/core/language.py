"""The person's language in a turn: the `choose_language` action, the `confirm_language` finisher.

`choose_language`, behind the `language` flow (`language`, `idioma`, ...): with words after the
command (`/language es`, `idioma español`, `idioma en español porfa`: any word naming a language)
it switches at once; otherwise it offers one button per language that has catalogues, each named
in its own language. The choice is the person's: it is
kept in their settings and no longer follows what they write. `confirm_language` (a finisher the
app adds) says once which language a turn picked without asking. Which language a turn speaks is
`bot.i18n.person.turn_language`, which the engine calls as it sets up each turn.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.core.actions import ActionRegistry
from bot.core.context import TurnContext
from bot.core.text import fold
from bot.core.walker import Walker
from bot.i18n.catalogs import language_name
from bot.i18n.current import SOURCE, _, use_language
from bot.i18n.person import CHOSEN, CONFIRM, LANGUAGE

ALSO = {"en": {"ingles"}, "es": {"castellano"}}
"""Other names people use for a language ("inglés", "castellano"), folded."""


def _names(code: str) -> set[str]:
    # Babel's locale data is read only when someone names a language, never at start-up
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
        if not switch_language(ctx, str(ctx.vars.get("command_args") or "")):
            offer_languages(ctx)
        ctx.end_flow()


def _codes(ctx: TurnContext) -> tuple[list[str], Any]:
    walker = ctx.services.find(Walker)
    base = walker.base if walker is not None else None
    return [SOURCE, *(sorted(base.languages) if base is not None else [])], base


def switch_language(ctx: TurnContext, words: str) -> bool:
    """Switch to the language `words` name ("es", "español", "en español, porfa") and say so;
    False when they name none the bot speaks."""
    codes, base = _codes(ctx)
    wanted = fold(words)
    said = set(wanted.replace(",", " ").split())
    picked = next((c for c in codes if wanted and wanted in _names(c)), None) or next(
        (c for c in codes if said & {n for n in _names(c) | ALSO.get(c, set()) if len(n) > 2}),
        None,
    )  # "/idioma en español, porfa"
    if picked is None:
        return False
    ctx.meta[LANGUAGE] = picked
    ctx.meta[CHOSEN] = "yes"
    ctx.meta.pop(CONFIRM, None)
    use_language(picked, base.code_texts.get(picked) if base is not None else None)
    ctx.say(_("I'll talk with you in English. To change the language, type language."))
    return True


def offer_languages(ctx: TurnContext) -> None:
    """Offer one button per language the bot speaks, each named in its own language."""
    codes, _base = _codes(ctx)
    ctx.ask(
        _("Which language would you like me to use?"),
        [(f"/language {c}", language_name(c).capitalize()) for c in codes],
    )


def confirm_language(ctx: TurnContext) -> None:
    """Finisher: say once, in the new language, which language this is and how to change it."""
    code = ctx.meta.pop(CONFIRM, None)
    if not isinstance(code, str) or ctx.erase or not ctx.replies:
        return
    if ctx.conv.flow in ("crisis", "crisis_check"):
        ctx.meta[CONFIRM] = code  # not in the middle of a crisis response: next time
        return
    ctx.say(_("I'll talk with you in English. To change the language, type language."))
