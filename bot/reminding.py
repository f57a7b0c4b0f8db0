"""Check-ins a person asks for in their own words, wherever they are in a conversation.

- `offer_reminder` (an inspector) takes "remind me monday to send the follow up", "check on me
  tomorrow" or "can you check in next tuesday evening instead?" to the remind flow (a check-in
  that day), from any step, a vent included, then back to the waiting question ("add it and
  remind me friday" at a plan step: the step is added on the way back). At the remind flow's
  own question, another day or time ("tomorrow?? i said NEXT tuesday, like the 15th") asks it
  again for what was said now, keeping the time (or day) said before when only one changes.
- `reminder_day` (an action) reads the day and time the message asks for
  (`bot.understanding.reminder_days`, `bot.understanding.time_words`).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.core.actions import ActionRegistry
from bot.core.context import TurnContext
from bot.core.engine import Engine
from bot.core.model import UnderstoodKind
from bot.core.walker import REPROMPT
from bot.flows.model import ChoiceOption, Step
from bot.i18n import _
from bot.i18n.spoken import in_english
from bot.primitives.text import fold
from bot.understanding.freetext import asks_reminder
from bot.understanding.reminder_days import day_in, days_until, reminder_asked, weekday_note
from bot.understanding.time_words import time_in
from bot.understanding.weekly_words import weekday_of, weekly_asked
from bot.understanding.yesno import read

NOT_PICKED_UP_IN = frozenset({"draft", "crisis", "crisis_followup", "safetyplan", "grounding"})
"""Flows whose free text is not about the rejection (a draft to the employer, a safety plan)."""
CHECKINS_FLOW = "checkins"
"""The person's own check-ins screen: it reads the day of one they add itself."""
SCREEN_STEPS = frozenset({"none", "manage"})
"""The check-ins screen's questions, where a check-in asked for with its day is added."""
CANCEL_ALL, CANCEL_ALL_STEP = "cancel_all", "confirm_all"
ADD_STEP, ADD_WHEN = "add_read", "add_when"
ADD_AFTER = "add_after"
"""Var: a check-in asked for with "cancel all", added once they are cancelled."""
_THEN = re.compile(
    r"[.!;\n]+(?!\d)\s*|,?\s+(?:and\s+)?then\s+|,?\s+y\s+(?:luego|despues|después)\s+",
    re.IGNORECASE,
)
"""Where a message with two requests ("cancel all. then add one friday") is cut."""
REMIND_FLOW = "remind"
WEEKLY_FLOW = "weekly"
"""A check-in every week asked for in words ("check on me every week", "todos los viernes")."""
PLAN_WEEKLY = ("plan", "weekly")
"""The plan's own question offering the weekly check-in: "every week" there answers it."""
REMIND_STEP = "when"
KEEP_OPTION = "add"
ASKED_AGAIN = "reminder_again"
"""Meta: the remind question is asked again after a correction; the day (`3d`), its words and
the time asked before, kept when the correction does not change them."""
JUST_SET = "reminder_set"
"""Meta: the reminder just scheduled (day, its words, time, when), for a change said next."""
CHANGED_WITHIN = timedelta(minutes=10)
"""How soon after a reminder was set a new day or time said alone still changes it."""
_CHANGE = re.compile(
    r"(?<!\w)(?:actually|instead|make it|change|move|no|not|i said|i meant|meant|i mean|rather|"
    r"sorry|wait|better|mejor|cambia|cambiala|cambialo|no era|quise decir|en vez|en lugar)(?!\w)"
)
_REMEMBERED = ("reminder_in", "reminder_on", "reminder_at")
_ANOTHER = re.compile(
    r"(?<!\w)(?:too|also|another|one more|both|as well|tambien|otro|otra|los dos|las dos|ambos|"
    r"ademas)(?!\w)"
)
"""Words asking for a check-in on top of the one booked ("check on me tonight too", "y otro
mañana"): another is added, the one booked stays."""
_SAME_DAY = re.compile(r"(?<!\w)(?:today|tonight|this evening|hoy|esta noche|esta tarde)(?!\w)")
"""Today said, whatever a check-in booked before was on."""


def adds_another(text: str) -> bool:
    """Whether `text` asks for a check-in besides the one booked, not instead of it."""
    return _ANOTHER.search(fold(text)) is not None


def _clock(text: str) -> str:
    named = time_in(text)  # "friday morning around 9": the check-ins' reader of times
    return "" if named is None else f"{named.hour:02d}:{named.minute:02d}"


