"""Asking for the draft brake in words, from outside it.

`draft_asked` (an inspector) hears two requests wherever the person is (not in the draft brake
itself, nor in the care flows, where every word is an answer): asking to paste a message they
wrote ("i wrote him an email, can i paste it", "¿puedo pegarte el correo?") starts the draft
brake, which asks for it (or offers the one held); asking whether the draft was kept or to see it
("the draft, is it saved? can u show it to me", "¿guardaste mi borrador?") shows the held draft
as the `draft` command finds it, or says there is none and asks for one. A long message is a
draft or a vent, never such a request, and an option of the waiting question that takes the
words and leads elsewhere ("keep the draft unsent" at the draft's check-in) answers it
instead. Nothing here logs what was typed.
"""

from __future__ import annotations

import re

from bot.core.context import TurnContext
from bot.core.engine import Engine
from bot.core.model import UnderstoodKind
from bot.i18n import N_, _
from bot.primitives.text import fold
from bot.safety import draft_held

FLOW, SHOWN_AT = "draft", "again"
"""The draft brake, and its step that shows the held draft again."""
MAX_WORDS = 25
"""A request is short; anything longer is the draft itself, or venting."""
NONE_HELD = N_("I don't have a draft saved for you right now.")

_PASTE = re.compile(
    r"(?<!\w)(?:(?:can|could|may|should|shall) i (?:just )?(?:paste|copy)|let me (?:just )?paste"
    r"|i(?:'ll| will| want to| wanna| need to|'d like to| would like to) (?:just )?paste"
    r"|(?:puedo|podria|te puedo|dejame|quiero) (?:pegar|pegarte|copiar|copiarte)"
    r"|te (?:lo |la )?(?:pego|copio))(?!\w)"
)
"""Asking to paste something in ("can i paste it", "let me paste it", "¿te lo pego?")."""
_SHARE = re.compile(
    r"(?<!\w)(?:(?:can|could|may|shall) i (?:show|send|share)(?: it| this| that)?(?: with)? you"
    r"|(?:puedo|podria|te puedo|dejame) (?:mostrarte|ensenarte|pasarte|compartirte|mandarte))"
    r"(?!\w)"
)
_WRITTEN = re.compile(
    r"(?<!\w)(?:email|e-mail|mail|message|reply|response|draft|letter|wrote|written|typed"
    r"|correo|mensaje|respuesta|borrador|carta|escribi|redacte)(?!\w)"
)
"""A message they wrote: what showing or sending "it" to the bot is about."""
_DRAFT = re.compile(
    r"(?<!\w)(?:(?:the|my|that) (?:email |reply |saved )?draft|(?:the|my) (?:email|reply|message)"
    r" i (?:wrote|typed|pasted)|(?:el|mi) borrador|(?:el|mi) (?:correo|mensaje) que (?:escribi|"
    r"te pegue))(?!\w)"
)
_KEPT_OR_SEEN = re.compile(
    r"(?<!\w)(?:saved|save|kept|keep|still there|still have|show|see|look at|read|where|"
    r"guardado|guardada|guardaste|guardas|sigue|tienes|muestra|muestrame|mostrar|mostrarme|ver|"
    r"donde)(?!\w)"
)


def wants_to_paste(text: str) -> bool:
    """Whether `text` asks to paste (or show) a message they wrote."""
    said = _said(text)
    return bool(_PASTE.search(said)) or bool(_SHARE.search(said) and _WRITTEN.search(said))


def wants_the_draft(text: str) -> bool:
    """Whether `text` asks whether the draft was kept, or to see it."""
    said = _said(text)
    return bool(_DRAFT.search(said) and _KEPT_OR_SEEN.search(said))


def _said(text: str) -> str:
    return fold(text)  # one space between words already: fold collapses every run of them


async def draft_asked(ctx: TurnContext, text: str) -> bool:
    """Start the draft brake when asked to paste a message or to see the saved draft."""
    engine = ctx.services.find(Engine)
    if engine is None or ctx.conv.flow == FLOW or ctx.conv.flow in engine.config.closed_flows:
        return False
    if len(text.split()) > MAX_WORDS or engine.walker.flows.get(FLOW) is None:
        return False
    show = wants_the_draft(text)
    if not show and not wants_to_paste(text):
        return False
    step = engine.walker.current(ctx) if ctx.conv.flow else None
    if step is not None and step.kind == "choices":  # "i kept the draft" at the draft's check-in
        found = engine.answers.matcher.match(ctx.conv.flow or "", step, text)
        if found.option is not None and found.option.target.flow != FLOW:
            return False  # the waiting question takes it, and leads elsewhere than the brake
    ctx.understand(UnderstoodKind.FLOW)
    if not show:
        ctx.start_flow(FLOW)  # asks for it, or offers the one held
    elif await draft_held.held(ctx) is not None:
        ctx.start_flow(FLOW, step=SHOWN_AT)  # "Here's what you wrote:", then the review
    else:
        ctx.say(_(NONE_HELD))
        ctx.start_flow(FLOW)
    return True
