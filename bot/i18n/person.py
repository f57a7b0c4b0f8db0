"""The person's language: chosen, written, or their platform's, remembered in their settings.

Each turn, `turn_language` decides which language to speak, in this order: the language the
person chose with the `language` command; the language of what they just wrote, when it is
clearly one the bot speaks (three words or more); the language picked earlier; their platform's
locale (`es-MX` -> `es`); English. A language picked without asking is confirmed once, in that
language, at the end of the turn (`confirm_language`, a finisher). The choice is kept in the
conversation's settings (`meta["language"]`), which `mydata` shows and check-ins use.
"""

from __future__ import annotations

from bot.core.context import TurnContext
from bot.core.model import Conversation, Turn
from bot.core.walker import Walker
from bot.flows.model import FlowSet
from bot.i18n.current import SOURCE, _, use_language
from bot.i18n.detect import detect_language

LANGUAGE = "language"
CHOSEN = "language_chosen"
CONFIRM = "language_confirm"


def primary(locale: str | None) -> str:
    """`es-MX` -> `es`; `pt_BR` -> `pt`; empty for nothing."""
    return (locale or "").replace("_", "-").split("-")[0].lower()


def turn_language(conv: Conversation, turn: Turn, flows: FlowSet) -> str:
    """Decide this turn's language, remember it, and speak it from now on in this task."""
    available = {SOURCE, *flows.languages}
    before = str(conv.meta.get(LANGUAGE) or "")
    chosen = before if before in available else ""
    if not conv.meta.get(CHOSEN):
        written = detect_language(turn.text) if turn.text else None
        if written in available and written != chosen:
            if before or written != SOURCE:
                conv.meta[CONFIRM] = written
            chosen = written
        elif not chosen:
            platform = primary(turn.locale or str(conv.meta.get("locale") or ""))
            if platform in available and platform != SOURCE:
                chosen = platform
                conv.meta[CONFIRM] = platform
    chosen = chosen or SOURCE
    if chosen != before:
        conv.meta[LANGUAGE] = chosen
    use_language(chosen, flows.code_texts.get(chosen))
    return chosen


def confirm_language(ctx: TurnContext) -> None:
    """Finisher: say once, in the new language, which language this is and how to change it."""
    code = ctx.meta.pop(CONFIRM, None)
    if not isinstance(code, str) or ctx.erase or not ctx.replies:
        return
    if ctx.conv.flow in ("crisis", "crisis_check"):
        ctx.meta[CONFIRM] = code  # not in the middle of a crisis response: next time
        return
    ctx.say(_("I'll talk with you in English. To change the language, type language."))


def speak_if_possible(ctx: TurnContext, code: str) -> bool:
    """Switch this turn (and the person) to `code` when the flows speak it; False when not."""
    walker = ctx.services.find(Walker)
    base = walker.base if walker is not None else None
    if base is None or (code != SOURCE and code not in base.languages):
        return False
    if ctx.meta.get(LANGUAGE) != code and not ctx.meta.get(CHOSEN):
        ctx.meta[LANGUAGE] = code
        ctx.meta[CONFIRM] = code
    if not ctx.meta.get(CHOSEN):
        use_language(code, base.code_texts.get(code))
    return True