async def offer_reminder(ctx: TurnContext, text: str) -> bool:
    """ "Remind me monday to send the follow up", "can you check in next tuesday": offer a
    check-in that day (the remind flow), then come back to the question that was waiting."""
    engine = ctx.services.find(Engine)
    if engine is None or engine.flows.get(REMIND_FLOW) is None:
        return False
    if ctx.conv.flow == REMIND_FLOW:
        return await _day_corrected(ctx, engine, text)
    if ctx.conv.flow == CHECKINS_FLOW:
        return await _added_on_screen(ctx, engine, text)
    if ctx.conv.flow in NOT_PICKED_UP_IN:
        return False
    weekly = (
        engine.flows.get(WEEKLY_FLOW) is not None
        and (ctx.conv.flow, ctx.conv.step) != PLAN_WEEKLY
        and weekly_asked(text)
    )
    changed = not weekly and _changing_what_was_set(ctx, text)
    if not weekly and not changed and not _asked_with_day_or_time(ctx, text):
        return False
    flow_id = WEEKLY_FLOW if weekly else REMIND_FLOW
    step = engine.walker.current(ctx)
    if not weekly and step is not None and any(o.id == "checkin" for o in step.choices):
        return False  # the waiting question offers a check-in itself
    ctx.understand(UnderstoodKind.FLOW)
    kept = _keeping_option(engine, ctx.conv.flow or "", step, text)
    if kept is not None and kept.target.step and ctx.conv.flow:
        # "add it and remind me friday": the step is added when the reminder is settled
        for name, value in kept.sets.items():
            ctx.vars[name] = value
        ctx.conv.stack.append((ctx.conv.flow, kept.target.step))
        await engine.walker.begin(ctx, flow_id, keep_stack=True)
    elif step is not None and step.kind in ("choices", "capture") and ctx.conv.flow:
        ctx.conv.stack.append((ctx.conv.flow, REPROMPT + step.id))
        await engine.walker.begin(ctx, flow_id, keep_stack=True)
    else:
        await engine.walker.begin(ctx, flow_id)
    return True


async def reminder_put_right(ctx: TurnContext, text: str) -> bool:
    """At the remind flow's own question, a day or time said is read before anything else
    ("q? no, si quiero q me escribas, el martes en la mañana" is no question to answer)."""
    engine = ctx.services.find(Engine)
    if engine is None or ctx.conv.flow != REMIND_FLOW:
        return False
    return await _day_corrected(ctx, engine, text)


async def _added_on_screen(ctx: TurnContext, engine: Engine, text: str) -> bool:
    """At the check-ins screen's question, "check on me friday at 9" or "recuérdame el viernes"
    adds that check-in (the day is not asked again). "Cancel all. Then i want a check-in this
    friday": both, in that order; the cancelling is confirmed first, as always."""
    if ctx.conv.step not in SCREEN_STEPS:
        return False
    parts = [p for p in _THEN.split(text) if p.strip()]
    asking = next((p for p in reversed(parts) if reminder_asked(p, ctx.now, ctx.tz)), None)
    if asking is None:
        return False
    ctx.understand(UnderstoodKind.FLOW)
    rest = " ".join(p for p in parts if p is not asking)
    step = engine.walker.current(ctx)
    if rest.strip() and step is not None:
        found = engine.answers.matcher.match(CHECKINS_FLOW, step, rest).option
        if found is not None and found.id == CANCEL_ALL:
            ctx.vars[ADD_AFTER] = asking.strip()
            ctx.say(_("I'll do both: first cancel them, then add the one you asked for."))
            await engine.walker.enter(ctx, CHECKINS_FLOW, CANCEL_ALL_STEP)
            return True
    ctx.vars[ADD_WHEN] = asking.strip()
    await engine.walker.enter(ctx, CHECKINS_FLOW, ADD_STEP)
    return True


_NOT_WANTED = re.compile(
    r"(?<!\w)(?:(?:no|nunca|ni)\s+(?:me\s+)?(?:escribas|mandes|preguntes|recuerdes|avises)|"
    r"(?:don'?t|dont|do not|never|stop)\s+(?:message|messaging|remind|text|texting|ping|check)"
    r")(?!\w)"
)
"""A check-in turned down ("no me escribas", "don't message me"): no check-in is offered."""
_HABIT = re.compile(
    r"(?<!\w)(?:in the (?:evenings|mornings|afternoons|nights)|evenings|mornings|instead of|"
    r"every|usually|from now on|por las (?:noches|mañanas|mananas|tardes)|en vez de|en lugar de|"
    r"siempre|de ahora en adelante|todas las|todos los)(?!\w)"
)
"""A usual time asked for ("message me in the evenings instead of mornings"): a setting, not
one check-in."""


