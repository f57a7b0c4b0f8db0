"""The actions of the crisis conversation and the direct question before it.

`register(registry)` adds:
- `count_crisis`: counts crisis responses in this conversation and sets `crisis_again` (yes/no)
  and `crisis_round` (1-3, turning), so a second response says "you've mentioned this again" and
  no two responses in a row are worded the same, and `crisis_said`, what kind of thing a repeat
  mentioned ("putting your affairs in order"), when a rule named it.
- `note_safe` (`safe: yes|no`): remembers when the person last said they were safe right now.
- `safe_recently` (`within_minutes`): sets `safe_recently` to yes when they said so that recently,
  so going back does not ask the same question twice in a row.
- `back_after_no`: after a no to "are you having thoughts of ending your life?", remembers when
  they said no (the crisis inspector then doesn't ask again for a while) and takes them back to
  where they were, answering the waiting question with the message that was held back and what
  the no went on to say (a reminder asked for in them is offered there first), and remembering
  the situation they state.
- `note_back`: remembers when the crisis conversation took the person back.
- `drop_held_message`: forgets the held-back message (after a yes or not sure).
Nothing here logs or stores what the person wrote beyond the one held message, kept only until
the question is answered (and the situation facts picked up from it, as from any message).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from bot.core.actions import ActionRegistry
from bot.core.context import Redirect, TurnContext
from bot.i18n import _
from bot.safety.crisis_check import rest_after_no
from bot.safety.said_back import ASKED_KIND, SAID_VAR, said_of
from bot.understanding.matcher import TAKE
from bot.understanding.reminder_days import reminder_asked
from bot.understanding.situation import PICKED_AT, pick_up

HELD = "message_held_during_safety_question"
"""Meta key: what the person wrote that made the bot ask them directly, until they answer."""
SAID_NO_AT = "said_no_to_safety_question_at"
"""Meta key: when the person last said no to "are you having thoughts of ending your life?"."""
SAID_SAFE_AT = "said_safe_at"
"""Meta key: when the person last said they were safe right now."""
BACK_AT = "back_from_crisis_at"
"""Meta key: when the crisis conversation or the direct question last took the person back."""
COUNT = "crisis_count"
ROUNDS = 3
"""How many second-time acknowledgements `crisis.yaml` has; they are used in turn."""


def parse_time(value: object) -> datetime | None:
    """A stored ISO time, or None when missing or unreadable."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def register(registry: ActionRegistry) -> None:
    """Add the crisis conversation's actions to `registry`."""

    @registry.register("count_crisis", sets=["crisis_again", "crisis_round", SAID_VAR])
    async def count_crisis(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """One more crisis response in this conversation; a check-in's "worse" is not a
        repeat of something the person said (`crisis_via: followup`). A repeat sets
        `crisis_said` to what kind of thing the message mentioned, when a rule named it
        (`bot.safety.said_back`), so it can be said back."""
        count = int(str(ctx.meta.get(COUNT) or 0)) + 1
        ctx.meta[COUNT] = count
        from_followup = ctx.vars.pop("crisis_via", None) == "followup"
        ctx.vars["crisis_again"] = "yes" if count > 1 and not from_followup else "no"
        ctx.vars["crisis_round"] = str((count - 2) % ROUNDS + 1) if count > 1 else "0"
        asked = ctx.vars.get("crisis_asked") == "yes"  # the kind kept of the message asked about
        kind = ctx.meta.get(ASKED_KIND) if asked else said_of(ctx.turn.text or "")
        again = ctx.vars["crisis_again"] == "yes" and isinstance(kind, str) and kind
        ctx.vars[SAID_VAR] = _(str(kind)) if again else ""

    @registry.register("note_safe", required=["safe"])
    async def note_safe(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Remember that the person just said they are safe (`safe: yes`), or forget it."""
        if str(args["safe"]) == "yes":
            ctx.meta[SAID_SAFE_AT] = ctx.now.isoformat()
        else:
            ctx.meta.pop(SAID_SAFE_AT, None)

    @registry.register("safe_recently", sets=["safe_recently"], optional=["within_minutes"])
    async def safe_recently(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """`safe_recently` is yes when they said they were safe within `within_minutes`
        (default 10)."""
        within = timedelta(minutes=float(str(args.get("within_minutes") or 10)))
        said = parse_time(ctx.meta.get(SAID_SAFE_AT))
        recent = said is not None and timedelta(0) <= ctx.now - said <= within
        ctx.vars["safe_recently"] = "yes" if recent else "no"

    @registry.register("back_after_no")
    async def back_after_no(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Remember the no, then go back: what the person gave is not lost. The held message
        and what the no goes on to say ("no lol. it was the final round") answer the question
        that was waiting (a vent part is kept whole, an option one of them plainly names is
        taken), or the question is asked again; the situation either states is remembered. A
        held message that only was the worrying words ("i'll shoot myself lol" at "how are you
        feeling?") is never read as a mood or a choice."""
        ctx.meta[SAID_NO_AT] = ctx.meta[BACK_AT] = ctx.now.isoformat()
        place = ctx.meta.pop("resume", None)
        held = ctx.meta.pop(HELD, None)
        flow, step = (
            (str(place[0]), str(place[1]))
            if isinstance(place, list) and len(place) == 2
            else (None, None)
        )
        given = [
            each.strip()
            for each in (held if isinstance(held, str) else "", rest_after_no(ctx.turn.text or ""))
            if each.strip()
        ]
        for each in given:
            for name, value in pick_up(each).items():
                ctx.vars.setdefault(name, value)  # "5 weeks of silence": not asked again
                ctx.meta[PICKED_AT] = ctx.now.isoformat()
        replay = _replayed(ctx, flow, step, given)
        if replay is not None:
            ctx.redirect = Redirect(flow, step, replay=replay)
        elif flow and step:
            ctx.redirect = Redirect(flow, step, reprompt=True)
        else:
            ctx.redirect = Redirect("menu")

    @registry.register("note_back")
    async def note_back(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Remember when the crisis conversation took the person back (`BACK_AT`), so a plain
        "go back to what we were doing" typed next asks the waiting question again
        (`bot.safety.going_back`)."""
        ctx.meta[BACK_AT] = ctx.now.isoformat()

    @registry.register("drop_held_message")
    async def drop_held_message(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Forget the message held back by the direct question."""
        ctx.meta.pop(HELD, None)


def _replayed(ctx: TurnContext, flow: str | None, step: str | None, given: list[str]) -> str | None:
    """What is answered at `flow`.`step` after the no: a text that asks for a reminder ("¿me
    puedes recordar el viernes?"), so the request is offered there and the question comes back
    after it; else at a free-text step everything given
    (a vent part is kept whole), at a choices step the first text that names one of its options
    with confidence (so the words that set off the direct question are never scored as a mood),
    else None."""
    from bot.core.engine import Engine  # imported late: the engine imports the flows' parts

    if not given:
        return None
    for text in given:  # "can you remind me friday?": a request is carried out, not dropped
        if reminder_asked(text, ctx.now, ctx.tz) is not None:
            return text
    engine = ctx.services.find(Engine)
    if not flow or not step or engine is None:
        return given[0]
    spec = engine.flows.step(flow, step)
    if spec is None or spec.kind != "choices":
        return "\n".join(given)
    for text in reversed(given):  # the words typed last say most about the waiting question
        found = engine.answers.matcher.match(flow, spec, text)
        if found.option is not None and found.score is not None and found.score >= TAKE:
            return text
    return None
