"""The person's language: chosen, written, or their platform's, remembered in their settings.

Each turn, `turn_language` decides which language to speak, in this order: the language the person
chose with the `language` command; the language of what they just wrote, when it is clearly one the
bot speaks (three words or more of its own, `bot.i18n.detect`); the language picked earlier; their
platform's locale (`es-MX` -> `es`); English. Leaving a language already in use takes more
(`switches`): a full sentence (`SWITCH_WORDS` words of the new language, not counting borrowed
words or names), a message that names the new language, or two shorter messages in a row in it; one
English word in a Spanish message ("ok bye") never switches. A language picked without asking is
confirmed once, in that language, at the end of the turn (`bot.core.language.confirm_language`, a
finisher). The choice is kept in the conversation's settings (`meta["language"]`), which `mydata`
shows and check-ins use. Nothing here imports the engine: a turn is seen through the small
protocols below, and the flows of every language through whatever the app registered in the
services as `SpokenFlows` (the engine's `Walker`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol, TypeVar

from bot.flows.model import FlowSet
from bot.i18n.catalogs import language_name
from bot.i18n.current import SOURCE, use_language
from bot.i18n.detect import detect_language, own_words
from bot.primitives.text import fold

T = TypeVar("T")

LANGUAGE = "language"
CHOSEN = "language_chosen"
CONFIRM = "language_confirm"
PENDING = "language_pending"
GUESSED = "language_guessed"
"""Set while the language is only the default, taken for lack of any sign (a first message of
"/vent" or "hi"): the first message that shows a language then sets it, as a first one would."""
SWITCH_WORDS = 6
"""Words of the new language (`own_words`) that leave the language in use in one message."""


class SpokenFlows(Protocol):
    """The flows in every language; the app registers the engine's `Walker` as this service."""

    @property
    def base(self) -> FlowSet: ...


class _Services(Protocol):
    def find(self, cls: type[T]) -> T | None: ...


class LanguageTurn(Protocol):
    """What choosing a language needs of a turn (a `bot.core.context.TurnContext`)."""

    @property
    def meta(self) -> dict[str, object]: ...

    @property
    def services(self) -> _Services: ...


def primary(locale: str | None) -> str:
    """`es-MX` -> `es`; `pt_BR` -> `pt`; empty for nothing."""
    return (locale or "").replace("_", "-").split("-")[0].lower()


@lru_cache(maxsize=16)
def _named(code: str) -> frozenset[str]:
    names = {fold(language_name(code))}
    try:
        from babel.core import Locale  # lazy: start-up time (only a language's name is asked)

        names.add(fold(Locale.parse(code).get_display_name("en") or ""))
    except ValueError:
        pass
    return frozenset(names - {""})


def switches(meta: dict[str, object], text: str, written: str) -> bool:
    """Whether `text`, written in `written`, leaves the language in use: a full sentence, a
    message naming the language, or the second message in a row in it (remembered as pending)."""
    if own_words(text, written) >= SWITCH_WORDS or _named(written) & set(fold(text).split()):
        return True
    if meta.get(PENDING) == written:
        return True
    meta[PENDING] = written
    return False


def turn_language(
    meta: dict[str, object], text: str | None, locale: str | None, flows: FlowSet
) -> str:
    """Decide this turn's language from the person's settings (`meta`), what they wrote and
    their platform's locale, remember it, and speak it from now on in this task."""
    available = {SOURCE, *flows.languages}
    before = str(meta.get(LANGUAGE) or "")
    chosen = before if before in available else ""
    if not meta.get(CHOSEN):
        written = detect_language(text) if text else None
        if text and meta.get(PENDING) and written != meta.get(PENDING):
            meta.pop(PENDING, None)  # two in a row, or it does not count
        if written in available and written != chosen and chosen and text:
            if not meta.get(GUESSED) and not switches(meta, text, written):
                written = chosen
        if written in available and written != chosen:
            meta.pop(PENDING, None)
            meta.pop(GUESSED, None)
            if before or written != SOURCE:
                meta[CONFIRM] = written
            chosen = written
        elif not chosen:
            platform = primary(locale or str(meta.get("locale") or ""))
            if platform in available and platform != SOURCE:
                chosen = platform
                meta[CONFIRM] = platform
            else:
                meta[GUESSED] = True
        elif written == chosen:
            meta.pop(GUESSED, None)  # the language in use is now the one they write
    chosen = chosen or SOURCE
    if chosen != before:
        meta[LANGUAGE] = chosen
    use_language(chosen, flows.code_texts.get(chosen))
    return chosen


def speak_if_possible(ctx: LanguageTurn, code: str) -> bool:
    """Switch this turn (and the person) to `code` when the flows speak it; False when not."""
    spoken = ctx.services.find(SpokenFlows)  # type: ignore[type-abstract]
    base = spoken.base if spoken is not None else None
    if base is None or (code != SOURCE and code not in base.languages):
        return False
    if ctx.meta.get(LANGUAGE) != code and not ctx.meta.get(CHOSEN):
        ctx.meta[LANGUAGE] = code
        ctx.meta[CONFIRM] = code
    if not ctx.meta.get(CHOSEN):
        use_language(code, base.code_texts.get(code))
    return True