def _asked_with_day_or_time(ctx: TurnContext, text: str) -> bool:
    """`text` asks for a check-in and names its day ("escríbeme mañana"), today ("check on me
    tonight", "escribime esta noche") or a time ("quiero que me escribas a las 23"), at a
    question; a first message asking for today is left to the welcome, which books it."""
    if reminder_asked(text, ctx.now, ctx.tz) is not None:
        return True
    if not ctx.conv.flow or _NOT_WANTED.search(fold(text)) or _HABIT.search(fold(text)):
        return False  # the welcome books today's itself; a usual time is a setting
    said = in_english(text)
    if not asks_reminder(fold(said)):
        return False
    return bool(_SAME_DAY.search(fold(said)) or _clock(said))


def _changing_what_was_set(ctx: TurnContext, text: str) -> bool:
    """Right after a reminder was set, the next message gives another day or time ("no, make
    it tuesday 15 december at 8pm", "actually 9pm"): the remind question is asked again for it
    (and, once agreed, the check-in moves: the remind flow replaces the one it made)."""
    raw = ctx.meta.pop(JUST_SET, None)
    if not isinstance(raw, list) or len(raw) != len(_REMEMBERED) + 1 or adds_another(text):
        return False
    with contextlib.suppress(ValueError):
        if ctx.now - datetime.fromisoformat(str(raw[-1])) > CHANGED_WITHIN:
            return False
    said = in_english(text)
    named = day_in(fold(said), ctx.now, ctx.tz) is not None or bool(_clock(said))
    short = len(said.split()) <= 6
    if not named or not (short or _CHANGE.search(fold(said))):
        return False
    ctx.meta[ASKED_AGAIN] = [str(v) for v in raw[:-1]]
    return True


async def _day_corrected(ctx: TurnContext, engine: Engine, text: str) -> bool:
    """At the reminder's question, another day or time: the question is asked again. The day
    and time already offered (a typed-back "yes, check in on Tuesday") are an answer, left to
    the flow."""
    if ctx.conv.step != REMIND_STEP:
        return False
    when, at = _said_last(text, ctx)
    kept = at or str(ctx.vars.get("reminder_at") or "")
    days = None if when is None else f"{days_until(when, ctx.now, ctx.tz, kept)[0]}d"
    new_day = days is not None and days != ctx.vars.get("reminder_in")
    new_time = bool(at) and at != ctx.vars.get("reminder_at")
    if not new_day and not new_time:
        return days is not None and await _same_day_agreed(ctx, engine, text)
    ctx.understand(UnderstoodKind.FLOW)
    ctx.meta[ASKED_AGAIN] = [str(ctx.vars.get(n) or "") for n in _REMEMBERED]
    await engine.walker.enter(ctx, REMIND_FLOW, REMIND_STEP)
    return True


async def _same_day_agreed(ctx: TurnContext, engine: Engine, text: str) -> bool:
    """The day already offered, said again in other words ("I mean this friday coming, the 11"
    when Friday 11 December was offered): a yes, unless it says no or picks an option."""
    step = engine.walker.current(ctx)
    if step is None or _refused(text):
        return False
    found = engine.answers.matcher.match(REMIND_FLOW, step, text).option
    if found is not None and found.means != "no":
        return False
    agreed = next((o for o in step.choices if o.means == "yes"), None)
    if agreed is None:
        return False
    await engine.answers.take(ctx, agreed, None)
    return True


_CLAUSE = re.compile(
    r"[.,;!?¿¡\n]+|\s+(?:y|and)\s+(?=(?:tambien\s+|also\s+)?(?:mañana|manana|tomorrow|hoy|today|"
    r"el\s|on\s|next\s|pasado))",
    re.IGNORECASE,
)
"""Where a message naming days and times is cut into parts ("esta noche y mañana a las 9")."""


def _said_last(text: str, ctx: TurnContext) -> tuple[str | None, str]:
    """The day and the time a message names, each from the last part naming one: a correction
    said in the same breath ("hoy no, el lunes q viene. bueno no, mejor el martes en la mañana")
    means the last."""
    when: str | None = None
    at = ""
    for part in reversed([p for p in _CLAUSE.split(text) if p.strip()]):
        said = in_english(part)
        when = when or day_in(fold(said), ctx.now, ctx.tz)
        at = at or _clock(said)
    return when, at


_TOMORROW = re.compile(r"(?<!\w)tomorrow(?!\w)")


def _still_today(ctx: TurnContext, at: str, said: str) -> bool:
    """Whether a time said with no day (`at`, "HH:MM") is still ahead today in the person's
    zone, and "tomorrow" was not said."""
    if not at or _TOMORROW.search(said):
        return False
    try:
        local = ctx.now.astimezone(ZoneInfo(ctx.tz))
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return at > f"{local.hour:02d}:{local.minute:02d}"


def _refused(text: str) -> bool:
    """Whether a message naming the day already offered turns it down: its last part decides,
    so a "no" put right ("q? no, si quiero q me escribas, el martes en la mañana", "no no, I do
    want it, tuesday") is a yes, while "no, el martes no" is a no."""
    parts = [p for p in _CLAUSE.split(text) if p.strip()]
    return bool(parts) and read(parts[-1]).meaning == "no"


