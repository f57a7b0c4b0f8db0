"""The person's language: chosen, written, or their platform's, remembered in their settings.

Each turn, `turn_language` decides which language to speak, in this order: the language the
person chose with the `language` command; the language of what they just wrote, when it is
clearly one the bot speaks (three words or more); the language picked earlier; their platform's
locale (`es-MX` -> `es`); English. A language picked without asking is confirmed once, in that
language, at the end of the turn (`bot.core.language.confirm_language`, a finisher). The choice
is kept in the conversation's settings (`meta["language"]`), which `mydata` shows and check-ins
use. Nothing here imports the engine: a turn is seen through the small protocols below, and the
flows of every language through whatever the app registered in the services as `SpokenFlows`
(the engine's `Walker`).
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from bot.flows.model import FlowSet
from bot.i18n.current import SOURCE, use_language
from bot.i18n.detect import detect_language

T = TypeVar("T")

LANGUAGE = "language"
CHOSEN = "language_chosen"
CONFIRM = "language_confirm"


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
        if written in available and written != chosen:
            if before or written != SOURCE:
                meta[CONFIRM] = written
            chosen = written
        elif not chosen:
            platform = primary(locale or str(meta.get("locale") or ""))
            if platform in available and platform != SOURCE:
                chosen = platform
                meta[CONFIRM] = platform
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