def _keeping_option(engine: Any, flow: str, step: Step | None, text: str) -> ChoiceOption | None:
    """The waiting question's `add` option (add a step to the plan) when `text` also picks it
    ("add it and remind me next week"): what the person asked to keep is not dropped."""
    if step is None or step.kind != "choices" or not any(o.id == KEEP_OPTION for o in step.choices):
        return None
    found = engine.answers.matcher.match(flow, step, text).option
    keep = found is not None and found.id == KEEP_OPTION and found.target.kind == "step"
    return cast(ChoiceOption, found) if keep else None


def register(registry: ActionRegistry) -> None:
    """Add `reminder_day` and `reminder_made` to `registry`."""
    registry.register(
        "reminder_day",
        sets=["reminder_day", "reminder_in", "reminder_at", "reminder_on", "reminder_replace"],
    )(reminder_day)
    registry.register("reminder_made")(reminder_made)
    registry.register("weekly_day", sets=["weekly_in", "weekly_at"])(weekly_day)
    registry.register("reminder_wanted", sets=["reminder_wanted"])(reminder_wanted)


async def reminder_wanted(ctx: TurnContext, args: Mapping[str, Any]) -> None:
    """Whether the answer just given asks for a reminder: a tapped button (the flow's own path,
    which says when the reminder comes), or typed words that ask ("hold it and remind me
    tomorrow", "recuérdamelo mañana"). Typed words that only choose to wait ("voy a esperar",
    "sleep on it") do not: sets `reminder_wanted` to "yes" or "no"."""
    asked = bool(ctx.turn.choice) or asks_reminder(fold(in_english(ctx.turn.text or "")))
    ctx.vars["reminder_wanted"] = "yes" if asked else "no"


async def reminder_made(ctx: TurnContext, args: Mapping[str, Any]) -> None:
    """Remember the reminder just scheduled, so a new day or time said next moves it."""
    ctx.meta[JUST_SET] = [*(str(ctx.vars.get(n) or "") for n in _REMEMBERED), ctx.now.isoformat()]


async def reminder_day(ctx: TurnContext, args: Mapping[str, Any]) -> None:
    """From the message that asked ("remind me monday", "recuérdame mañana a las 9", "check in
    next tuesday around 8pm"), the day to check in: sets `reminder_day` (words in the person's
    language: "on Monday", "tomorrow at 09:00"), `reminder_in` (days, "3d"), `reminder_at` (a
    time, or "") and `reminder_on` (the day's words alone), and `reminder_replace` ("no" when
    another check-in is asked for besides the one booked: "tonight too"). Asked again after a
    correction, the day or the time not named now is kept from before ("tonight" is today)."""
    said = in_english(ctx.turn.text or "")
    last, clock = _said_last(ctx.turn.text or "", ctx)
    when = last or reminder_asked(said, ctx.now, ctx.tz)
    raw = ctx.meta.pop(ASKED_AGAIN, None)
    before = [str(v) for v in raw] if isinstance(raw, list) and len(raw) == 3 else ["", "", ""]
    at = clock or before[2]
    ctx.vars["reminder_replace"] = "no" if adds_another(said) else "yes"
    if when is None and before[0] and not _SAME_DAY.search(fold(said)):  # "tonight": not kept
        ctx.vars["reminder_in"], words = before[0], before[1]
    else:
        days, words = days_until(when or fold(said), ctx.now, ctx.tz, at)
        if when is None and days == 1 and _still_today(ctx, at, fold(said)):
            days, words = 0, _("today")  # "tonight at 8", "at 6pm": today, while still ahead
        ctx.vars["reminder_in"] = f"{days}d"
    note = weekday_note(when or "", ctx.now, ctx.tz)
    if note:
        ctx.say(note)
    ctx.vars["reminder_on"] = words
    ctx.vars["reminder_day"] = _("{day} at {time}").format(day=words, time=at) if at else words
    ctx.vars["reminder_at"] = at


async def weekly_day(ctx: TurnContext, args: Mapping[str, Any]) -> None:
    """From the message asking for a weekly check-in, when the first comes: on the week day
    said ("todos los viernes a las 6": the coming Friday, next week's when it is today) at the
    time said, else a week from now. Sets `weekly_in` (days, "4d") and `weekly_at` (or "")."""
    text = ctx.turn.text or ""
    day = weekday_of(text)
    days = days_until(day, ctx.now, ctx.tz)[0] if day is not None else 7
    ctx.vars["weekly_in"] = f"{days}d"
    ctx.vars["weekly_at"] = _clock(in_english(text))
